/**
 * Putting a finished build in place of the last one. The site is built into a hidden folder beside
 * the output folder and swapped in only when the whole build succeeded, so a failed build leaves
 * the last good site (and a deploy script copying it) untouched.
 */
import { rename, rm } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { pathExists } from '../shared/files.ts';

/** Where a build of `outDir` is made: `.dist.building` beside `dist`. */
export function stagingDirFor(outDir: string): string {
  return join(dirname(outDir), `.${basename(outDir)}.building`);
}

/** Where the last site waits while the new one moves in: `.dist.previous` beside `dist`. */
export function previousDirFor(outDir: string): string {
  return join(dirname(outDir), `.${basename(outDir)}.previous`);
}

/**
 * Undoes what an interrupted build left: a staging folder is removed, and a last site moved
 * aside but never replaced is put back. Returns what was done, for the log.
 */
export async function recoverInterruptedBuild(outDir: string): Promise<string[]> {
  const done: string[] = [];
  const previous = previousDirFor(outDir);
  if (await pathExists(previous)) {
    if (await pathExists(outDir)) {
      await rm(previous, { recursive: true, force: true });
    } else {
      await rename(previous, outDir);
      done.push(`上次构建在替换网站时中断，已恢复原来的 ${basename(outDir)}/`);
    }
  }
  const staging = stagingDirFor(outDir);
  if (await pathExists(staging)) {
    await rm(staging, { recursive: true, force: true });
    done.push(`已删除上次中断的构建留下的 ${basename(staging)}/`);
  }
  return done;
}

/** Moves the finished build in place of `outDir` (two renames on one file system). */
export async function swapIn(staging: string, outDir: string): Promise<void> {
  const previous = previousDirFor(outDir);
  await rm(previous, { recursive: true, force: true });
  const hadSite = await pathExists(outDir);
  if (hadSite) await rename(outDir, previous);
  await rename(staging, outDir);
  if (hadSite) await rm(previous, { recursive: true, force: true });
}
