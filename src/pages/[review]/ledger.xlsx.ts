/** `/<review>/ledger.xlsx`: the review's ledger as an Excel workbook. */
import type { APIRoute } from 'astro';
import { ledgerExport } from '../../ledger/exports.ts';
import { reviewPaths, type ReviewNode } from '../../relations/site.ts';

export const getStaticPaths = reviewPaths('ledgerExport');

export const GET: APIRoute<{ review: ReviewNode }> = ({ props }) =>
  ledgerExport([props.review], 'xlsx', false);
