import { describe, expect, it } from 'vitest';
import { entryAnchor, entryPath, mapPath, reviewPath, withBase } from '../../src/lib/urls';

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
