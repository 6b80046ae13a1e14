import { describe, expect, it } from 'vitest';
import {
  columnOf,
  ID_COLUMN,
  isFieldColumn,
  LEDGER_COLUMNS,
  siteHeader,
  type LedgerColumn,
  type ValueColumn,
  type ValueField,
} from '../../../../src/ledger/columns.ts';
import { ledgerHeaders, ledgerTable } from '../../../../src/ledger/rows.ts';
import { measureBaseline } from '../../../../scripts/workbook/baseline.ts';
import { readValue } from '../../../../scripts/workbook/cells.ts';
import {
  LEDGER_SHEET_COLUMNS,
  ledgerSheetColumns,
  SHEETS,
  SITE_LEDGER_COLUMNS,
  SITE_LEDGER_FIELDS,
  SITE_READ_ONLY_COLUMNS,
} from '../../../../scripts/workbook/columns.ts';
import { indexReviews, readReviewFolder } from '../../../../scripts/workbook/content.ts';
import { workbookRows, type MeasureRow } from '../../../../scripts/workbook/export-rows.ts';
import { ledgerSheetCells } from '../../../../scripts/workbook/workbook-file.ts';

const folder = await readReviewFolder('tests/fixtures/small/reviews', 'demo-2024');
const exported = workbookRows(indexReviews([folder]), [folder]);
const measure1 = exported.ledger[0]!;

const inWorkbook = LEDGER_COLUMNS.filter((c) => c.workbook);
const editable = inWorkbook.filter((c) => c.type !== 'measure');

describe('the workbook’s 「整改台账」 sheet', () => {
  it('has 编号 and then the ledger’s columns, each editing its field, the measure’s own read-only', () => {
    expect(LEDGER_SHEET_COLUMNS.map((c) => c.header)).toEqual([
      ID_COLUMN,
      ...inWorkbook.map((c) => c.name),
    ]);
    expect(LEDGER_SHEET_COLUMNS.flatMap((c) => (c.field ? [c.field] : []))).toEqual(
      editable.map((c) => c.key),
    );
    expect(LEDGER_SHEET_COLUMNS.map((c) => c.width)).toEqual([
      5,
      ...inWorkbook.map((c) => c.workbook!.width),
    ]);
    expect(LEDGER_SHEET_COLUMNS[2]!.note).toContain(`「${SHEETS.relations}」`);
  });

  it('writes a cell for each column, from the measure’s fields', () => {
    expect(ledgerSheetCells(measure1)).toEqual([
      '1',
      '措施（一） 强化学习',
      '问题（一）之一、问题（一）之二',
      '张三',
      '办公室',
      new Date('2024-05-31T00:00:00Z'),
      '限期整改',
      '推进中',
      null,
      null,
      '2024-04-10 制定年度学习计划。\n2024-05-20 完成第一轮集中学习，共 4 次。',
      '2024-04-10 http://oa.example.gov.cn/zhenggai/xuexi-jihua.pdf',
      null,
    ]);
  });

  it('records at export what each editable column held (baseline.ts lists the same fields)', () => {
    expect(Object.keys(measureBaseline(folderMeasure()))).toEqual(editable.map((c) => c.key));
  });

  it('has 延期至 and 延期理由 after 整改状态: a date cell and a line of text, both required by 申请延期', () => {
    const headers = LEDGER_SHEET_COLUMNS.map((c) => c.header);
    const at = headers.indexOf('整改状态');
    expect(headers.slice(at, at + 3)).toEqual(['整改状态', '延期至', '延期理由']);
    expect(LEDGER_SHEET_COLUMNS[at]!.note).toContain('选“申请延期”时要填写延期至和延期理由');
    expect(LEDGER_SHEET_COLUMNS[at + 1]).toMatchObject({ field: 'extendedTo', optional: true });
    expect(LEDGER_SHEET_COLUMNS[at + 1]!.ledger!.type).toBe('date');
    expect(LEDGER_SHEET_COLUMNS[at + 1]!.note).toContain('“申请延期”时必填');
    expect(LEDGER_SHEET_COLUMNS[at + 2]).toMatchObject({
      field: 'extensionReason',
      optional: true,
    });
    const extended = {
      ...measure1,
      extendedTo: new Date('2024-09-30T00:00:00Z'),
      extensionReason: '需待上级政策出台',
    };
    expect(ledgerSheetCells(extended).slice(at, at + 3)).toEqual([
      '推进中',
      new Date('2024-09-30T00:00:00Z'),
      '需待上级政策出台',
    ]);
  });

  it('reads a reason typed on several lines as sentences, names as a list', () => {
    const reason = columnOf('extensionReason') as ValueColumn;
    expect(readValue(reason, '需待上级政策出台\n预计九月完成')).toEqual({
      ok: true,
      value: '需待上级政策出台；预计九月完成',
    });
    expect(readValue(reason, '需待上级政策出台。\n预计九月完成。')).toEqual({
      ok: true,
      value: '需待上级政策出台。预计九月完成。',
    });
    expect(readValue(columnOf('unit') as ValueColumn, '人事科、\n办公室')).toEqual({
      ok: true,
      value: '人事科、办公室',
    });
    expect(readValue(columnOf('extendedTo') as ValueColumn, '2024年9月30日')).toEqual({
      ok: true,
      value: '2024-09-30',
    });
  });
});

describe('the site’s ledger export, read back', () => {
  it('is found by the headers the site writes, its fields by the ledger’s columns', () => {
    // Those of the page but 延期至 and 延期理由, which ledgers downloaded before them lack.
    expect(SITE_LEDGER_COLUMNS).toEqual(
      ledgerHeaders().filter((h) => h !== '延期至' && h !== '延期理由'),
    );
    expect(ledgerTable([])[0]).toEqual(expect.arrayContaining(SITE_LEDGER_COLUMNS));
    const site = LEDGER_COLUMNS.filter((c) => c.site);
    expect(SITE_READ_ONLY_COLUMNS).toEqual(
      site.filter((c) => c.type === 'measure').map(siteHeader),
    );
    // The light and the days overdue are worked out at each build, not read back.
    expect(SITE_LEDGER_FIELDS).toEqual(
      Object.fromEntries(
        site
          .filter(isFieldColumn)
          .map((c) => [siteHeader(c), c.key === 'progress' ? 'latestProgress' : c.key]),
      ),
    );
    expect(Object.keys(SITE_LEDGER_FIELDS)).toEqual(expect.arrayContaining(['延期至', '延期理由']));
    expect(Object.keys(SITE_LEDGER_FIELDS)).not.toContain('灯');
    expect(Object.keys(SITE_LEDGER_FIELDS)).not.toContain('逾期天数');
  });
});

describe('a field added to the ledger columns', () => {
  const supervisor: ValueColumn = {
    type: 'choice',
    key: 'supervisor' as string as ValueField,
    name: '督办方式',
    example: 'supervisor: 挂牌督办',
    choices: ['挂牌督办', '跟踪督办'],
    workbook: { width: 9, note: '从下拉列表中选。' },
  };
  const at = LEDGER_COLUMNS.findIndex((c) => c.key === 'status') + 1;
  const columns: LedgerColumn[] = [
    ...LEDGER_COLUMNS.slice(0, at),
    supervisor,
    ...LEDGER_COLUMNS.slice(at),
  ];

  it('is a column of the sheet, with its cell written and read back as its type says', () => {
    const specs = ledgerSheetColumns(columns);
    const i = specs.findIndex((c) => c.header === '督办方式');
    expect(specs[i]).toMatchObject({ field: 'supervisor', width: 9, ledger: supervisor });
    expect(specs[i - 1]!.header).toBe('整改状态');
    const row = { ...measure1, supervisor: '挂牌督办' } as MeasureRow;
    expect(ledgerSheetCells(row, columns)[i]).toBe('挂牌督办');
    expect(readValue(supervisor, ' 跟踪督办 ')).toEqual({ ok: true, value: '跟踪督办' });
    expect(readValue(supervisor, '督办')).toMatchObject({
      ok: false,
      message: '“督办”不是可选的督办方式，应为以下之一：挂牌督办、跟踪督办',
    });
  });
});

/** The front matter of the fixture's measure 1, as the schema gives it. */
function folderMeasure() {
  const index = indexReviews([folder]);
  return index.reviewById.get('demo-2024')!.measures[0]!.entry.data;
}
