/**
 * The view model of a review's ledger page (`/<review>/ledger/`): the review, the day overdue is
 * counted from, and the rows, as one object whose digest is the page's key. The rows are the
 * ledger's own (ledger/rows.ts), which the ledger's components take; their dates are Date objects,
 * which the digest writes as ISO strings.
 */
import { ledgerRows, type LedgerRow } from '../ledger/rows.ts';
import type { ReviewNode } from '../relations/nodes.ts';
import { formatDate } from '../text/dates.ts';

export interface LedgerView {
  id: string;
  title: string;
  /** The build date, as the page names it: 2024年6月30日. */
  today: string;
  rows: LedgerRow[];
}

/** The view model of `review`'s ledger on `today`. */
export function ledgerView(review: ReviewNode, today: Date): LedgerView {
  return {
    id: review.id,
    title: review.title,
    today: formatDate(today),
    rows: ledgerRows(review, today),
  };
}
