import { describe, expect, it } from 'vitest';
import {
  formatTable,
  loadAverage,
  median,
  pagefindSeconds,
  summarize,
  type BuildResult,
} from '../../../src/lib/bench/report';

describe('pagefindSeconds', () => {
  it('reads the indexing time the project and the floor log', () => {
    expect(pagefindSeconds('05:04:20 [pagefind] Indexed 1059 pages for search in 13.03s.')).toBe(
      13.03,
    );
    expect(pagefindSeconds('[floor:pagefind] Indexed 1000 pages for search in 1.5s.')).toBe(1.5);
    expect(pagefindSeconds('[build] Complete!')).toBeUndefined();
  });
});

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
    pagefindSeconds: 1,
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

  it('needs a build of each kind', () => {
    expect(() => summarize(10, [build('project', 1, 1)])).toThrow(/no floor build/);
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
