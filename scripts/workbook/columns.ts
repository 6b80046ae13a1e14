/**
 * The workbook's sheets and columns, by the names people see in Excel and WPS: the export writes
 * them and the import finds its columns by these headers, so a column moved or widened in Excel
 * is still read. The ledger's columns are src/ledger/columns.ts's, as in the site's own ledger
 * export (ledger.xlsx, ledger.csv), which can be imported too.
 */
import {
  columnOf,
  ID_COLUMN,
  isFieldColumn,
  isValueColumn,
  LEDGER_COLUMNS,
  LEDGER_SHEET,
  REVIEW_COLUMN,
  siteHeader,
  type LedgerColumn,
} from '../../src/ledger/columns.ts';

export const SHEETS = {
  /** Editable: one row per measure, its ledger fields; named as in the site's ledger.xlsx. */
  ledger: LEDGER_SHEET,
  /** Editable: one row per finding, its causes and measures. */
  relations: '问题与原因、措施',
  /** Read-only lists of what the relations may name. */
  causes: '原因一览',
  measures: '措施一览',
  /** Read-only: the problems of the inspections the reviews answer; only when one does. */
  problems: '反馈问题一览',
  /** Very hidden: which entry each row is, its file's fingerprint and its fields at export time. */
  fingerprints: '导出记录',
} as const;

/** The editable sheets, and the kind of entry each row of them is. */
export const EDITABLE_SHEETS = [
  { sheet: SHEETS.ledger, kind: 'measure' },
  { sheet: SHEETS.relations, kind: 'finding' },
] as const;

/** First column of every sheet of a workbook of several reviews: the review's folder name. */
export const REVIEW_ID_COLUMN = REVIEW_COLUMN;

/** The entry's id within its review (its file name without .mdx): 1, 1-2. */
export { ID_COLUMN };

/** A column of a sheet: its header, width in characters, and what filling it in means. */
export interface ColumnSpec {
  header: string;
  width: number;
  /** The front matter field the column edits; absent for a read-only column. */
  field?: string;
  /** Shown when the header cell is pointed at: how to fill the column in. */
  note?: string;
  /** The ledger's column it is (src/ledger/columns.ts): its type decides the cells' format. */
  ledger?: LedgerColumn;
  /** A workbook exported before the column was added is imported without it. */
  optional?: boolean;
}

/** Whether an import may find a ledger column missing (see ValueColumn.optionalOnImport). */
export const optional = (column: LedgerColumn): boolean =>
  isValueColumn(column) && column.optionalOnImport === true;

/** The ledger's columns in the workbook's 「整改台账」 sheet, in order (after 编号). */
export function workbookLedgerColumns(columns = LEDGER_COLUMNS): LedgerColumn[] {
  return columns.filter((c) => c.workbook);
}

/** 「整改台账」 with the ledger's `columns`: 编号, then each of them; the measure's own are read-only. */
export function ledgerSheetColumns(columns = LEDGER_COLUMNS): ColumnSpec[] {
  return [
    { header: ID_COLUMN, width: 5, note: '措施的编号（measures/ 下的文件名），不要修改。' },
    ...workbookLedgerColumns(columns).map((column) => {
      const { width, note } = column.workbook!;
      return {
        header: column.name,
        width,
        ...(column.type === 'measure' ? {} : { field: column.key }),
        note: typeof note === 'string' ? note : note(SHEETS),
        ledger: column,
        ...(optional(column) ? { optional: true } : {}),
      };
    }),
  ];
}

/** 「整改台账」: the measures in document order. */
export const LEDGER_SHEET_COLUMNS: ColumnSpec[] = ledgerSheetColumns();

/** The column of the feedback problems a finding answers (its `feedback`). */
export const FEEDBACK_COLUMN = '反馈问题';

/** 「问题与原因、措施」: the findings in document order. */
export const RELATION_SHEET_COLUMNS: ColumnSpec[] = [
  { header: ID_COLUMN, width: 6, note: '问题的编号（findings/ 下的文件名），不要修改。' },
  { header: '问题', width: 60, note: '只读：问题的名称和标题，来自对照检查材料。' },
  {
    header: '原因',
    width: 14,
    field: 'causes',
    note: `导致这个问题的原因的编号，用“、”隔开，如 1、3；编号见「${SHEETS.causes}」。`,
  },
  {
    header: '措施',
    width: 14,
    field: 'measures',
    note: `针对这个问题的整改措施的编号，用“、”隔开，如 1、2；编号见「${SHEETS.measures}」。`,
  },
  {
    header: FEEDBACK_COLUMN,
    width: 14,
    field: 'feedback',
    note: `这个问题回应的巡察反馈问题的编号，用“、”隔开，如 3、7；编号见「${SHEETS.problems}」。材料没有写明回应哪次巡察（review.mdx 中没有 inspection）的，留空。`,
    // Workbooks exported before the column was added are imported without it.
    optional: true,
  },
];

/**
 * 「原因一览」, 「措施一览」 and 「反馈问题一览」: id and name of each, to look up while filling in
 * relations.
 */
export const LIST_SHEET_COLUMNS = (noun: '原因' | '措施' | '反馈问题'): ColumnSpec[] => [
  { header: ID_COLUMN, width: 6 },
  { header: noun, width: 70 },
];

/** 「导出记录」: one row per editable row, saying what it was when exported (the fields as JSON). */
export const FINGERPRINT_COLUMNS = ['工作表', '材料', '编号', '指纹', '导出时的内容'] as const;

/** Written beside the fingerprint header, so that a later format can tell this one. */
export const WORKBOOK_FORMAT = 'review-workbook 1';

/**
 * The headers a file must have to be read as the site's ledger export (ledger.xlsx, ledger.csv):
 * the page's columns as src/ledger/ writes them, but those newer than files people may still hold.
 * The light and the days overdue are worked out at each build and not read back.
 */
export const SITE_LEDGER_COLUMNS = LEDGER_COLUMNS.filter(
  (c) => c.site && !c.site.exportOnly && !optional(c),
).map(siteHeader);

/** The site's ledger export: the headers of the columns it reads back, with the key of each. */
export const SITE_LEDGER_FIELDS: Record<string, string> = Object.fromEntries(
  LEDGER_COLUMNS.flatMap((c) =>
    c.site && isFieldColumn(c) ? [[siteHeader(c), c.site.importAs ?? c.key]] : [],
  ),
);

/** The site's ledger export's read-only columns: the measure's own. */
export const SITE_READ_ONLY_COLUMNS = LEDGER_COLUMNS.filter(
  (c) => c.site && c.type === 'measure',
).map(siteHeader);

/**
 * The progress column as headed in the site's ledger, which shows the latest report only, and in
 * the workbook, which shows them all: which of the two a file is.
 */
export const SITE_PROGRESS_HEADER = siteHeader(columnOf('progress'));
export const WORKBOOK_PROGRESS_HEADER = columnOf('progress').name;

export { ID_COLUMN as SITE_ID_COLUMN, REVIEW_COLUMN as SITE_REVIEW_COLUMN };
