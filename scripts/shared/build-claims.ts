/**
 * The project's build files, and which builds may use them at the same time. Every Astro build of
 * the project writes `.astro/` in the project's folder (among them the map of content modules,
 * which it reads back while bundling) and the cache folder of its content folder and variant (the
 * content store, and the pages of the last build that the next one copies instead of rendering).
 * Two builds of different content folders at once would bundle each other's map; two builds with
 * one cache folder would copy each other's half-written pages. Builds of one content folder in
 * different variants (a base path, the offline copy) write the same `.astro/` files and each its
 * own cache, and may run together: the test suite builds its variants so, which on two cores takes
 * less time than building them in turn.
 *
 * Each running build leaves a claim in `.astro/build-claims/` naming its content folder and cache
 * folder, and touches it while it runs; a build starts once no claim it cannot share with is left.
 * Claims are read and written under a short exclusive lock (the gate), so that two builds cannot
 * both find none and start.
 */
import { randomBytes } from 'node:crypto';
import { mkdir, readdir, writeFile } from 'node:fs/promises';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import {
  acquireLock,
  holdFile,
  LOCK_DEFAULTS,
  LockTimeoutError,
  readLock,
  removeIfUnchanged,
  staleReason,
  type HeldLock,
  type LockHolder,
  type LockSeen,
} from './lock-file.ts';

/** What a build writes besides its output: its content folder's and its cache folder's path. */
export interface BuildFiles {
  content: string;
  cache: string;
}

/** A running build, as its claim says. */
export interface BuildClaim extends LockHolder, BuildFiles {}

/** Whether two builds may run at once: one content folder, and each its own cache folder. */
export function canShare(a: BuildFiles, b: BuildFiles): boolean {
  return a.content === b.content && a.cache !== b.cache;
}

export interface ClaimOptions {
  /** Called when a build that cannot run beside this one is found, and again for the next one. */
  onWait?: ((claim: BuildClaim | undefined) => void) | undefined;
  /** Called when the claim of a build that is gone has been removed. */
  onStale?: ((claim: BuildClaim | undefined, why: string) => void) | undefined;
  giveUpAfterMs?: number | undefined;
  staleAfterMs?: number | undefined;
  refreshMs?: number | undefined;
  pollMs?: number | undefined;
}

/** The folder of the claims, in the project's `.astro/`. */
export function claimsDir(root: string): string {
  return join(root, '.astro', 'build-claims');
}

function parseClaim(text: string): BuildClaim | undefined {
  try {
    const claim = JSON.parse(text) as Partial<BuildClaim>;
    if (typeof claim.pid !== 'number' || typeof claim.host !== 'string') return undefined;
    if (typeof claim.content !== 'string' || typeof claim.cache !== 'string') return undefined;
    return {
      pid: claim.pid,
      host: claim.host,
      started: typeof claim.started === 'string' ? claim.started : '',
      content: claim.content,
      cache: claim.cache,
    };
  } catch {
    return undefined;
  }
}

/**
 * The first claim (by name) that keeps `files` from being built now, removing on the way the
 * claims of builds that are gone. `seen` keeps how each claim looked, from one look to the next.
 */
async function blockingClaim(
  dir: string,
  own: string,
  files: BuildFiles,
  seen: Map<string, LockSeen>,
  options: ClaimOptions & { staleAfterMs: number },
): Promise<{ claim: BuildClaim | undefined } | undefined> {
  for (const name of (await readdir(dir)).sort()) {
    if (!name.endsWith('.json')) continue;
    const file = join(dir, name);
    if (file === own) continue;
    const now = await readLock(file, seen.get(file));
    if (!now) {
      seen.delete(file);
      continue;
    }
    seen.set(file, now);
    const why = staleReason(now, options.staleAfterMs);
    if (why !== undefined) {
      if (await removeIfUnchanged(file, now)) options.onStale?.(parseClaim(now.text), why);
      seen.delete(file);
      continue;
    }
    const claim = parseClaim(now.text);
    if (!claim || !canShare(claim, files)) return { claim };
  }
  return undefined;
}

/** Claims the build files of `files` for this process, waiting while a build it cannot share with runs. */
export async function claimBuildFiles(
  root: string,
  files: BuildFiles,
  options: ClaimOptions = {},
): Promise<HeldLock> {
  const giveUpAfterMs = options.giveUpAfterMs ?? LOCK_DEFAULTS.giveUpAfterMs;
  const staleAfterMs = options.staleAfterMs ?? LOCK_DEFAULTS.staleAfterMs;
  const refreshMs = options.refreshMs ?? LOCK_DEFAULTS.refreshMs;
  const pollMs = options.pollMs ?? LOCK_DEFAULTS.pollMs;
  const dir = claimsDir(root);
  await mkdir(dir, { recursive: true });
  // Named by host, process and a random part: a name no other claim has, even one of an earlier
  // process with the same id.
  const own = join(
    dir,
    `${hostname().replace(/[^A-Za-z0-9.-]+/g, '_')}-${process.pid}-${randomBytes(4).toString('hex')}.json`,
  );
  const claim: BuildClaim = { pid: process.pid, host: hostname(), started: '', ...files };
  const seen = new Map<string, LockSeen>();
  const start = performance.now();
  let told: string | undefined;
  for (;;) {
    // The gate is held for the moment of a look at the claims; a build killed right then leaves
    // it, and its dead process id frees it at once.
    const gate = await acquireLock(join(dir, '.gate'), { pollMs: 20, giveUpAfterMs });
    let blocking;
    try {
      blocking = await blockingClaim(dir, own, files, seen, { ...options, staleAfterMs });
      if (!blocking) {
        claim.started = new Date().toISOString();
        await writeFile(own, `${JSON.stringify(claim)}\n`);
      }
    } finally {
      await gate.release();
    }
    if (!blocking) break;
    const key = JSON.stringify(blocking.claim ?? null);
    if (told !== key) {
      told = key;
      options.onWait?.(blocking.claim);
    }
    const waited = performance.now() - start;
    if (waited > giveUpAfterMs) throw new LockTimeoutError(dir, blocking.claim, waited);
    await sleep(pollMs);
  }
  return holdFile(own, `${JSON.stringify(claim)}\n`, refreshMs);
}
