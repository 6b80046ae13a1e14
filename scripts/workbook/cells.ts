/**
 * Cells as people fill them in Excel and WPS, read into front matter values. A date arrives as a
 * date cell, as a serial number (a date cell whose format the reader does not know), or typed as
 * text in any of the ways dates are written (2024-6-30, 2024/6/30, 2024年6月30日); a name arrives
 * with stray spaces or a line break. Empty and 未填写 mean the field is not set.
 */
import type { ValueColumn } from '../../src/ledger/columns.ts';
import { dateSchema } from '../../src/schemas/date.ts';
import { NOT_FILLED } from '../../src/ledger/terms.ts';
import { formatIsoDate } from '../../src/text/dates.ts';
import { parseChineseNumeral, parseChineseYear, parseDigits } from '../../src/model/numerals.ts';
import { quoteCell } from './problems.ts';

/** A cell's value, whichever file it came from (CSV cells are all text). */
export type CellValue = string | number | boolean | Date | CellError | null;

/** A cell showing an error such as #N/A or #REF!, usually a formula's. */
export interface CellError {
  error: string;
}

/** The result of reading a cell: its value, or what is wrong with it and how to fix it. */
export type Read<T> = { ok: true; value: T } | { ok: false; message: string; hint: string };

export const ok = <T>(value: T): Read<T> => ({ ok: true, value });
const fail = (message: string, hint: string): Read<never> => ({ ok: false, message, hint });

const isError = (value: CellValue): value is CellError =>
  typeof value === 'object' && value !== null && !(value instanceof Date);

/** The text a cell shows, as a message quotes it. */
export function cellText(value: CellValue): string {
  if (value === null) return '';
  if (value instanceof Date) return formatIsoDate(value);
  if (isError(value)) return value.error;
  return String(value);
}

/** Whether a cell leaves its field unset: empty, blank or 未填写. */
export function isUnset(value: CellValue): boolean {
  return value === null || (typeof value === 'string' && [NOT_FILLED, ''].includes(value.trim()));
}

const errorCell = (value: CellError) =>
  fail(
    `单元格显示错误值 ${value.error}`,
    '这多半是公式出了错：把单元格改为直接填写的内容（复制后“选择性粘贴”→“数值”）。',
  );

/** A line that ends in punctuation: the next one follows it without a joiner. */
const PUNCTUATED = /[、，,；;。！？!?：:]$/u;

/**
 * A one-line text field (责任领导, 责任单位, 延期理由). Lines typed with Alt+Enter become one line,
 * joined with `joiner`: 、 as lists of names and units are written, ； between sentences; a line
 * that ends in punctuation of its own is joined as it is.
 */
export function readText(value: CellValue, joiner = '、'): Read<string | undefined> {
  if (isError(value)) return errorCell(value);
  if (value instanceof Date) {
    return fail(
      `是日期 ${formatIsoDate(value)}，应为文字`,
      '填写姓名、单位名称或文字；如果 Excel 把它当成了日期，先把单元格格式设为“文本”再输入。',
    );
  }
  if (isUnset(value)) return ok(undefined);
  const lines = String(value)
    .split(/\r\n|\r|\n/)
    .map((line) => line.trim())
    .filter(Boolean);
  return ok(
    lines.reduce(
      (text, line) => (text === '' || PUNCTUATED.test(text) ? text : text + joiner) + line,
      '',
    ),
  );
}

/** Day 0 of Excel's 1900 date system is 1899-12-30 (it counts a 29 February 1900 that never was). */
const EXCEL_EPOCH_1900 = Date.UTC(1899, 11, 30);
/** Workbooks made on old Macs count from 1904: their serial numbers are 1,462 days smaller. */
const DAYS_1904 = 1462;
const DAY_MS = 24 * 60 * 60 * 1000;

/** The range of serial numbers read as dates: 1970-01-01 to 2099-12-31. Others are typing errors. */
const SERIALS = { first: 25569, last: 73050 } as const;

const DATE_HINT =
  '写成 2024-06-30（也可以写 2024/6/30、2024年6月30日，或在 Excel 中直接输入日期）；不设时限就清空单元格。';

/** Options that say how a workbook counts its dates. */
export interface DateOptions {
  /** The workbook uses the 1904 date system (Excel for Mac before 2011). */
  date1904?: boolean | undefined;
}

/** A date field (完成时限, 销号日期): the date as YYYY-MM-DD, as front matter writes it. */
export function readDate(value: CellValue, options: DateOptions = {}): Read<string | undefined> {
  if (isError(value)) return errorCell(value);
  if (value === null || isUnset(value)) return ok(undefined);
  if (value instanceof Date) return ok(dayOf(value));
  if (typeof value === 'number') return dateOfSerial(value, String(value), options);
  if (typeof value === 'boolean') return fail(`${quoteCell(String(value))}不是日期`, DATE_HINT);
  return parseDateText(value, options);
}

/** The calendar day of a date cell; a time of day (rare in a deadline) is dropped. */
function dayOf(date: Date): string {
  // Serial numbers carry rounding errors of a fraction of a millisecond: round to the second.
  return formatIsoDate(new Date(Math.round(date.getTime() / 1000) * 1000));
}

function dateOfSerial(serial: number, shown: string, options: DateOptions): Read<string> {
  const days = serial + (options.date1904 ? DAYS_1904 : 0);
  if (!Number.isFinite(days) || days < SERIALS.first || days >= SERIALS.last + 1) {
    return fail(
      `${quoteCell(shown)}不是日期（作为 Excel 的日期序号，它不在 1970 年到 2099 年之间）`,
      DATE_HINT,
    );
  }
  return ok(dayOf(new Date(EXCEL_EPOCH_1900 + Math.floor(days) * DAY_MS)));
}

const FULL_WIDTH = /[０-９]/gu;
const toAscii = (text: string) =>
  text
    .replace(FULL_WIDTH, (digit) => String(parseDigits(digit)))
    .replace(/[／－．]/gu, (c) => ({ '／': '/', '－': '-', '．': '.' })[c]!);

const NUMERIC_DATE = new RegExp(
  `^(\\d{4})\\s*([-/.])\\s*(\\d{1,2})\\s*\\2\\s*(\\d{1,2})(?:\\s+\\d{1,2}:\\d{2}(?::\\d{2})?)?$`,
);
const WRITTEN_DATE = /^(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*[日号]?$/u;
const CHINESE_DATE =
  /^(\S{4})年([一二三四五六七八九十]{1,3})月([一二三四五六七八九十]{1,3})[日号]?$/u;

/** A date typed as text: 2024-06-30, 2024-6-30, 2024/6/30, 2024.6.30, 2024年6月30日, 二〇二四年六月三十日. */
export function parseDateText(text: string, options: DateOptions = {}): Read<string> {
  const typed = toAscii(text.trim());
  if (/^\d+(?:\.\d+)?$/.test(typed)) return dateOfSerial(Number(typed), text.trim(), options);
  const numeric = NUMERIC_DATE.exec(typed);
  const written = numeric ? undefined : WRITTEN_DATE.exec(typed);
  const chinese = numeric || written ? undefined : CHINESE_DATE.exec(typed);
  let parts: [number, number, number] | undefined;
  if (numeric) parts = [Number(numeric[1]), Number(numeric[3]), Number(numeric[4])];
  else if (written) parts = [Number(written[1]), Number(written[2]), Number(written[3])];
  else if (chinese) {
    const year = parseChineseYear(chinese[1]!);
    const month = parseChineseNumeral(chinese[2]!);
    const day = parseChineseNumeral(chinese[3]!);
    if (year !== undefined && month !== undefined && day !== undefined) parts = [year, month, day];
  }
  if (!parts) return fail(`${quoteCell(text)}不是日期`, DATE_HINT);
  const iso = `${String(parts[0])}-${String(parts[1]).padStart(2, '0')}-${String(parts[2]).padStart(2, '0')}`;
  const checked = dateSchema.safeParse(iso);
  if (!checked.success) {
    // The schema says what is wrong with the date in its own words (no 30 February, no month 13).
    const problem = checked.error.issues[0]?.message ?? '';
    return fail(
      `${quoteCell(text)}${problem.replace(/^“[^”]*”/, '')}`,
      '核对年、月、日，写成真实的日期，如 2024-06-30。',
    );
  }
  return ok(iso);
}

/** A choice from a fixed list (整改方式, 整改状态): the term exactly as the schema has it. */
export function readChoice(
  value: CellValue,
  choices: readonly string[],
  what: string,
): Read<string | undefined> {
  if (isError(value)) return errorCell(value);
  if (isUnset(value)) return ok(undefined);
  // The site's ledger adds （已逾期） to an overdue status: it is worked out, not written.
  const typed = cellText(value)
    .replace(/\s+/gu, '')
    .replace(/[（(]已逾期[）)]$/u, '');
  if (choices.includes(typed)) return ok(typed);
  return fail(
    `${quoteCell(cellText(value))}不是可选的${what}，应为以下之一：${choices.join('、')}`,
    '从单元格的下拉列表中选一个，或照抄其中一个（不要多字、少字或用同音字）；不填就清空单元格。',
  );
}

/** A cell of a ledger field of one value, read as its type says: text, a date or a choice. */
export function readValue(
  column: ValueColumn,
  value: CellValue,
  options: DateOptions = {},
): Read<string | undefined> {
  switch (column.type) {
    case 'text':
      return readText(value, column.joinLines);
    case 'date':
      return readDate(value, options);
    case 'choice':
      return readChoice(value, column.choices ?? [], column.name);
  }
}
