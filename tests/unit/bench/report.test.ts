import { describe, expect, it } from 'vitest';
import {
  formatTable,
  loadAverage,
  median,
  phaseColumns,
  phaseRows,
  summarize,
  type BuildResult,
} from '../../../bench/lib/report.ts';

describe('loadAverage', () => {
  it('reads the 1-minute figure', () => {
    expect(loadAverage('6.65 9.19 8.68 6/159 912\n')).toBe(6.65);
  });
});

describe('median', () => {
  it('takes the middle value, or the mean of the two middle ones', () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(() => median([])).toThrow(RangeError);
  });
});

describe('summarize', () => {
  const build = (kind: BuildResult['kind'], seconds: number, peakRssMb: number): BuildResult => ({
    kind,
    run: 1,
    seconds,
    cpuSeconds: seconds,
    phases: { types: 1, bundle: 1, render: 1, pagefind: 1, routes: new Map() },
    peakRssMb,
    distBytes: 1,
    loadBefore: 0,
    loadAfter: 0,
  });

  it('compares median times and keeps the highest memory of each kind', () => {
    const results = [
      build('project', 12, 900),
      build('floor', 10, 700),
      build('project', 14, 950.4),
      build('floor', 10, 800),
    ];
    expect(summarize(1000, results)).toEqual({
      entries: 1000,
      projectSeconds: 13,
      floorSeconds: 10,
      ratio: 1.3,
      projectPeakRssMb: 950,
      floorPeakRssMb: 800,
    });
  });

  it('adds the median rebuild and its share of the cold build when there were rebuilds', () => {
    const results = [
      build('project', 20, 900),
      build('floor', 10, 700),
      build('rebuild', 6, 800),
      build('rebuild', 4, 800),
      build('rebuild', 5, 800),
    ];
    expect(summarize(1000, results)).toMatchObject({ rebuildSeconds: 5, rebuildRatio: 0.25 });
    expect(summarize(1000, results.slice(0, 2))).not.toHaveProperty('rebuildSeconds');
  });

  it('adds the rebuild after a word of text beside the one after a status change', () => {
    const results = [
      build('project', 20, 900),
      build('floor', 10, 700),
      build('rebuild', 5, 800),
      build('text-rebuild', 8, 800),
    ];
    expect(summarize(1000, results)).toMatchObject({
      rebuildRatio: 0.25,
      textRebuildSeconds: 8,
      textRebuildRatio: 0.4,
    });
  });

  it('needs a project build, and leaves the floor’s figures out when there was none', () => {
    expect(() => summarize(10, [build('floor', 1, 1)])).toThrow(/no project build/);
    const alone = summarize(10, [build('project', 4, 300)]);
    expect(alone).toEqual({ entries: 10, projectSeconds: 4, projectPeakRssMb: 300 });
  });
});

describe('phaseRows', () => {
  const build = (
    kind: BuildResult['kind'],
    render: number,
    routes: [string, number, number][],
  ): BuildResult => ({
    kind,
    run: 1,
    seconds: render + 10,
    cpuSeconds: 0,
    phases: {
      types: 1,
      bundle: 5,
      render,
      pagefind: undefined,
      routes: new Map(routes.map(([group, pages, seconds]) => [group, { pages, seconds }])),
    },
    peakRssMb: 1,
    distBytes: 1,
    loadBefore: 0,
    loadAfter: 0,
  });

  it('sets the medians of each phase side by side, then each kind of page', () => {
    const rows = phaseRows([
      build('project', 4, [
        ['/<review>/findings/<id>/', 9, 3],
        ['/<review>/ledger.xlsx', 1, 1],
      ]),
      build('floor', 2, [['/<review>/findings/<id>/', 9, 2]]),
      build('project', 6, [
        ['/<review>/findings/<id>/', 9, 3.4],
        ['/<review>/ledger.xlsx', 1, 1.2],
      ]),
    ]);
    expect(rows).toEqual([
      ['content sync and types', '', '1.0', '1.0', '+0.0'],
      ['bundling (MDX compile)', '', '5.0', '5.0', '+0.0'],
      ['rendering pages', '', '5.0', '2.0', '+3.0'],
      ['search index', '', '–', '–', '–'],
      ['whole build (wall)', '', '15.0', '12.0', '+3.0'],
      ['  /<review>/findings/<id>/', '9', '3.2', '2.0', '+1.2'],
      ['  /<review>/ledger.xlsx', '1', '1.1', '0.0', '+1.1'],
    ]);
  });

  it('leaves the difference out of the phases when there was no floor build', () => {
    const rows = phaseRows([build('project', 4, [['/<review>/findings/<id>/', 9, 3]])]);
    expect(rows.find((row) => row[0] === 'whole build (wall)')).toEqual([
      'whole build (wall)',
      '',
      '14.0',
      '–',
      '–',
    ]);
  });

  it('adds a column for the rebuild when there was one', () => {
    const results = [
      build('project', 4, [['/<review>/findings/<id>/', 9, 3]]),
      build('floor', 2, [['/<review>/findings/<id>/', 9, 2]]),
      build('rebuild', 1, [['/<review>/findings/<id>/', 9, 0.5]]),
    ];
    expect(phaseColumns(results).at(-1)).toBe('rebuild s');
    expect(phaseColumns(results.slice(0, 2))).not.toContain('rebuild s');
    const both = [...results, build('text-rebuild', 2, [['/<review>/findings/<id>/', 9, 0.6]])];
    expect(phaseColumns(both).slice(-2)).toEqual(['rebuild s', 'text rebuild s']);
    expect(phaseRows(both)[5]!.slice(-2)).toEqual(['0.5', '0.6']);
    expect(phaseRows(results).map((row) => row.at(-1))).toEqual([
      '1.0',
      '5.0',
      '1.0',
      '–',
      '11.0',
      '0.5',
    ]);
  });
});

describe('formatTable', () => {
  it('aligns the first column left and the others right', () => {
    expect(
      formatTable(
        ['build', 'wall s'],
        [
          ['project', '9.5'],
          ['floor', '10.25'],
        ],
      ),
    ).toBe('build    wall s\n-------  ------\nproject     9.5\nfloor     10.25');
  });
});
