/**
 * Writes a review folder all at once. The files go into a staging folder beside it, which then
 * takes the old folder's place in two renames: the old folder to the backup, the staging folder
 * to the folder. A journal beside them, created first and removed last, keeps a second import
 * out and marks the write as unfinished. A failure undoes what was done; a kill at any moment
 * leaves the old or the new content whole, in the folder or (between the renames) in the backup,
 * and the next import puts it in place (see interrupted.ts).
 */
import { chmod, cp, lstat, mkdir, open, readdir, rename, rm } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { UserError } from '../../src/model/content-error.ts';
import { pathExists } from '../shared/files.ts';
import { createJournal, importPaths, journalState, type ImportPaths } from './journal.ts';
import type { PlannedFile } from './merge.ts';

export interface WriteOptions {
  /** Files of the old folder to carry over (paths inside it): those the importer does not write. */
  keep: string[];
  /**
   * Called before each file-system step with its name (`lock`, `write findings/1-1.mdx`,
   * `move-old`, `move-new` …), so that tests can make the write fail, or the process die, there.
   */
  beforeStep?: ((step: string) => void | Promise<void>) | undefined;
}

/** Thrown when the review folder cannot be written (exit 3); says what state the folder is left in. */
export class ReviewWriteError extends UserError {
  readonly folder: string;

  constructor(folder: string, message: string, options?: ErrorOptions) {
    super(message, { ...options, exitCode: 3 });
    this.name = 'ReviewWriteError';
    this.folder = folder;
  }
}

/**
 * Replaces `folder` with exactly `files` plus the kept files of the old folder, keeping the
 * permissions of the folder and of the files and folders in it that it had before. Returns what
 * could not be cleaned up afterwards (the next import removes it).
 */
export async function writeReviewFolder(
  folder: string,
  files: PlannedFile[],
  { keep, beforeStep }: WriteOptions,
): Promise<string[]> {
  const paths = importPaths(folder);
  const step = async (name: string, action: () => Promise<unknown>) => {
    await beforeStep?.(name);
    await action();
  };
  await mkdir(dirname(folder), { recursive: true });
  await lock(paths, step);

  if (await pathExists(paths.backup)) {
    // The old content of an import stopped between its renames: it must be put back first.
    await rm(paths.journal, { force: true });
    throw new ReviewWriteError(
      folder,
      `${folder} 有上次中断的导入留下的备份 ${paths.backup}。请运行 npm run import -- --recover 恢复，再导入。`,
    );
  }

  let movedAway = false;
  try {
    const modes = await modesIn(folder);
    // A dot folder: the content loader's globs skip it while it exists. One left by an import
    // that was stopped is unfinished: the journal, now ours, says no other import is writing it.
    await step('stage', async () => {
      await rm(paths.staging, { recursive: true, force: true });
      await mkdir(paths.staging);
    });
    for (const file of files) {
      const target = join(paths.staging, file.path);
      await step(`write ${file.path}`, async () => {
        await mkdir(dirname(target), { recursive: true });
        await writeSynced(target, file.content);
      });
    }
    for (const path of keep) {
      await step(`copy ${path}`, async () => {
        const copy = join(paths.staging, path);
        await cp(join(folder, path), copy, { recursive: true, preserveTimestamps: true });
        if ((await lstat(copy)).isFile()) await writeSynced(copy);
      });
    }
    await step('modes', () => applyModes(paths.staging, modes));
    await step('sync', () => syncFolders(paths.staging));
    if (modes.has('')) {
      await step('move-old', () => rename(folder, paths.backup));
      movedAway = true;
    }
    await step('move-new', () => rename(paths.staging, folder));
  } catch (error) {
    throw await undo(paths, movedAway, error);
  }

  const notes: string[] = [];
  for (const [name, path] of [
    ['remove-old', paths.backup],
    ['unlock', paths.journal],
  ] as const) {
    try {
      await step(name, () => rm(path, { recursive: true, force: true }));
    } catch (error) {
      notes.push(`新内容已写入，但未能删除 ${path}（${reason(error)}）；下次导入时会再删除。`);
    }
  }
  return notes;
}

/** Takes the journal, or says which import holds it. */
async function lock(
  paths: ImportPaths,
  step: (name: string, action: () => Promise<unknown>) => Promise<void>,
): Promise<void> {
  try {
    await step('lock', () => createJournal(paths.journal));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') {
      throw new ReviewWriteError(
        paths.folder,
        `无法写入 ${paths.folder}：${reason(error)}。原有内容没有改动。`,
        { cause: error },
      );
    }
    const { active, journal } = await journalState(paths.journal);
    throw new ReviewWriteError(
      paths.folder,
      active
        ? `${paths.folder} 正由另一个导入写入${journal ? `（进程 ${journal.pid}，${journal.started} 开始）` : ''}。请等它结束后再导入。`
        : `${paths.folder} 有上次中断的导入留下的 ${paths.journal}。请运行 npm run import -- --recover 恢复，再导入。`,
      { cause: error },
    );
  }
}

/** Puts the old folder back and removes the staging folder and the journal, after a failure. */
async function undo(paths: ImportPaths, movedAway: boolean, error: unknown): Promise<Error> {
  try {
    if (movedAway && !(await pathExists(paths.folder))) await rename(paths.backup, paths.folder);
    await rm(paths.staging, { recursive: true, force: true });
    await rm(paths.journal, { force: true });
  } catch (undoError) {
    // The journal stays, so that the next import, or --recover, finishes the undoing.
    const where = movedAway
      ? `原有内容保存在 ${paths.backup} 中`
      : `原有内容没有改动，写了一半的 ${paths.staging} 还在`;
    return new ReviewWriteError(
      paths.folder,
      `无法写入 ${paths.folder}：${reason(error)}；撤销时又出错（${reason(undoError)}）。${where}，请运行 npm run import -- --recover 恢复。`,
      { cause: error },
    );
  }
  return new ReviewWriteError(
    paths.folder,
    `无法写入 ${paths.folder}：${reason(error)}。原有内容没有改动。`,
    { cause: error },
  );
}

/**
 * Writes `content` to a file (or, without it, leaves the file as it is) and waits until it is on
 * the disk: the folder is renamed into place only then, so that a power cut after the rename
 * cannot leave it with files the disk never received.
 */
async function writeSynced(path: string, content?: string): Promise<void> {
  const handle = await open(path, content === undefined ? 'r+' : 'w');
  try {
    if (content !== undefined) await handle.writeFile(content, 'utf8');
    await handle.sync();
  } finally {
    await handle.close();
  }
}

/** Puts the entries of a folder and of its subfolders on the disk, where the system allows it. */
async function syncFolders(folder: string): Promise<void> {
  for (const entry of await readdir(folder, { withFileTypes: true })) {
    if (entry.isDirectory()) await syncFolders(join(folder, entry.name));
  }
  try {
    const handle = await open(folder, 'r');
    try {
      await handle.sync();
    } finally {
      await handle.close();
    }
  } catch {
    // Windows opens no folder as a file; NTFS journals the folder's entries itself.
  }
}

/** The permission bits of a folder and of everything in it, by path inside it ('' for itself). */
async function modesIn(folder: string): Promise<Map<string, number>> {
  const modes = new Map<string, number>();
  const walk = async (path: string): Promise<void> => {
    const full = path ? join(folder, path) : folder;
    // A link is not followed: its target's permissions are not the folder's to keep.
    const stats = await lstat(full);
    if (stats.isSymbolicLink()) return;
    modes.set(path, stats.mode & 0o7777);
    if (!stats.isDirectory()) return;
    for (const name of await readdir(full)) await walk(path ? `${path}/${name}` : name);
  };
  try {
    await walk('');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
  return modes;
}

/**
 * Gives the staged files and folders the permissions their namesakes had in the old folder (a
 * folder shared with a group stays shared), the folder itself last: it may be read-only.
 */
async function applyModes(staging: string, modes: Map<string, number>): Promise<void> {
  const paths = [...modes.keys()].sort((a, b) => b.length - a.length);
  for (const path of paths) {
    const target = path ? join(staging, path) : staging;
    if (await pathExists(target)) await chmod(target, modes.get(path)!);
  }
}

/** Why a file-system call failed, in words, with its code for searching. */
const FAILURES: Record<string, string> = {
  EACCES: '没有写入权限',
  EPERM: '没有权限，或文件正被其他程序使用',
  EBUSY: '文件夹正被其他程序使用（请关闭打开了其中文件的编辑器或资源管理器窗口）',
  ENOSPC: '磁盘空间不足',
  EROFS: '磁盘是只读的',
  EDQUOT: '超出了磁盘配额',
};

function reason(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  const known = code ? FAILURES[code] : undefined;
  if (known) return `${known}（${code}）`;
  return error instanceof Error ? error.message : String(error);
}
