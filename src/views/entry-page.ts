/**
 * The view model of an entry's own page (`/<review>/<kind>/<id>/`): everything the page and its
 * components show, as one plain object. The page's cache key is its digest, so whatever the page
 * starts to show must come through here.
 */
import { ledgerRows, progressByDate, type LedgerRow } from '../ledger/rows.ts';
import type { EntryNode, FindingNode, MeasureNode, ReviewNode } from '../relations/nodes.ts';
import { relationGroups } from '../relations/groups.ts';
import { reviewPath } from '../permalinks/urls.ts';
import { entrySearchAttributes } from '../search/meta.ts';
import { formatIsoDate } from '../text/dates.ts';
import { factsOf } from '../text/entry-facts.ts';
import { excerpt } from '../text/excerpt.ts';
import {
  inspectionLink,
  problemLink,
  reviewLink,
  type DocumentLinkView,
  type ProblemLinkView,
} from './inspection-links.ts';
import { citedEntry, entryLink, type CitedEntryView, type EntryLinkView } from './links.ts';
import { statusLink, type StatusLinkView } from './measure-status.ts';

/**
 * A group of related entries under the text (RelationGroups): a measure's link carries its
 * status, so that a finding's or a cause's page says how far what answers it has got.
 */
export interface RelationGroupView {
  heading: string;
  /** Said instead of the list when the group is empty. */
  empty: string;
  links: StatusLinkView[];
}

/**
 * A measure's ledger as its page shows it (LedgerPanel): its row of the ledger (every field, and
 * what the build date makes of them: overdue or not), and every progress report, oldest first.
 * The row is the ledger's own (ledger/rows.ts), so what the ledger adds to a row is in the view.
 */
export interface MeasureLedgerView {
  row: LedgerRow;
  progress: { date: string; note: string; evidence: string | null }[];
}

/** The feedback problems a finding answers, in the inspection its review answers. */
export interface FeedbackView {
  inspection: DocumentLinkView;
  problems: ProblemLinkView[];
}

/** A finding of another review: the same problem, raised again (or before). */
export interface FindingRefView extends EntryLinkView {
  review: DocumentLinkView;
}

export interface EntryPageView extends CitedEntryView {
  review: { id: string; title: string };
  /** The page's description: the review, the label and the opening of the text. */
  description: string;
  /** The area a finding is in; null for causes and measures. */
  area: { number: number; heading: string } | null;
  /** What the search index records about the page (search/meta.ts). */
  search: Record<string, string>;
  /** The text, rendered while content synced. */
  html: string;
  /** A measure's ledger; null for findings and causes. */
  ledger: MeasureLedgerView | null;
  groups: RelationGroupView[];
  /**
   * The problems of its review's inspection a finding answers; null for causes and measures, and
   * for findings of a review that answers no inspection.
   */
  feedback: FeedbackView | null;
  /** The same problem in earlier reviews' findings, and in later ones' (findings only). */
  recurs: FindingRefView[];
  recurredBy: FindingRefView[];
  prev: EntryLinkView | null;
  next: EntryLinkView | null;
}

/**
 * The view models of the pages of `review`'s entries, in the order of `review.entries`; `today` is
 * the build date, from which overdue is counted. `reviews` (site.reviewById) names the reviews of
 * the findings a finding recurs from or to.
 */
export function entryPageViews(
  review: ReviewNode,
  today: Date,
  reviews: ReadonlyMap<string, ReviewNode> = new Map([[review.id, review]]),
): EntryPageView[] {
  const rows = new Map(ledgerRows(review, today).map((row) => [row.measurePath, row]));
  return review.entries.map((node) => entryPageView(review, node, rows, today, reviews));
}

function entryPageView(
  review: ReviewNode,
  node: EntryNode,
  rows: Map<string, LedgerRow>,
  today: Date,
  reviews: ReadonlyMap<string, ReviewNode>,
): EntryPageView {
  const finding = node.kind === 'finding' ? node : undefined;
  const findingRef = (other: FindingNode): FindingRefView => {
    const its = reviews.get(other.review);
    return {
      ...entryLink(other),
      review: its
        ? reviewLink(its)
        : { id: other.review, title: other.review, path: reviewPath(other.review) },
    };
  };
  const area = node.kind === 'finding' ? review.areas[node.area - 1] : undefined;
  return {
    ...citedEntry(node, review.title),
    review: { id: review.id, title: review.title },
    description: `《${review.title}》${node.label}：${excerpt(factsOf(node.entry).text || node.title, 100)}`,
    area: area ? { number: area.number, heading: area.heading } : null,
    search: entrySearchAttributes(node, review),
    html: renderedHtml(node),
    ledger: node.kind === 'measure' ? measureLedger(node, rows.get(node.path)!) : null,
    groups: relationGroups(node).map(({ heading, empty, nodes }) => ({
      heading,
      empty,
      links: nodes.map((linked) => statusLink(linked, today)),
    })),
    feedback:
      finding && review.inspection
        ? {
            inspection: inspectionLink(review.inspection),
            problems: finding.feedback.map(problemLink),
          }
        : null,
    recurs: finding?.recurs.map(findingRef) ?? [],
    recurredBy: finding?.recurredBy.map(findingRef) ?? [],
    prev: node.prev ? entryLink(node.prev) : null,
    next: node.next ? entryLink(node.next) : null,
  };
}

/**
 * An entry's HTML as the loader stored it. Its images are already the site's addresses
 * (remark-entry-images), so Astro has nothing to rewrite in it when a page shows it.
 */
export function renderedHtml(node: EntryNode): string {
  const html = node.entry.rendered?.html;
  if (html === undefined) throw new Error(`${node.file} was not rendered while content synced.`);
  return html;
}

function measureLedger(measure: MeasureNode, row: LedgerRow): MeasureLedgerView {
  return {
    row,
    progress: progressByDate(measure.entry.data.progress).map(({ date, note, evidence }) => ({
      date: formatIsoDate(date),
      note,
      evidence: evidence ?? null,
    })),
  };
}
