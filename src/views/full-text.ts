/**
 * The view model of a review's full text (`/<review>/`): the review's particulars and every entry
 * in the document's order with its text and relations, as one plain object. The page and the part
 * components the review's text places (`<Findings />` …) render from it alone, and its digest is
 * the page's key; the review's own text is an MDX module, which Astro compares itself, and is in
 * the view as written all the same.
 */
import { entryAnchor } from '../permalinks/urls.ts';
import type { EntryNode, FindingNode, ReviewNode } from '../relations/nodes.ts';
import { areaBlocks, type AreaBlock } from '../relations/paragraphs.ts';
import { fullTextSearchAttributes } from '../search/meta.ts';
import { buildDate } from '../text/dates.ts';
import { factsOf } from '../text/entry-facts.ts';
import { renderedHtml } from './entry-page.ts';
import { citedEntry, entryLink, type CitedEntryView, type EntryLinkView } from './links.ts';
import { measureStatus, type MeasureStatusView } from './measure-status.ts';
import { reviewMeta, type ReviewMetaView } from './review-meta.ts';

interface BlockBase extends CitedEntryView {
  /** Anchors under the ids the entry had in this review before it was renumbered. */
  formerAnchors: string[];
  /** The text, rendered while content synced. */
  html: string;
}

/** A finding on the full text: its block, or its part of a paragraph shared with other findings. */
export interface FindingBlockView extends BlockBase {
  kind: 'finding';
  /** Whether its text begins inside the paragraph before it. */
  continues: boolean;
  /** Its first paragraph's content, and the rest: how a shared paragraph places it. */
  lead: string;
  after: string;
  causes: EntryLinkView[];
  measures: EntryLinkView[];
}

/**
 * A cause or a measure on the full text, with the findings it explains or answers; a measure with
 * its status, which its label's line shows (not its text: the document's words stay as written).
 */
export interface OtherBlockView extends BlockBase {
  kind: 'cause' | 'measure';
  findings: EntryLinkView[];
  /** A measure's status on the build date; null for a cause. */
  status: MeasureStatusView | null;
}

export type EntryBlockView = FindingBlockView | OtherBlockView;

/** An area: its heading and the blocks it falls into (relations/paragraphs.ts). */
export interface AreaView {
  number: number;
  heading: string;
  blocks: AreaBlock<FindingBlockView>[];
}

export interface FullTextView {
  id: string;
  title: string;
  description: string;
  meta: ReviewMetaView;
  /** What the search index records about the page (search/meta.ts). */
  search: Record<string, string>;
  /** The review's text as written: the MDX that places the parts. */
  body: string | null;
  areas: AreaView[];
  causes: OtherBlockView[];
  measures: OtherBlockView[];
}

/**
 * The view model of `review`'s full text; `today` is the build date, from which the measures'
 * lights are counted. It defaults to it: the part components ask for the view by the route alone
 * (relations/site.ts, `fullTextOf`), and both must be one view.
 */
export function fullTextView(review: ReviewNode, today: Date = buildDate()): FullTextView {
  const data = review.entry.data;
  const block = (node: EntryNode) => blockBase(node, review.title);
  const finding = (node: FindingNode): FindingBlockView => {
    const { lead, after } = factsOf(node.entry);
    return {
      ...block(node),
      kind: 'finding',
      continues: node.continues,
      lead,
      after,
      causes: node.causes.map(entryLink),
      measures: node.measures.map(entryLink),
    };
  };
  const other = (node: EntryNode & { kind: 'cause' | 'measure' }): OtherBlockView => ({
    ...block(node),
    kind: node.kind,
    findings: node.findings.map(entryLink),
    status: node.kind === 'measure' ? measureStatus(node, today) : null,
  });
  return {
    id: review.id,
    title: review.title,
    description: `${data.organization}${data.meeting}对照检查材料全文：${review.findings.length} 个问题、${review.causes.length} 条原因、${review.measures.length} 项整改措施。`,
    meta: reviewMeta(data, review.inspection),
    search: fullTextSearchAttributes(review),
    body: review.entry.body ?? null,
    areas: review.areas.map((area) => ({
      number: area.number,
      heading: area.heading,
      blocks: areaBlocks({ ...area, findings: area.findings.map(finding) }),
    })),
    causes: review.causes.map(other),
    measures: review.measures.map(other),
  };
}

function blockBase(node: EntryNode, reviewTitle: string): BlockBase {
  return {
    ...citedEntry(node, reviewTitle),
    formerAnchors: node.aliases.flatMap(({ former }) =>
      former?.review === node.review ? [entryAnchor(former.kind, former.id)] : [],
    ),
    html: renderedHtml(node),
  };
}
