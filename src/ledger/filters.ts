/**
 * The ledger's filters, as they stand in the page's address so that a notice can link exactly the
 * rows it means (`/ledger/?unit=办公室&light=逾期`): by review, 责任单位, 责任领导, status, light and
 * a text query, values as the page shows them. Pure, for the browser script and its tests.
 */
import { namesIn } from './overview.ts';

/** The address parameters, in the order a link writes them. */
export const FILTER_PARAMS = ['review', 'unit', 'leader', 'status', 'light', 'q'] as const;

export type FilterParam = (typeof FILTER_PARAMS)[number];

/** The filters in force: a parameter left out matches every row. */
export type LedgerFilter = Partial<Record<FilterParam, string>>;

/** What a filter reads of a row (from its data attributes on the page). */
export interface FilterableRow {
  /** The review's id (its folder name) and title: either may be given as `review`. */
  review: string;
  reviewTitle: string;
  unit: string;
  leader: string;
  status: string;
  light: string;
  /** The row's text as the reader sees it, for `q`. */
  text: string;
}

/** The filters of an address's query (`?unit=办公室&light=逾期`); empty values are left out. */
export function readFilter(search: string | URLSearchParams): LedgerFilter {
  const params = typeof search === 'string' ? new URLSearchParams(search) : search;
  const filter: LedgerFilter = {};
  for (const name of FILTER_PARAMS) {
    const value = params.get(name)?.trim();
    if (value) filter[name] = value;
  }
  return filter;
}

/** The query that stands for `filter`, `?` included; '' when no filter is in force. */
export function filterQuery(filter: LedgerFilter): string {
  const params = new URLSearchParams();
  for (const name of FILTER_PARAMS) {
    const value = filter[name];
    if (value) params.set(name, value);
  }
  const query = params.toString();
  return query ? `?${query}` : '';
}

/** Whether a row passes every filter in force. */
export function matchesFilter(row: FilterableRow, filter: LedgerFilter): boolean {
  const { review, unit, leader, status, light, q } = filter;
  if (review && review !== row.review && review !== row.reviewTitle) return false;
  // A cell may name several units (人事股、纪检组): each of them is the row's unit.
  if (unit && !namesIn(row.unit).includes(unit)) return false;
  if (leader && !namesIn(row.leader).includes(leader)) return false;
  if (status && status !== row.status) return false;
  if (light && light !== row.light) return false;
  if (q && !row.text.includes(q)) return false;
  return true;
}

/** What the page calls each filter: its control's label, and how a summary of the filters names it. */
export const FILTER_LABELS: Record<FilterParam, string> = {
  review: '材料',
  unit: '责任单位',
  leader: '责任领导',
  status: '整改状态',
  light: '灯',
  q: '查找',
};

/**
 * The filters in force in words, for the line under the controls and on paper (a filtered ledger
 * prints only its rows): 责任单位：办公室；灯：逾期. `reviewTitle` names a review given by its id.
 */
export function filterSummary(
  filter: LedgerFilter,
  reviewTitle: (review: string) => string | undefined = () => undefined,
): string {
  return FILTER_PARAMS.flatMap((name) => {
    const value = filter[name];
    if (!value) return [];
    const shown = name === 'review' ? (reviewTitle(value) ?? value) : value;
    return [`${FILTER_LABELS[name]}：${name === 'q' ? `“${shown}”` : shown}`];
  }).join('；');
}
