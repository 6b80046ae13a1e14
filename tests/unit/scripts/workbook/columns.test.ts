import { describe, expect, it } from 'vitest';
import {
  ID_COLUMN,
  LEDGER_COLUMNS,
  siteHeader,
  type LedgerColumn,
  type ValueColumn,
  type ValueField,
} from '../../../../src/ledger/columns.ts';
import { ledgerTable } from '../../../../src/ledger/rows.ts';
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
      '2024-04-10 制定年度学习计划。\n2024-05-20 完成第一轮集中学习，共 4 次。',
      '2024-04-10 http://oa.example.gov.cn/zhenggai/xuexi-jihua.pdf',
      null,
    ]);
  });

  it('records at export what each editable column held (baseline.ts lists the same fields)', () => {
    expect(Object.keys(measureBaseline(folderMeasure()))).toEqual(editable.map((c) => c.key));
  });
});

describe('the site’s ledger export, read back', () => {
  it('is found by the headers the site writes, its fields by the ledger’s columns', () => {
    expect(SITE_LEDGER_COLUMNS).toEqual(ledgerTable([])[0]!.slice(0, -1));
    const site = LEDGER_COLUMNS.filter((c) => c.site);
    expect(SITE_READ_ONLY_COLUMNS).toEqual(
      site.filter((c) => c.type === 'measure').map(siteHeader),
    );
    expect(SITE_LEDGER_FIELDS).toEqual(
      Object.fromEntries(
        site
          .filter((c) => c.type !== 'measure')
          .map((c) => [siteHeader(c), c.key === 'progress' ? 'latestProgress' : c.key]),
      ),
    );
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
