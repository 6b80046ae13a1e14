/**
 * Reads a workbook as its sheets of cells: an .xlsx file (saved by Excel, WPS or LibreOffice, or
 * the site's ledger.xlsx) with ExcelJS, a .csv file (the site's ledger.csv, or one saved by WPS,
 * which writes GB18030 by default) decoded like any text file and parsed by ExcelJS's CSV reader.
 * A file that is not one, is damaged, or is far larger than a ledger is refused before it is
 * parsed; the command exits 2 for it.
 */
import { extname } from 'node:path';
import { Readable } from 'node:stream';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { decodeText } from '../shared/documents/decode.ts';
import { UnreadableDocumentError } from '../shared/documents/errors.ts';
import { OLE_SIGNATURE } from '../shared/documents/formats.ts';
import { readInputFile } from '../shared/documents/input-file.ts';
import {
  checkTextBytes,
  checkZipEntryCount,
  formatBytes,
  LIMITS,
} from '../shared/documents/limits.ts';
import { StartTagCounter } from '../shared/documents/xml-tags.ts';
import { countZipEntriesUpTo, inflatePart } from '../shared/documents/zip-package.ts';
import { countCsvRowsUpTo } from './csv-rows.ts';
import type { CellValue } from './cells.ts';

/** One sheet: its name, whether it is shown, its rows of cells (row 1 first). */
export interface SheetData {
  name: string;
  state: 'visible' | 'hidden' | 'veryHidden';
  rows: CellValue[][];
}

/** A workbook or CSV file as sheets of cells. */
export interface WorkbookInput {
  /** The file as the user named it. */
  file: string;
  format: 'xlsx' | 'csv';
  /** The encoding a CSV file was read in. */
  encoding?: string | undefined;
  /** The workbook counts dates from 1904 (old Excel for Mac): serial numbers mean other days. */
  date1904: boolean;
  sheets: SheetData[];
}

const MB = 1024 * 1024;

/**
 * How large a workbook may be. An exported ledger is 20–50 KB for a review of a dozen measures
 * and a few hundred KB for every review of a unit; each limit is a hundred times that and more.
 */
export const WORKBOOK_LIMITS = {
  /** Bytes of an .xlsx file as it is on disk. */
  xlsxBytes: 20 * MB,
  /** Bytes of everything in the .xlsx package once inflated: ExcelJS holds some 20 times that. */
  xlsxInflatedBytes: 40 * MB,
  /**
   * Rows of one sheet (of a CSV file), and columns. A ledger has a row for each measure and the
   * relations sheet one for each finding: a review has tens, every review of a site a few
   * thousand. ExcelJS reads 20,000 ledger rows in 0.5 s and 180 MB; counted before they are
   * parsed, more are refused in bounded memory (10 million one-letter rows fit in a 20 MB CSV,
   * and parsing them ran out of memory at 4 GB).
   */
  rows: 20_000,
  columns: 200,
} as const;

const SAVE_AS_XLSX =
  '用 Excel 或 WPS 打开它，选“文件”→“另存为”，保存类型选“Excel 工作簿（*.xlsx）”，再导入另存的文件。';

/** Reads `file` by its extension; `encoding` forces the encoding of a CSV file. */
export async function readWorkbookFile(
  file: string,
  options: { encoding?: string | undefined } = {},
): Promise<WorkbookInput> {
  const extension = extname(file).toLowerCase();
  if (extension !== '.xlsx' && extension !== '.csv') {
    throw new UnreadableDocumentError({
      file,
      expected: 'Excel 工作簿（.xlsx）或 CSV 文件（.csv）',
      found: extension ? `${extension} 文件` : '没有扩展名的文件',
      hint:
        extension === '.xls' || extension === '.et'
          ? SAVE_AS_XLSX
          : '导入由 npm run workbook -- export 导出的工作簿，或网站上下载的 ledger.xlsx、ledger.csv。',
    });
  }
  const bytes = await readBytes(file, extension);
  return extension === '.csv' ? readCsv(file, bytes, options.encoding) : readXlsx(file, bytes);
}

/** The file's bytes; one far larger than a ledger is refused before it is read. */
function readBytes(file: string, extension: '.xlsx' | '.csv'): Promise<Buffer> {
  return readInputFile(file, (size) => {
    if (extension === '.csv') {
      checkTextBytes(file, size);
      return;
    }
    if (size <= WORKBOOK_LIMITS.xlsxBytes) return;
    throw new UnreadableDocumentError({
      file,
      expected: `不超过 ${formatBytes(WORKBOOK_LIMITS.xlsxBytes)} 的工作簿`,
      found: `${formatBytes(size)} 的文件`,
      hint: '导出的台账只有几十 KB。请确认选对了文件；工作簿中插入了图片的，删去图片再试。',
    });
  });
}

async function readXlsx(file: string, bytes: Buffer): Promise<WorkbookInput> {
  if (OLE_SIGNATURE.every((b, i) => bytes[i] === b)) {
    throw new UnreadableDocumentError({
      file,
      expected: 'Excel 工作簿（.xlsx）',
      found: '旧版 Excel 工作簿（.xls），或设了打开密码的工作簿，只是扩展名是 .xlsx',
      hint: `${SAVE_AS_XLSX}设了打开密码的，先在“文件”→“信息”中取消密码。`,
    });
  }
  // JSZip makes an object for every file the package lists before any is read.
  checkZipEntryCount(file, countZipEntriesUpTo(bytes, LIMITS.zipEntries), 'xlsx');
  let zip: JSZip;
  try {
    zip = await JSZip.loadAsync(bytes);
  } catch (error) {
    throw new UnreadableDocumentError(
      {
        file,
        expected: 'Excel 工作簿（.xlsx）',
        found: '其他格式的文件（.xlsx 文件是一种 ZIP 压缩包，这个文件不是）',
        hint: SAVE_AS_XLSX,
      },
      { cause: error },
    );
  }
  if (!zip.file('xl/workbook.xml')) {
    const word = Object.keys(zip.files).some((name) => name.startsWith('word/'));
    throw new UnreadableDocumentError({
      file,
      expected: 'Excel 工作簿（.xlsx）',
      found: word ? 'Word 文档，只是扩展名是 .xlsx' : 'ZIP 压缩包，但里面没有工作簿',
      hint: '请确认选对了文件。',
    });
  }
  await measurePackage(zip, file, bytes.length);
  const workbook = new ExcelJS.Workbook();
  try {
    // ExcelJS declares its own Buffer type, older than Node's; the bytes are what it reads.
    await workbook.xlsx.load(bytes as unknown as Parameters<typeof workbook.xlsx.load>[0]);
  } catch (error) {
    throw damaged(file, error);
  }
  return {
    file,
    format: 'xlsx',
    date1904: workbook.properties.date1904,
    sheets: workbook.worksheets.map((sheet) => sheetData(sheet, file)),
  };
}

function damaged(file: string, error: unknown): UnreadableDocumentError {
  return new UnreadableDocumentError(
    {
      file,
      expected: '完好的 Excel 工作簿（.xlsx）',
      found: '已损坏、无法读取的文件',
      hint: `用 Excel 或 WPS 打开它（它们常能修复损坏的文件），再另存为 .xlsx。${SAVE_AS_XLSX}`,
    },
    { cause: error },
  );
}

/** A sheet's XML part, whose `<row>` elements are its rows. */
const SHEET_PART = /^xl\/worksheets\/[^/]+\.xml$/i;

/**
 * Inflates every part of the package as a stream, counting its bytes and each sheet's rows, and
 * stops past a limit: a damaged file, a zip bomb or a sheet of a million rows is refused after a
 * few megabytes, before ExcelJS holds it all.
 */
async function measurePackage(zip: JSZip, file: string, packed: number): Promise<void> {
  let total = 0;
  for (const entry of Object.values(zip.files)) {
    if (entry.dir) continue;
    const rows = SHEET_PART.test(entry.name) ? new StartTagCounter('row') : undefined;
    try {
      await inflatePart(entry, (chunk) => {
        total += chunk.length;
        if (total > WORKBOOK_LIMITS.xlsxInflatedBytes) throw new RangeError('inflated');
        rows?.add(chunk);
        if (rows && rows.named > WORKBOOK_LIMITS.rows) throw tooManyRows(file, entry.name);
      });
    } catch (error) {
      if (error instanceof UnreadableDocumentError) throw error;
      if (!(error instanceof RangeError)) throw damaged(file, error);
      const limit = formatBytes(WORKBOOK_LIMITS.xlsxInflatedBytes);
      throw new UnreadableDocumentError({
        file,
        expected: `解压后内容不超过 ${limit} 的工作簿`,
        found: `解压后超过 ${limit} 的文件（文件本身只有 ${formatBytes(packed)}，不像正常的工作簿，可能已损坏，或是有意构造的“压缩炸弹”）`,
        hint: '请用 Excel 或 WPS 打开核对，另存为新的 .xlsx 再试；来历不明的文件请勿打开。',
      });
    }
  }
}

/** A table of more rows than any ledger, found before it is parsed; `part` names the sheet's part. */
function tooManyRows(file: string, part?: string): UnreadableDocumentError {
  const limit = WORKBOOK_LIMITS.rows.toLocaleString('en-US');
  return new UnreadableDocumentError({
    file,
    expected: `行数不超过 ${limit} 的${part ? '工作表' : ' CSV 文件'}`,
    found: part ? `其中一张工作表（${part}）超过 ${limit} 行` : `超过 ${limit} 行的文件`,
    hint: ROWS_HINT,
  });
}

const ROWS_HINT =
  '台账每项措施一行：一份材料只有几十行，整个网站也只有几千行。请确认选对了文件，删去表格下方多余的内容后再试。';

async function readCsv(
  file: string,
  bytes: Buffer,
  encoding: string | undefined,
): Promise<WorkbookInput> {
  const decoded = decodeText(bytes, file, { encoding, encodingOption: '--encoding' });
  // Counted before it is parsed: ExcelJS holds every row, and 10 million rows fit in 20 MB.
  if (countCsvRowsUpTo(decoded.text, WORKBOOK_LIMITS.rows) > WORKBOOK_LIMITS.rows) {
    throw tooManyRows(file);
  }
  const workbook = new ExcelJS.Workbook();
  let sheet: ExcelJS.Worksheet;
  try {
    sheet = await workbook.csv.read(Readable.from([decoded.text]), {
      // Every cell as the text it is: dates and numbers are read by the columns that expect them.
      map: (value: unknown) => value,
      parserOptions: { delimiter: delimiterOf(decoded.text) },
    });
  } catch (error) {
    throw new UnreadableDocumentError(
      {
        file,
        expected: 'CSV 文件（逗号分隔的表格）',
        found: '无法按 CSV 读取的文本（多半是引号没有配对）',
        hint: '用 Excel 或 WPS 打开核对后，另存为 CSV 或 .xlsx 再试。',
      },
      { cause: error },
    );
  }
  const data = sheetData(sheet, file);
  return {
    file,
    format: 'csv',
    encoding: decoded.encoding,
    date1904: false,
    sheets: [{ ...data, rows: data.rows.map((row) => row.map(undoFormulaGuard)) }],
  };
}

/** Excel saves CSV with commas, or with semicolons or tabs in some settings: the header tells. */
function delimiterOf(text: string): string {
  const header = text.slice(0, text.search(/\r?\n|$/));
  const counts = [',', ';', '\t'].map((d) => [d, header.split(d).length] as const);
  return counts.reduce((best, next) => (next[1] > best[1] ? next : best))[0];
}

/** The site's CSV puts an apostrophe before a cell that would start a formula (src/ledger/csv.ts). */
function undoFormulaGuard(value: CellValue): CellValue {
  return typeof value === 'string' && /^'[=+\-@\t\r]/.test(value) ? value.slice(1) : value;
}

function sheetData(sheet: ExcelJS.Worksheet, file: string): SheetData {
  if (sheet.rowCount > WORKBOOK_LIMITS.rows || sheet.columnCount > WORKBOOK_LIMITS.columns) {
    throw new UnreadableDocumentError({
      file,
      expected: `行数不超过 ${WORKBOOK_LIMITS.rows.toLocaleString('en-US')}、列数不超过 ${WORKBOOK_LIMITS.columns} 的工作表`,
      found: `工作表「${sheet.name}」有 ${sheet.rowCount.toLocaleString('en-US')} 行、${sheet.columnCount} 列`,
      hint: '台账每项措施一行，通常只有几十行。请删去表格下方或右侧多余的内容后再试。',
    });
  }
  const rows: CellValue[][] = [];
  for (let r = 1; r <= sheet.rowCount; r++) {
    const row = sheet.getRow(r);
    const cells: CellValue[] = [];
    for (let c = 1; c <= sheet.columnCount; c++) cells.push(cellValue(row.getCell(c).value));
    rows.push(cells);
  }
  return { name: sheet.name, state: sheet.state, rows };
}

/** A cell as its text or value: rich text joined, a link's text, a formula's result. */
export function cellValue(value: ExcelJS.CellValue | undefined): CellValue {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string') return value === '' ? null : value;
  if (typeof value === 'number' || typeof value === 'boolean' || value instanceof Date)
    return value;
  if ('richText' in value) return cellValue(value.richText.map((part) => part.text).join(''));
  if ('hyperlink' in value) return cellValue(value.text);
  if ('error' in value) return { error: value.error };
  if ('result' in value) return cellValue(value.result);
  return null;
}
