/**
 * The ledger export files as HTTP responses for Astro's static endpoints. Built once per file at
 * build time: the page's rows and columns, with the light and the days overdue on the build date.
 */
import { buildDate } from '../text/dates.ts';
import { toCsv } from './csv.ts';
import { ledgerRows, ledgerTable } from './rows.ts';
import { ledgerWorkbook } from './xlsx.ts';
import type { ReviewNode, SourceEntries } from '../relations/nodes.ts';

export type ExportFormat = 'csv' | 'xlsx';

const TYPES: Record<ExportFormat, string> = {
  csv: 'text/csv; charset=utf-8',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
};

/** The ledger of `reviews` in `format`; with more than one review a 材料 column comes first. */
export async function ledgerExport<E extends SourceEntries>(
  reviews: ReviewNode<E>[],
  format: ExportFormat,
  withReview: boolean,
): Promise<Response> {
  const today = buildDate();
  const table = ledgerTable(
    reviews.flatMap((review) => ledgerRows(review, today)),
    withReview,
  );
  const headers = { 'Content-Type': TYPES[format] };
  if (format === 'csv') return new Response(toCsv(table), { headers });
  return new Response(new Uint8Array(await ledgerWorkbook(table)), { headers });
}
