import { getSite, type ReviewNode } from '../../relations/site.ts';

/**
 * The review of the full-text page being rendered. The part components are placed by the review's
 * own MDX (`<Findings />`), which passes them no props, so they find their review from the route.
 */
export async function reviewFromParams(
  params: Record<string, string | undefined>,
): Promise<ReviewNode> {
  const review = (await getSite()).reviewById.get(params.review ?? '');
  if (!review)
    throw new Error(`Part components only render on /<review>/ pages (got "${params.review}").`);
  return review;
}
