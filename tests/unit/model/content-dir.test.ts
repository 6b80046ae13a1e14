import { mkdtempSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  buildVariant,
  cacheDirFor,
  contentDir,
  hiddenReviewFolders,
  listReviewFiles,
  uniqueEntryIds,
} from '../../../src/model/content-dir.ts';

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

  it('gives each build variant of a folder its own cache', () => {
    const underBase = cacheDirFor('./content', buildVariant({ BASE_PATH: '/zhenggai/' }));
    expect(underBase).toMatch(/^\.\/node_modules\/\.astro\/variant-[0-9a-f]{10}$/);
    expect(cacheDirFor('./content', buildVariant({ SITE_VARIANT: 'offline' }))).not.toBe(underBase);
    expect(cacheDirFor('x', buildVariant({ BASE_PATH: '/a/' }))).toMatch(/content-x-variant-/);
  });
});

describe('buildVariant', () => {
  it('is empty for the default site and differs by each setting', () => {
    expect(buildVariant({})).toBe('');
    expect(buildVariant({ BASE_PATH: '' })).toBe('');
    expect(buildVariant({ BASE_PATH: '/a/' })).not.toBe(buildVariant({ SITE_URL: '/a/' }));
  });
});

describe('uniqueEntryIds', () => {
  const folder = (files = ['1-1.mdx', '1-1.md']) => {
    const dir = mkdtempSync(join(tmpdir(), 'ids-'));
    mkdirSync(join(dir, 'r/findings'), { recursive: true });
    for (const file of files) writeFileSync(join(dir, 'r/findings', file), '');
    return dir;
  };

  it('fails when two existing files give one id, naming both', () => {
    const base = folder();
    const generateId = uniqueEntryIds(base);
    expect(generateId('r/findings/1-1.mdx')).toBe('r/1-1');
    expect(() => generateId('r/findings/1-1.md')).toThrow(
      /1-1\.md：条目编号“r\/1-1”已被 .*1-1\.mdx 使用/,
    );
  });

  it('lets the same file be seen again (a re-sync)', () => {
    const base = folder();
    const generateId = uniqueEntryIds(base);
    generateId('r/findings/1-1.mdx');
    expect(generateId('r/findings/1-1.mdx')).toBe('r/1-1');
  });

  it('forgets a claim by a file that is gone (renamed)', () => {
    const base = folder(['1-1.mdx']);
    const generateId = uniqueEntryIds(base);
    generateId('r/findings/1-1.md');
    expect(generateId('r/findings/1-1.mdx')).toBe('r/1-1');
  });
});

describe('listReviewFiles', () => {
  it('lists every file under reviews/, hidden folders left out', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'reviews-'));
    for (const path of [
      'r/review.mdx',
      'r/findings/1-1.MDX',
      'r/.git/x',
      '.r.import-1/review.mdx',
    ]) {
      mkdirSync(join(dir, path, '..'), { recursive: true });
      writeFileSync(join(dir, path), '');
    }
    expect(await listReviewFiles(dir)).toEqual(['r/findings/1-1.MDX', 'r/review.mdx']);
    expect(await listReviewFiles(join(dir, 'missing'))).toEqual([]);
  });
});

describe('hiddenReviewFolders', () => {
  it('names hidden folders holding a review, not the importer’s own or other hidden ones', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'reviews-'));
    for (const path of [
      '.demo/review.mdx',
      '.old-2022/review.md',
      '.git/config',
      '.r.import-new/review.mdx',
      '.r.import-old/review.mdx',
      'r/review.mdx',
    ]) {
      mkdirSync(join(dir, path, '..'), { recursive: true });
      writeFileSync(join(dir, path), '');
    }
    expect(await hiddenReviewFolders(dir)).toEqual(['.demo', '.old-2022']);
    expect(await hiddenReviewFolders(join(dir, 'missing'))).toEqual([]);
  });
});
