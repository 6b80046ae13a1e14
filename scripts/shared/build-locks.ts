/**
 * The locks a build holds while it runs. First the output folder's, a file beside the folder
 * (`.dist.lock`): a second build into the same folder, whether from this project, another
 * checkout or another host sharing the drive, waits instead of deleting the first one's staging
 * folder. Then the claim on the project's build files (build-claims.ts), which keeps builds that
 * would overwrite each other's `.astro/` files or cache apart. Always in that order, so that no
 * two builds each hold what the other waits for.
 */
import { realpath } from 'node:fs/promises';
import { basename, dirname, join, relative, resolve } from 'node:path';
import { buildVariant, cacheDirFor, contentDir } from '../../src/model/content-dir.ts';
import { UserError } from '../../src/model/content-error.ts';
import { claimBuildFiles, type BuildFiles, type ClaimOptions } from './build-claims.ts';
import { acquireLock, holderText, LockTimeoutError, type HeldLock } from './lock-file.ts';

/** Where the lock of the output folder `outDir` is: `.dist.lock` beside `dist`. */
export function outputLockFor(outDir: string): string {
  return join(dirname(outDir), `.${basename(outDir)}.lock`);
}

/** The build files of a build run from `root` with `env` (CONTENT_DIR, the variant's variables). */
export async function buildFilesFor(
  root: string,
  env: Record<string, string | undefined>,
): Promise<BuildFiles> {
  const content = resolve(root, contentDir(env));
  return {
    content: await realpath(content).catch(() => content),
    cache: resolve(root, cacheDirFor(contentDir(env), buildVariant(env)) ?? 'node_modules/.astro'),
  };
}

/** Thrown when another build held on for longer than a build waits, or took this one's lock. */
export class BuildLockError extends UserError {
  constructor(message: string) {
    super(message);
    this.name = 'BuildLockError';
  }
}

export interface BuildLockRequest {
  /** The output folder, links followed. */
  outDir: string;
  /** How messages name the output folder. */
  shown: string;
  /** The project's folder, holding `.astro/`. */
  root: string;
  files: BuildFiles;
  /** Prints a line for the user. */
  log: (line: string) => void;
  /** Timings other than the defaults (tests). */
  timing?:
    Pick<ClaimOptions, 'giveUpAfterMs' | 'staleAfterMs' | 'refreshMs' | 'pollMs'> | undefined;
}

const minutes = (ms: number) => `${Math.max(1, Math.round(ms / 60_000))} 分钟`;

/** Takes the output folder's lock and the claim on the build files, waiting as long as needed. */
export async function holdBuildLocks(request: BuildLockRequest): Promise<HeldLock> {
  const { outDir, shown, root, files, log, timing = {} } = request;
  const lockFile = outputLockFor(outDir);
  let output: HeldLock;
  try {
    output = await acquireLock(lockFile, {
      ...timing,
      onWait: (holder) => {
        log(`另一次构建正在生成 ${shown}（${holderText(holder)}）。等它结束后继续……`);
      },
      onStale: (holder, why) => {
        log(`已清除上次构建留下的锁 ${lockFile}（${holderText(holder)}；${why}）。`);
      },
    });
  } catch (error) {
    if (!(error instanceof LockTimeoutError)) throw error;
    throw new BuildLockError(
      `等了 ${minutes(error.waitedMs)}，另一次构建（${holderText(error.holder)}）仍在生成 ${shown}，这次构建没有进行。\n  改法：等那次构建结束后再运行；确定它已不在运行（例如那台电脑已经关机）时，删除 ${lockFile} 后重试。`,
    );
  }
  const cache = relative(root, files.cache) || files.cache;
  let claim: HeldLock;
  try {
    claim = await claimBuildFiles(root, files, {
      ...timing,
      onWait: (other) => {
        const why =
          other?.content === files.content
            ? `，两次构建同时进行会改写同一个缓存 ${cache}/`
            : `，它构建的是${other ? `内容文件夹 ${other.content}` : '另一个内容文件夹'}，两次构建同时进行会改写 .astro/ 中同样的文件`;
        log(`另一次构建（${holderText(other)}）正在构建本项目${why}。等它结束后继续……`);
      },
      onStale: (other, why) => {
        log(`已清除一次已经结束的构建留下的记录（${holderText(other)}；${why}）。`);
      },
    });
  } catch (error) {
    await output.release();
    if (!(error instanceof LockTimeoutError)) throw error;
    throw new BuildLockError(
      `等了 ${minutes(error.waitedMs)}，另一次构建（${holderText(error.holder)}）仍在使用本项目的构建文件，这次构建没有进行。\n  改法：等那次构建结束后再运行；确定它已不在运行时，删除 ${error.file} 中它的记录后重试。`,
    );
  }
  return {
    file: lockFile,
    // Taken away only from a build that did not touch it for minutes (a machine asleep, a process
    // stopped): such a build must then leave the folder to the one that took it.
    stillHeld: async () => (await output.stillHeld()) && (await claim.stillHeld()),
    release: async () => {
      await claim.release();
      await output.release();
    },
  };
}
