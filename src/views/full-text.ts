/**
 * The view model of a review's full text (`/<review>/`): the review's particulars and every entry
 * in the document's order with its text and relations, as one plain object. The page and the part
 * components the review's text places (`<Findings />` …) render from it alone, and its digest is
 * the page's key; the review's own text is an MDX module, which Astro compares itself, and is in
 * the view as written all the same.
 */
import { PART_PLACEHOLDERS, type EntryKind } from '../model/kinds.ts';
import { chineseNumeral } from '../model/numerals.ts';
import { areaAnchor, entryAnchor } from '../permalinks/urls.ts';
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

/** An entry of the outline under a heading: an area, a cause or a measure, and where it stands. */
export interface OutlineEntryView {
  /** The element id it links to on the page. */
  anchor: string;
  /** An area's heading as written; a cause's or measure's number and title: （一）…. */
  text: string;
}

/**
 * A `##` heading of the review's text, with the areas, causes and measures of the parts its text
 * places under it (`<Findings />` …): the table of contents shows these two levels.
 */
export interface OutlineSectionView {
  /** The heading's words; null for the parts placed before the first heading. */
  heading: string | null;
  entries: OutlineEntryView[];
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
  /** The document's outline, for its table of contents. */
  outline: OutlineSectionView[];
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
    outline: outline(review),
  };
}

/** How the outline lists the entries of each part. */
function partEntries(review: ReviewNode, kind: EntryKind): OutlineEntryView[] {
  if (kind === 'finding') {
    return review.areas.map((area) => ({ anchor: areaAnchor(area.number), text: area.heading }));
  }
  const nodes = kind === 'cause' ? review.causes : review.measures;
  return nodes.map((node) => ({
    anchor: node.anchor,
    text: `（${chineseNumeral(node.order)}）${node.title}`,
  }));
}

const PLACEHOLDER_KINDS = new Map(
  Object.entries(PART_PLACEHOLDERS).map(([kind, tag]) => [tag, kind as EntryKind]),
);

/**
 * The review's `##` headings, in the order of its text, each with the entries of the parts placed
 * after it. Read off the text as written (ATX headings, outside fenced code): the review's MDX
 * compiles to a module, which the view cannot look into.
 */
export function outline(review: ReviewNode): OutlineSectionView[] {
  const sections: OutlineSectionView[] = [];
  let fence: string | undefined;
  for (const line of (review.entry.body ?? '').split(/\r?\n/)) {
    const fenceMark = /^ {0,3}(`{3,}|~{3,})/.exec(line)?.[1];
    if (fenceMark && (!fence || fenceMark.startsWith(fence))) {
      fence = fence ? undefined : fenceMark;
      continue;
    }
    if (fence) continue;
    const heading = /^ {0,3}##[ \t]+(.*?)(?:[ \t]+#+)?[ \t]*$/.exec(line)?.[1];
    if (heading !== undefined) {
      sections.push({ heading: unescapeMarkdown(heading), entries: [] });
      continue;
    }
    const tag = /^\s*<([A-Za-z]+)\s*\/>\s*$/.exec(line)?.[1];
    const kind = tag === undefined ? undefined : PLACEHOLDER_KINDS.get(tag);
    if (!kind) continue;
    if (sections.length === 0) sections.push({ heading: null, entries: [] });
    sections.at(-1)!.entries.push(...partEntries(review, kind));
  }
  return sections;
}

/** Markdown's backslash escapes (`\<`, `\{`) as the characters they stand for. */
function unescapeMarkdown(text: string): string {
  return text.replace(/\\([!-/:-@[-`{-~])/g, '$1');
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
