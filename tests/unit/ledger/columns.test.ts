import { describe, expect, it } from 'vitest';
import {
  fieldDocs,
  ID_COLUMN,
  isValueColumn,
  LEDGER_COLUMNS,
  panelEntries,
  REVIEW_COLUMN,
  siteCell,
  siteHeader,
  type LedgerColumn,
  type ValueField,
} from '../../../src/ledger/columns.ts';
import {
  ledgerCells,
  ledgerHeaders,
  ledgerRows,
  ledgerTable,
  type LedgerRow,
} from '../../../src/ledger/rows.ts';
import { columnWidths } from '../../../src/ledger/xlsx.ts';
import { buildSiteIndex } from '../../../src/relations/build.ts';
import { FIELDS } from '../../../src/schemas/fields.ts';
import { ledgerFieldsSchema, progressEntrySchema } from '../../../src/schemas/ledger.ts';
import type { MeasureData } from '../../../src/schemas/measure.ts';

const d = (iso: string) => new Date(`${iso}T00:00:00Z`);

/** The ledger rows of one review whose measures have these fields. */
function rows(measures: Partial<MeasureData>[]): LedgerRow[] {
  const index = buildSiteIndex({
    reviews: [
      {
        id: 'r',
        body: '<Findings />\n<Causes />\n<Measures />',
        data: {
          title: '某局',
          organization: '某局',
          meeting: '会',
          basis: [],
          areas: ['（一）甲'],
        },
      },
    ],
    findings: [
      {
        id: 'r/1-1',
        body: '原文。',
        data: { area: 1, order: 1, title: '问题', causes: [], measures: ['1'], aliases: [] },
      },
    ],
    causes: [],
    measures: measures.map((m, i) => ({
      id: `r/${i + 1}`,
      body: '原文。',
      filePath: `content/reviews/r/measures/${i + 1}.mdx`,
      data: { order: i + 1, title: `措施${i + 1}`, aliases: [], progress: [], ...m },
    })),
  });
  return ledgerRows(index.reviewById.get('r')!, d('2024-06-30'));
}

const keys = (columns: readonly LedgerColumn[]) => columns.map((c) => c.key);

describe('the ledger columns', () => {
  it('hold every ledger field of the schema, and of a progress report but its date', () => {
    const fields = LEDGER_COLUMNS.filter((c) => c.type !== 'measure');
    expect(keys(fields.filter((c) => isValueColumn(c) || c.type === 'progress')).sort()).toEqual(
      Object.keys(ledgerFieldsSchema.shape).sort(),
    );
    expect(keys(fields.filter((c) => c.type === 'note' || c.type === 'evidence')).sort()).toEqual(
      Object.keys(progressEntrySchema.shape)
        .filter((k) => k !== 'date')
        .sort(),
    );
  });

  it('name the ledger fields in the schema’s messages, with their examples', () => {
    for (const column of LEDGER_COLUMNS) {
      if (column.type === 'measure') continue;
      expect(FIELDS[column.key]).toEqual({ name: column.name, example: column.example });
      expect(column.example.startsWith(`${column.key}: `)).toBe(true);
    }
  });

  it('head the page and the exports, in order, with 材料 first and 编号 last where they have them', () => {
    const site = LEDGER_COLUMNS.filter((c) => c.site).map(siteHeader);
    const [row] = rows([{}]);
    expect(ledgerHeaders()).toEqual(site);
    expect(ledgerHeaders(true)).toEqual([REVIEW_COLUMN, ...site]);
    expect(ledgerCells(row!).map((c) => c.key)).toEqual(keys(LEDGER_COLUMNS.filter((c) => c.site)));
    expect(ledgerTable([row!])[0]).toEqual([...site, ID_COLUMN]);
    expect(ledgerTable([row!], true)[0]).toEqual([REVIEW_COLUMN, ...site, ID_COLUMN]);
  });

  it('size the columns of ledger.xlsx by their headers, with or without 材料', () => {
    const [header] = ledgerTable([]);
    const [wide] = ledgerTable([], true);
    expect(columnWidths(header!)).toEqual([
      ...LEDGER_COLUMNS.flatMap((c) => (c.site ? [c.site.width] : [])),
      16,
    ]);
    expect(columnWidths(wide!)).toEqual([28, ...columnWidths(header!)]);
  });

  it('list on a measure’s page the fields that have a panel part, in order', () => {
    const panel = LEDGER_COLUMNS.filter((c) => c.panel).map((c) => c.name);
    expect(panelEntries({}, false).map((e) => e.name)).toEqual(panel);
  });

  it('write each cell once for the page and the exports, with the page’s sort keys and classes', () => {
    const [row] = rows([
      {
        deadline: d('2024-05-31'),
        status: '推进中',
        progress: [{ date: d('2024-04-10'), note: '制定计划。' }],
      },
    ]);
    const cells = ledgerCells(row!, 3);
    expect(ledgerTable([row!])[1]).toEqual([...cells.map((c) => c.text), 'r/measures/1']);
    expect(cells.map((c) => [c.key, c.sort ?? null, c.className ?? null])).toEqual([
      ['measure', '000003', null],
      ['findings', null, null],
      ['leader', null, null],
      ['unit', null, null],
      ['deadline', '2024-05-31', 'date'],
      ['mode', null, null],
      ['status', '1', 'status'],
      ['progress', '2024-04-10', null],
      ['closedOn', '9999', 'date'],
    ]);
  });
});

describe('a field added to the ledger columns', () => {
  // A field the schema does not have yet: as it would be declared once it did.
  const supervisor: LedgerColumn = {
    type: 'text',
    key: 'supervisor' as string as ValueField,
    name: '督办人',
    example: 'supervisor: 王五',
    site: { width: 10 },
    panel: {},
    workbook: { width: 8, note: '督办人的姓名。' },
  };
  const reviewed: LedgerColumn = {
    type: 'date',
    key: 'reviewedOn' as string as ValueField,
    name: '复核日期',
    example: 'reviewedOn: 2024-06-01',
    site: { width: 12 },
  };
  const at = LEDGER_COLUMNS.findIndex((c) => c.key === 'unit') + 1;
  const columns = [
    ...LEDGER_COLUMNS.slice(0, at),
    supervisor,
    reviewed,
    ...LEDGER_COLUMNS.slice(at),
  ];
  const [filled, empty] = rows([{ leader: '张三' }, {}]);
  const withSupervisor = {
    ...filled!,
    supervisor: '王五',
    reviewedOn: d('2024-06-01'),
  } as LedgerRow;

  it('is a column of the page and of the CSV and XLSX exports, in its place', () => {
    const [header, first, second] = ledgerTable([withSupervisor, empty!], false, columns);
    expect(header!.slice(2, 6)).toEqual(['责任领导', '责任单位', '督办人', '复核日期']);
    expect(first!.slice(2, 6)).toEqual(['张三', '未填写', '王五', '2024-06-01']);
    expect(second!.slice(2, 6)).toEqual(['未填写', '未填写', '未填写', '未填写']);
    expect(ledgerHeaders(true, columns)).toEqual(header!.slice(0, -1).toSpliced(0, 0, '材料'));
    expect(columnWidths(header!, columns).slice(2, 6)).toEqual([12, 16, 10, 12]);
    expect(ledgerCells(withSupervisor, 0, columns)[5]).toEqual({
      key: 'reviewedOn',
      text: '2024-06-01',
      sort: '2024-06-01',
      className: 'date',
    });
    expect(siteCell(reviewed, empty!, 0).sort).toBe('9999');
  });

  it('is listed on the measure’s page when it has a panel part', () => {
    const entries = panelEntries({ supervisor: '王五' } as never, false, columns);
    expect(entries.map((e) => e.name)).toEqual([
      '责任领导',
      '责任单位',
      '督办人',
      '完成时限',
      '整改方式',
      '整改状态',
      '销号日期',
    ]);
    expect(entries[2]).toEqual({ name: '督办人', value: '王五', overdue: false });
  });

  it('is named in the schema’s messages', () => {
    expect(fieldDocs(columns)['supervisor']).toEqual({
      name: '督办人',
      example: 'supervisor: 王五',
    });
  });
});
