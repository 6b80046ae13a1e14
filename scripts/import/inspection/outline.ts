/**
 * The outline of a feedback document (反馈意见) as the importer recognises it: its title and
 * number, the feedback's own text with the place of its list of problems, the categories (方面) of
 * that list and each problem with its paragraphs.
 */
import type { Paragraph } from '../../shared/documents/paragraphs.ts';
import type { JoinedLines } from '../hard-wraps.ts';
import type { ImportNote } from '../outline.ts';

/** A category of the list of problems, with the text that goes with its heading. */
export interface FeedbackCategory {
  /** The paragraph its heading opens; undefined for the placeholder of a list without categories. */
  paragraph: Paragraph | undefined;
  /** The heading, verbatim: its paragraph's first clause, or all of it. */
  heading: string;
  /** The rest of the heading's paragraph: a lead-in (，主要是：). */
  lead: string | undefined;
  /** The category's own paragraphs between its heading and its first problem. */
  paragraphs: Paragraph[];
}

/** A problem of the list, with all of its paragraphs. */
export interface FeedbackProblem {
  /** Its file name, the number findings cite it by (see `problemIds` in structure.ts). */
  id: string;
  /** 1-based index into the outline's categories. */
  category: number;
  /** 1-based position within its category. */
  order: number;
  /** Its numbering as the document writes it: `3.`, `（三）`, `三是`. */
  marker: string;
  /** The number the document gives it. */
  printed: number;
  /** The headline clause of its first paragraph, without its numbering. */
  title: string;
  /** Its numbered paragraph and the unnumbered ones after it, verbatim. */
  paragraphs: Paragraph[];
}

/** A block of the feedback's own text: a paragraph, a section heading, or where the problems go. */
export type FeedbackBlock =
  | { type: 'paragraph'; paragraph: Paragraph }
  | { type: 'heading'; paragraph: Paragraph }
  | { type: 'problems' };

/** What the importer recognised in a feedback document, before any file is written. */
export interface FeedbackOutline {
  /** The title and the lines it is set on; undefined when the first line is no title. */
  title: { text: string; lines: Paragraph[] } | undefined;
  /** The line that is only the document's number (城巡办发〔2023〕21号), under or above the title. */
  numberLine: { number: string; paragraph: Paragraph } | undefined;
  /** The feedback's own text in document order, with the place of the list of problems. */
  body: FeedbackBlock[];
  /**
   * The categories, in order. Without category headings in the document, one placeholder stands
   * for them (`categorised` false), since an inspection lists at least one.
   */
  categories: FeedbackCategory[];
  categorised: boolean;
  problems: FeedbackProblem[];
  /**
   * How the problems' file names were chosen: `printed`, the document's own numbers (it numbers
   * its problems 1…N across the categories); `sequence`, 1…N in document order (it starts again
   * under each category, or numbers them out of order).
   */
  numbering: 'printed' | 'sequence';
  /** Paragraphs joined from lines broken mid-sentence. */
  joined: JoinedLines[];
  /** What the user should check, by line. */
  notes: ImportNote[];
}
