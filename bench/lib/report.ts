/** Reporting the benchmark: the tables a person reads, the JSON a tool reads. */
import type { BuildPhases } from './phases.ts';

/** One measured build. */
export interface BuildResult {
  /**
   * `rebuild`: the project again after one measure's status changed, over its last build and
   * cache; `text-rebuild`: the same after one word was added to a finding's text.
   */
  kind: 'project' | 'floor' | 'rebuild' | 'text-rebuild';
  run: number;
  seconds: number;
  cpuSeconds: number;
  /** Where the time went, as the build logged it. */
  phases: BuildPhases;
  peakRssMb: number;
  distBytes: number;
  /** 1-minute load average when the build started and when it ended. */
  loadBefore: number;
  loadAfter: number;
}

/** The benchmark's last line of output, for scripts and CI. */
export interface BenchSummary {
  entries: number;
  projectSeconds: number;
  /** The floor's figures and the ratio are left out when the floor was not built (`--no-floor`). */
  floorSeconds?: number;
  ratio?: number;
  projectPeakRssMb: number;
  floorPeakRssMb?: number;
  /** With `--rebuild`: median seconds of a build after one measure's status changed. */
  rebuildSeconds?: number;
  /** With `--rebuild`: rebuildSeconds / projectSeconds. */
  rebuildRatio?: number;
  /** With `--rebuild`: seconds of a build after one word was added to a finding's text. */
  textRebuildSeconds?: number;
  /** With `--rebuild`: textRebuildSeconds / projectSeconds. */
  textRebuildRatio?: number;
}

/** The 1-minute load average from the text of /proc/loadavg. */
export function loadAverage(text: string): number {
  return Number.parseFloat(text);
}

/** The middle value (mean of the two middle ones for an even count). */
export function median(values: number[]): number {
  if (values.length === 0) throw new RangeError('median: no values');
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** Median times and peak memory of each kind, and the ratio project / floor of the medians. */
export function summarize(entries: number, results: BuildResult[]): BenchSummary {
  /** The median time and the highest memory of the builds of `kind`; none if there were none. */
  const of = (kind: BuildResult['kind']) => {
    const runs = results.filter((r) => r.kind === kind);
    if (runs.length === 0) return undefined;
    return {
      seconds: median(runs.map((r) => r.seconds)),
      peakRssMb: Math.max(...runs.map((r) => r.peakRssMb)),
    };
  };
  const project = of('project');
  if (!project) throw new RangeError('summarize: no project build');
  const floor = of('floor');
  const rebuilt = of('rebuild');
  const textRebuilt = of('text-rebuild');
  return {
    entries,
    projectSeconds: round(project.seconds, 2),
    ...(floor && {
      floorSeconds: round(floor.seconds, 2),
      ratio: round(project.seconds / floor.seconds, 3),
    }),
    projectPeakRssMb: round(project.peakRssMb, 0),
    ...(floor && { floorPeakRssMb: round(floor.peakRssMb, 0) }),
    ...(rebuilt && {
      rebuildSeconds: round(rebuilt.seconds, 2),
      rebuildRatio: round(rebuilt.seconds / project.seconds, 3),
    }),
    ...(textRebuilt && {
      textRebuildSeconds: round(textRebuilt.seconds, 2),
      textRebuildRatio: round(textRebuilt.seconds / project.seconds, 3),
    }),
  };
}

/** One table row per build, in the order they ran. */
export function buildRows(entries: number, results: BuildResult[]): string[][] {
  return results.map((r) => [
    r.kind,
    String(r.run),
    r.seconds.toFixed(1),
    ((r.seconds * 1000) / entries).toFixed(1),
    r.cpuSeconds.toFixed(1),
    r.phases.pagefind === undefined ? '–' : r.phases.pagefind.toFixed(1),
    r.peakRssMb.toFixed(0),
    (r.distBytes / 1e6).toFixed(1),
    `${r.loadBefore.toFixed(1)}→${r.loadAfter.toFixed(1)}`,
  ]);
}

export const BUILD_COLUMNS = [
  'build',
  'run',
  'wall s',
  'ms/entry',
  'CPU s',
  'Pagefind s',
  'peak RSS MB',
  'dist MB',
  'load 1m',
];

/** The phases of a build the project and the floor share, in the order they run. */
const PHASES = [
  ['types', 'content sync and types'],
  ['bundle', 'bundling (MDX compile)'],
  ['render', 'rendering pages'],
  ['pagefind', 'search index'],
] as const satisfies readonly (readonly [keyof BuildPhases, string])[];

/**
 * Median seconds of each phase for the project and the floor, and the difference: the profile of
 * the ratio; then each kind of rebuild's, when there were rebuilds. The last rows split rendering by kind
 * of page, costliest first, so that an added cost has a name.
 */
export function phaseRows(results: BuildResult[]): string[][] {
  const medianOf = (kind: BuildResult['kind'], pick: (r: BuildResult) => number | undefined) => {
    const values = results
      .filter((r) => r.kind === kind)
      .map(pick)
      .filter((v) => v !== undefined);
    return values.length > 0 ? median(values) : undefined;
  };
  const rebuilds = REBUILD_KINDS.filter((kind) => results.some((r) => r.kind === kind));
  const row = (name: string, pick: (r: BuildResult) => number | undefined, pages = '') => {
    const project = medianOf('project', pick);
    const floor = medianOf('floor', pick);
    const cell = (v: number | undefined) => (v === undefined ? '–' : v.toFixed(1));
    const diff = project === undefined || floor === undefined ? undefined : project - floor;
    const rounded = diff === undefined ? undefined : Math.round(diff * 10) / 10 || 0; // no "-0.0"
    const signed = rounded === undefined ? '–' : `${rounded >= 0 ? '+' : ''}${rounded.toFixed(1)}`;
    const rebuild = rebuilds.map((kind) => cell(medianOf(kind, pick)));
    return [name, pages, cell(project), cell(floor), signed, ...rebuild];
  };
  const rows = PHASES.map(([phase, name]) => row(name, (r) => r.phases[phase]));
  rows.push(row('whole build (wall)', (r) => r.seconds));
  const groups = new Map<string, number>();
  for (const r of results) {
    for (const [group, time] of r.phases.routes)
      groups.set(group, Math.max(groups.get(group) ?? 0, time.pages));
  }
  const routeSeconds = (group: string) => (r: BuildResult) =>
    r.phases.routes.get(group)?.seconds ?? 0;
  const byCost = [...groups.keys()].sort(
    (a, b) =>
      (medianOf('project', routeSeconds(b)) ?? 0) - (medianOf('project', routeSeconds(a)) ?? 0),
  );
  for (const group of byCost) {
    rows.push(row(`  ${group}`, routeSeconds(group), String(groups.get(group))));
  }
  return rows;
}

export const PHASE_COLUMNS = ['phase', 'pages', 'project s', 'floor s', 'difference'];

/** The rebuilds, in the order their columns follow the others. */
const REBUILD_KINDS = ['rebuild', 'text-rebuild'] as const;

/** The columns of `phaseRows` for these results: one more for each kind of rebuild there was. */
export function phaseColumns(results: BuildResult[]): string[] {
  const names = { rebuild: 'rebuild s', 'text-rebuild': 'text rebuild s' };
  return [
    ...PHASE_COLUMNS,
    ...REBUILD_KINDS.filter((kind) => results.some((r) => r.kind === kind)).map(
      (kind) => names[kind],
    ),
  ];
}

/**
 * A plain-text table: first column left-aligned, the others right-aligned. Cells are expected in
 * ASCII (numbers, paths): wide characters would break the alignment.
 */
export function formatTable(header: string[], rows: string[][]): string {
  const width = (s: string) => s.length;
  const widths = header.map((h, i) => Math.max(width(h), ...rows.map((r) => width(r[i] ?? ''))));
  const line = (cells: string[]) =>
    cells
      .map((cell, i) => {
        const pad = ' '.repeat(widths[i]! - width(cell));
        return i === 0 ? cell + pad : pad + cell;
      })
      .join('  ')
      .trimEnd();
  return [line(header), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line)].join('\n');
}

function round(value: number, digits: number): number {
  const factor = 10 ** digits;
  return Math.round(value * factor) / factor;
}
