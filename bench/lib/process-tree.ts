/**
 * Measures a running process tree through /proc: peak resident memory, sampled, and the CPU time
 * of children once they have been waited for.
 */
import { execFileSync } from 'node:child_process';
import { readdir, readFile } from 'node:fs/promises';
import { readFileSync } from 'node:fs';
import { parseStat, parseVmRssKb, processTree } from './proc';

const SAMPLE_EVERY_MS = 200;

/** Samples the summed RSS of `root` and its descendants until stopped; returns the peak in MB. */
export function sampleTreeRss(root: number): { stop(): Promise<number> } {
  let peakKb = 0;
  let sampling: Promise<void> = Promise.resolve();
  const sample = async () => {
    const parentOf = new Map<number, number>();
    for (const name of await readdir('/proc')) {
      if (!/^\d+$/.test(name)) continue;
      const stat = await readText(`/proc/${name}/stat`);
      if (stat) parentOf.set(Number(name), parseStat(stat).ppid);
    }
    let totalKb = 0;
    for (const pid of processTree(parentOf, root)) {
      totalKb += parseVmRssKb((await readText(`/proc/${pid}/status`)) ?? '');
    }
    peakKb = Math.max(peakKb, totalKb);
  };
  const timer = setInterval(() => {
    // One sample at a time: a slow /proc scan under load must not pile up.
    sampling = sampling.then(sample);
  }, SAMPLE_EVERY_MS);
  return {
    async stop() {
      clearInterval(timer);
      await sampling;
      return peakKb / 1024;
    },
  };
}

/** Processes exit between listing /proc and reading their files; they simply drop out. */
async function readText(path: string): Promise<string | undefined> {
  try {
    return await readFile(path, 'utf8');
  } catch {
    return undefined;
  }
}

const ticksPerSecond = (() => {
  try {
    return Number(execFileSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).trim()) || 100;
  } catch {
    return 100; // USER_HZ on every common Linux build
  }
})();

/**
 * CPU seconds (user + system) of this process's children that have exited so far, their own
 * children included. The difference across a build is the CPU the build used, however loaded
 * the machine was.
 */
export function childCpuSeconds(): number {
  const stat = parseStat(readFileSync('/proc/self/stat', 'utf8'));
  return (stat.cutime + stat.cstime) / ticksPerSecond;
}
