/**
 * File work of the search index step done several files at a time: at 20,000 entries the step
 * reads some 23,000 pages and copies and checks some 24,000 index files, and one file at a time
 * leaves the processor waiting on each. Results come back in the order asked, so what is built
 * from them does not depend on which file the system delivered first.
 */
import { copyFile, mkdir, readdir, readFile, stat } from 'node:fs/promises';
import { dirname, join, sep } from 'node:path';

/** Files read, copied or checked at a time. */
const FILES_IN_FLIGHT = 16;

/** Runs `work` on every item, `FILES_IN_FLIGHT` at a time; results in the items' order. */
async function inFlight<T, R>(items: T[], work: (item: T) => Promise<R>): Promise<R[]> {
  const results = new Array<R>(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const i = next++;
      results[i] = await work(items[i]!);
    }
  };
  await Promise.all(Array.from({ length: Math.min(FILES_IN_FLIGHT, items.length) }, worker));
  return results;
}

/**
 * The text of each file of `paths`, in that order, read ahead of the caller: while it works on
 * one file, the next ones are being read.
 */
export async function* readTextsInOrder(paths: string[]): AsyncGenerator<string> {
  const reads: Promise<string>[] = [];
  let asked = 0;
  const ask = () => {
    while (asked < paths.length && reads.length < FILES_IN_FLIGHT) {
      const reading = readFile(paths[asked++]!, 'utf8');
      // Handled when its turn comes; this keeps an early failure from going unhandled meanwhile.
      reading.catch(() => undefined);
      reads.push(reading);
    }
  };
  ask();
  while (reads.length > 0) {
    const text = await reads.shift()!;
    ask();
    yield text;
  }
}

/** Every file under `folder` with its size, by `/`-separated path, in path order. */
export async function fileSizes(folder: string): Promise<Record<string, number>> {
  const files = (await readdir(folder, { recursive: true, withFileTypes: true }))
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name).slice(folder.length + 1))
    .sort();
  const sizes = await inFlight(files, async (file) => (await stat(join(folder, file))).size);
  return Object.fromEntries(files.map((file, i) => [file.split(sep).join('/'), sizes[i]!]));
}

/** Copies the files `relativePaths` (`/`-separated) of folder `from` into folder `to`. */
export async function copyFiles(from: string, to: string, relativePaths: string[]): Promise<void> {
  const folders = new Set(relativePaths.map((path) => dirname(join(to, path))));
  for (const folder of [...folders].sort()) await mkdir(folder, { recursive: true });
  await inFlight(relativePaths, (path) => copyFile(join(from, path), join(to, path)));
}
