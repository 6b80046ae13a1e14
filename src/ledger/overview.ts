/**
 * How far a rectification has got (整改进度), as a progress report (整改进展情况报告) quotes it and
 * supervision platforms show it: the measures in all, the completion rate, the measures by status,
 * by 整改方式, by light, by 责任单位 and by 责任领导, the overdue ones and those due within 30 days.
 * Computed from the ledger's rows, so the overview and the table beside it cannot disagree.
 */
import { lightOf, LIGHTS, type Light, type LightInput } from './lights.ts';
import {
  NOT_FILLED,
  RECTIFICATION_MODES,
  RECTIFICATION_STATUSES,
  type RectificationStatus,
} from './terms.ts';

/** What the overview reads of a measure's row. */
export interface OverviewRow extends LightInput {
  mode?: string | undefined;
  unit?: string | undefined;
  leader?: string | undefined;
}

/** The measures of one unit or one leader. */
export interface Tally {
  name: string;
  total: number;
  done: number;
  overdue: number;
}

export interface Overview {
  total: number;
  /** 已完成 and 已销号. */
  done: number;
  /** done ÷ total with one decimal (66.7%); '—' for a ledger with no measures. */
  rate: string;
  byStatus: [status: RectificationStatus | typeof NOT_FILLED, count: number][];
  byMode: [mode: string, count: number][];
  byLight: [light: Light, count: number][];
  /** Most measures first; a cell naming several units (人事股、纪检组) counts for each. */
  byUnit: Tally[];
  byLeader: Tally[];
  overdue: number;
  /** Not done, due today or within the next 30 days. */
  dueWithin30: number;
}

const DAY = 24 * 60 * 60 * 1000;
const SOON = 30;

/** The names in a cell that may list several: 人事股、纪检组; 人事股，纪检组; 人事股 纪检组. */
export function namesIn(cell: string | undefined): string[] {
  return (cell ?? '')
    .split(/[、，,；;\s]+/u)
    .map((name) => name.trim())
    .filter(Boolean);
}

/** `rate` as the report writes it: one decimal, then %. */
export function completionRate(done: number, total: number): string {
  return total === 0 ? '—' : `${((done / total) * 100).toFixed(1)}%`;
}

function counted<K extends string>(keys: readonly K[], values: K[]): [K, number][] {
  const counts = new Map(keys.map((k) => [k, 0]));
  for (const value of values) counts.set(value, (counts.get(value) ?? 0) + 1);
  return [...counts];
}

function tallies(rows: { names: string[]; done: boolean; overdue: boolean }[]): Tally[] {
  const byName = new Map<string, Tally>();
  for (const row of rows) {
    for (const name of row.names.length > 0 ? row.names : [NOT_FILLED]) {
      const tally = byName.get(name) ?? { name, total: 0, done: 0, overdue: 0 };
      tally.total++;
      if (row.done) tally.done++;
      if (row.overdue) tally.overdue++;
      byName.set(name, tally);
    }
  }
  // Who has most to do first; those nobody is named for last.
  return [...byName.values()].sort(
    (a, b) =>
      Number(a.name === NOT_FILLED) - Number(b.name === NOT_FILLED) ||
      b.total - a.total ||
      a.name.localeCompare(b.name, 'zh'),
  );
}

/** The overview of a ledger's rows on `today`. */
export function ledgerOverview(rows: readonly OverviewRow[], today: Date): Overview {
  const states = rows.map((row) => ({ row, state: lightOf(row, today) }));
  const done = states.filter(({ state }) => state.light === '已完成').length;
  const flags = states.map(({ row, state }) => ({
    row,
    done: state.light === '已完成',
    overdue: state.light === '逾期',
  }));
  return {
    total: rows.length,
    done,
    rate: completionRate(done, rows.length),
    byStatus: counted(
      [...RECTIFICATION_STATUSES, NOT_FILLED],
      rows.map((row) => row.status ?? NOT_FILLED),
    ),
    byMode: counted(
      [...RECTIFICATION_MODES, NOT_FILLED],
      rows.map((row) => row.mode ?? NOT_FILLED),
    ),
    byLight: counted(
      LIGHTS,
      states.map(({ state }) => state.light),
    ),
    byUnit: tallies(flags.map((f) => ({ ...f, names: namesIn(f.row.unit) }))),
    byLeader: tallies(flags.map((f) => ({ ...f, names: namesIn(f.row.leader) }))),
    overdue: flags.filter((f) => f.overdue).length,
    dueWithin30: states.filter(
      ({ state }) =>
        state.light !== '已完成' &&
        state.light !== '逾期' &&
        state.due !== undefined &&
        state.due.getTime() - today.getTime() <= SOON * DAY,
    ).length,
  };
}

/** What a tally counts of a name: its measures, those done, those overdue. */
export type TallyPart = 'total' | 'done' | 'overdue';

/**
 * The key of each figure the page shows (`data-figure`), so that the browser can write it again
 * when it measures the lights against the reader's today (src/client/ledger-overview.ts): the
 * overdue counts, the lights and the measures due soon change with the day; the rest does not,
 * and is written again the same.
 */
export const figureKey = {
  total: 'total',
  done: 'done',
  rate: 'rate',
  overdue: 'overdue',
  dueWithin30: 'due-within-30',
  status: (status: string) => `status:${status}`,
  mode: (mode: string) => `mode:${mode}`,
  light: (light: Light) => `light:${light}`,
  unit: (name: string, part: TallyPart) => `unit-${part}:${name}`,
  leader: (name: string, part: TallyPart) => `leader-${part}:${name}`,
} as const;

/** Every figure of an overview by its key, as the page writes it. */
export function overviewFigures(overview: Overview): Map<string, string> {
  const figures = new Map<string, string>([
    [figureKey.total, String(overview.total)],
    [figureKey.done, String(overview.done)],
    [figureKey.rate, overview.rate],
    [figureKey.overdue, String(overview.overdue)],
    [figureKey.dueWithin30, String(overview.dueWithin30)],
  ]);
  for (const [status, count] of overview.byStatus)
    figures.set(figureKey.status(status), `${count}`);
  for (const [mode, count] of overview.byMode) figures.set(figureKey.mode(mode), `${count}`);
  for (const [light, count] of overview.byLight) figures.set(figureKey.light(light), `${count}`);
  for (const [tallies, key] of [
    [overview.byUnit, figureKey.unit],
    [overview.byLeader, figureKey.leader],
  ] as const) {
    for (const tally of tallies) {
      for (const part of ['total', 'done', 'overdue'] as const) {
        figures.set(key(tally.name, part), String(tally[part]));
      }
    }
  }
  return figures;
}

/** `count` as a share of `whole` in percent, one decimal, for a bar's length: 0 of nothing is 0. */
export function barPercent(count: number, whole: number): number {
  return whole > 0 ? Math.round((count / whole) * 1000) / 10 : 0;
}
