import { describe, expect, it } from 'vitest';
import {
  contentFileIn,
  entryFilePath,
  entryIdFromPath,
  entryOfFile,
  kindOfFolder,
  splitEntryId,
} from '../../../src/model/entry-paths.ts';

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
      /民政局\/review\.mdx：文件夹名“民政局”不能用作永久网址/,
    );
    expect(() => entryIdFromPath('xx/findings/问题一.mdx')).toThrow(/文件名“问题一”/);
    expect(() => entryIdFromPath('xx/findings/1 2.mdx')).toThrow(/小写英文字母、数字和连字符/);
    expect(() => entryIdFromPath('XX/review.mdx')).toThrow(/小写英文字母、数字和连字符/);
    expect(() =>
      entryIdFromPath('xx/findings/问题一.mdx', 'content/reviews/xx/findings/问题一.mdx'),
    ).toThrow(/content\/reviews\/xx\/findings\/问题一\.mdx：/);
  });
});

describe('splitEntryId', () => {
  it('separates review and id', () => {
    expect(splitEntryId('xx-2023/1-2')).toEqual({ review: 'xx-2023', id: '1-2' });
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

describe('contentFileIn', () => {
  it('tells the review file and the entry files of a review folder', () => {
    expect(contentFileIn('review.mdx')).toEqual({ kind: 'review', id: '' });
    expect(contentFileIn('review.md')).toEqual({ kind: 'review', id: '' });
    expect(contentFileIn('findings/1-2.mdx')).toEqual({ kind: 'finding', id: '1-2' });
    expect(contentFileIn('measures\\3.md')).toEqual({ kind: 'measure', id: '3' });
  });

  it('says undefined for every other file', () => {
    for (const path of [
      'source.txt',
      'notes/a.mdx',
      'findings/1-2.txt',
      'findings/x/1.mdx',
      'findings/.1-2.mdx',
    ]) {
      expect(contentFileIn(path), path).toBeUndefined();
    }
  });
});

describe('entryFilePath', () => {
  it('is the inverse of contentFileIn for entries', () => {
    expect(entryFilePath('cause', '3')).toBe('causes/3.mdx');
    expect(contentFileIn(entryFilePath('finding', '2-1'))).toEqual({ kind: 'finding', id: '2-1' });
  });
});

describe('kindOfFolder', () => {
  it('knows the three entry folders and nothing else', () => {
    expect(kindOfFolder('findings')).toBe('finding');
    expect(kindOfFolder('causes')).toBe('cause');
    expect(kindOfFolder('measures')).toBe('measure');
    expect(kindOfFolder('finding')).toBeUndefined();
  });
});
