/**
 * The relation index's nodes: every review with its areas, findings, causes and measures, each
 * labelled, addressed and linked both ways. Pages, exports and the search index read these; the
 * builder in build.ts makes them once per build.
 */
import type { CauseData } from '../schemas/cause.ts';
import type { FindingData } from '../schemas/finding.ts';
import type { MeasureData } from '../schemas/measure.ts';
import type { InspectionData } from '../schemas/inspection.ts';
import type { ProblemData } from '../schemas/problem.ts';
import type { ReviewData } from '../schemas/review.ts';
import type { EntryKind } from '../model/kinds.ts';

/** What the index needs of a collection entry; Astro's `CollectionEntry` fits. */
export interface SourceEntry<D> {
  /** Collection id: `<review>` for reviews, `<review>/<id>` for the others. */
  id: string;
  /** Path of the file, relative to the project root. */
  filePath?: string | undefined;
  data: D;
  /** The text after the front matter; Astro leaves it out (undefined) when there is none. */
  body?: string | undefined;
  /**
   * The HTML of the text, for entries rendered during content sync (see src/loaders/), with what
   * the loader worked out from it (`metadata.facts`, see src/text/entry-facts.ts).
   */
  rendered?: { html: string; metadata?: Record<string, unknown> };
}

/** The entry types of one site; the index carries them through so pages can render entries. */
export interface SourceEntries {
  review: SourceEntry<ReviewData>;
  finding: SourceEntry<FindingData>;
  cause: SourceEntry<CauseData>;
  measure: SourceEntry<MeasureData>;
  inspection: SourceEntry<InspectionData>;
  problem: SourceEntry<ProblemData>;
}

interface NodeBase<E extends SourceEntries, K extends EntryKind> {
  kind: K;
  /** Slug of the review folder. */
  review: string;
  /** Id within the review: the file name without extension. */
  id: string;
  /** The part's name in the document's numbering, e.g. 问题（一）之二. */
  label: string;
  title: string;
  /** The entry's own page, from the site root without the deploy base: `/<review>/findings/1-2/`. */
  path: string;
  /** The element id of this entry's block on the full-text page. */
  anchor: string;
  /** Former addresses that redirect to this entry's page. */
  aliases: AliasNode[];
  file: string;
  entry: E[K];
  /** Neighbours in document order (findings, then causes, then measures). */
  prev: EntryNode<E> | undefined;
  next: EntryNode<E> | undefined;
}

/** A former address of an entry, from its front matter `aliases`. */
export interface AliasNode {
  /** From the site root, without the deploy base: `/<review>/findings/1-4/`. */
  path: string;
  /** Where it is written, e.g. `aliases[0]`. */
  field: string;
  /** The entry the address used to name, when it is an entry's address. */
  former: { review: string; kind: EntryKind; id: string } | undefined;
}

export interface FindingNode<E extends SourceEntries = SourceEntries> extends NodeBase<
  E,
  'finding'
> {
  area: number;
  order: number;
  /** Whether its text begins inside the paragraph before it (`paragraph: continues`). */
  continues: boolean;
  causes: CauseNode<E>[];
  measures: MeasureNode<E>[];
  /** The feedback problems of its review's inspection it answers (from `feedback`). */
  feedback: ProblemNode<E>[];
  /** The same problem in earlier reviews (from `recurs`). */
  recurs: FindingNode<E>[];
  /** Later reviews' findings that name this one in their `recurs` (derived). */
  recurredBy: FindingNode<E>[];
}

export interface CauseNode<E extends SourceEntries = SourceEntries> extends NodeBase<E, 'cause'> {
  order: number;
  /** Findings this cause explains, in document order (derived from the findings' `causes`). */
  findings: FindingNode<E>[];
  /** Measures answering those findings, in order (derived). */
  measures: MeasureNode<E>[];
}

export interface MeasureNode<E extends SourceEntries = SourceEntries> extends NodeBase<
  E,
  'measure'
> {
  order: number;
  /** Findings this measure answers, in document order (derived from the findings' `measures`). */
  findings: FindingNode<E>[];
  /** Causes behind those findings, in order (derived). */
  causes: CauseNode<E>[];
}

export type EntryNode<E extends SourceEntries = SourceEntries> =
  FindingNode<E> | CauseNode<E> | MeasureNode<E>;

export interface AreaNode<E extends SourceEntries = SourceEntries> {
  number: number;
  /** The heading exactly as in the document, numbering included. */
  heading: string;
  /** The rest of the heading's paragraph, when it holds more than the heading. */
  lead: string | undefined;
  /** The area's own paragraphs between its heading and its first finding. */
  paragraphs: string[];
  findings: FindingNode<E>[];
}

export interface ReviewNode<E extends SourceEntries = SourceEntries> {
  id: string;
  file: string;
  entry: E['review'];
  title: string;
  areas: AreaNode<E>[];
  findings: FindingNode<E>[];
  causes: CauseNode<E>[];
  measures: MeasureNode<E>[];
  /** Every entry in the order the document presents them. */
  entries: EntryNode<E>[];
  /** The inspection whose feedback it answers (from `inspection`). */
  inspection: InspectionNode<E> | undefined;
}

/** One feedback problem (反馈问题) of an inspection. */
export interface ProblemNode<E extends SourceEntries = SourceEntries> {
  kind: 'problem';
  /** Folder name of its inspection. */
  inspection: string;
  /** Its number: the file name without extension, as findings cite it. */
  id: string;
  category: number;
  order: number;
  /** 反馈问题3. */
  label: string;
  title: string;
  /** Its own page: `/inspections/<inspection>/problems/<id>/`. */
  path: string;
  /** The element id of its block on the inspection's page. */
  anchor: string;
  aliases: AliasNode[];
  file: string;
  entry: E['problem'];
  /** Every review's findings that answer it, review by review (derived from `feedback`). */
  findings: FindingNode<E>[];
  /** The same problem in earlier inspections (from `recurs`). */
  recurs: ProblemNode<E>[];
  /** Later inspections' problems that name this one in their `recurs` (derived). */
  recurredBy: ProblemNode<E>[];
  prev: ProblemNode<E> | undefined;
  next: ProblemNode<E> | undefined;
}

/** A category (方面) of an inspection's problem list. */
export interface CategoryNode<E extends SourceEntries = SourceEntries> {
  number: number;
  /** The heading exactly as in the feedback, numbering included. */
  heading: string;
  lead: string | undefined;
  paragraphs: string[];
  problems: ProblemNode<E>[];
}

/** An inspection's feedback (反馈意见) with its problems and the reviews that answer it. */
export interface InspectionNode<E extends SourceEntries = SourceEntries> {
  id: string;
  file: string;
  entry: E['inspection'];
  title: string;
  /** `/inspections/<id>/`. */
  path: string;
  categories: CategoryNode<E>[];
  /** Every problem in the feedback's order (category, then order). */
  problems: ProblemNode<E>[];
  /** The reviews that name this inspection (`inspection`), in the site's order of reviews. */
  reviews: ReviewNode<E>[];
  /** The earlier inspection it re-examines (from `follows`). */
  follows: InspectionNode<E> | undefined;
  /** Later inspections that re-examine this one (derived). */
  followedBy: InspectionNode<E>[];
}

export interface SiteIndex<E extends SourceEntries = SourceEntries> {
  /** Reviews sorted by date (newest first, undated last), then title. */
  reviews: ReviewNode<E>[];
  reviewById: Map<string, ReviewNode<E>>;
  /** Inspections by feedback date (newest first, undated last), then title. */
  inspections: InspectionNode<E>[];
  inspectionById: Map<string, InspectionNode<E>>;
}

export interface SiteSource<E extends SourceEntries> {
  reviews: E['review'][];
  findings: E['finding'][];
  causes: E['cause'][];
  measures: E['measure'][];
  /** Absent when the content folder has no inspections/. */
  inspections?: E['inspection'][];
  problems?: E['problem'][];
}
