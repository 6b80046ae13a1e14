/** `/<review>/ledger.csv`: the review's ledger for Excel (UTF-8 with BOM). */
import type { APIRoute } from 'astro';
import { ledgerExport } from '../../ledger/exports.ts';
import { reviewPaths, type ReviewNode } from '../../relations/site.ts';

export const getStaticPaths = reviewPaths('ledgerExport');

export const GET: APIRoute<{ review: ReviewNode }> = ({ props }) =>
  ledgerExport([props.review], 'csv', false);
