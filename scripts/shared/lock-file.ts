/**
 * A lock held by one process at a time: a file created exclusively, holding the process id, the
 * host and the start time. Its holder touches it every few seconds, so a lock whose holder was
 * killed is recognised: at once when the process is gone from this host (or, its id taken by
 * another process, by its age); a lock on a shared drive written by another host, whose clock may
 * differ, once it has not changed for two minutes while this process watched it.
 */
import { readFileSync, rmSync } from 'node:fs';
import { open, readFile, rm, stat, utimes } from 'node:fs/promises';
import { constants, hostname } from 'node:os';
import { setTimeout as sleep } from 'node:timers/promises';

/** Who holds a lock, as written in it. */
export interface LockHolder {
  pid: number;
  host: string;
  /** When the holder took the lock, as an ISO date. */
  started: string;
}

export interface LockOptions {
  /** Called when the lock is found held, and again whenever another process holds it next. */
  onWait?: ((holder: LockHolder | undefined) => void) | undefined;
  /** Called when a lock left by a process that is gone has been removed, with why it counts so. */
  onStale?: ((holder: LockHolder | undefined, why: string) => void) | undefined;
  /** How long to wait for the lock before giving up. */
  giveUpAfterMs?: number | undefined;
  /** How long a lock may go untouched before it counts as left behind. */
  staleAfterMs?: number | undefined;
  /** How often the holder touches the lock. */
  refreshMs?: number | undefined;
  /** How often a waiting process looks again. */
  pollMs?: number | undefined;
}

/** A lock this process holds. */
export interface HeldLock {
  readonly file: string;
  /** Whether the lock is still this process's (no one took it away as left behind). */
  stillHeld: () => Promise<boolean>;
  /** Gives the lock up; removes the file only if it is still this process's. */
  release: () => Promise<void>;
}

/** Thrown when the lock stayed held for longer than the caller would wait. */
export class LockTimeoutError extends Error {
  readonly file: string;
  readonly holder: LockHolder | undefined;
  readonly waitedMs: number;

  constructor(file: string, holder: LockHolder | undefined, waitedMs: number) {
    super(`${file} is still held after ${Math.round(waitedMs / 1000)} s`);
    this.name = 'LockTimeoutError';
    this.file = file;
    this.holder = holder;
    this.waitedMs = waitedMs;
  }
}

/** The timings a lock is taken with unless told otherwise. */
export const LOCK_DEFAULTS = {
  giveUpAfterMs: 30 * 60_000,
  // Touched every 10 s, another host's lock untouched for 2 minutes is left behind, even on a busy
  // machine.
  staleAfterMs: 2 * 60_000,
  refreshMs: 10_000,
  pollMs: 500,
};

/** Whether process `pid` of this host still runs. */
export function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: it runs, as another user.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** A lock file as last seen: its text, when it was last touched, and since when it looked so. */
export interface LockSeen {
  text: string;
  holder: LockHolder | undefined;
  mtimeMs: number;
  /** When this process first saw it as it is (its own clock). */
  since: number;
}

function parseHolder(text: string): LockHolder | undefined {
  try {
    const value = JSON.parse(text) as Partial<LockHolder>;
    if (typeof value.pid === 'number' && typeof value.host === 'string') {
      const started = typeof value.started === 'string' ? value.started : '';
      return { pid: value.pid, host: value.host, started };
    }
  } catch {
    // Being written right now, or not a lock of this project: judged by its age alone.
  }
  return undefined;
}

/** Reads the lock `file` (undefined if there is none), given how it looked before. */
export async function readLock(
  file: string,
  before: LockSeen | undefined,
): Promise<LockSeen | undefined> {
  try {
    const [text, { mtimeMs }] = await Promise.all([readFile(file, 'utf8'), stat(file)]);
    const same = before && before.text === text && before.mtimeMs === mtimeMs;
    return {
      text,
      holder: parseHolder(text),
      mtimeMs,
      since: same ? before.since : performance.now(),
    };
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
}

/** Why the lock as seen was left behind by a process that is gone, or undefined if it is held. */
export function staleReason(
  seen: LockSeen,
  staleAfterMs: number,
  now = Date.now(),
): string | undefined {
  const { holder } = seen;
  const untouched = (ms: number) => `已经超过 ${Math.round(ms / 60_000) || 1} 分钟没有更新`;
  if (holder?.host === hostname()) {
    if (!isRunning(holder.pid)) return '进程已经结束';
    // Its process runs: the build itself, busy, or a process that took the id of a build that is
    // gone. Only a lock untouched for far longer than a busy build leaves it counts as left.
    const limit = staleAfterMs * 5;
    return now - seen.mtimeMs > limit ? untouched(limit) : undefined;
  }
  // Another host's process cannot be asked, and its clock may be off: only what this process saw
  // itself counts.
  return performance.now() - seen.since > staleAfterMs ? untouched(staleAfterMs) : undefined;
}

async function create(file: string, holder: LockHolder): Promise<boolean> {
  let handle;
  try {
    handle = await open(file, 'wx');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw error;
  }
  try {
    await handle.writeFile(`${JSON.stringify(holder)}\n`);
  } finally {
    await handle.close();
  }
  return true;
}

/**
 * Removes the lock as seen, unless it changed since (another process took it meanwhile). Only for
 * a file no other process may remove at the same time (a claim, read under the gate).
 */
export async function removeIfUnchanged(file: string, seen: LockSeen): Promise<boolean> {
  const now = await readLock(file, seen);
  if (!now || now.text !== seen.text || now.mtimeMs !== seen.mtimeMs) return false;
  await rm(file, { force: true });
  return true;
}

/** A breaker is held for the moment of a look and a removal: one this old was left by a kill. */
const BREAKER_STALE_MS = 30_000;

/**
 * Removes a lock left behind, as seen. Two processes that found it so could otherwise both remove
 * "it", the second one removing the lock the first has just taken in its place; so the removal
 * is done holding a second lock, `<file>.breaking`, and only if the lock is still as seen.
 */
async function breakStale(file: string, seen: LockSeen, holder: LockHolder): Promise<boolean> {
  const breaker = `${file}.breaking`;
  if (!(await create(breaker, holder))) {
    const since = await stat(breaker).then(
      (s) => s.mtimeMs,
      () => Date.now(),
    );
    if (Date.now() - since > BREAKER_STALE_MS) await rm(breaker, { force: true });
    return false;
  }
  try {
    return await removeIfUnchanged(file, seen);
  } finally {
    await rm(breaker, { force: true });
  }
}

/** The files this process holds, by path, with their text. */
const held = new Map<string, string>();

/** Removes the files this process holds, as it ends on a signal (Ctrl+C, a service stopping). */
function onSignal(signal: NodeJS.Signals): void {
  for (const [file, text] of held) {
    try {
      if (readFileSync(file, 'utf8') === text) rmSync(file, { force: true });
    } catch {
      // Gone already.
    }
  }
  // The exit status a shell gives a process ended by the signal.
  process.exit(128 + ((constants.signals[signal] as number | undefined) ?? 0));
}

const SIGNALS = ['SIGINT', 'SIGTERM', 'SIGHUP'] as const;

/**
 * Keeps `file`, which this process wrote with `text`, as its own: touches it every `refreshMs`,
 * and removes it when released, or when the process is ended by a signal (the next build need
 * not wait to find it left behind).
 */
export function holdFile(file: string, text: string, refreshMs: number): HeldLock {
  if (held.size === 0) for (const signal of SIGNALS) process.on(signal, onSignal);
  held.set(file, text);
  const isMine = () =>
    readFile(file, 'utf8').then(
      (now) => now === text,
      () => false,
    );
  const timer = setInterval(() => {
    const now = new Date();
    utimes(file, now, now).catch(() => undefined);
  }, refreshMs);
  timer.unref();
  return {
    file,
    stillHeld: isMine,
    release: async () => {
      clearInterval(timer);
      held.delete(file);
      if (held.size === 0) for (const signal of SIGNALS) process.off(signal, onSignal);
      if (await isMine()) await rm(file, { force: true });
    },
  };
}

/** Takes the lock `file`, waiting while another process holds it. */
export async function acquireLock(file: string, options: LockOptions = {}): Promise<HeldLock> {
  const { giveUpAfterMs, staleAfterMs, refreshMs, pollMs } = {
    giveUpAfterMs: options.giveUpAfterMs ?? LOCK_DEFAULTS.giveUpAfterMs,
    staleAfterMs: options.staleAfterMs ?? LOCK_DEFAULTS.staleAfterMs,
    refreshMs: options.refreshMs ?? LOCK_DEFAULTS.refreshMs,
    pollMs: options.pollMs ?? LOCK_DEFAULTS.pollMs,
  };
  const holder: LockHolder = { pid: process.pid, host: hostname(), started: '' };
  const waitStart = performance.now();
  let seen: LockSeen | undefined;
  let told: string | undefined;
  for (;;) {
    holder.started = new Date().toISOString();
    if (await create(file, holder)) break;
    seen = await readLock(file, seen);
    if (!seen) continue;
    const why = staleReason(seen, staleAfterMs);
    if (why !== undefined) {
      if (await breakStale(file, seen, holder)) options.onStale?.(seen.holder, why);
      else await sleep(pollMs);
      seen = undefined;
      continue;
    }
    if (told !== seen.text) {
      told = seen.text;
      options.onWait?.(seen.holder);
    }
    const waited = performance.now() - waitStart;
    if (waited > giveUpAfterMs) throw new LockTimeoutError(file, seen.holder, waited);
    await sleep(pollMs);
  }
  return holdFile(file, `${JSON.stringify(holder)}\n`, refreshMs);
}

/** A lock's holder as a message names it: 本机进程 1234，2024/6/30 10:02:03 开始. */
export function holderText(holder: LockHolder | undefined): string {
  if (!holder) return '进程不详';
  const started = new Date(holder.started);
  const when = Number.isNaN(started.getTime())
    ? '开始时间不详'
    : `${started.toLocaleString('zh-CN', { hour12: false })} 开始`;
  const who = holder.host === hostname() ? '本机' : `主机 ${holder.host} 上的`;
  return `${who}进程 ${holder.pid}，${when}`;
}
