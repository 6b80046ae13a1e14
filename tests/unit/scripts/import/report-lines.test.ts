import { describe, expect, it } from 'vitest';
import {
  checkLines,
  importedLine,
  type ImportDone,
} from '../../../../scripts/import/report-lines.ts';

const done: ImportDone = {
  written: true,
  plan: { mode: 'create' },
  source: { file: '材料.docx', encoding: 'docx', paragraphs: 52 },
  folder: 'content/reviews/x',
  milliseconds: 309.6,
};

describe('importedLine', () => {
  it('names the document, its reading, what was done and where, for a first import', () => {
    expect(importedLine(done)).toBe(
      '✓ 已导入：材料.docx（Word 文档，52 段）→ content/reviews/x/，用时 310 毫秒',
    );
  });

  it('says a re-import updated the folder, and a dry run wrote nothing', () => {
    expect(importedLine({ ...done, plan: { mode: 'update' } })).toMatch(/^✓ 已更新：/);
    expect(importedLine({ ...done, plan: { mode: 'replace' } })).toMatch(/^✓ 已导入：/);
    expect(importedLine({ ...done, written: false })).toMatch(
      /^✓ 检查通过（试运行，没有写入任何文件）：/,
    );
  });

  it('names a text file by the encoding it was read in', () => {
    const text = { ...done, source: { file: 'a.txt', encoding: 'gb18030', paragraphs: 9 } };
    expect(importedLine(text)).toContain('a.txt（gb18030，9 段）');
  });
});

describe('checkLines', () => {
  it('lists the fields first, the notes by line with those about the whole document last, then the plan’s', () => {
    const notes = [
      { message: '全文的说明' },
      { line: 12, message: '第二处' },
      { line: 3, message: '第一处' },
      { line: 12, message: '同一行的第二条' },
    ];
    expect(
      checkLines(['title：没有找到标题行'], notes, 'paragraph', ['保留了手工填写的字段']),
    ).toEqual([
      '',
      '请核对：',
      '  • title：没有找到标题行',
      '  • 第 3 段：第一处',
      '  • 第 12 段：第二处',
      '  • 第 12 段：同一行的第二条',
      '  • 全文的说明',
      '  • 保留了手工填写的字段',
    ]);
  });

  it('is empty when there is nothing to check', () => {
    expect(checkLines([], [], 'line', [])).toEqual([]);
  });
});
