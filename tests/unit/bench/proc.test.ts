import { describe, expect, it } from 'vitest';
import { parseStat, parseVmRssKb, processTree } from '../../../bench/lib/proc.ts';

describe('parseStat', () => {
  it('reads parent and CPU times after a command name with spaces and parentheses', () => {
    const line =
      '4242 (node (astro) build) S 4200 4242 4100 0 -1 4194560 9000 120 0 0 1500 300 70 12 20 0 11 0 123 456 789';
    expect(parseStat(line)).toEqual({
      pid: 4242,
      ppid: 4200,
      utime: 1500,
      stime: 300,
      cutime: 70,
      cstime: 12,
    });
  });

  it('refuses a line that is not a stat line', () => {
    expect(() => parseStat('hello')).toThrow(/stat line/);
  });
});

describe('parseVmRssKb', () => {
  it('reads the resident set, or 0 for a kernel thread without one', () => {
    expect(parseVmRssKb('Name:\tnode\nVmPeak:\t 900 kB\nVmRSS:\t  523456 kB\n')).toBe(523456);
    expect(parseVmRssKb('Name:\tkthreadd\nState:\tS\n')).toBe(0);
  });
});

describe('processTree', () => {
  it('finds every descendant and nothing else', () => {
    const parents = new Map([
      [10, 1],
      [11, 10],
      [12, 11],
      [13, 10],
      [20, 1],
    ]);
    expect(processTree(parents, 10).sort()).toEqual([10, 11, 12, 13]);
    expect(processTree(parents, 99)).toEqual([99]);
  });
});
