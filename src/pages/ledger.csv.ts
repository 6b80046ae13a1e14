/** `/ledger.csv`: every review's ledger in one file, a 材料 column first. */
import type { APIRoute } from 'astro';
import { ledgerExport } from '../ledger/exports';
import { getSite } from '../relations/site';

export const GET: APIRoute = async () => ledgerExport((await getSite()).reviews, 'csv', true);
