/** The ledger as a CSV file, for Excel and WPS. */

/**
 * CSV as Excel on Windows opens it correctly: UTF-8 with a byte order mark (without it Excel reads
 * Chinese as the local code page), CRLF line ends, every field quoted.
 */
export function toCsv(table: string[][]): string {
  const field = (value: string) => `"${value.replace(/"/g, '""')}"`;
  return `\uFEFF${table.map((row) => row.map(field).join(',')).join('\r\n')}\r\n`;
}
