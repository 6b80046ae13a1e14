/**
 * Reading Linux's /proc text formats, for measuring a build's process tree: Astro's Node process
 * and the Pagefind binary it starts.
 */

/** What the benchmark needs from `/proc/<pid>/stat`. Times are in clock ticks. */
export interface ProcStat {
  pid: number;
  ppid: number;
  /** CPU time of the process itself (user and system). */
  utime: number;
  stime: number;
  /** CPU time of its children that have exited and been waited for. */
  cutime: number;
  cstime: number;
}

/**
 * Parses a `/proc/<pid>/stat` line. The command name is in parentheses and may itself contain
 * spaces and parentheses, so the fields are counted from the last `)`.
 */
export function parseStat(line: string): ProcStat {
  const close = line.lastIndexOf(')');
  const pid = Number.parseInt(line, 10);
  // After the name: state, ppid, pgrp, session, tty_nr, tpgid, flags, minflt, cminflt, majflt,
  // cmajflt, utime, stime, cutime, cstime, …
  const fields = line
    .slice(close + 2)
    .trim()
    .split(/\s+/);
  if (close < 0 || Number.isNaN(pid) || fields.length < 15) {
    throw new Error(`Not a /proc/<pid>/stat line: ${line.slice(0, 80)}`);
  }
  const field = (i: number) => Number(fields[i]);
  return {
    pid,
    ppid: field(1),
    utime: field(11),
    stime: field(12),
    cutime: field(13),
    cstime: field(14),
  };
}

/** Resident memory in kB from `/proc/<pid>/status` (`VmRSS:`); 0 for a process without memory. */
export function parseVmRssKb(status: string): number {
  const match = /^VmRSS:\s+(\d+)\s+kB/m.exec(status);
  return match ? Number(match[1]) : 0;
}

/** `root` and every process below it, given each process's parent. */
export function processTree(parentOf: Map<number, number>, root: number): number[] {
  const children = new Map<number, number[]>();
  for (const [pid, ppid] of parentOf) {
    const list = children.get(ppid);
    if (list) list.push(pid);
    else children.set(ppid, [pid]);
  }
  const tree = [root];
  for (let i = 0; i < tree.length; i++) tree.push(...(children.get(tree[i]!) ?? []));
  return tree;
}
