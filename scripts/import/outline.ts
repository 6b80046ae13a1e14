/**
 * The outline of a review document as the importer recognises it: the title, the review's own
 * text, and the numbered items of each part with their paragraphs.
 */
import type { EntryKind } from '../../src/model/kinds';
import type { Paragraph } from '../shared/documents/paragraphs';

/** A numbered item of a part: a finding, cause or measure, with all of its paragraphs. */
export interface Item {
  /** 1-based position in its area (findings) or part. */
  order: number;
  /** The headline clause of its first paragraph, without numbering. */
  title: string;
  /** The item's paragraph and the paragraphs that belong to it (its points, its continuation). */
  paragraphs: Paragraph[];
}

/** A finding: an item of the problems part, under one of its areas. */
export interface FindingItem extends Item {
  /** 1-based index into the outline's `areas`. */
  area: number;
}

/** A block of the review's own text: a paragraph, a section heading, or where a part's entries go. */
export type BodyBlock =
  | { type: 'paragraph'; paragraph: Paragraph }
  | { type: 'heading'; paragraph: Paragraph }
  | { type: 'part'; kind: EntryKind };

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
  /** The area headings of the problems part, verbatim. */
  areas: Paragraph[];
  findings: FindingItem[];
  causes: Item[];
  measures: Item[];
  notes: ImportNote[];
}
