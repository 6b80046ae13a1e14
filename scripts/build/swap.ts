/**
 * Putting a finished build in place of the last one. The site is built into a hidden folder beside
 * the output folder and swapped in only when the whole build succeeded, so a failed build leaves
 * the last good site (and a deploy script copying it) untouched. The output folder is the real
 * one, links followed: when `dist` is a link to the web root, the staging folder is made beside
 * the web root and the web root is replaced, so that the link keeps leading to the new site.
 */
import { cp, readdir, rename, rm } from 'node:fs/promises';
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
 * Where the new site is copied to inside the output folder when the folder itself cannot be moved
 * (see `swapIn`): on the folder's own file system, so that it then moves in by renames.
 */
const INCOMING = '.review-site-incoming';

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
  const incoming = join(outDir, INCOMING);
  if (await pathExists(incoming)) {
    await rm(incoming, { recursive: true, force: true });
    done.push(`已删除上次中断的构建留下的 ${basename(outDir)}/${INCOMING}/`);
  }
  return done;
}

/** The file-system calls the swap makes that tests replace to see it fail. */
export interface SwapFileSystem {
  rename: (from: string, to: string) => Promise<void>;
}

/**
 * Whether a rename failed because the folder cannot be moved at all: it is on another file system
 * than the folder beside it (EXDEV: a directory of a container image's lower layer, say) or it is
 * a mount point itself (EBUSY: a web root mounted from elsewhere).
 */
function cannotMove(error: unknown): boolean {
  const { code } = error as NodeJS.ErrnoException;
  return code === 'EXDEV' || code === 'EBUSY';
}

/**
 * Replaces what `outDir` holds with what `staging` holds, leaving the folder itself in place: the
 * new site is copied inside it first, so that a copy that fails (a full disk) leaves the last site
 * as it was, then the old entries are removed and the new ones moved in beside them.
 */
async function replaceContents(staging: string, outDir: string, fs: SwapFileSystem) {
  const incoming = join(outDir, INCOMING);
  await rm(incoming, { recursive: true, force: true });
  try {
    await cp(staging, incoming, { recursive: true });
  } catch (error) {
    await rm(incoming, { recursive: true, force: true });
    throw error;
  }
  for (const name of await readdir(outDir)) {
    if (name !== INCOMING) await rm(join(outDir, name), { recursive: true, force: true });
  }
  for (const name of await readdir(incoming)) {
    await fs.rename(join(incoming, name), join(outDir, name));
  }
  await rm(incoming, { recursive: true, force: true });
  await rm(staging, { recursive: true, force: true });
}

/**
 * Moves the finished build in place of `outDir`: two renames, or, when the output folder cannot be
 * moved, a copy into it. Resolves with which it was.
 */
export async function swapIn(
  staging: string,
  outDir: string,
  fs: SwapFileSystem = { rename },
): Promise<'renamed' | 'copied'> {
  const previous = previousDirFor(outDir);
  await rm(previous, { recursive: true, force: true });
  const hadSite = await pathExists(outDir);
  if (hadSite) {
    try {
      await fs.rename(outDir, previous);
    } catch (error) {
      if (!cannotMove(error)) throw error;
      await replaceContents(staging, outDir, fs);
      return 'copied';
    }
  }
  await fs.rename(staging, outDir);
  if (hadSite) await rm(previous, { recursive: true, force: true });
  return 'renamed';
}
