/** `/<review>/ledger.csv`: the review's ledger for Excel (UTF-8 with BOM). */
import type { APIRoute } from 'astro';
import { ledgerExport } from '../../lib/ledger-exports';
import { getSite, type ReviewNode } from '../../lib/site';

export async function getStaticPaths() {
  const { reviews } = await getSite();
  return reviews.map((review) => ({ params: { review: review.id }, props: { review } }));
}

export const GET: APIRoute<{ review: ReviewNode }> = ({ props }) =>
  ledgerExport([props.review], 'csv', false);
