/**
 * The columns of the rectification ledger (整改台账), each once, in the order every view shows
 * them: its header (the field's name, also in the schema's messages, schemas/fields.ts), the front
 * matter field behind it and what that field holds, how the site's ledger (the ledger pages,
 * ledger.csv and ledger.xlsx) writes and sorts its cells, whether a measure's page lists it, and
 * its column in the workbook of `npm run workbook` (width and help text; the field's type decides
 * the cells' format, drop-down list and how they are read back, in scripts/workbook/). A view
 * shows the columns that have its part. A new ledger field goes into the schema
 * (schemas/ledger.ts) and here.
 *
 * The page and the exports differ where people and a spreadsheet want different things: the page
 * says 未填写 and 推进中（已逾期） to a reader, while an office filtering ledger.xlsx wants empty
 * cells, real dates, the status alone and the light and days overdue in columns of their own.
 */
import type { LedgerFields, ProgressEntry } from '../schemas/ledger.ts';
import { formatIsoDate } from '../text/dates.ts';
import { dueDate } from './lights.ts';
import type { LedgerRow } from './rows.ts';
import { NOT_FILLED, RECTIFICATION_MODES, RECTIFICATION_STATUSES } from './terms.ts';

/** The ledger fields a cell holds one value of: a line of text, a date, or one of some terms. */
export type ValueField = {
  [K in keyof LedgerFields]-?: NonNullable<LedgerFields[K]> extends string | Date ? K : never;
}[keyof LedgerFields];

/** A measure's values of those fields, as its front matter has them. */
export type LedgerValues = Pick<LedgerFields, ValueField>;

/** What the measure itself gives the columns that are not ledger fields. */
export interface MeasureFacts {
  /** 措施（一）. */
  label: string;
  title: string;
  /** The labels of the findings it answers: 问题（一）之一. */
  findings: readonly string[];
}

/** A cell of ledger.csv and ledger.xlsx: text, a date, a number, or empty (undefined). */
export type ExportValue = string | Date | number | undefined;

/** A column of the site's ledger: the ledger pages, ledger.csv and ledger.xlsx. */
export interface SiteColumn {
  /** Its header there, where that is not the field's name. */
  header?: string;
  /** Its width in ledger.xlsx, in characters: wide enough for its words without wrapping them all. */
  width: number;
  /** Its text on the page, where the field's own will not do: a value as it is written, or 未填写. */
  text?: (row: LedgerRow) => string;
  /**
   * The page's text for a field not filled in, where 未填写 would wrongly ask for something: an
   * extension's fields, which only a measure under 申请延期 has.
   */
  blank?: string;
  /** Its cell in the exports, where the field's own value (a date as a date) will not do. */
  value?: (row: LedgerRow) => ExportValue;
  /** In the exports only, not a column of the page (which shows the light its own way). */
  exportOnly?: boolean;
  /** What the page sorts it by, where not its text: a date sorts by itself, a missing one last. */
  sort?: (row: LedgerRow, index: number) => string;
  /** Its cell's class on the page, for the style; a date's is `date` (it does not wrap). */
  className?: string;
  /** The key its cells are read back under (`npm run workbook -- import`), if not the field's. */
  importAs?: string;
}

/** A field of one value in the ledger panel on a measure's page (the reports have a timeline). */
export interface PanelField {
  /**
   * 已逾期 is shown beside it when the measure is overdue and this is the day it was due by: the
   * deadline, or 延期至 under 申请延期 (src/ledger/lights.ts).
   */
  overdue?: boolean;
  /** Listed only when filled in: an extension's fields say nothing of a measure not extended. */
  onlyFilled?: boolean;
}

/** A column of the workbook's 「整改台账」 sheet. */
export interface WorkbookColumn {
  /** Width in characters. */
  width: number;
  /** Shown when the header cell is pointed at: how to fill it in; given the names of the sheets. */
  note: string | ((sheets: { relations: string }) => string);
}

/** The views a column is in: each has its part. */
interface Views {
  site?: SiteColumn;
  panel?: PanelField;
  workbook?: WorkbookColumn;
}

/** A column the measure itself fills (its name, the findings it answers): read-only everywhere. */
export interface MeasureColumn extends Views {
  type: 'measure';
  key: string;
  /** The header. */
  name: string;
  /** The cell's text; empty when there is nothing to show. */
  text: (measure: MeasureFacts) => string;
}

/** A ledger field holding one value: a line of text, a date, or a term from `choices`. */
export interface ValueColumn extends Views {
  type: 'text' | 'date' | 'choice';
  key: ValueField;
  /** The field's name: the header, and how messages name it. */
  name: string;
  /** The field as front matter writes it, for messages that say how to write it. */
  example: string;
  /** The terms a choice is one of, in the schema's order. */
  choices?: readonly string[];
  /**
   * What joins the lines of a text typed with Alt+Enter in a workbook cell: 、 for names and
   * units (the default), ； for sentences.
   */
  joinLines?: string;
  /**
   * Added after files were sent out: a workbook, ledger.csv or ledger.xlsx without its column is
   * still imported, the field left as it is, since people fill in a ledger for weeks.
   */
  optionalOnImport?: boolean;
}

/**
 * The progress reports (整改进展) and two fields of each report: its link to evidence (佐证材料)
 * and its note, which has no column of its own (it is the text of the report's line).
 */
export interface ReportColumn extends Views {
  type: 'progress' | 'evidence' | 'note';
  key: 'progress' | Exclude<keyof ProgressEntry, 'date'>;
  name: string;
  example: string;
}

/**
 * A column worked out from the row on the build date, not written by anyone: the light and the
 * days overdue. Only in the exports, where an office filters by them; an import ignores them.
 */
export interface DerivedColumn extends Views {
  type: 'derived';
  key: string;
  /** The header. */
  name: string;
  site: SiteColumn & { value: (row: LedgerRow) => ExportValue; exportOnly: true };
}

export type LedgerColumn = MeasureColumn | ValueColumn | ReportColumn | DerivedColumn;

/** The ledger's worksheet, in the site's ledger.xlsx and in the workbook: the import seeks it. */
export const LEDGER_SHEET = '整改台账';

/** First column of a ledger of several reviews: the site's names each review, the workbook its folder. */
export const REVIEW_COLUMN = '材料';

/** The width of 材料 in ledger.xlsx: a review's title. */
export const REVIEW_COLUMN_WIDTH = 28;

/**
 * Which measure a row is: the last column of the site's exports (`demo-2024/measures/1`), the
 * first of the workbook (`1`). The import finds each row's measure by it; the page links the rows.
 */
export const ID_COLUMN = '编号';

/** The status as the ledger writes it: 已逾期 is added when the deadline has passed. */
export function statusText(row: LedgerRow): string {
  return (row.status ?? NOT_FILLED) + (row.overdue ? '（已逾期）' : '');
}

/** The latest progress as one line: its date, then the note; undefined when there is none. */
export function progressValue(row: LedgerRow): string | undefined {
  return row.lastProgress
    ? `${formatIsoDate(row.lastProgress.date)} ${row.lastProgress.note}`
    : undefined;
}

/** The latest progress as the page writes it: 未填写 when there is none. */
export function progressText(row: LedgerRow): string {
  return progressValue(row) ?? NOT_FILLED;
}

/** Statuses sort in the schema's order, a missing one last. */
const statusRank = (row: LedgerRow) =>
  row.status ? RECTIFICATION_STATUSES.indexOf(row.status) : RECTIFICATION_STATUSES.length;

/** The ledger's columns, in order. */
export const LEDGER_COLUMNS: readonly LedgerColumn[] = [
  {
    type: 'measure',
    key: 'measure',
    name: '整改措施',
    text: (measure) => `${measure.label} ${measure.title}`,
    // The order of the document, which the rows are in.
    site: { width: 36, sort: (_, index) => String(index).padStart(6, '0') },
    workbook: { width: 28, note: '只读：措施的名称和标题，来自对照检查材料。' },
  },
  {
    type: 'measure',
    key: 'findings',
    name: '针对的问题',
    text: (measure) => measure.findings.join('、'),
    site: { width: 24 },
    workbook: {
      width: 14,
      note: (sheets) =>
        `只读：由「${sheets.relations}」中各问题的“措施”列推出，要改请在那张表中改。`,
    },
  },
  {
    type: 'text',
    key: 'leader',
    name: '责任领导',
    example: 'leader: 张三',
    site: { width: 12 },
    panel: {},
    workbook: { width: 8, note: '姓名；几位领导用“、”隔开。' },
  },
  {
    type: 'text',
    key: 'unit',
    name: '责任单位',
    example: 'unit: 办公室',
    site: { width: 16 },
    panel: {},
    workbook: { width: 10, note: '单位名称；几个单位用“、”隔开。' },
  },
  {
    type: 'date',
    key: 'deadline',
    name: '完成时限',
    example: 'deadline: 2024-06-30',
    site: { width: 12 },
    panel: { overdue: true },
    workbook: { width: 11, note: '日期，如 2024-06-30。' },
  },
  {
    type: 'choice',
    key: 'mode',
    name: '整改方式',
    example: 'mode: 限期整改',
    choices: RECTIFICATION_MODES,
    site: { width: 10 },
    panel: {},
    workbook: { width: 9, note: '从下拉列表中选。' },
  },
  {
    type: 'choice',
    key: 'status',
    name: '整改状态',
    example: 'status: 推进中',
    choices: RECTIFICATION_STATUSES,
    // The page adds 已逾期 for the reader; the exports give the status alone and the light apart.
    site: {
      width: 10,
      text: statusText,
      sort: (row) => String(statusRank(row)),
      className: 'status',
    },
    panel: {},
    workbook: {
      width: 10,
      note: '从下拉列表中选；选“已销号”时要填写销号日期，选“申请延期”时要填写延期至和延期理由。',
    },
  },
  {
    type: 'derived',
    key: 'light',
    name: '灯',
    site: { width: 7, exportOnly: true, value: (row) => row.light.light },
  },
  {
    type: 'derived',
    key: 'overdueDays',
    name: '逾期天数',
    site: {
      width: 9,
      exportOnly: true,
      value: (row) => (row.light.light === '逾期' ? row.light.days : undefined),
    },
  },
  {
    type: 'date',
    key: 'extendedTo',
    name: '延期至',
    example: 'extendedTo: 2024-09-30',
    optionalOnImport: true,
    // `extension`: printed only where some measure of the ledger has one (LedgerTable.astro).
    site: { width: 12, blank: '', className: 'date extension' },
    panel: { overdue: true, onlyFilled: true },
    workbook: {
      width: 11,
      note: '日期，如 2024-09-30：批准延期到的日期；整改状态为“申请延期”时必填。',
    },
  },
  {
    type: 'text',
    key: 'extensionReason',
    name: '延期理由',
    example: 'extensionReason: 需待上级政策出台后实施',
    joinLines: '；',
    optionalOnImport: true,
    site: { width: 24, blank: '', className: 'extension' },
    panel: { onlyFilled: true },
    workbook: { width: 20, note: '为什么延期，一两句话；整改状态为“申请延期”时必填。' },
  },
  {
    type: 'progress',
    key: 'progress',
    name: '整改进展',
    example: 'progress: [{ date: 2024-04-10, note: 制定计划。 }]',
    // The site's ledger shows the latest report; the measure's page and the workbook all of them.
    site: {
      header: '最新进展',
      width: 40,
      text: progressText,
      value: progressValue,
      sort: (row) => (row.lastProgress ? formatIsoDate(row.lastProgress.date) : ''),
      importAs: 'latestProgress',
    },
    workbook: {
      width: 34,
      note: '每条进展一行（Alt+Enter 换行），以日期开头，如：2024-04-10 制定年度学习计划。',
    },
  },
  { type: 'note', key: 'note', name: '进展说明', example: 'note: 制定年度学习计划。' },
  {
    type: 'evidence',
    key: 'evidence',
    name: '佐证材料',
    example: 'evidence: http://oa.example.gov.cn/zhenggai/jihua.pdf',
    workbook: {
      width: 20,
      note: '每个链接一行，以所属进展的日期开头，如：2024-04-10 http://oa.example.gov.cn/jihua.pdf',
    },
  },
  {
    type: 'date',
    key: 'closedOn',
    name: '销号日期',
    example: 'closedOn: 2024-06-28',
    site: { width: 12 },
    panel: {},
    workbook: { width: 11, note: '日期；整改状态为“已销号”时必填。' },
  },
];

/** Whether a column is a ledger field holding one value. */
export function isValueColumn(column: LedgerColumn): column is ValueColumn {
  return column.type === 'text' || column.type === 'date' || column.type === 'choice';
}

/** The column of a field, by its key. */
export function columnOf(key: string, columns = LEDGER_COLUMNS): LedgerColumn {
  const column = columns.find((c) => c.key === key);
  if (!column) throw new Error(`ledger columns: no column ${key}`);
  return column;
}

/** A value as the ledger writes it: a date as YYYY-MM-DD; undefined when not filled in. */
export function valueText(value: string | Date | undefined): string | undefined {
  return value instanceof Date ? formatIsoDate(value) : value;
}

/** The measure's values of the ledger's one-value fields, for a row of the ledger or workbook. */
export function ledgerValues(data: LedgerFields, columns = LEDGER_COLUMNS): LedgerValues {
  return Object.fromEntries(
    columns.filter(isValueColumn).map((c) => [c.key, data[c.key]] as const),
  );
}

/** Whether a column is a front matter field: not the measure's own, nor worked out. */
export function isFieldColumn(column: LedgerColumn): column is ValueColumn | ReportColumn {
  return column.type !== 'measure' && column.type !== 'derived';
}

/** The ledger's fields by key, with their names and examples, for the schema's messages. */
export function fieldDocs(
  columns = LEDGER_COLUMNS,
): Record<string, { name: string; example: string }> {
  return Object.fromEntries(
    columns
      .filter(isFieldColumn)
      .map((c) => [c.key, { name: c.name, example: c.example }] as const),
  );
}

/** The header a column has in the site's ledger. */
export function siteHeader(column: LedgerColumn): string {
  return column.site?.header ?? column.name;
}

/** A cell of the site's ledger: its text (the page's and the exports'), its sort key and class. */
export interface SiteCell {
  text: string;
  sort: string | undefined;
  className: string | undefined;
}

/** The cell of `row`, the `index`th of its ledger, in `column` of the site's ledger page. */
export function siteCell(column: LedgerColumn, row: LedgerRow, index: number): SiteCell {
  const site: Partial<SiteColumn> = column.site ?? {};
  const value = isValueColumn(column) ? valueText(row[column.key]) : undefined;
  const date = column.type === 'date';
  return {
    text: site.text?.(row) ?? ownText(column, row, value, site.blank ?? NOT_FILLED),
    sort: site.sort?.(row, index) ?? (date ? (value ?? '9999') : undefined),
    className: site.className ?? (date ? 'date' : undefined),
  };
}

function ownText(
  column: LedgerColumn,
  row: LedgerRow,
  value: string | undefined,
  blank: string,
): string {
  if (column.type !== 'measure') return value ?? blank;
  return column.text(measureFacts(row)) || blank;
}

const measureFacts = (row: LedgerRow): MeasureFacts => ({
  label: row.measureLabel,
  title: row.measureTitle,
  findings: row.findingLabels,
});

/**
 * The cell of `row` in `column` of ledger.csv and ledger.xlsx: a date as a date, empty where
 * nothing is filled in (an office filters for blanks, and 未填写 would sort as text among names).
 */
export function exportValue(column: LedgerColumn, row: LedgerRow): ExportValue {
  if (column.site?.value) return column.site.value(row);
  if (isValueColumn(column)) return row[column.key];
  if (column.type === 'measure') return column.text(measureFacts(row)) || undefined;
  return undefined;
}

/** A ledger field on a measure's page: its name, its value (none if not filled in), 已逾期. */
export interface PanelEntry {
  name: string;
  value: string | undefined;
  overdue: boolean;
}

/**
 * The ledger fields a measure's page lists, with their values; `overdue` is the measure's, and
 * is shown beside the day it was due by.
 */
export function panelEntries(
  values: LedgerValues,
  overdue: boolean,
  columns = LEDGER_COLUMNS,
): PanelEntry[] {
  const due = valueText(dueDate(values));
  return columns.filter(isValueColumn).flatMap((column) => {
    const value = valueText(values[column.key]);
    if (!column.panel || (column.panel.onlyFilled && value === undefined)) return [];
    const isDue = column.panel.overdue === true && value !== undefined && value === due;
    return [{ name: column.name, value, overdue: overdue && isDue }];
  });
}
