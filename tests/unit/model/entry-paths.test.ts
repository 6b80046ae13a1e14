import { mkdtempSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import {
  cacheDirFor,
  contentDir,
  entryIdFromPath,
  splitEntryId,
  uniqueEntryIds,
} from '../../../src/model/entry-paths';
import { entryOfFile } from '../../../src/model/kinds';

describe('entryIdFromPath', () => {
  it('makes the review folder the id of review.mdx', () => {
    expect(entryIdFromPath('xx-2023/review.mdx')).toBe('xx-2023');
  });

  it('prefixes entry ids with their review', () => {
    expect(entryIdFromPath('xx-2023/findings/1-2.mdx')).toBe('xx-2023/1-2');
    expect(entryIdFromPath('xx-2023/causes/3.md')).toBe('xx-2023/3');
  });

  it('refuses names that cannot be permanent ASCII URLs, naming the file', () => {
    expect(() => entryIdFromPath('民政局/review.mdx')).toThrow(
      /民政局\/review\.mdx.*review folder name/,
    );
    expect(() => entryIdFromPath('xx/findings/问题一.mdx')).toThrow(/file name "问题一"/);
    expect(() => entryIdFromPath('xx/findings/1 2.mdx')).toThrow(/lower-case ASCII/);
    expect(() => entryIdFromPath('XX/review.mdx')).toThrow(/lower-case ASCII/);
  });
});

describe('splitEntryId', () => {
  it('separates review and id', () => {
    expect(splitEntryId('xx-2023/1-2')).toEqual({ review: 'xx-2023', id: '1-2' });
  });
});

describe('contentDir', () => {
  it('defaults to ./content and follows CONTENT_DIR', () => {
    expect(contentDir({})).toBe('./content');
    expect(contentDir({ CONTENT_DIR: 'elsewhere' })).toBe('elsewhere');
  });
});

describe('cacheDirFor', () => {
  it('keeps the default cache for ./content and gives other folders their own', () => {
    expect(cacheDirFor('./content')).toBeUndefined();
    expect(cacheDirFor('./tests/fixtures/small')).toBe(
      './node_modules/.astro/content-tests-fixtures-small',
    );
    expect(cacheDirFor('a/b')).not.toBe(cacheDirFor('a/c'));
  });
});

describe('uniqueEntryIds', () => {
  const folder = (files = ['1-1.mdx', '1-1.md']) => {
    const dir = mkdtempSync(join(tmpdir(), 'ids-'));
    mkdirSync(join(dir, 'r/findings'), { recursive: true });
    for (const file of files) writeFileSync(join(dir, 'r/findings', file), '');
    return pathToFileURL(`${dir}/`);
  };

  it('fails when two existing files give one id, naming both', () => {
    const base = folder();
    const generateId = uniqueEntryIds();
    expect(generateId({ entry: 'r/findings/1-1.mdx', base })).toBe('r/1-1');
    expect(() => generateId({ entry: 'r/findings/1-1.md', base })).toThrow(
      /1-1\.md.*already taken by .*1-1\.mdx/,
    );
  });

  it('lets the same file be seen again (a re-sync)', () => {
    const base = folder();
    const generateId = uniqueEntryIds();
    generateId({ entry: 'r/findings/1-1.mdx', base });
    expect(generateId({ entry: 'r/findings/1-1.mdx', base })).toBe('r/1-1');
  });

  it('forgets a claim by a file that is gone (renamed)', () => {
    const base = folder(['1-1.mdx']);
    const generateId = uniqueEntryIds();
    generateId({ entry: 'r/findings/1-1.md', base });
    expect(generateId({ entry: 'r/findings/1-1.mdx', base })).toBe('r/1-1');
  });
});

describe('entryOfFile', () => {
  it('reads the review, kind and id of an entry file under reviews/', () => {
    expect(entryOfFile('xx/measures/2.mdx')).toEqual({ review: 'xx', kind: 'measure', id: '2' });
    expect(entryOfFile('xx/findings/1-2.md')).toEqual({ review: 'xx', kind: 'finding', id: '1-2' });
    expect(entryOfFile('xx\\causes\\3.mdx')).toEqual({ review: 'xx', kind: 'cause', id: '3' });
  });

  it('says undefined for review.mdx and for files elsewhere', () => {
    for (const path of [
      'xx/review.mdx',
      '../src/pages/x.md',
      'xx/other/1.mdx',
      'a/b/findings/1.mdx',
    ]) {
      expect(entryOfFile(path), path).toBeUndefined();
    }
  });
});
