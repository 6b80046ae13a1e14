/** `/ledger.csv`: every review's ledger in one file, a 材料 column first. */
import type { APIRoute } from 'astro';
import { ledgerExport } from '../ledger/exports.ts';
import { getSite } from '../relations/site.ts';

export const GET: APIRoute = async () => ledgerExport((await getSite()).reviews, 'csv', true);
