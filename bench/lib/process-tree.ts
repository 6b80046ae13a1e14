/**
 * Measures a running process tree through /proc: peak resident memory, sampled, and the CPU time
 * of children once they have been waited for.
 */
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { parseStat, parseVmRssKb, processTree } from './proc.ts';

const SAMPLE_EVERY_MS = 200;

/**
 * Samples the summed RSS of `root` and its descendants until stopped; returns the peak in MB.
 * A sample lists every process on the machine (Linux keeps no list of a process's children
 * unless built to): read synchronously, that is a few milliseconds, where as many awaited reads
 * took tens, processor time taken from the build being measured.
 */
export function sampleTreeRss(root: number): { stop(): number } {
  let peakKb = 0;
  const sample = () => {
    const parentOf = new Map<number, number>();
    for (const name of readdirSync('/proc')) {
      if (!/^\d+$/.test(name)) continue;
      const stat = readText(`/proc/${name}/stat`);
      if (stat) parentOf.set(Number(name), parseStat(stat).ppid);
    }
    let totalKb = 0;
    for (const pid of processTree(parentOf, root)) {
      totalKb += parseVmRssKb(readText(`/proc/${pid}/status`) ?? '');
    }
    peakKb = Math.max(peakKb, totalKb);
  };
  const timer = setInterval(sample, SAMPLE_EVERY_MS);
  return {
    stop() {
      clearInterval(timer);
      return peakKb / 1024;
    },
  };
}

/** Processes exit between listing /proc and reading their files; they simply drop out. */
function readText(path: string): string | undefined {
  try {
    return readFileSync(path, 'utf8');
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
