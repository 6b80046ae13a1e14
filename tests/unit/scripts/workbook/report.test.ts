import { describe, expect, it } from 'vitest';
import type { ImportReport } from '../../../../scripts/workbook/import-workbook.ts';
import {
  cellAddress,
  formatWorkbookProblems,
  workbookPlace,
} from '../../../../scripts/workbook/problems.ts';
import { formatImportReport } from '../../../../scripts/workbook/report.ts';

const entry = {
  review: 'demo',
  kind: 'measure' as const,
  id: '1',
  label: '措施（一）',
  path: 'measures/1.mdx',
  sheet: '整改台账',
  row: 2,
  fingerprint: 'aaaa',
  cells: new Map(),
  changes: [
    {
      field: 'leader',
      column: '责任领导',
      cell: 'D2',
      value: '张三',
      summary: '责任领导：未填写 → 张三',
    },
    {
      field: 'deadline',
      column: '完成时限',
      cell: 'F2',
      value: '2024-06-30',
      summary: '完成时限：2024-05-31 → 2024-06-30',
    },
  ],
};

const report = (over: Partial<ImportReport> = {}): ImportReport => ({
  file: '台账.xlsx',
  source: 'workbook',
  entries: [entry],
  folders: [{ review: 'demo', folder: 'content/reviews/demo', files: ['measures/1.mdx'] }],
  overwritten: [],
  notes: [],
  recovered: [],
  written: true,
  ...over,
});

describe('formatImportReport', () => {
  it('lists each change as entry, field, before → after', () => {
    expect(formatImportReport(report())).toBe(
      [
        '✓ 已导入：台账.xlsx → content/reviews/demo/，改动了 1 个文件：',
        '  措施（一） 责任领导：未填写 → 张三',
        '  措施（一） 完成时限：2024-05-31 → 2024-06-30',
        '',
        '下一步：运行 npm run build 生成网站，在整改台账页和各条目页上核对。',
      ].join('\n'),
    );
  });

  it('says a dry run wrote nothing, and what --force overwrote', () => {
    const text = formatImportReport(report({ written: false, overwritten: [entry] }));
    expect(text).toContain(
      '✓ 检查通过（试运行，没有写入任何文件）：台账.xlsx 会改动 content/reviews/demo/ 中的 1 个文件：',
    );
    expect(text).toContain('--force：措施（一） 在导出之后被修改过，将以工作簿为准覆盖。');
    expect(text).toContain('去掉 --dry-run 再运行一次');
  });

  it('says when there is nothing to change', () => {
    expect(formatImportReport(report({ entries: [], folders: [] }))).toBe(
      '✓ 台账.xlsx 与内容一致，没有需要写入的改动。',
    );
  });
});

describe('workbookPlace and formatWorkbookProblems', () => {
  it('name the sheet, row, column, cell and entry', () => {
    const problem = {
      sheet: '整改台账',
      row: 3,
      column: '整改状态',
      cell: 'H3',
      entry: '措施（二）',
      message: '“进行中”不是可选的整改状态',
      hint: '从下拉列表中选一个。',
    };
    expect(workbookPlace(problem)).toBe('「整改台账」第 3 行“整改状态”列（H3，措施（二））');
    expect(formatWorkbookProblems('台账.xlsx', [problem])).toBe(
      [
        '没有写入任何内容：台账.xlsx 中有 1 处问题。',
        '  ✗ 「整改台账」第 3 行“整改状态”列（H3，措施（二））：“进行中”不是可选的整改状态',
        '    改法：从下拉列表中选一个。',
      ].join('\n'),
    );
  });

  it('letters columns past Z as Excel does', () => {
    expect([
      cellAddress(1, 0),
      cellAddress(2, 25),
      cellAddress(3, 26),
      cellAddress(4, 701),
    ]).toEqual(['A1', 'Z2', 'AA3', 'ZZ4']);
  });
});
