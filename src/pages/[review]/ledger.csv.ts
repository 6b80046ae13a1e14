/** `/<review>/ledger.csv`: the review's ledger for Excel (UTF-8 with BOM). */
import type { APIRoute } from 'astro';
import { ledgerExport } from '../../ledger/exports.ts';
import { reviewPaths, type ReviewNode } from '../../relations/site.ts';
import { ledgerExportView } from '../../views/ledger-export.ts';

// Keyed by the table the file holds; the ledger's writer makes the file from the review.
export const getStaticPaths = reviewPaths(ledgerExportView);

export const GET: APIRoute<{ review: ReviewNode }> = ({ props }) =>
  ledgerExport([props.review], 'csv', false);
