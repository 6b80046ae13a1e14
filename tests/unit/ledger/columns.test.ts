import { describe, expect, it } from 'vitest';
import {
  columnOf,
  exportValue,
  fieldDocs,
  ID_COLUMN,
  isFieldColumn,
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
  exportHeaders,
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
        data: {
          area: 1,
          order: 1,
          title: '问题',
          causes: [],
          measures: ['1'],
          aliases: [],
          feedback: [],
          recurs: [],
        },
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
    for (const column of LEDGER_COLUMNS.filter(isFieldColumn)) {
      expect(FIELDS[column.key]).toEqual({ name: column.name, example: column.example });
      expect(column.example.startsWith(`${column.key}: `)).toBe(true);
    }
    // Worked out, not written: no field of that name.
    expect(FIELDS['light']).toBeUndefined();
    expect(FIELDS['overdueDays']).toBeUndefined();
  });

  it('head the page and the exports, in order, with 材料 first and 编号 last where they have them', () => {
    const site = LEDGER_COLUMNS.filter((c) => c.site).map(siteHeader);
    const page = LEDGER_COLUMNS.filter((c) => c.site && !c.site.exportOnly);
    const [row] = rows([{}]);
    expect(ledgerHeaders()).toEqual(page.map(siteHeader));
    expect(ledgerHeaders(true)).toEqual([REVIEW_COLUMN, ...page.map(siteHeader)]);
    expect(exportHeaders()).toEqual(site);
    expect(ledgerCells(row!).map((c) => c.key)).toEqual(keys(page));
    expect(ledgerTable([row!])[0]).toEqual([...site, ID_COLUMN]);
    expect(ledgerTable([row!], true)[0]).toEqual([REVIEW_COLUMN, ...site, ID_COLUMN]);
  });

  it('give the exports the status alone, then the light and the days overdue, but not the page', () => {
    expect(exportHeaders().slice(6, 11)).toEqual([
      '整改状态',
      '灯',
      '逾期天数',
      '延期至',
      '延期理由',
    ]);
    expect(ledgerHeaders().slice(6, 9)).toEqual(['整改状态', '延期至', '延期理由']);
  });

  it('size the columns of ledger.xlsx by their headers, with or without 材料', () => {
    const [header] = ledgerTable([]);
    const [wide] = ledgerTable([], true);
    expect(columnWidths(header!.map(String))).toEqual([
      ...LEDGER_COLUMNS.flatMap((c) => (c.site ? [c.site.width] : [])),
      16,
    ]);
    expect(columnWidths(wide!.map(String))).toEqual([28, ...columnWidths(header!.map(String))]);
  });

  it('list on a measure’s page the fields that have a panel part, in order, an extension once filled in', () => {
    const panel = LEDGER_COLUMNS.filter((c) => c.panel).map((c) => c.name);
    expect(panelEntries({}, false).map((e) => e.name)).toEqual(
      panel.filter((name) => name !== '延期至' && name !== '延期理由'),
    );
    const extended = { extendedTo: d('2024-09-30'), extensionReason: '需待上级政策出台后实施' };
    expect(panelEntries(extended, false).map((e) => e.name)).toEqual(panel);
  });

  it('mark 已逾期 on a measure’s page beside the day it was due by: 延期至 under 申请延期', () => {
    const marked = (values: Parameters<typeof panelEntries>[0]) =>
      panelEntries(values, true).flatMap((e) => (e.overdue ? [e.name] : []));
    const deadline = d('2024-05-31');
    expect(marked({ deadline, status: '推进中' })).toEqual(['完成时限']);
    expect(marked({ deadline, status: '申请延期', extendedTo: d('2024-06-15') })).toEqual([
      '延期至',
    ]);
    // Kept from an extension not granted: the deadline is the day it was due by.
    expect(marked({ deadline, status: '推进中', extendedTo: d('2024-06-15') })).toEqual([
      '完成时限',
    ]);
  });

  it('write each cell once for the page, with the page’s sort keys and classes', () => {
    const [row] = rows([
      {
        deadline: d('2024-05-31'),
        status: '推进中',
        progress: [{ date: d('2024-04-10'), note: '制定计划。' }],
      },
    ]);
    const cells = ledgerCells(row!, 3);
    expect(cells.map((c) => [c.key, c.text, c.sort ?? null, c.className ?? null])).toEqual([
      ['measure', '措施（一） 措施1', '000003', null],
      ['findings', '问题（一）之一', null, null],
      ['leader', '未填写', null, null],
      ['unit', '未填写', null, null],
      ['deadline', '2024-05-31', '2024-05-31', 'date'],
      ['mode', '未填写', null, null],
      ['status', '推进中（已逾期）', '1', 'status'],
      // Only a measure under 申请延期 has an extension: nothing is missing here.
      ['extendedTo', '', '9999', 'date extension'],
      ['extensionReason', '', null, 'extension'],
      ['progress', '2024-04-10 制定计划。', '2024-04-10', null],
      ['closedOn', '未填写', '9999', 'date'],
    ]);
  });

  it('write the exports’ cells as values: dates as dates, the light and days apart, blanks empty', () => {
    const [overdue, extended, empty] = rows([
      {
        deadline: d('2024-05-31'),
        status: '推进中',
        progress: [{ date: d('2024-04-10'), note: '制定计划。' }],
      },
      {
        deadline: d('2024-05-31'),
        status: '申请延期',
        extendedTo: d('2024-07-03'),
        extensionReason: '需待上级政策出台后实施',
      },
      {},
    ]);
    const [, first, second, third] = ledgerTable([overdue!, extended!, empty!]);
    expect(first).toEqual([
      '措施（一） 措施1',
      '问题（一）之一',
      undefined,
      undefined,
      d('2024-05-31'),
      undefined,
      '推进中',
      '逾期',
      30,
      undefined,
      undefined,
      '2024-04-10 制定计划。',
      undefined,
      'r/measures/1',
    ]);
    expect(second!.slice(4, 11)).toEqual([
      d('2024-05-31'),
      undefined,
      '申请延期',
      '临期',
      undefined,
      d('2024-07-03'),
      '需待上级政策出台后实施',
    ]);
    // No deadline, no status: nothing is late, and every field is blank.
    expect(third).toEqual([
      '措施（三） 措施3',
      undefined,
      ...Array<undefined>(4).fill(undefined),
      undefined,
      '正常',
      undefined,
      undefined,
      undefined,
      undefined,
      undefined,
      'r/measures/3',
    ]);
    expect(exportValue(columnOf('status'), overdue!)).toBe('推进中');
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
    expect(first!.slice(2, 6)).toEqual(['张三', undefined, '王五', d('2024-06-01')]);
    expect(second!.slice(2, 6)).toEqual([undefined, undefined, undefined, undefined]);
    expect(
      ledgerCells(withSupervisor, 0, columns)
        .slice(2, 6)
        .map((c) => c.text),
    ).toEqual(['张三', '未填写', '王五', '2024-06-01']);
    expect(ledgerHeaders(true, columns).slice(1, 7)).toEqual(header!.slice(0, 6));
    expect(columnWidths(header!.map(String), columns).slice(2, 6)).toEqual([12, 16, 10, 12]);
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
