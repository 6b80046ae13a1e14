/** The ledger as an Excel workbook: the same header and rows as the page and the CSV. */
// The universal build zips the workbook in one call; the Node build streams it file by file, which
// measured six times slower per workbook (5 ms against 0.8 ms), and a site writes one per review.
import writeXlsxFile from 'write-excel-file/universal';

/** Column widths in characters, wide enough for Chinese text without wrapping everything. */
const WIDTHS = [28, 36, 24, 12, 16, 12, 10, 16, 40, 12];

/** One worksheet, 整改台账: header row bold and kept in view, every cell text, wrapped. */
export async function ledgerWorkbook(table: string[][]): Promise<Buffer> {
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
    sheet: '整改台账',
    stickyRowsCount: 1,
    columns: table[0]?.map((_, i) => ({ width: WIDTHS[i] ?? 16 })) ?? [],
  }).toBlob();
  return Buffer.from(await blob.arrayBuffer());
}
