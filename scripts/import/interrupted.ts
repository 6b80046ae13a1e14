/**
 * Imports that did not finish — the process killed, the machine switched off. Whatever moment an
 * import stopped at, the review's content is whole in one place: the review folder, or, in the
 * moment between the two renames that swap the folders, the backup beside it. A build can ask
 * which reviews are in that state (`pendingImports`); the next import puts each content back in
 * its folder and removes what is left over (`recoverInterruptedImports`), and says what it did.
 * An inspection's import writes its folder in `inspections/` the same way, and is recovered there.
 */
import { readdir, rename, rm, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { journalState, leftoverOf, type ImportLeftover } from './journal.ts';

/** A review that an import is writing, or that an interrupted import left leftovers beside. */
export interface PendingImport {
  review: string;
  /** The review folder, `<reviewsDir>/<review>`. */
  folder: string;
  /**
   * Whether the review folder is there. When it is not, its content is in `backup` (an import
   * stopped between moving the old folder away and moving the new one in), or the review had no
   * folder before.
   */
  folderPresent: boolean;
  /** Whether an import is writing the folder right now: its process is still running. */
  active: boolean;
  /** The journal, staging folders and backups beside the folder, as paths. */
  leftovers: string[];
  /** The folder of the old content waiting to be put back, when the review folder is missing. */
  backup: string | undefined;
  /** What state the review is in and what to do, for a build's log. */
  message: string;
}

/** What recovering one review did. */
export interface Recovery {
  review: string;
  folder: string;
  /**
   * restored: the old folder put back, the unfinished new one removed; completed: the new folder
   * was in place, the old one removed; cleaned: an unfinished new folder removed, the folder
   * untouched; skipped: an import is still writing it.
   */
  action: 'restored' | 'completed' | 'cleaned' | 'skipped';
  /** Backups of earlier importer versions kept for a person to look at (see `message`). */
  kept: string[];
  message: string;
}

const RECOVER_COMMAND = 'npm run import -- --recover';

/** Every review of `reviewsDir` with an import running or interrupted, in name order. */
export async function pendingImports(reviewsDir: string): Promise<PendingImport[]> {
  return (await survey(reviewsDir)).map(({ leftovers, ...pending }) => ({
    ...pending,
    leftovers: leftovers.map((l) => l.path),
  }));
}

/**
 * Finishes or undoes every interrupted import in `reviewsDir`: puts the old folder back when the
 * review folder is missing, removes unfinished staging folders and the backups of finished
 * imports, then the journal. Each step can itself be interrupted: the next run continues.
 */
export async function recoverInterruptedImports(reviewsDir: string): Promise<Recovery[]> {
  const recoveries: Recovery[] = [];
  for (const { review, folder, folderPresent, active, leftovers, message } of await survey(
    reviewsDir,
  )) {
    if (active) {
      recoveries.push({ review, folder, action: 'skipped', kept: [], message });
      continue;
    }
    let action: Recovery['action'] = 'cleaned';
    const restore = folderPresent ? undefined : backupToRestore(leftovers);
    if (restore) {
      await rename(restore.path, folder);
      action = 'restored';
    }
    const kept: string[] = [];
    for (const leftover of leftovers) {
      if (leftover === restore || leftover.role === 'journal') continue;
      if (leftover.role === 'backup') {
        // An earlier version's backup beside a folder may hold what a person filled in by hand
        // (see `FoundLeftover.legacy`): it is left for them to look at.
        if (leftover.legacy) {
          kept.push(leftover.path);
          continue;
        }
        if (action === 'cleaned') action = 'completed';
      }
      await rm(leftover.path, { recursive: true, force: true });
    }
    // The journal goes last: until then, a run stopped during recovery is found by the next one.
    for (const journal of leftovers.filter((l) => l.role === 'journal')) await rm(journal.path);
    recoveries.push({
      review,
      folder,
      action,
      kept,
      message: recoveryMessage(folder, action, kept),
    });
  }
  return recoveries;
}

interface Surveyed extends Omit<PendingImport, 'leftovers'> {
  leftovers: FoundLeftover[];
}

async function survey(reviewsDir: string): Promise<Surveyed[]> {
  const surveyed: Surveyed[] = [];
  for (const [review, leftovers] of await leftoversIn(reviewsDir)) {
    const folder = join(reviewsDir, review);
    const folderPresent = await isDirectory(folder);
    const journal = leftovers.find((l) => l.role === 'journal');
    const active = journal ? (await journalState(journal.path)).active : false;
    const backup = folderPresent ? undefined : backupToRestore(leftovers)?.path;
    const names = leftovers.map((l) => l.name).join('、');
    const message = active
      ? `${folder}：正在导入（写入进程仍在运行）。请等导入结束后再构建。`
      : backup
        ? `${folder}：上次导入在替换文件夹时中断，这个文件夹暂时不在原处，原内容完好地保存在 ${backup} 中。请运行 ${RECOVER_COMMAND} 把它放回原处，再构建。`
        : `${folder}：上次导入中断，留下了 ${names}。${folderPresent ? '文件夹本身完好' : '这个文件夹以前还没有导入过'}；运行 ${RECOVER_COMMAND} 可清理${hasLegacyBackup(leftovers, folderPresent) ? '，并会说明其中较早版本留下的备份如何处理' : ''}。`;
    surveyed.push({ review, folder, folderPresent, active, leftovers, backup, message });
  }
  return surveyed;
}

function recoveryMessage(folder: string, action: Recovery['action'], kept: string[]): string {
  const done = {
    restored: `${folder}：上次导入在替换文件夹时中断，已把导入前的内容放回原处；那次导入没有生效，需要时请重新导入。`,
    completed: `${folder}：上次导入已写入新内容，只是没来得及清理；已删除留下的旧内容备份。`,
    cleaned: `${folder}：上次导入在写入新文件时中断，文件夹本身没有改动；已删除写了一半的临时文件夹。`,
    skipped: '',
  }[action];
  if (kept.length === 0) return done;
  return (
    `${done}\n  另有较早版本的导入留下的旧内容备份 ${kept.join('、')}，其中可能有手工填写的关系和台账字段，` +
    `没有删除：请与 ${folder} 核对，把需要的内容拷回后删除它。`
  );
}

interface FoundLeftover extends ImportLeftover {
  name: string;
  path: string;
  /**
   * Left by an earlier importer version, which kept no journal and did not recover: after it was
   * stopped between its two renames, its next run imported afresh into an empty folder, and only
   * this backup kept the relations filled in by hand.
   */
  legacy: boolean;
  mtimeMs: number;
}

async function leftoversIn(reviewsDir: string): Promise<Map<string, FoundLeftover[]>> {
  let names: string[];
  try {
    names = await readdir(reviewsDir);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return new Map();
    throw error;
  }
  const found = new Map<string, FoundLeftover[]>();
  for (const name of names.sort()) {
    const leftover = leftoverOf(name);
    if (!leftover) continue;
    const path = join(reviewsDir, name);
    const legacy = leftover.role !== 'journal' && !/\.import-(?:new|old)$/.test(name);
    const entry = { ...leftover, name, path, legacy, mtimeMs: (await stat(path)).mtimeMs };
    found.set(leftover.review, [...(found.get(leftover.review) ?? []), entry]);
  }
  return found;
}

/**
 * The backup to put back in a missing review folder: this version's, else the newest of an
 * earlier version's (each held the folder as it was before an import that did not finish).
 */
function backupToRestore(leftovers: FoundLeftover[]): FoundLeftover | undefined {
  const backups = leftovers.filter((l) => l.role === 'backup');
  return backups.find((l) => !l.legacy) ?? backups.sort((a, b) => b.mtimeMs - a.mtimeMs).at(0);
}

/** Whether recovery would keep a backup of an earlier version for a person to look at. */
function hasLegacyBackup(leftovers: FoundLeftover[], folderPresent: boolean): boolean {
  const restore = folderPresent ? undefined : backupToRestore(leftovers);
  return leftovers.some((l) => l.role === 'backup' && l.legacy && l !== restore);
}

async function isDirectory(path: string): Promise<boolean> {
  try {
    return (await stat(path)).isDirectory();
  } catch {
    return false;
  }
}
