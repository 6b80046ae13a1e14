import { describe, expect, it } from 'vitest';
import { ImportError } from '../../../../../scripts/shared/documents/errors';
import { textParagraphs } from '../../../../../scripts/shared/documents/paragraphs';
import { readDocx } from '../../../../../scripts/shared/documents/docx';
import { markdownParagraphs } from '../../../../../scripts/shared/documents/markdown';
import { sourceParagraphs } from '../../../../../scripts/shared/documents/text';
import { makeDocx } from '../../../../fixtures/import/make-docx';

describe('textParagraphs', () => {
  it('gives each non-blank line with its line number, in any line ending', () => {
    expect(textParagraphs('\uFEFF标题\r\n\r\n　　第一段。\r第二段。\n##paidend##\n')).toEqual([
      { text: '标题', line: 1 },
      { text: '第一段。', line: 3 },
      { text: '第二段。', line: 4 },
    ]);
  });

  it('agrees with the paragraphs the fidelity tests read', () => {
    const text = '##paidbegin##一是……。\n\n  二是<关于>{x}  \r\n##paidend##';
    expect(textParagraphs(text).map((p) => p.text)).toEqual(sourceParagraphs(text));
  });
});

describe('markdownParagraphs', () => {
  it('reads the text of headings, paragraphs and list items, markup removed', () => {
    const md = [
      '# 标题',
      '',
      '## 一、存在的问题',
      '',
      '**（一）学习方面**',
      '',
      '一是学习不深入。\\*不是强调\\*，<关于>',
      '二是紧接着的一行。',
      '',
      '1. 强化学习。',
      '2. 转变作风。',
      '',
      '- 项目符号不是正文',
    ].join('\n');
    expect(markdownParagraphs(md)).toEqual([
      { text: '标题', line: 1 },
      { text: '一、存在的问题', line: 3 },
      { text: '（一）学习方面', line: 5 },
      { text: '一是学习不深入。*不是强调*，<关于>', line: 7 },
      { text: '二是紧接着的一行。', line: 8 },
      { text: '1.强化学习。', line: 10 },
      { text: '2.转变作风。', line: 11 },
      { text: '项目符号不是正文', line: 13 },
    ]);
  });
});

describe('readDocx', () => {
  it('joins the runs of each paragraph and splits at line breaks', async () => {
    const docx = makeDocx([
      { text: '关于XX局党组书记巡察整改专题民主生活会对照检查材料\n（征求意见稿）' },
      { text: '' },
      { text: '  一、存在的主要问题 ' },
      { text: '根据《关于<示例>的通知》{暂定} & 3~5年' },
    ]);
    expect(await readDocx(docx, 'x.docx')).toEqual([
      { text: '关于XX局党组书记巡察整改专题民主生活会对照检查材料', line: 1 },
      { text: '（征求意见稿）', line: 2 },
      { text: '一、存在的主要问题', line: 3 },
      { text: '根据《关于<示例>的通知》{暂定} & 3~5年', line: 4 },
    ]);
  });

  it('refuses Word’s automatic numbering, whose numbers are not in the text', async () => {
    const docx = makeDocx([{ text: '标题' }, { text: '存在的问题', autoNumbered: true }]);
    const error = await readDocx(docx, 'x.docx').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ImportError);
    expect((error as ImportError).message).toMatch(
      /^x\.docx, paragraph 2: expected numbering typed as text .*found “存在的问题” numbered by Word's automatic list numbering/,
    );
    expect((error as ImportError).hint).toContain('plain text (.txt)');
  });

  it('says so when the file is not a Word document', async () => {
    const error = await readDocx(new TextEncoder().encode('not a zip'), 'x.docx').catch(
      (e: unknown) => e,
    );
    expect((error as ImportError).message).toContain('expected a Word document in .docx format');
  });
});
