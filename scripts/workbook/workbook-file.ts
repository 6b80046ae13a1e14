/**
 * The workbook as an .xlsx file, written with ExcelJS: a header row kept in view, columns wide
 * enough for Chinese text, drop-down lists for 整改方式 and 整改状态, real date cells, printing
 * on A4 landscape one page wide with the header on every page. The cells people fill in are left
 * unlocked and every sheet is protected without a password, so that ids, titles and headers are
 * not changed by accident (审阅 → 撤销工作表保护 lifts it). The export record is very hidden.
 */
import ExcelJS from 'exceljs';
import { LEDGER_COLUMNS, type LedgerColumn } from '../../src/ledger/columns.ts';
import {
  FINGERPRINT_COLUMNS,
  LEDGER_SHEET_COLUMNS,
  LIST_SHEET_COLUMNS,
  RELATION_SHEET_COLUMNS,
  REVIEW_ID_COLUMN,
  SHEETS,
  WORKBOOK_FORMAT,
  workbookLedgerColumns,
  type ColumnSpec,
} from './columns.ts';
import type { MeasureRow, WorkbookRows } from './export-rows.ts';
import { idListText } from './id-lists.ts';
import { evidenceCellText, progressCellText } from './progress-cells.ts';

type Cell = string | Date | null;

const HEADER_FILL: ExcelJS.Fill = {
  type: 'pattern',
  pattern: 'solid',
  fgColor: { argb: 'FFD9E1F2' },
};
/** Read-only columns are grey, so that it is clear at a glance where to type. */
const READ_ONLY_FILL: ExcelJS.Fill = {
  type: 'pattern',
  pattern: 'solid',
  fgColor: { argb: 'FFF2F2F2' },
};
const BORDER: Partial<ExcelJS.Borders> = Object.fromEntries(
  (['top', 'left', 'bottom', 'right'] as const).map((side) => [
    side,
    { style: 'thin', color: { argb: 'FFBFBFBF' } },
  ]),
);

/** Column formats: `@` keeps typed ids (1-3, 1,3) as text instead of a date or a number. */
const TEXT_FORMAT = '@';
const DATE_FORMAT = 'yyyy-mm-dd';

/** A4 in ExcelJS's `PaperSize`, a const enum, which a module compiled on its own cannot import. */
// eslint-disable-next-line @typescript-eslint/no-unsafe-enum-assignment -- see above
const A4: ExcelJS.PaperSize = 9;

const list = (items: readonly string[]): ExcelJS.DataValidation => ({
  type: 'list',
  allowBlank: true,
  formulae: [`"${items.join(',')}"`],
  showErrorMessage: true,
  errorStyle: 'stop',
  errorTitle: '请从列表中选择',
  error: `只能填写：${items.join('、')}；不填就清空单元格。`,
});

const DATE_VALIDATION: ExcelJS.DataValidation = {
  type: 'date',
  operator: 'greaterThan',
  allowBlank: true,
  formulae: [new Date(Date.UTC(1970, 0, 1))],
  showErrorMessage: true,
  errorStyle: 'stop',
  errorTitle: '请填写日期',
  error: '请填写日期，如 2024-06-30 或 2024/6/30。',
};

/**
 * An editable column's format and check, by its field's type: a date is a date cell that takes
 * only dates, a choice has its drop-down list, and all else is text.
 */
function cellFormat(column: LedgerColumn | undefined): {
  numFmt: string;
  validation: ExcelJS.DataValidation | undefined;
} {
  if (column?.type === 'date') return { numFmt: DATE_FORMAT, validation: DATE_VALIDATION };
  if (column?.type === 'choice' && column.choices) {
    return { numFmt: TEXT_FORMAT, validation: list(column.choices) };
  }
  return { numFmt: TEXT_FORMAT, validation: undefined };
}

/** A measure's cells in 「整改台账」: its 编号, then each of the ledger's `columns` in the sheet. */
export function ledgerSheetCells(row: MeasureRow, columns = LEDGER_COLUMNS): Cell[] {
  return [row.id, ...workbookLedgerColumns(columns).map((column) => ledgerCell(column, row))];
}

/** A cell as the column's field's type writes it; progress and evidence a line per report. */
function ledgerCell(column: LedgerColumn, row: MeasureRow): Cell {
  switch (column.type) {
    case 'measure':
      return column.text(row);
    case 'progress':
      return progressCellText(row.progress) || null;
    case 'evidence':
      return evidenceCellText(row.progress) || null;
    case 'note':
    case 'derived':
      return null;
    default:
      return row[column.key] ?? null;
  }
}

/** The workbook of `rows`, as the bytes of an .xlsx file. */
export async function workbookFile(rows: WorkbookRows): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = '对照检查材料网站';
  const multi = rows.reviews.length > 1;
  const title =
    rows.reviews.length === 1 ? `${rows.reviews[0]!.title} 整改台账` : '整改台账（全部材料）';
  const lead = (review: string): Cell[] => (multi ? [review] : []);

  await addSheet(workbook, SHEETS.ledger, title, withReview(LEDGER_SHEET_COLUMNS, multi), [
    ...rows.ledger.map((row) => [...lead(row.review), ...ledgerSheetCells(row)]),
  ]);
  await addSheet(
    workbook,
    SHEETS.relations,
    title.replace(/整改台账/, '问题与原因、措施'),
    withReview(RELATION_SHEET_COLUMNS, multi),
    rows.relations.map((row) => [
      ...lead(row.review),
      row.id,
      `${row.label} ${row.title}`,
      idListText(row.causes) || null,
      idListText(row.measures) || null,
      idListText(row.feedback) || null,
    ]),
  );
  for (const [sheet, noun, items] of [
    [SHEETS.causes, '原因', rows.causes],
    [SHEETS.measures, '措施', rows.measures],
    // Only a workbook of a review that answers an inspection lists its problems.
    ...(rows.problems.length > 0 ? [[SHEETS.problems, '反馈问题', rows.problems] as const] : []),
  ] as const) {
    await addSheet(
      workbook,
      sheet,
      sheet,
      withReview(LIST_SHEET_COLUMNS(noun), multi),
      items.map((item) => [...lead(item.review), item.id, `${item.label} ${item.title}`]),
    );
  }
  const record = workbook.addWorksheet(SHEETS.fingerprints, { state: 'veryHidden' });
  record.addRow([...FINGERPRINT_COLUMNS, WORKBOOK_FORMAT]);
  for (const [sheet, items] of [
    [SHEETS.ledger, rows.ledger],
    [SHEETS.relations, rows.relations],
  ] as const) {
    for (const item of items) {
      record.addRow([sheet, item.review, item.id, item.fingerprint, JSON.stringify(item.baseline)]);
    }
  }
  await record.protect('', {});
  workbook.views = [
    { x: 0, y: 0, width: 20000, height: 12000, firstSheet: 0, activeTab: 0, visibility: 'visible' },
  ];
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** Points per line of 11-point text, and the most lines a row is made tall for. */
const LINE_HEIGHT = 15;
const MAX_LINES = 20;

/** The height of a row in points: its tallest cell's lines once wrapped, at least `minLines`. */
export function rowHeight(values: Cell[], columns: ColumnSpec[], minLines: number): number {
  const lines = values.map((value, i) => {
    if (typeof value !== 'string') return 1;
    const perLine = Math.max(1, (columns[i]?.width ?? 10) - 1);
    return value
      .split('\n')
      .reduce((n, line) => n + Math.max(1, Math.ceil(textWidth(line) / perLine)), 0);
  });
  return Math.min(MAX_LINES, Math.max(minLines, ...lines)) * LINE_HEIGHT + 4;
}

/** Width of text in Excel's column units: a Chinese character is as wide as two digits. */
function textWidth(text: string): number {
  let width = 0;
  for (const char of text) width += (char.codePointAt(0) ?? 0) >= 0x2e80 ? 2 : 1;
  return width;
}

function withReview(columns: ColumnSpec[], multi: boolean): ColumnSpec[] {
  if (!multi) return columns;
  return [
    {
      header: REVIEW_ID_COLUMN,
      width: 18,
      note: '材料代号（content/reviews/ 下的文件夹名），不要修改。',
    },
    ...columns,
  ];
}

async function addSheet(
  workbook: ExcelJS.Workbook,
  name: string,
  title: string,
  columns: ColumnSpec[],
  rows: Cell[][],
): Promise<void> {
  const readOnly = columns.filter((c) => !c.field).length;
  const sheet = workbook.addWorksheet(name, {
    // The header, and the columns that say which entry a row is, stay in view.
    views: [{ state: 'frozen', xSplit: Math.min(readOnly, 2), ySplit: 1 }],
    pageSetup: {
      paperSize: A4,
      orientation: 'landscape',
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
      printTitlesRow: '1:1',
      margins: { left: 0.4, right: 0.4, top: 0.6, bottom: 0.6, header: 0.3, footer: 0.3 },
    },
    headerFooter: {
      oddHeader: `&C${title.replaceAll('&', '&&')}`,
      oddFooter: '&C第 &P 页，共 &N 页',
    },
  });
  sheet.columns = columns.map((c) => ({ header: c.header, width: c.width }));
  const header = sheet.getRow(1);
  header.eachCell((cell, n) => {
    cell.font = { bold: true };
    cell.fill = HEADER_FILL;
    cell.border = BORDER;
    cell.alignment = { vertical: 'middle', horizontal: 'center', wrapText: true };
    const note = columns[n - 1]?.note;
    if (note) cell.note = note;
  });
  const editable = columns.some((c) => c.field);
  const formats = columns.map((c) => cellFormat(c.ledger));
  for (const values of rows) {
    const row = sheet.addRow(values);
    // Row heights are set: neither Excel nor LibreOffice fits a row to wrapped text on opening.
    // An editable row leaves room for a few lines more, and for writing on a printed copy.
    row.height = rowHeight(values, columns, editable ? 3 : 1);
    columns.forEach((column, i) => {
      const cell = row.getCell(i + 1);
      cell.border = BORDER;
      cell.alignment = { vertical: 'top', wrapText: true };
      if (!column.field) {
        cell.fill = READ_ONLY_FILL;
        return;
      }
      cell.protection = { locked: false };
      const { numFmt, validation } = formats[i]!;
      cell.numFmt = numFmt;
      if (validation) cell.dataValidation = validation;
    });
  }
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: columns.length } };
  await sheet.protect('', {
    selectLockedCells: true,
    selectUnlockedCells: true,
    formatColumns: true,
    formatRows: true,
    autoFilter: true,
  });
}
