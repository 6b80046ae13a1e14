/** The ledger as a CSV file, for Excel and WPS. */
import { formatIsoDate } from '../text/dates.ts';
import type { ExportValue } from './columns.ts';

/**
 * Excel and WPS read a cell that starts with one of these as a formula (=HYPERLINK(…) can send
 * data away when the file is opened); a tab or line break before one works the same way.
 */
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * A cell as text only: one that would start a formula gets a leading apostrophe, as OWASP's
 * guidance on CSV injection advises. The XLSX export needs none of this: its cells are typed.
 */
export function csvCell(value: string): string {
  return FORMULA_START.test(value) ? `'${value}` : value;
}

/**
 * An export's cell as CSV has it: a date as YYYY-MM-DD, which Excel and WPS open as a date; a
 * number as its digits; nothing at all for an empty cell, so that a filter finds the blanks.
 */
export function csvText(value: ExportValue): string {
  if (value instanceof Date) return formatIsoDate(value);
  return value === undefined ? '' : String(value);
}

/**
 * CSV as Excel on Windows opens it correctly: UTF-8 with a byte order mark (without it Excel reads
 * Chinese as the local code page), CRLF line ends, every field quoted and never a formula.
 */
export function toCsv(table: readonly (readonly ExportValue[])[]): string {
  const field = (value: ExportValue) => `"${csvCell(csvText(value)).replace(/"/g, '""')}"`;
  return `\uFEFF${table.map((row) => row.map(field).join(',')).join('\r\n')}\r\n`;
}
