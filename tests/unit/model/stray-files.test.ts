import { describe, expect, it } from 'vitest';
import { hiddenReviewFolder, strayFile } from '../../../src/model/stray-files.ts';

describe('strayFile', () => {
  it('says nothing of the files the site reads, the source text and system files', () => {
    for (const path of [
      'xx/review.mdx',
      'xx/review.md',
      'xx/findings/1-2.mdx',
      'xx/causes/3.md',
      'xx/measures/2.mdx',
      'xx/source.txt',
      'xx/findings/Thumbs.db',
      'xx/.DS_Store',
      'xx/~$材料.docx',
    ]) {
      expect(strayFile(path), path).toBeUndefined();
    }
  });

  it.each([
    ['xx/findings/1-2.MDX', '扩展名是“.MDX”', '1-2.mdx'],
    ['xx/findings/1-2.Mdx', '扩展名是“.Mdx”', '1-2.mdx'],
    ['xx/findings/1-2.markdown', '扩展名是“.markdown”', '1-2.mdx'],
    ['xx/findings/.1-2.mdx', '以点开头', '1-2.mdx'],
    ['xx/review.MDX', '扩展名是“.MDX”', 'review.mdx'],
    ['xx/Review.mdx', '直接放在材料文件夹中', 'review.mdx'],
    ['xx/1-2.mdx', '直接放在材料文件夹中', 'findings/'],
    ['xx/Findings/1-2.mdx', '在文件夹“Findings”中', 'findings'],
    ['xx/measure/2.mdx', '在文件夹“measure”中', 'measures'],
    ['xx/findings/old/1-2.mdx', '子文件夹', 'findings'],
  ])('fails the build for %j, a near-miss of an entry, saying how to fix it', (path, why, fix) => {
    const stray = strayFile(path);
    expect(stray?.severity).toBe('error');
    expect(stray?.message).toContain(why);
    expect(stray?.message).toContain('不会发布');
    expect(stray?.hint).toContain(fix);
  });

  it('warns of other files, which are kept but not published', () => {
    expect(strayFile('xx/notes.docx')).toMatchObject({ severity: 'warning' });
    expect(strayFile('xx/findings/1-2.txt')).toMatchObject({ severity: 'warning' });
    expect(strayFile('readme.txt')).toMatchObject({
      severity: 'warning',
      message: '不在任何材料的文件夹中，不会发布',
    });
  });
});

describe('hiddenReviewFolder', () => {
  it('warns, and says which name would publish the review', () => {
    const stray = hiddenReviewFolder('.demo-2024');
    expect(stray.severity).toBe('warning');
    expect(stray.message).toContain('不会发布');
    expect(stray.hint).toContain('改为 demo-2024');
  });
});
