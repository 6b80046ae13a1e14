/**
 * Writes a review folder all at once: the files go into a hidden folder beside it, which then takes
 * the old folder's place. A failure part-way leaves the old folder as it was.
 */
import { cp, mkdir, mkdtemp, rename, rm, stat, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import type { PlannedFile } from './merge';

export interface WriteOptions {
  /** Files of the old folder to carry over (paths inside it): those the importer does not write. */
  keep: string[];
}

/** Replaces `folder` with exactly `files` plus the kept files of the old folder. */
export async function writeReviewFolder(
  folder: string,
  files: PlannedFile[],
  { keep }: WriteOptions,
): Promise<void> {
  const parent = dirname(folder);
  await mkdir(parent, { recursive: true });
  // A dot folder: the content loader's globs skip it while it exists.
  const staging = await mkdtemp(join(parent, `.${basename(folder)}.import-`));
  const backup = `${staging}.old`;
  let movedAway = false;
  try {
    for (const file of files) {
      const target = join(staging, file.path);
      await mkdir(dirname(target), { recursive: true });
      await writeFile(target, file.content, 'utf8');
    }
    for (const path of keep) {
      await cp(join(folder, path), join(staging, path), {
        recursive: true,
        preserveTimestamps: true,
      });
    }
    if (await exists(folder)) {
      await rename(folder, backup);
      movedAway = true;
    }
    await rename(staging, folder);
  } catch (error) {
    if (movedAway && !(await exists(folder))) await rename(backup, folder);
    await rm(staging, { recursive: true, force: true });
    throw error;
  }
  await rm(backup, { recursive: true, force: true });
}

async function exists(path: string): Promise<boolean> {
  try {
    await stat(path);
    return true;
  } catch {
    return false;
  }
}
