import { describe, expect, it } from 'vitest';
import type { CellValue } from '../../../../scripts/workbook/cells.ts';
import type { SheetData, WorkbookInput } from '../../../../scripts/workbook/read-file.ts';
import { readWorkbookRows } from '../../../../scripts/workbook/rows.ts';

const LEDGER_HEADER = [
  '编号',
  '整改措施',
  '针对的问题',
  '责任领导',
  '责任单位',
  '完成时限',
  '整改方式',
  '整改状态',
  '整改进展',
  '佐证材料',
  '销号日期',
];
const RELATION_HEADER = ['编号', '问题', '原因', '措施'];

const sheet = (name: string, rows: CellValue[][]): SheetData => ({ name, state: 'visible', rows });

/** A workbook as exported for review demo, with measures 1 and 2 and finding 1-1, and `ledger` rows. */
function workbook(ledger: CellValue[][], options: { relations?: boolean } = {}): WorkbookInput {
  return {
    file: 'demo.xlsx',
    format: 'xlsx',
    date1904: false,
    sheets: [
      sheet('整改台账', [LEDGER_HEADER, ...ledger]),
      ...(options.relations === false
        ? []
        : [sheet('问题与原因、措施', [RELATION_HEADER, ['1-1', '问题（一）之一 甲', '1', null]])]),
      {
        ...sheet('导出记录', [
          ['工作表', '材料', '编号', '指纹', '导出时的内容', 'review-workbook 1'],
          ['整改台账', 'demo', '1', 'aaaa', '{"leader":"张三"}'],
          ['整改台账', 'demo', '2', 'bbbb', '{}'],
          ['问题与原因、措施', 'demo', '1-1', 'cccc', '{}'],
        ]),
        state: 'veryHidden',
      },
    ],
  };
}

const row = (id: CellValue, leader: CellValue = null): CellValue[] => [
  id,
  '措施',
  '',
  leader,
  null,
  null,
  null,
  null,
  null,
  null,
  null,
];

describe('readWorkbookRows', () => {
  it('reads each row as its entry, with its fingerprint and cells by field', () => {
    const read = readWorkbookRows(workbook([row('1', '张三'), row(2)]));
    expect(read.problems).toEqual([]);
    expect(read.reviews).toEqual(['demo']);
    expect(read.rows.map((r) => [r.sheet, r.row, r.kind, r.id, r.fingerprint])).toEqual([
      ['整改台账', 2, 'measure', '1', 'aaaa'],
      ['整改台账', 3, 'measure', '2', 'bbbb'],
      ['问题与原因、措施', 2, 'finding', '1-1', 'cccc'],
    ]);
    expect(read.rows[0]!.exported).toEqual({ leader: '张三' });
    expect(read.rows[0]!.cells.get('leader')).toEqual({
      value: '张三',
      column: '责任领导',
      cell: 'D2',
    });
  });

  it('refuses an added row, a changed id and a repeated one, with sheet, row and column', () => {
    const read = readWorkbookRows(workbook([row('1'), row(null, '李四'), row('7'), row('1')]));
    expect(read.problems.map((p) => [p.sheet, p.row, p.column, p.cell, p.message])).toEqual([
      ['整改台账', 3, '编号', 'A3', '这一行没有编号，是新加的行：工作簿只能修改导出时已有的条目'],
      ['整改台账', 4, '编号', 'A4', '编号“7”不是导出时的编号（导出时这张表有：1、2）'],
      ['整改台账', 5, '编号', 'A5', '编号“1”在第 2 行已经出现过'],
    ]);
  });

  it('leaves a deleted row’s entry as it is, and says so', () => {
    const read = readWorkbookRows(workbook([row('1')]));
    expect(read.problems).toEqual([]);
    expect(read.notes).toEqual(['「整改台账」中没有措施 2 这一行（导出时有）：它保持原样。']);
  });

  it('refuses a missing sheet and a missing column', () => {
    const noSheet = readWorkbookRows(workbook([row('1')], { relations: false }));
    expect(noSheet.problems.map((p) => [p.sheet, p.message])).toEqual([
      ['问题与原因、措施', '工作簿中没有这张工作表'],
    ]);
    const input = workbook([]);
    input.sheets[0] = sheet('整改台账', [LEDGER_HEADER.filter((h) => h !== '整改状态')]);
    expect(
      readWorkbookRows(input).problems.map((p) => [p.sheet, p.row, p.column, p.message]),
    ).toEqual([['整改台账', 1, '整改状态', '缺少“整改状态”列']]);
  });

  it('refuses a workbook whose export record was tampered with', () => {
    const input = workbook([row('1')]);
    input.sheets[2]!.rows[1]![4] = 'not json';
    expect(readWorkbookRows(input).problems[0]!.message).toContain('隐藏的导出记录被改动过');
  });

  it('finds columns by their header wherever they were moved', () => {
    const input = workbook([]);
    const moved = [...LEDGER_HEADER.slice(1), '编号'];
    input.sheets[0] = sheet('整改台账', [moved, [...row('1', '张三').slice(1), '1']]);
    const read = readWorkbookRows(input);
    expect(read.rows[0]!.cells.get('leader')).toMatchObject({ value: '张三', cell: 'C2' });
  });

  it('reads the site’s ledger by its 编号 column, and refuses one without', () => {
    const header = [
      '整改措施',
      '针对的问题',
      '责任领导',
      '责任单位',
      '完成时限',
      '整改方式',
      '整改状态',
      '最新进展',
      '销号日期',
      '编号',
    ];
    const site = (rows: CellValue[][]): WorkbookInput => ({
      file: 'ledger.csv',
      format: 'csv',
      date1904: false,
      sheets: [sheet('Sheet1', rows)],
    });
    const read = readWorkbookRows(
      site([header, ['措施（一） 甲', '', '张三', '', '', '', '', '', '', 'demo/measures/1']]),
    );
    expect(read.source).toBe('site-ledger');
    expect(read.rows.map((r) => [r.review, r.id, r.fingerprint])).toEqual([
      ['demo', '1', undefined],
    ]);
    expect(read.rows[0]!.cells.get('latestProgress')?.column).toBe('最新进展');
    const old = readWorkbookRows(site([header.slice(0, -1)]));
    expect(old.problems[0]!.message).toContain('缺少“编号”列');
  });

  it('reads 延期至 and 延期理由 where the file has them, and a file from before them without', () => {
    const withExtension = [
      ...LEDGER_HEADER.slice(0, 8),
      '延期至',
      '延期理由',
      ...LEDGER_HEADER.slice(8),
    ];
    const input = workbook([]);
    const cells = [...row('1').slice(0, 8), '2024-09-30', '需待上级政策出台', null, null, null];
    input.sheets[0] = sheet('整改台账', [withExtension, cells]);
    const read = readWorkbookRows(input);
    expect(read.problems).toEqual([]);
    expect(read.rows[0]!.cells.get('extendedTo')).toEqual({
      value: '2024-09-30',
      column: '延期至',
      cell: 'I2',
    });
    expect(read.rows[0]!.cells.get('extensionReason')?.cell).toBe('J2');
    // LEDGER_HEADER is a workbook exported before the two columns were added: still read.
    const before = readWorkbookRows(workbook([row('1')]));
    expect(before.problems).toEqual([]);
    expect(before.rows[0]!.cells.has('extendedTo')).toBe(false);
    expect(before.rows[0]!.cells.has('extensionReason')).toBe(false);
  });

  it('reads the site’s ledger with the light, the days overdue and the extension’s columns', () => {
    const header = [
      ...['整改措施', '针对的问题', '责任领导', '责任单位', '完成时限', '整改方式', '整改状态'],
      ...['灯', '逾期天数', '延期至', '延期理由', '最新进展', '销号日期', '编号'],
    ];
    const read = readWorkbookRows({
      file: 'ledger.xlsx',
      format: 'xlsx',
      date1904: false,
      sheets: [
        sheet('整改台账', [
          header,
          [
            ...['措施（一） 甲', null, '张三', null, new Date('2024-05-31T00:00:00Z'), null],
            ...['申请延期', '逾期', 30, new Date('2024-09-30T00:00:00Z'), '需待上级政策出台'],
            ...[null, null, 'demo/measures/1'],
          ],
        ]),
      ],
    });
    expect(read.problems).toEqual([]);
    const [measure] = read.rows;
    expect([...measure!.cells.keys()]).toEqual([
      ...['leader', 'unit', 'deadline', 'mode', 'status', 'extendedTo', 'extensionReason'],
      ...['latestProgress', 'closedOn'],
    ]);
    expect(measure!.cells.get('extendedTo')).toMatchObject({ column: '延期至', cell: 'J2' });
  });

  it('says a CSV saved from the workbook’s ledger sheet cannot be checked', () => {
    const read = readWorkbookRows({
      file: 'a.csv',
      format: 'csv',
      date1904: false,
      sheets: [sheet('a', [LEDGER_HEADER])],
    });
    expect(read.problems[0]!.message).toContain('另存的 CSV');
  });
});
