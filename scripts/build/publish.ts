/**
 * Building a site into its output folder, for `npm run build` and `npm run build:offline`: with
 * the locks that keep other builds out (build-locks.ts), into a staging folder beside the real
 * output folder, checked and marked before it is published (seal.ts), and swapped in only when all
 * of it succeeded (swap.ts). A build that fails leaves the last site as it was.
 *
 * Astro bundles the pages into `.prerender/` inside its output folder only when that folder is
 * inside the project's; for one outside (`--outDir /srv/www/site`, or `dist` linked to a web
 * root) it uses the project's `.astro/.prerender/`, shared by every such build, and moves files
 * from there into the output folder, which fails across file systems (EXDEV). So Astro always
 * builds inside the project; a site for a folder outside it is then moved beside that folder,
 * copied if it is on another file system, and swapped in there.
 */
import { createHash } from 'node:crypto';
import { cp, mkdir, rename, rm } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import type { BuildFiles } from '../shared/build-claims.ts';
import { BuildLockError, holdBuildLocks, type BuildLockRequest } from '../shared/build-locks.ts';
import { isInside, type ProjectPaths, type SiteFolder } from '../shared/output-target.ts';
import { sealSite } from './seal.ts';
import { recoverInterruptedBuild, stagingDirFor, swapIn } from './swap.ts';

export interface PublishRequest {
  /** The output folder, checked (output-target.ts). */
  target: SiteFolder;
  /** How messages name the output folder. */
  shown: string;
  paths: ProjectPaths;
  /** The build files the build writes besides its output (build-claims.ts). */
  files: BuildFiles;
  /** Builds the site into `staging`, a folder that does not exist yet; rejects if it failed. */
  make: (staging: string) => Promise<void>;
  /**
   * Runs once the site is in place, while the locks are still held (the offline copy's zip is
   * made from it): no other build replaces the folder meanwhile. Must handle its own errors.
   */
  afterSwap?: ((outDir: string) => Promise<void>) | undefined;
  /** Prints a line for the user. */
  log: (line: string) => void;
  /** Lock timings other than the defaults (tests). */
  timing?: BuildLockRequest['timing'];
}

/** Where Astro builds a site for `outDir`, a folder outside the project `root`. */
export function projectStagingFor(root: string, outDir: string): string {
  const digest = createHash('sha256').update(outDir).digest('hex').slice(0, 10);
  return join(root, '.astro', 'staging', `${basename(outDir)}-${digest}`);
}

/** Moves a folder, copying it when the place is on another file system. */
async function move(from: string, to: string): Promise<void> {
  await rm(to, { recursive: true, force: true });
  try {
    await rename(from, to);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EXDEV') throw error;
    try {
      await cp(from, to, { recursive: true });
    } catch (copyError) {
      await rm(to, { recursive: true, force: true });
      throw copyError;
    }
    await rm(from, { recursive: true, force: true });
  }
}

/** Builds and publishes the site; rejects with why if it did not, the last site left as it was. */
export async function publishSite(request: PublishRequest): Promise<void> {
  const { target, shown, paths, files, make, afterSwap, log, timing } = request;
  const outDir = target.real;
  await mkdir(dirname(outDir), { recursive: true });
  const locks = await holdBuildLocks({ outDir, shown, root: paths.root, files, log, timing });
  const beside = stagingDirFor(outDir);
  const staging = isInside(outDir, paths.root) ? beside : projectStagingFor(paths.root, outDir);
  try {
    for (const line of await recoverInterruptedBuild(outDir)) log(line);
    await rm(staging, { recursive: true, force: true });
    try {
      await make(staging);
      await sealSite(staging, paths);
      if (!(await locks.stillHeld())) {
        throw new BuildLockError(
          `这次构建很久没能更新它的锁（${locks.file}，电脑可能过于繁忙或曾经休眠），另一次构建已把它当作遗留的锁清除，并开始生成 ${shown}。为了不覆盖那次构建的结果，这次生成的网站没有发布。\n  改法：等那次构建结束后，需要时再运行一次。`,
        );
      }
      if (staging !== beside) await move(staging, beside);
      const how = await swapIn(beside, outDir);
      if (how === 'copied') {
        log(
          `${outDir} 不能整个移动（它是挂载点，或与所在的文件夹不在同一个文件系统上），新网站已复制进去。`,
        );
      }
    } catch (error) {
      // A build whose lock was taken from it leaves the staging folder to the build that took it.
      if (await locks.stillHeld()) {
        await rm(staging, { recursive: true, force: true });
        await recoverInterruptedBuild(outDir);
      }
      throw error;
    }
    await afterSwap?.(outDir);
  } finally {
    await locks.release();
  }
}

/**
 * For a failure of the disk while building into a link (`dist` → the web root): where the build
 * writes, which is beside the folder the link leads to, not beside the link.
 */
export function linkNote(target: SiteFolder): string | undefined {
  if (target.real === target.path) return undefined;
  return `（${target.path} 是指向 ${target.real} 的链接：新网站先生成在 ${dirname(target.real)} 中（${stagingDirFor(target.real)}），再替换 ${target.real}，所以 ${dirname(target.real)} 要可以写入。）`;
}
