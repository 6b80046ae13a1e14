/** `/<review>/ledger.csv`: the review's ledger for Excel (UTF-8 with BOM). */
import type { APIRoute } from 'astro';
import { ledgerExport } from '../../lib/ledger-exports';
import { reviewPaths, type ReviewNode } from '../../lib/site';

export const getStaticPaths = reviewPaths;

export const GET: APIRoute<{ review: ReviewNode }> = ({ props }) =>
  ledgerExport([props.review], 'csv', false);
