/**
 * One holder at a time: a second process waits and is told who holds the lock; a lock left by a
 * killed process is cleared (a dead process of this host at once, any lock untouched for long),
 * a lock that is kept fresh is not, and a wait ends after the time given.
 */
import { mkdtemp, readFile, rm, stat, utimes, writeFile } from 'node:fs/promises';
import { hostname, tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import {
  acquireLock,
  holderText,
  LockTimeoutError,
  type LockHolder,
} from '../../../../scripts/shared/lock-file.ts';

let file: string;

beforeEach(async () => {
  file = join(await mkdtemp(join(tmpdir(), 'lock-file-')), '.dist.lock');
});

/** A lock written by another process: pid 1 runs on every host, 99 999 999 on none. */
async function heldBy(holder: Partial<LockHolder>): Promise<void> {
  const full = { pid: 1, host: hostname(), started: '2024-06-30T02:00:00.000Z', ...holder };
  await writeFile(file, `${JSON.stringify(full)}\n`);
}

describe('acquireLock', () => {
  it('takes a free lock, saying who holds it, and removes it when released', async () => {
    const lock = await acquireLock(file);
    const holder = JSON.parse(await readFile(file, 'utf8')) as LockHolder;
    expect(holder).toMatchObject({ pid: process.pid, host: hostname() });
    expect(Date.parse(holder.started)).toBeGreaterThan(Date.now() - 60_000);
    expect(await lock.stillHeld()).toBe(true);
    await lock.release();
    await expect(stat(file)).rejects.toThrow();
  });

  it('waits while another process holds the lock, says who, and takes it once free', async () => {
    await heldBy({});
    const waits: (LockHolder | undefined)[] = [];
    const taking = acquireLock(file, { pollMs: 10, onWait: (h) => waits.push(h) });
    await vi.waitFor(() => {
      expect(waits).toEqual([{ pid: 1, host: hostname(), started: '2024-06-30T02:00:00.000Z' }]);
    });
    await rm(file);
    const lock = await taking;
    expect(await lock.stillHeld()).toBe(true);
    await lock.release();
  });

  it('clears at once a lock whose process on this host has ended', async () => {
    await heldBy({ pid: 99_999_999 });
    const stale: string[] = [];
    const lock = await acquireLock(file, { onStale: (h, why) => stale.push(`${h?.pid} ${why}`) });
    expect(stale).toEqual(['99999999 进程已经结束']);
    await lock.release();
  });

  it('lets one of several processes clear a lock left behind, and the others wait their turn', async () => {
    await heldBy({ pid: 99_999_999 });
    let cleared = 0;
    let holding = 0;
    let most = 0;
    await Promise.all(
      Array.from({ length: 5 }, async () => {
        const lock = await acquireLock(file, { pollMs: 5, onStale: () => (cleared += 1) });
        most = Math.max(most, (holding += 1));
        await sleep(20);
        holding -= 1;
        await lock.release();
      }),
    );
    expect([cleared, most]).toEqual([1, 1]);
  });

  it('clears a lock of this host left untouched for long, even if its process id runs again', async () => {
    await heldBy({});
    const hourAgo = new Date(Date.now() - 3_600_000);
    await utimes(file, hourAgo, hourAgo);
    const stale: string[] = [];
    const lock = await acquireLock(file, { onStale: (_, why) => stale.push(why) });
    expect(stale).toEqual(['已经超过 10 分钟没有更新']);
    await lock.release();
  });

  it('clears another host’s lock once it stayed unchanged as long, by this process’s clock', async () => {
    // Its clock may be hours off: the time written on the file says nothing here.
    await heldBy({ host: 'build-02' });
    await utimes(file, new Date(Date.now() + 3_600_000), new Date(Date.now() + 3_600_000));
    const started = performance.now();
    const stale: string[] = [];
    const lock = await acquireLock(file, {
      pollMs: 10,
      staleAfterMs: 200,
      onStale: (h, why) => stale.push(`${h?.host} ${why}`),
    });
    expect(performance.now() - started).toBeGreaterThanOrEqual(200);
    expect(stale).toEqual(['build-02 已经超过 1 分钟没有更新']);
    await lock.release();
  });

  it('keeps waiting for a lock its holder keeps touching, and gives up in the end', async () => {
    await heldBy({ host: 'build-02' });
    const touching = setInterval(() => {
      const now = new Date(Date.now() + Math.random() * 1000);
      void utimes(file, now, now);
    }, 30);
    try {
      const error = await acquireLock(file, {
        pollMs: 10,
        // Far longer than the touches' interval, even on a busy machine.
        staleAfterMs: 600,
        giveUpAfterMs: 900,
      }).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(LockTimeoutError);
      expect((error as LockTimeoutError).holder?.host).toBe('build-02');
    } finally {
      clearInterval(touching);
    }
  });

  it('touches the lock while held, and leaves alone a lock no longer its own', async () => {
    const lock = await acquireLock(file, { refreshMs: 20 });
    const hourAgo = new Date(Date.now() - 3_600_000);
    await utimes(file, hourAgo, hourAgo);
    await vi.waitFor(async () => {
      expect((await stat(file)).mtimeMs).toBeGreaterThan(Date.now() - 60_000);
    });
    await heldBy({ host: 'build-02' });
    expect(await lock.stillHeld()).toBe(false);
    await lock.release();
    expect(await readFile(file, 'utf8')).toContain('build-02');
  });
});

describe('holderText', () => {
  it('names the process, its host when it is another, and when it started', () => {
    const started = '2024-06-30T02:03:04.000Z';
    const local = new Date(started).toLocaleString('zh-CN', { hour12: false });
    expect(holderText({ pid: 12, host: hostname(), started })).toBe(`本机进程 12，${local} 开始`);
    expect(holderText({ pid: 12, host: 'build-02', started: '' })).toBe(
      '主机 build-02 上的进程 12，开始时间不详',
    );
  });
});
