/**
 * A document as every reader hands it over: its paragraphs in order, each with the line (or Word
 * paragraph) it came from, so that every message can point at the place in the user's file, and
 * the targets of its links, which need not appear in the text (a linked 措施（二）).
 */
import type { PositionUnit } from './errors.ts';

/** One paragraph of the input, verbatim apart from the line's surrounding whitespace. */
export interface Paragraph {
  text: string;
  /** 1-based line of a text file, or 1-based paragraph of a Word file. */
  line: number;
  /**
   * The last line, when the paragraph was joined from several (a text copied out of a PDF breaks
   * its paragraphs at the end of each printed line).
   */
  lastLine?: number | undefined;
}

/** A link of the input: an HTML `<a href>`, a Markdown `[text](url)`, a Word hyperlink. */
export interface Link {
  href: string;
  /** The text the reader sees for it and may take for its address (a Word hyperlink's). */
  text?: string | undefined;
  /** Where the link is, counted as the paragraphs are; absent when it is in no paragraph. */
  line?: number | undefined;
}

/** Something the user should know about how a document was read, at a paragraph or for all of it. */
export interface ReadingNote {
  line?: number;
  message: string;
}

/** One input file, read. */
export interface SourceDocument {
  /** The file as the user named it. */
  file: string;
  unit: PositionUnit;
  /** How the bytes were read: `utf-8`, `gb18030`, `docx`, … */
  encoding: string;
  paragraphs: Paragraph[];
  links: Link[];
  /** How the reader read what is not plain text (Word's automatic numbering), by paragraph. */
  notes?: ReadingNote[] | undefined;
}

/** What a reader takes out of a file's content; `readDocument` adds where it came from. */
export type DocumentContent = Pick<SourceDocument, 'paragraphs' | 'links' | 'notes'>;
