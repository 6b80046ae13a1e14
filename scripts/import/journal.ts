/**
 * What an import writing a review folder keeps beside it in `reviews/`, all hidden (dot) names
 * that the content loader skips: the journal `.<review>.import.json`, which says which process is
 * writing and keeps a second import of the same review out; the staging folder
 * `.<review>.import-new`, into which the new files are written; and the backup
 * `.<review>.import-old`, which holds the old folder while the new one takes its place.
 */
import { hostname } from 'node:os';
import { open, readFile, stat } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { ID_SEGMENT } from '../../src/model/kinds.ts';

/** The files an import of one review writes beside its folder. */
export interface ImportPaths {
  review: string;
  /** The review folder itself. */
  folder: string;
  journal: string;
  staging: string;
  backup: string;
}

/** The journal and folders of an import of the review folder `folder`. */
export function importPaths(folder: string): ImportPaths {
  const parent = dirname(folder);
  const review = basename(folder);
  return {
    review,
    folder,
    journal: join(parent, `.${review}.import.json`),
    staging: join(parent, `.${review}.import-new`),
    backup: join(parent, `.${review}.import-old`),
  };
}

/** A name in `reviews/` left by an import: its journal, its staging folder or its backup. */
export interface ImportLeftover {
  review: string;
  role: 'journal' | 'staging' | 'backup';
}

// Earlier versions of the importer named the staging folder `.<review>.import-<random>` and the
// backup `<staging>.old`; their leftovers are recognised too.
const LEFTOVER = new RegExp(
  `^\\.(${ID_SEGMENT})\\.(?:import(\\.json)|import-(new|old|[A-Za-z0-9]{6}(\\.old)?))$`,
);

/** What `name`, an entry of `reviews/`, is, if an import left it. */
export function leftoverOf(name: string): ImportLeftover | undefined {
  const match = LEFTOVER.exec(name);
  if (!match) return undefined;
  const [, review, journal, tag, legacyBackup] = match;
  const role = journal ? 'journal' : tag === 'old' || legacyBackup ? 'backup' : 'staging';
  return { review: review!, role };
}

/** What the journal says about the import that wrote it. */
export interface Journal {
  pid: number;
  host: string;
  /** When the import started writing, as an ISO date. */
  started: string;
}

/** Creates the journal, or fails with EEXIST when another import holds it. */
export async function createJournal(path: string): Promise<void> {
  const journal: Journal = {
    pid: process.pid,
    host: hostname(),
    started: new Date().toISOString(),
  };
  const handle = await open(path, 'wx');
  try {
    await handle.writeFile(`${JSON.stringify(journal)}\n`, 'utf8');
  } finally {
    await handle.close();
  }
}

/** No import takes an hour: a journal that old is a leftover, whatever its process id is now. */
const STALE_AFTER_MS = 60 * 60 * 1000;

/** A journal's import, and whether it is still running. */
export interface JournalState {
  journal: Journal | undefined;
  active: boolean;
}

/**
 * Reads a journal and tells whether its import is still running: its process is alive on this
 * machine (on another one sharing the folder, it cannot be told, so a recent journal counts as
 * running). A journal that cannot be read counts as running for a minute, while it is being
 * written.
 */
export async function journalState(path: string): Promise<JournalState> {
  const age = Date.now() - (await stat(path)).mtimeMs;
  let journal: Journal | undefined;
  try {
    journal = JSON.parse(await readFile(path, 'utf8')) as Journal;
  } catch {
    return { journal: undefined, active: age < 60_000 };
  }
  if (age >= STALE_AFTER_MS) return { journal, active: false };
  return { journal, active: journal.host !== hostname() || isAlive(journal.pid) };
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: the process exists, run by another user.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}
