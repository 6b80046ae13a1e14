import { describe, expect, it } from 'vitest';
import {
  aliasPath,
  entryAnchor,
  entryPath,
  mapPath,
  parseEntryPath,
  parseProblemPath,
  problemAliasPath,
  problemPath,
  reviewPath,
  subItemAnchor,
  withBase,
} from '../../../src/permalinks/urls.ts';

describe('entryPath', () => {
  it('builds the permalink of each kind', () => {
    expect(entryPath('xx-2023', 'finding', '1-2')).toBe('/xx-2023/findings/1-2/');
    expect(entryPath('xx-2023', 'cause', '3')).toBe('/xx-2023/causes/3/');
    expect(entryPath('xx-2023', 'measure', '2')).toBe('/xx-2023/measures/2/');
  });
});

describe('reviewPath and mapPath', () => {
  it('give the full text and the map of a review', () => {
    expect(reviewPath('xx')).toBe('/xx/');
    expect(mapPath('xx')).toBe('/xx/map/');
  });
});

describe('entryAnchor', () => {
  it('names the block on the full-text page by kind and id', () => {
    expect(entryAnchor('measure', '2')).toBe('measure-2');
    expect(entryAnchor('finding', '1-3')).toBe('finding-1-3');
  });
});

describe('withBase', () => {
  it('prefixes the deploy base with or without its trailing slash', () => {
    expect(withBase('/', '/xx/')).toBe('/xx/');
    expect(withBase('/sub/', '/xx/')).toBe('/sub/xx/');
    expect(withBase('/sub', '/xx/')).toBe('/sub/xx/');
  });
});

describe('subItemAnchor', () => {
  it('appends the point’s numbers after -item-', () => {
    expect(subItemAnchor('measure-2', [2])).toBe('measure-2-item-2');
    expect(subItemAnchor('cause-1', [2, 1])).toBe('cause-1-item-2-1');
  });
});

describe('parseEntryPath', () => {
  it('reads the review, kind and id of an entry path', () => {
    expect(parseEntryPath('/xx/findings/1-2/')).toEqual({
      review: 'xx',
      kind: 'finding',
      id: '1-2',
    });
    expect(parseEntryPath('/xx/measures/2/')).toEqual({ review: 'xx', kind: 'measure', id: '2' });
  });

  it('says undefined for any other path', () => {
    for (const path of [
      '/xx/',
      '/xx/map/',
      '/xx/findings/',
      '/xx/other/1/',
      '/a/b/c/d/',
      '/xx/findings/1-2',
    ]) {
      expect(parseEntryPath(path), path).toBeUndefined();
    }
  });
});

describe('aliasPath', () => {
  it('reads a bare id in the entry’s own review and folder, and a path as it is', () => {
    expect(aliasPath('xx', 'finding', '1-4')).toBe('/xx/findings/1-4/');
    expect(aliasPath('xx', 'measure', '/old/measures/2/')).toBe('/old/measures/2/');
  });
});

describe('parseProblemPath', () => {
  it('reads the inspection and number of a feedback problem’s path', () => {
    expect(parseProblemPath('/inspections/xc-2024/problems/3/')).toEqual({
      inspection: 'xc-2024',
      id: '3',
    });
    expect(parseProblemPath(problemPath('xc', '12'))).toEqual({ inspection: 'xc', id: '12' });
  });

  it('says undefined for any other path', () => {
    for (const path of [
      '/inspections/',
      '/inspections/xc/',
      '/inspections/xc/report/',
      '/inspections/xc/problems/',
      '/inspections/xc/problems/3',
      '/inspections/XC/problems/3/',
      '/xx/problems/3/',
      '/xx/findings/1-2/',
    ]) {
      expect(parseProblemPath(path), path).toBeUndefined();
    }
  });
});

describe('problemAliasPath', () => {
  it('reads a bare number in the problem’s own inspection, and a path as it is', () => {
    expect(problemAliasPath('xc', '9')).toBe('/inspections/xc/problems/9/');
    expect(problemAliasPath('xc', '/inspections/old/problems/4/')).toBe(
      '/inspections/old/problems/4/',
    );
  });
});
