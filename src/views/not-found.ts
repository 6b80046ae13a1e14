/**
 * What the page-not-found page carries for its script (client/not-found.ts): every review's
 * findings, causes and measures, so that an address under a review that names no entry of it can
 * be answered with the entries it has. Compact, as one list per review and kind: the page is sent
 * for every missing address.
 */
import type { EntryKind } from '../model/kinds.ts';
import type { ReviewNode } from '../relations/nodes.ts';

/** An entry as the page lists it: its id (the last part of its address), label and title. */
export type NotFoundEntry = [id: string, label: string, title: string];

export interface NotFoundReview {
  id: string;
  title: string;
  entries: Record<EntryKind, NotFoundEntry[]>;
}

export interface NotFoundData {
  reviews: NotFoundReview[];
}

/** The page's data of `reviews`. */
export function notFoundData(reviews: ReviewNode[]): NotFoundData {
  const list = (nodes: { id: string; label: string; title: string }[]): NotFoundEntry[] =>
    nodes.map((node) => [node.id, node.label, node.title]);
  return {
    reviews: reviews.map((review) => ({
      id: review.id,
      title: review.title,
      entries: {
        finding: list(review.findings),
        cause: list(review.causes),
        measure: list(review.measures),
      },
    })),
  };
}

/** The data as the text of a `<script type="application/json">`, which no `</script>` may end early. */
export function notFoundJson(data: NotFoundData): string {
  return JSON.stringify(data).replace(/</g, '\\u003c');
}
