/**
 * The rows of a workbook that say something about an entry: which entry each row is (by its 编号,
 * and 材料 when the workbook spans reviews), and its cells by the field they edit. Two kinds of
 * file are read: the workbook `npm run workbook -- export` writes, whose very hidden 「导出记录」
 * says which rows it had and each entry's fingerprint; and the site's ledger.xlsx and ledger.csv,
 * whose 编号 column names each measure as `<review>/measures/<id>`. A sheet or column missing, an
 * id changed or repeated, a row added: each is a problem, and nothing is imported.
 */
import { ID_SEGMENT } from '../../src/model/kinds.ts';
import type { Baseline } from './baseline.ts';
import { cellText, type CellValue } from './cells.ts';
import {
  EDITABLE_SHEETS,
  FINGERPRINT_COLUMNS,
  ID_COLUMN,
  LEDGER_SHEET_COLUMNS,
  RELATION_SHEET_COLUMNS,
  REVIEW_ID_COLUMN,
  SHEETS,
  SITE_ID_COLUMN,
  SITE_LEDGER_COLUMNS,
  SITE_LEDGER_FIELDS,
  SITE_PROGRESS_HEADER,
  SITE_READ_ONLY_COLUMNS,
  SITE_REVIEW_COLUMN,
  WORKBOOK_PROGRESS_HEADER,
  type ColumnSpec,
} from './columns.ts';
import { cellAddress, quoteCell, type WorkbookProblem } from './problems.ts';
import type { SheetData, WorkbookInput } from './read-file.ts';

/** A cell of a row: its value and where it is. */
export interface RowCell {
  value: CellValue;
  /** The column's header. */
  column: string;
  /** The cell's address, e.g. D3. */
  cell: string;
}

/** One row of an editable sheet: the entry it is and its cells. */
export interface EntryRow {
  sheet: string;
  /** The row as Excel numbers it. */
  row: number;
  review: string;
  kind: 'measure' | 'finding';
  id: string;
  /** The entry file's fingerprint when the workbook was exported; unknown for the site's ledger. */
  fingerprint: string | undefined;
  /** The editable fields as exported (see baseline.ts); unknown for the site's ledger. */
  exported: Baseline | undefined;
  /** Editable cells, by the field they edit (`leader`, `progress`, `causes`, `latestProgress` …). */
  cells: Map<string, RowCell>;
  /** Read-only cells, by header: compared with the content only to warn that edits there are ignored. */
  readOnly: Map<string, RowCell>;
}

export interface WorkbookRows {
  /** workbook: exported by this command; site-ledger: the site's ledger.xlsx or ledger.csv. */
  source: 'workbook' | 'site-ledger';
  rows: EntryRow[];
  /** The reviews the file is about. */
  reviews: string[];
  problems: WorkbookProblem[];
  /** Things to tell that stop nothing (a row deleted: its entry is left as it is). */
  notes: string[];
}

/** Reads which entry each row is, and its cells. */
export function readWorkbookRows(input: WorkbookInput): WorkbookRows {
  const record = input.sheets.find((s) => s.name === SHEETS.fingerprints);
  if (record) return readExportedWorkbook(input, record);
  const ledger =
    input.sheets.find((s) => s.name === SHEETS.ledger) ??
    (input.format === 'csv' ? input.sheets[0] : undefined);
  const header = ledger?.rows[0]?.map((v) => cellText(v).trim()) ?? [];
  if (ledger && header.includes(SITE_PROGRESS_HEADER)) return readSiteLedger(ledger, header);
  const fromWorkbook = header.includes(WORKBOOK_PROGRESS_HEADER);
  return {
    source: 'workbook',
    rows: [],
    reviews: [],
    notes: [],
    problems: [
      fromWorkbook
        ? {
            sheet: input.format === 'csv' ? undefined : SHEETS.fingerprints,
            message:
              input.format === 'csv'
                ? '这是导出的工作簿中「整改台账」一张表另存的 CSV，其中没有导出记录（哪一行是哪一条、导出时的内容），无法核对'
                : '工作簿中没有隐藏的「导出记录」工作表（它记录每一行是哪一条、导出时的内容），无法核对',
            hint: '请导入导出的 .xlsx 工作簿本身：在其中填写，不要把内容复制到新的工作簿或另存为 CSV。已经复制了的，重新导出一份，把改动填进去。',
          }
        : {
            message: `不是整改台账：找不到「${SHEETS.ledger}」工作表${input.format === 'csv' ? '的表头' : ''}`,
            hint: '导入由 npm run workbook -- export 导出的工作簿，或网站上下载的 ledger.xlsx、ledger.csv。',
          },
    ],
  };
}

/** The exported rows the record lists, by sheet and `review/id`. */
interface Recorded {
  reviews: string[];
  bySheet: Map<string, Map<string, { fingerprint: string; exported: Baseline }>>;
  problems: WorkbookProblem[];
}

function readRecord(record: SheetData): Recorded {
  const [header = [], ...rows] = record.rows;
  const bySheet: Recorded['bySheet'] = new Map();
  const reviews = new Set<string>();
  let intact = FINGERPRINT_COLUMNS.every((h, i) => cellText(header[i] ?? null) === h);
  for (const row of rows) {
    const [sheet, review, id, print, fields] = row.map((v) => cellText(v).trim());
    if (!sheet || !review || !id || !print) continue;
    const exported = parseBaseline(fields ?? '');
    if (!exported) intact = false;
    reviews.add(review);
    const rows =
      bySheet.get(sheet) ?? new Map<string, { fingerprint: string; exported: Baseline }>();
    rows.set(`${review}/${id}`, { fingerprint: print, exported: exported ?? {} });
    bySheet.set(sheet, rows);
  }
  const problems: WorkbookProblem[] =
    intact && reviews.size > 0
      ? []
      : [
          {
            sheet: SHEETS.fingerprints,
            message: '隐藏的导出记录被改动过，无法核对每一行是哪一条、导出时是什么',
            hint: '重新导出一份工作簿，把改动填进去再导入。',
          },
        ];
  return { reviews: [...reviews], bySheet, problems };
}

function parseBaseline(json: string): Baseline | undefined {
  try {
    const value: unknown = JSON.parse(json);
    if (typeof value !== 'object' || value === null || Array.isArray(value)) return undefined;
    const entries = Object.entries(value as Record<string, unknown>);
    if (entries.some(([, v]) => typeof v !== 'string')) return undefined;
    return Object.fromEntries(entries) as Baseline;
  } catch {
    return undefined;
  }
}

function readExportedWorkbook(input: WorkbookInput, recordSheet: SheetData): WorkbookRows {
  const record = readRecord(recordSheet);
  const result: WorkbookRows = {
    source: 'workbook',
    rows: [],
    reviews: record.reviews,
    problems: [...record.problems],
    notes: [],
  };
  if (record.problems.length > 0) return result;
  const multi = record.reviews.length > 1;
  for (const { sheet: name, kind } of EDITABLE_SHEETS) {
    const sheet = input.sheets.find((s) => s.name === name);
    if (!sheet) {
      result.problems.push({
        sheet: name,
        message: '工作簿中没有这张工作表',
        hint: '工作表不能删除或改名。改回原来的名称，或重新导出一份工作簿，把改动填进去。',
      });
      continue;
    }
    const specs = kind === 'measure' ? LEDGER_SHEET_COLUMNS : RELATION_SHEET_COLUMNS;
    const columns = findColumns(
      sheet,
      [
        ...(multi ? [REVIEW_ID_COLUMN] : []),
        ...specs.filter((c) => !c.optional).map((c) => c.header),
      ],
      result.problems,
    );
    if (!columns) continue;
    const exported =
      record.bySheet.get(name) ?? new Map<string, { fingerprint: string; exported: Baseline }>();
    const seen = new Map<string, number>();
    for (const [i, values] of sheet.rows.entries()) {
      if (i === 0 || values.every((v) => cellText(v).trim() === '')) continue;
      const row = i + 1;
      const at = (header: string): RowCell => cellAt(values, columns, header, row);
      const id = idText(at(ID_COLUMN).value);
      const review = multi ? cellText(at(REVIEW_ID_COLUMN).value).trim() : record.reviews[0]!;
      const where = { sheet: name, row, column: ID_COLUMN, cell: at(ID_COLUMN).cell };
      if (!id) {
        result.problems.push({ ...where, ...addedRow(kind) });
        continue;
      }
      const key = `${review}/${id}`;
      const recorded = exported.get(key);
      if (recorded === undefined) {
        const known = [...exported.keys()].filter((k) => k.startsWith(`${review}/`));
        result.problems.push({
          ...where,
          ...(multi && !record.reviews.includes(review)
            ? { column: REVIEW_ID_COLUMN, cell: at(REVIEW_ID_COLUMN).cell }
            : {}),
          message:
            multi && !record.reviews.includes(review)
              ? `材料${quoteCell(review)}不是导出时的材料（导出时有：${record.reviews.join('、')}）`
              : `编号${quoteCell(id)}不是导出时的编号（导出时这张表有：${known.map((k) => k.slice(review.length + 1)).join('、')}）`,
          hint: '编号和材料两列不能修改：改回原来的内容。这一行如果是新加的，删去它；新的条目要先加进对照检查材料，再重新导出工作簿。',
        });
        continue;
      }
      const first = seen.get(key);
      if (first !== undefined) {
        result.problems.push({ ...where, ...repeated(multi ? `${review} ${id}` : id, first, row) });
        continue;
      }
      seen.set(key, row);
      result.rows.push({
        sheet: name,
        row,
        review,
        kind,
        id,
        fingerprint: recorded.fingerprint,
        exported: recorded.exported,
        cells: fieldCells(
          specs.filter((c) => columns.has(c.header)),
          at,
        ),
        readOnly: new Map(
          specs
            .filter((c) => !c.field && c.header !== ID_COLUMN)
            .map((c) => [c.header, at(c.header)]),
        ),
      });
    }
    for (const key of exported.keys()) {
      if (seen.has(key)) continue;
      const [review, id] = [
        key.slice(0, key.lastIndexOf('/')),
        key.slice(key.lastIndexOf('/') + 1),
      ];
      result.notes.push(
        `「${name}」中没有${multi ? `材料 ${review} 的` : ''}${kind === 'measure' ? '措施' : '问题'} ${id} 这一行（导出时有）：它保持原样。`,
      );
    }
  }
  return result;
}

function fieldCells(specs: ColumnSpec[], at: (header: string) => RowCell): Map<string, RowCell> {
  return new Map(specs.flatMap((c) => (c.field ? [[c.field, at(c.header)] as const] : [])));
}

const SITE_ID = new RegExp(`^/?(${ID_SEGMENT})/measures/(${ID_SEGMENT})/?$`);

function readSiteLedger(sheet: SheetData, header: string[]): WorkbookRows {
  const result: WorkbookRows = {
    source: 'site-ledger',
    rows: [],
    reviews: [],
    problems: [],
    notes: [],
  };
  if (!header.includes(SITE_ID_COLUMN)) {
    result.problems.push({
      sheet: sheet.name,
      row: 1,
      column: SITE_ID_COLUMN,
      message: '缺少“编号”列：这是较早版本的网站导出的台账，无法确定每一行是哪一项措施',
      hint: '从网站的整改台账页重新下载 ledger.xlsx 或 ledger.csv，把改动填进新文件再导入。',
    });
    return result;
  }
  const columns = findColumns(sheet, [...SITE_LEDGER_COLUMNS, SITE_ID_COLUMN], result.problems);
  if (!columns) return result;
  const seen = new Map<string, number>();
  const reviews = new Set<string>();
  for (const [i, values] of sheet.rows.entries()) {
    if (i === 0 || values.every((v) => cellText(v).trim() === '')) continue;
    const row = i + 1;
    const at = (h: string): RowCell => cellAt(values, columns, h, row);
    const idCell = at(SITE_ID_COLUMN);
    const where = { sheet: sheet.name, row, column: SITE_ID_COLUMN, cell: idCell.cell };
    const text = cellText(idCell.value).trim();
    if (!text) {
      result.problems.push({ ...where, ...addedRow('measure') });
      continue;
    }
    const match = SITE_ID.exec(text);
    if (!match) {
      result.problems.push({
        ...where,
        message: `编号${quoteCell(text)}不是网站导出时的写法（应如 demo-2024/measures/1）`,
        hint: '编号列不能修改：改回原来的内容，或从网站重新下载台账。',
      });
      continue;
    }
    const [, review = '', id = ''] = match;
    const first = seen.get(text);
    if (first !== undefined) {
      result.problems.push({ ...where, ...repeated(text, first, row) });
      continue;
    }
    seen.set(text, row);
    reviews.add(review);
    const cells = new Map<string, RowCell>();
    // A column the file has not (延期至 in a ledger downloaded before it was added) is not read.
    for (const [h, field] of Object.entries(SITE_LEDGER_FIELDS)) {
      if (columns.has(h)) cells.set(field, at(h));
    }
    const readOnly = new Map<string, RowCell>();
    for (const h of SITE_READ_ONLY_COLUMNS) readOnly.set(h, at(h));
    if (columns.has(SITE_REVIEW_COLUMN)) readOnly.set(SITE_REVIEW_COLUMN, at(SITE_REVIEW_COLUMN));
    result.rows.push({
      sheet: sheet.name,
      row,
      review,
      kind: 'measure',
      id,
      fingerprint: undefined,
      exported: undefined,
      cells,
      readOnly,
    });
  }
  result.reviews = [...reviews];
  return result;
}

/** The columns by header; a problem for each one missing (and undefined then). */
function findColumns(
  sheet: SheetData,
  required: readonly string[],
  problems: WorkbookProblem[],
): Map<string, number> | undefined {
  const header = (sheet.rows[0] ?? []).map((v) => cellText(v).trim());
  const columns = new Map<string, number>();
  header.forEach((h, i) => {
    if (h && !columns.has(h)) columns.set(h, i);
  });
  const missing = required.filter((h) => !columns.has(h));
  for (const h of missing) {
    problems.push({
      sheet: sheet.name,
      row: 1,
      column: h,
      message: `缺少“${h}”列`,
      hint: '表头（第 1 行）不能删除或改名：改回原来的表头，或重新导出一份，把改动填进去。',
    });
  }
  return missing.length > 0 ? undefined : columns;
}

function cellAt(
  values: CellValue[],
  columns: Map<string, number>,
  header: string,
  row: number,
): RowCell {
  const index = columns.get(header) ?? 0;
  return { value: values[index] ?? null, column: header, cell: cellAddress(row, index) };
}

/** An id cell as text: Excel may have turned an id it was typed over with into a number. */
function idText(value: CellValue): string {
  if (typeof value === 'number' && Number.isInteger(value)) return String(value);
  return value instanceof Date ? `（日期 ${cellText(value)}）` : cellText(value).trim();
}

function addedRow(kind: 'measure' | 'finding'): Pick<WorkbookProblem, 'message' | 'hint'> {
  const noun = kind === 'measure' ? '措施' : '问题';
  return {
    message: '这一行没有编号，是新加的行：工作簿只能修改导出时已有的条目',
    hint: `删去这一行。新的${noun}要先写进对照检查材料（npm run import 重新导入），再重新导出工作簿。`,
  };
}

function repeated(
  id: string,
  first: number,
  row: number,
): Pick<WorkbookProblem, 'message' | 'hint'> {
  return {
    message: `编号${quoteCell(id)}在第 ${first} 行已经出现过`,
    hint: `每一条只能有一行：删去重复的一行（第 ${row} 行或第 ${first} 行，多半是复制粘贴时多出来的），把要保留的内容合到另一行中。`,
  };
}
