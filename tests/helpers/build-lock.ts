/**
 * Test builds take turns. Every `astro build` of this project, whatever its content folder, writes
 * the same files under `.astro/` (the map of content modules among them) and reads them back while
 * bundling, so two builds of different content at once could bundle each other's entries. Test
 * files run in parallel workers; this lock, a file created exclusively, spans them. `npm run
 * build` keeps such builds apart by itself (scripts/shared/build-claims.ts); this lock also
 * covers Astro's own builds (the benchmark's), and keeps test builds from interleaving.
 */
import { mkdir, open, readFile, rm, stat } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';

const LOCK_FILE = resolve(import.meta.dirname, '../../test-results/.astro-build.lock');

/** A test build takes seconds; a lock this old was left by a process whose id is now another's. */
const STALE_AFTER_MS = 10 * 60 * 1000;

/** Whether the process that wrote the lock is gone (killed mid-build), so the lock can be taken. */
async function isStale(): Promise<boolean> {
  const [pid, since] = await Promise.all([
    readFile(LOCK_FILE, 'utf8').then(Number, () => NaN),
    stat(LOCK_FILE).then(
      (s) => s.mtimeMs,
      () => Date.now(),
    ),
  ]);
  if (Date.now() - since > STALE_AFTER_MS) return true;
  if (!Number.isInteger(pid) || pid <= 0) return false; // being written right now
  try {
    process.kill(pid, 0);
    return false;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'ESRCH';
  }
}

/** Runs `work` once no other test process is building, holding the others off until it ends. */
export async function withBuildLock<T>(work: () => Promise<T>): Promise<T> {
  await mkdir(dirname(LOCK_FILE), { recursive: true });
  for (;;) {
    try {
      const file = await open(LOCK_FILE, 'wx');
      await file.writeFile(String(process.pid));
      await file.close();
      break;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      if (await isStale()) await rm(LOCK_FILE, { force: true });
      else await sleep(100);
    }
  }
  try {
    return await work();
  } finally {
    await rm(LOCK_FILE, { force: true });
  }
}
