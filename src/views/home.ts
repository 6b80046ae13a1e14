/**
 * What the home page shows of the rectification: for each review and for the whole site, the
 * measures in all, the completion rate and the overdue ones on the build date, counted as the
 * ledger counts them (ledger/overview.ts), so that the home page and the ledgers it links to
 * cannot disagree; and the inspections with the reviews that answer each. The home page is
 * rendered in every build (it has no cache key).
 */
import { ledgerOverview } from '../ledger/overview.ts';
import { ledgerRows } from '../ledger/rows.ts';
import type { InspectionNode, ReviewNode } from '../relations/nodes.ts';
import { formatDate } from '../text/dates.ts';
import { inspectionSummary, type InspectionSummaryView } from './inspections.ts';

/** How far the measures of one review, or of all, have got. */
export interface ProgressView {
  /** Measures in all. */
  total: number;
  /** 已完成 and 已销号. */
  done: number;
  /** done ÷ total with one decimal (50.0%); '—' without measures. */
  rate: string;
  overdue: number;
}

export interface HomeView {
  /** The build date, as the page names it: 2024年6月30日. */
  today: string;
  /** Every review's measures together. */
  site: ProgressView;
  /** Each review's, by its id. */
  reviews: Record<string, ProgressView>;
  /** The inspections, newest feedback first, with the reviews that answer each. */
  inspections: InspectionSummaryView[];
}

/**
 * The progress of `reviews` on `today`, the build date, together and one by one, and the
 * `inspections` they answer.
 */
export function homeView(
  reviews: readonly ReviewNode[],
  today: Date,
  inspections: readonly InspectionNode[] = [],
): HomeView {
  const rowsOf = new Map(reviews.map((review) => [review.id, ledgerRows(review, today)]));
  const progress = (rows: Parameters<typeof ledgerOverview>[0]): ProgressView => {
    const { total, done, rate, overdue } = ledgerOverview(rows, today);
    return { total, done, rate, overdue };
  };
  return {
    today: formatDate(today),
    site: progress([...rowsOf.values()].flat()),
    reviews: Object.fromEntries([...rowsOf].map(([id, rows]) => [id, progress(rows)])),
    inspections: inspections.map((inspection) => inspectionSummary(inspection, today)),
  };
}
