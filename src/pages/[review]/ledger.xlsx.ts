/** `/<review>/ledger.xlsx`: the review's ledger as an Excel workbook. */
import type { APIRoute } from 'astro';
import { ledgerExport } from '../../lib/ledger-exports';
import { getSite, type ReviewNode } from '../../lib/site';

export async function getStaticPaths() {
  const { reviews } = await getSite();
  return reviews.map((review) => ({ params: { review: review.id }, props: { review } }));
}

export const GET: APIRoute<{ review: ReviewNode }> = ({ props }) =>
  ledgerExport([props.review], 'xlsx', false);
