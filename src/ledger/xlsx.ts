/** The ledger as an Excel workbook: the same header and rows as the page and the CSV. */
// The universal build zips the workbook in one call; the Node build streams it file by file, which
// measured six times slower per workbook (5 ms against 0.8 ms), and a site writes one per review.
import writeXlsxFile from 'write-excel-file/universal';
import {
  LEDGER_COLUMNS,
  LEDGER_SHEET,
  REVIEW_COLUMN,
  REVIEW_COLUMN_WIDTH,
  siteHeader,
} from './columns.ts';

/** The width of a column the ledger's columns do not list (编号), in characters. */
const DEFAULT_WIDTH = 16;

/** Each header's column width, in characters: the ledger column's of that header, found by name. */
export function columnWidths(header: readonly string[], columns = LEDGER_COLUMNS): number[] {
  return header.map((name) =>
    name === REVIEW_COLUMN
      ? REVIEW_COLUMN_WIDTH
      : (columns.find((c) => c.site && siteHeader(c) === name)?.site?.width ?? DEFAULT_WIDTH),
  );
}

/** One worksheet, LEDGER_SHEET: header row bold and kept in view, every cell text, wrapped. */
export async function ledgerWorkbook(table: string[][], columns = LEDGER_COLUMNS): Promise<Buffer> {
  const data = table.map((row, r) =>
    row.map((value) => ({
      value,
      type: String,
      wrap: true,
      alignVertical: 'top' as const,
      ...(r === 0 ? { fontWeight: 'bold' as const } : {}),
    })),
  );
  const blob = await writeXlsxFile(data, {
    sheet: LEDGER_SHEET,
    stickyRowsCount: 1,
    columns: columnWidths(table[0] ?? [], columns).map((width) => ({ width })),
  }).toBlob();
  return Buffer.from(withFixedTimestamps(new Uint8Array(await blob.arrayBuffer())));
}

/** 1980-01-01 00:00, the earliest time a zip file can record, in MS-DOS date format. */
const DOS_DATE = (1 << 5) | 1; // year 0 (1980), month 1, day 1

/**
 * The zip with every file's modification time set to one fixed time (the zip library records the
 * moment of writing). The same ledger then gives the same bytes on every build, so an unchanged
 * workbook can be taken from the incremental build's cache and compared with a full build's.
 */
export function withFixedTimestamps(zip: Uint8Array): Uint8Array {
  const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
  // The end of central directory record: the archive has no comment, so it is the last 22 bytes.
  const end = zip.byteLength - 22;
  if (end < 0 || view.getUint32(end, true) !== 0x06054b50) {
    throw new Error('ledger workbook: not a zip archive without a comment');
  }
  const entries = view.getUint16(end + 10, true);
  let entry = view.getUint32(end + 16, true);
  for (let i = 0; i < entries; i++) {
    if (view.getUint32(entry, true) !== 0x02014b50)
      throw new Error('ledger workbook: bad zip entry');
    // Time (2 bytes, 00:00 is 0) and date (2 bytes), in the central and in the local header.
    view.setUint32(entry + 12, DOS_DATE << 16, true);
    view.setUint32(view.getUint32(entry + 42, true) + 10, DOS_DATE << 16, true);
    const names = [28, 30, 32].reduce((sum, at) => sum + view.getUint16(entry + at, true), 0);
    entry += 46 + names;
  }
  return zip;
}
