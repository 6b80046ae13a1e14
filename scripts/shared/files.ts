/** Small file-system questions the commands ask. */
import { constants, type Stats } from 'node:fs';
import { open, readdir, rename, rm, stat } from 'node:fs/promises';
import { join, sep } from 'node:path';
import { ID_PATTERN } from '../../src/model/kinds.ts';

/** Whether anything (a file or a folder) is at `path`. */
export async function pathExists(path: string): Promise<boolean> {
  try {
    await stat(path);
    return true;
  } catch {
    return false;
  }
}

/** Every file below `dir`, as paths with `/`, in a stable order. */
export async function listFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries
    .filter((entry) => entry.isFile())
    .map((entry) =>
      join(entry.parentPath, entry.name)
        .slice(dir.length + 1)
        .split(sep)
        .join('/'),
    )
    .sort();
}

/** What a path can be other than a regular file. */
export type SpecialFileKind = 'directory' | 'fifo' | 'character-device' | 'block-device' | 'socket';

/** Each kind as a message says it after 实际是, with what it does to a reader. */
export const SPECIAL_FILE_NAMES: Record<SpecialFileKind, string> = {
  directory: '一个文件夹',
  fifo: '一个命名管道（FIFO），不是普通文件：读取它会一直等待写入',
  'character-device': '一个字符设备（如 /dev/zero、/dev/random），不是普通文件：读取它永远读不完',
  'block-device': '一个块设备（磁盘或分区），不是普通文件',
  socket: '一个套接字（socket），不是普通文件',
};

/** What `stats` (of the file a link leads to) are if not a regular file; undefined for one. */
export function specialFileKind(stats: Stats): SpecialFileKind | undefined {
  if (stats.isFile()) return undefined;
  if (stats.isDirectory()) return 'directory';
  if (stats.isFIFO()) return 'fifo';
  if (stats.isCharacterDevice()) return 'character-device';
  if (stats.isBlockDevice()) return 'block-device';
  return 'socket';
}

/** Thrown by `readRegularFile` for a path that is not a regular file (or a link to one). */
export class NotRegularFileError extends Error {
  readonly path: string;
  readonly kind: SpecialFileKind;

  constructor(path: string, kind: SpecialFileKind) {
    super(`${path}：${SPECIAL_FILE_NAMES[kind]}`);
    this.name = 'NotRegularFileError';
    this.path = path;
    this.kind = kind;
  }
}

// Windows has no O_NONBLOCK (and no FIFOs to open); elsewhere it keeps open() of a FIFO put in
// place after the check from waiting for a writer.
const READ_FLAGS = constants.O_RDONLY | ((constants as { O_NONBLOCK?: number }).O_NONBLOCK ?? 0);

/**
 * The bytes of the regular file at `path` (a link followed). A FIFO would make the read wait
 * forever and a device such as /dev/zero never end, so anything but a regular file is refused
 * with `NotRegularFileError` before it is opened, and again once it is open (it may have been
 * replaced in between). `checkSize` sees the size before anything is read, and may throw.
 * Errors of the file system (ENOENT, EACCES …) are thrown as they are.
 */
export async function readRegularFile(
  path: string,
  checkSize: (size: number) => void = () => undefined,
): Promise<Buffer> {
  const check = (stats: Stats) => {
    const kind = specialFileKind(stats);
    if (kind) throw new NotRegularFileError(path, kind);
    checkSize(stats.size);
  };
  check(await stat(path));
  const handle = await open(path, READ_FLAGS);
  try {
    check(await handle.stat());
    return await handle.readFile();
  } finally {
    await handle.close();
  }
}

/** Writes a file beside its place and renames it there: it is never seen half written. */
export async function writeWhole(path: string, bytes: Uint8Array): Promise<void> {
  const partial = `${path}.${process.pid}.partial`;
  try {
    const handle = await open(partial, 'w');
    try {
      await handle.writeFile(bytes);
      await handle.sync();
    } finally {
      await handle.close();
    }
    await rename(partial, path);
  } catch (error) {
    await rm(partial, { force: true });
    throw error;
  }
}

/**
 * The folders of a content folder's `reviews/` or `inspections/` that can be documents, by name:
 * those whose names can be addresses (hidden ones, an import's leftovers, are not). None when the
 * folder does not exist.
 */
export async function listDocumentFolders(dir: string): Promise<string[]> {
  try {
    const entries = await readdir(dir, { withFileTypes: true });
    return entries
      .filter((e) => e.isDirectory() && ID_PATTERN.test(e.name))
      .map((e) => e.name)
      .sort();
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw error;
  }
}
