/**
 * The outline of a review document as the importer recognises it: the title, the review's own
 * text, the parts and their areas, and the numbered items of each part with their paragraphs.
 */
import type { EntryKind } from '../../src/model/kinds.ts';
import type { Paragraph } from '../shared/documents/paragraphs.ts';
import type { JoinedLines } from './hard-wraps.ts';

/** A numbered item of a part: a finding, cause or measure, with all of its paragraphs. */
export interface Item {
  /** 1-based position in its area (findings) or part. */
  order: number;
  /** The headline clause of its first paragraph, without numbering. */
  title: string;
  /**
   * The item's paragraph and the paragraphs that belong to it (its points, its continuation). The
   * first is a piece of a paragraph when the item stands inside one with others.
   */
  paragraphs: Paragraph[];
  /** Whether its first paragraph continues the paragraph before it (……方面。一是……。二是……). */
  continues: boolean;
}

/** A finding: an item of the problems part, under one of its areas. */
export interface FindingItem extends Item {
  /** 1-based index into the outline's `areas`. */
  area: number;
}

/** An area of the problems part, with the text that goes with its heading. */
export interface Area {
  /** The paragraph its heading opens (the part's heading, when the part has no areas). */
  paragraph: Paragraph;
  /** The heading, verbatim: its paragraph's first clause, or all of it. */
  heading: string;
  /** The rest of the heading's paragraph before any finding in it: a lead-in (，主要是……：). */
  lead: string | undefined;
  /** The area's own paragraphs between its heading and its first finding (a summary). */
  paragraphs: Paragraph[];
}

/** A section heading of the document and what it heads: a part, or a section of the review's text. */
export interface PartHeading {
  kind: EntryKind | 'extra';
  heading: Paragraph;
}

/** A block of the review's own text: a paragraph, a section heading, or where a part's entries go. */
export type BodyBlock =
  | { type: 'paragraph'; paragraph: Paragraph }
  | { type: 'heading'; paragraph: Paragraph }
  | { type: 'part'; kind: EntryKind };

/** A line above the title that a web page put there, left out, and why, as the report says it. */
export interface DroppedLine {
  paragraph: Paragraph;
  why: string;
}

/** Something the user should know about how the document was read. */
export interface ImportNote {
  line?: number;
  message: string;
}

/** What the importer recognised in a document, before any entry file is written. */
export interface Outline {
  /**
   * The title: its text, and the lines it is set on (a long title is often set on two, the unit and
   * post above the meeting). Undefined when the first paragraph does not look like a title.
   */
  title: { text: string; lines: Paragraph[] } | undefined;
  /** The review's own text in document order, with the parts' places marked. */
  body: BodyBlock[];
  /** Every section heading, in document order, with what it heads. */
  parts: PartHeading[];
  /** The areas of the problems part. */
  areas: Area[];
  findings: FindingItem[];
  causes: Item[];
  measures: Item[];
  /** Lines above the title that a web page put there, left out. */
  dropped: DroppedLine[];
  /** Paragraphs joined from lines broken mid-sentence. */
  joined: JoinedLines[];
  notes: ImportNote[];
}
