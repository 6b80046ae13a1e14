/**
 * The view models of the ledger pages: a review's (`/<review>/ledger/`), whose digest is the
 * page's key, and the site-wide one (`/ledger/`), rendered on every build. Each holds the day the
 * lights are counted from, the rows, the overview worked out from them (整改进度) and the values
 * its filters offer. The rows are the ledger's own (ledger/rows.ts), which the ledger's components
 * take; their dates are Date objects, which the digest writes as ISO strings.
 */
import { ledgerOverview, type Overview, type Tally } from '../ledger/overview.ts';
import { ledgerRows, type LedgerRow } from '../ledger/rows.ts';
import { NOT_FILLED } from '../ledger/terms.ts';
import { ledgerPath } from '../permalinks/urls.ts';
import type { ReviewNode } from '../relations/nodes.ts';
import { formatDate } from '../text/dates.ts';

/** The values a ledger's filters offer: those its rows have. */
export interface LedgerChoices {
  /** The reviews of the site-wide ledger that have measures; none on a review's own. */
  reviews: { id: string; title: string; short: string }[];
  /** Each name once (a cell naming two units counts for both), 未填写 last where a row has none. */
  units: string[];
  leaders: string[];
}

/** What both ledger pages show. */
export interface LedgerContent {
  /** The page's path, which the overview's links add their filters to. */
  path: string;
  /** The build date, as the page names it: 2024年6月30日. */
  today: string;
  rows: LedgerRow[];
  overview: Overview;
  choices: LedgerChoices;
}

/** A review's ledger. */
export interface LedgerView extends LedgerContent {
  id: string;
  title: string;
}

/** The view model of `review`'s ledger on `today`. */
export function ledgerView(review: ReviewNode, today: Date): LedgerView {
  return {
    id: review.id,
    title: review.title,
    ...ledgerContent(ledgerPath(review.id), ledgerRows(review, today), today, []),
  };
}

/** The view model of the site-wide ledger: every review's measures, in the reviews' order. */
export function siteLedgerView(reviews: readonly ReviewNode[], today: Date): LedgerContent {
  const withMeasures = reviews.filter((review) => review.measures.length > 0);
  return ledgerContent(
    ledgerPath(),
    withMeasures.flatMap((review) => ledgerRows(review, today)),
    today,
    withShortTitles(withMeasures),
  );
}

/**
 * The words every title ends in when there are several (对照检查材料): the 材料 column leaves them
 * out, since they tell no review from another.
 */
export function commonEnding(titles: readonly string[]): string {
  const [first = '', ...rest] = titles;
  if (rest.length === 0) return '';
  // Never a whole title: a title that is the ending of another keeps its words.
  const most = Math.min(...titles.map((title) => title.length)) - 1;
  const charFromEnd = (title: string, i: number) => title[title.length - 1 - i];
  let length = 0;
  while (
    length < most &&
    rest.every((title) => charFromEnd(title, length) === charFromEnd(first, length))
  ) {
    length++;
  }
  return first.slice(first.length - length);
}

function withShortTitles(reviews: readonly ReviewNode[]): LedgerChoices['reviews'] {
  const ending = commonEnding(reviews.map((review) => review.title));
  return reviews.map(({ id, title }) => ({
    id,
    title,
    short: ending ? title.slice(0, title.length - ending.length) : title,
  }));
}

function ledgerContent(
  path: string,
  rows: LedgerRow[],
  today: Date,
  reviews: LedgerChoices['reviews'],
): LedgerContent {
  const overview = ledgerOverview(rows, today);
  return {
    path,
    today: formatDate(today),
    rows,
    overview,
    choices: { reviews, units: choices(overview.byUnit), leaders: choices(overview.byLeader) },
  };
}

/** The names of a tally in the order of a list to pick from: by name, 未填写 last. */
function choices(tallies: Tally[]): string[] {
  const names = tallies.map((tally) => tally.name).filter((name) => name !== NOT_FILLED);
  names.sort((a, b) => a.localeCompare(b, 'zh'));
  return tallies.some((tally) => tally.name === NOT_FILLED) ? [...names, NOT_FILLED] : names;
}
