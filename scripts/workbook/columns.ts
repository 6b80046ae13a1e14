/**
 * The workbook's sheets and columns, by the names people see in Excel and WPS: the export writes
 * them and the import finds its columns by these headers, so a column moved or widened in Excel
 * is still read. The site's own ledger export (ledger.xlsx, ledger.csv) shares the ledger's words.
 */
import { LEDGER_COLUMNS, LEDGER_ID_COLUMN, REVIEW_COLUMN } from '../../src/ledger/rows.ts';

export const SHEETS = {
  /** Editable: one row per measure, its ledger fields. */
  ledger: '整改台账',
  /** Editable: one row per finding, its causes and measures. */
  relations: '问题与原因、措施',
  /** Read-only lists of what the relations may name. */
  causes: '原因一览',
  measures: '措施一览',
  /** Very hidden: which entry each row is, its file's fingerprint and its fields at export time. */
  fingerprints: '导出记录',
} as const;

/** The editable sheets, and the kind of entry each row of them is. */
export const EDITABLE_SHEETS = [
  { sheet: SHEETS.ledger, kind: 'measure' },
  { sheet: SHEETS.relations, kind: 'finding' },
] as const;

/** First column of every sheet of a workbook of several reviews: the review's folder name. */
export const REVIEW_ID_COLUMN = '材料';

/** The entry's id within its review (its file name without .mdx): 1, 1-2. */
export const ID_COLUMN = '编号';

/** A column of a sheet: its header, width in characters, and what filling it in means. */
export interface ColumnSpec {
  header: string;
  width: number;
  /** The front matter field the column edits; absent for a read-only column. */
  field?: MeasureColumnField | FindingColumnField;
  /** Shown when the header cell is pointed at: how to fill the column in. */
  note?: string;
}

export type MeasureColumnField =
  'leader' | 'unit' | 'deadline' | 'mode' | 'status' | 'progress' | 'evidence' | 'closedOn';
export type FindingColumnField = 'causes' | 'measures';

const [, , leader, unit, deadline, mode, status, , closedOn] = LEDGER_COLUMNS;

/** 「整改台账」: the measures in document order. */
export const LEDGER_SHEET_COLUMNS: ColumnSpec[] = [
  { header: ID_COLUMN, width: 5, note: '措施的编号（measures/ 下的文件名），不要修改。' },
  { header: '整改措施', width: 28, note: '只读：措施的名称和标题，来自对照检查材料。' },
  {
    header: '针对的问题',
    width: 14,
    note: `只读：由「${SHEETS.relations}」中各问题的“措施”列推出，要改请在那张表中改。`,
  },
  { header: leader, width: 8, field: 'leader', note: '姓名；几位领导用“、”隔开。' },
  { header: unit, width: 10, field: 'unit', note: '单位名称；几个单位用“、”隔开。' },
  { header: deadline, width: 11, field: 'deadline', note: '日期，如 2024-06-30。' },
  { header: mode, width: 9, field: 'mode', note: '从下拉列表中选。' },
  {
    header: status,
    width: 10,
    field: 'status',
    note: '从下拉列表中选；选“已销号”时要填写销号日期。',
  },
  {
    header: '整改进展',
    width: 34,
    field: 'progress',
    note: '每条进展一行（Alt+Enter 换行），以日期开头，如：2024-04-10 制定年度学习计划。',
  },
  {
    header: '佐证材料',
    width: 20,
    field: 'evidence',
    note: '每个链接一行，以所属进展的日期开头，如：2024-04-10 http://oa.example.gov.cn/jihua.pdf',
  },
  { header: closedOn, width: 11, field: 'closedOn', note: '日期；整改状态为“已销号”时必填。' },
];

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
];

/** 「原因一览」 and 「措施一览」: id and name of each, to look up while filling in relations. */
export const LIST_SHEET_COLUMNS = (noun: '原因' | '措施'): ColumnSpec[] => [
  { header: ID_COLUMN, width: 6 },
  { header: noun, width: 70 },
];

/** 「导出记录」: one row per editable row, saying what it was when exported (the fields as JSON). */
export const FINGERPRINT_COLUMNS = ['工作表', '材料', '编号', '指纹', '导出时的内容'] as const;

/** Written beside the fingerprint header, so that a later format can tell this one. */
export const WORKBOOK_FORMAT = 'review-workbook 1';

/** The site's ledger export: its columns as src/ledger/rows.ts writes them, with the measure's field. */
export const SITE_LEDGER_FIELDS: Record<string, MeasureColumnField | 'latestProgress'> = {
  [leader]: 'leader',
  [unit]: 'unit',
  [deadline]: 'deadline',
  [mode]: 'mode',
  [status]: 'status',
  [LEDGER_COLUMNS[7]]: 'latestProgress',
  [closedOn]: 'closedOn',
};

export { LEDGER_COLUMNS as SITE_LEDGER_COLUMNS, LEDGER_ID_COLUMN as SITE_ID_COLUMN };
export { REVIEW_COLUMN as SITE_REVIEW_COLUMN };
