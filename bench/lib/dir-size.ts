/** The size of a built site on disk. */
import { readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';

/** Total bytes of the files below `dir` and how many there are. */
export async function dirSize(dir: string): Promise<{ bytes: number; files: number }> {
  let bytes = 0;
  let files = 0;
  for (const entry of await readdir(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    bytes += (await stat(join(entry.parentPath, entry.name))).size;
    files += 1;
  }
  return { bytes, files };
}
