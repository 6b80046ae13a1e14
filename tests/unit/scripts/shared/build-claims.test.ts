/**
 * Which builds of the project run at once: those of one content folder, each with its own cache
 * folder (the variants); any two others take turns. Claims of builds that are gone are cleared.
 */
import { mkdtemp, readdir, writeFile } from 'node:fs/promises';
import { hostname, tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import {
  canShare,
  claimBuildFiles,
  claimsDir,
  type BuildClaim,
} from '../../../../scripts/shared/build-claims.ts';

const small = { content: '/p/tests/fixtures/small', cache: '/p/node_modules/.astro/small' };
const smallOffline = { ...small, cache: '/p/node_modules/.astro/small-offline' };
const seed = { content: '/p/content', cache: '/p/node_modules/.astro' };

let root: string;
beforeEach(async () => {
  root = await mkdtemp(join(tmpdir(), 'build-claims-'));
});

describe('canShare', () => {
  it('lets variants of one content folder run together, and nothing else', () => {
    expect(canShare(small, smallOffline)).toBe(true);
    expect(canShare(small, small)).toBe(false);
    expect(canShare(small, seed)).toBe(false);
    expect(canShare(smallOffline, { ...seed, cache: smallOffline.cache })).toBe(false);
  });
});

describe('claimBuildFiles', () => {
  it('claims at once beside a build it can share with', async () => {
    const first = await claimBuildFiles(root, small);
    const second = await claimBuildFiles(root, smallOffline);
    expect((await readdir(claimsDir(root))).filter((n) => n.endsWith('.json'))).toHaveLength(2);
    await Promise.all([first.release(), second.release()]);
    expect((await readdir(claimsDir(root))).filter((n) => n.endsWith('.json'))).toEqual([]);
  });

  it('waits for a build of the same cache or of other content, saying which', async () => {
    const first = await claimBuildFiles(root, small);
    const waits: (BuildClaim | undefined)[] = [];
    let sameCache = false;
    let otherContent = false;
    const a = claimBuildFiles(root, small, { pollMs: 10, onWait: (c) => waits.push(c) });
    const b = claimBuildFiles(root, seed, { pollMs: 10 });
    void a.then(() => (sameCache = true));
    void b.then(() => (otherContent = true));
    await vi.waitFor(() => {
      expect(waits).toEqual([expect.objectContaining({ pid: process.pid, ...small })]);
    });
    await sleep(50);
    expect([sameCache, otherContent]).toEqual([false, false]);
    await first.release();
    // One after the other: a build of the small fixture and one of the seed never run together.
    const next = await Promise.race([a, b]);
    await sleep(100);
    expect(Number(sameCache) + Number(otherContent)).toBe(1);
    await next.release();
    await (await a).release();
    await (await b).release();
  });

  it('clears the claim of a build that is gone', async () => {
    const dir = claimsDir(root);
    await claimBuildFiles(root, small).then((c) => c.release());
    const dead = { pid: 99_999_999, host: hostname(), started: '', ...seed };
    await writeFile(join(dir, 'left-behind.json'), JSON.stringify(dead));
    const stale: string[] = [];
    const claim = await claimBuildFiles(root, small, {
      onStale: (c, why) => stale.push(`${c?.content} ${why}`),
    });
    expect(stale).toEqual(['/p/content 进程已经结束']);
    await claim.release();
  });

  it('gives up after the time given', async () => {
    const first = await claimBuildFiles(root, small);
    await expect(
      claimBuildFiles(root, seed, { pollMs: 10, giveUpAfterMs: 100 }),
    ).rejects.toMatchObject({ name: 'LockTimeoutError', holder: { content: small.content } });
    await first.release();
  });
});
