import { describe, expect, it } from 'vitest';
import { durationSeconds, parseBuildPhases, routeGroup } from '../../../bench/lib/phases.ts';

// What `astro build` prints with colours off, shortened: the project's log; the floor's has the
// same lines with other routes and its own integration name.
const LOG = `07:47:57 [content] Syncing content
07:47:58 [types] Generated 1.56s
07:47:58 [build] ✓ Completed in 1.65s.
07:47:58 [build] Building static entrypoints...
07:48:05 [vite] ✓ built in 1m 6s
07:48:05 [vite] ✓ built in 49ms
07:48:05 [build] Rearranging server assets...

 generating static routes 
07:48:05   ├─ /ledger.csv (+6ms) 
07:48:05   ├─ /review-0012/ledger.xlsx (+9ms) 
07:48:05   ├─ /review-0012/findings/2-3/index.html (+3ms) 
07:48:06   ├─ /review-0012/findings/1-1/index.html (+1.20s) 
07:48:06   └─ /review-0013/causes/4/index.html (+2ms) 
07:48:11 ✓ Completed in 5.54s.

07:48:11 [build] ✓ Completed in 12.69s.
07:48:14 [pagefind] Indexed 1058 pages for search in 2.88s.
07:48:14 [build] 1178 page(s) built in 17.72s
`;

describe('parseBuildPhases', () => {
  it('reads each phase, summing the bundler passes', () => {
    const phases = parseBuildPhases(LOG);
    expect(phases.types).toBe(1.56);
    expect(phases.bundle).toBeCloseTo(66.049, 6);
    expect(phases.render).toBe(5.54); // not the [build] totals around it
    expect(phases.pagefind).toBe(2.88);
  });

  it('reads the time of an index reused from the last build', () => {
    const reused = LOG.replace(
      /Indexed 1058 pages for search in 2\.88s\./,
      '搜索索引未变，沿用上次的索引（1058 个页面，1.07 秒）。',
    );
    expect(parseBuildPhases(reused).pagefind).toBe(1.07);
  });

  it('sums rendering time by kind of page', () => {
    const { routes } = parseBuildPhases(LOG);
    expect([...routes.keys()]).toEqual([
      '/ledger.csv',
      '/<review>/ledger.xlsx',
      '/<review>/findings/<id>/',
      '/<review>/causes/<id>/',
    ]);
    const findings = routes.get('/<review>/findings/<id>/');
    expect(findings?.pages).toBe(2);
    expect(findings?.seconds).toBeCloseTo(1.203, 6);
  });

  it('leaves out what the log does not say', () => {
    expect(parseBuildPhases('[build] Complete!')).toEqual({
      types: undefined,
      bundle: undefined,
      render: undefined,
      pagefind: undefined,
      routes: new Map(),
    });
  });
});

describe('durationSeconds', () => {
  it('reads every form Astro and Vite print', () => {
    expect(durationSeconds('49ms')).toBe(0.049);
    expect(durationSeconds('6.63s')).toBe(6.63);
    expect(durationSeconds('1m 5s')).toBe(65);
    expect(durationSeconds('2m')).toBe(120);
    expect(() => durationSeconds('soon')).toThrow(RangeError);
  });
});

describe('routeGroup', () => {
  it('names the kind of page, not the page', () => {
    expect(routeGroup('/review-0001/measures/3/index.html')).toBe('/<review>/measures/<id>/');
    expect(routeGroup('/review-0001/index.html')).toBe('/<review>/');
    expect(routeGroup('/search/index.html')).toBe('/search/');
  });
});
