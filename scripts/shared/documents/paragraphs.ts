/**
 * A document as the importer sees it: its paragraphs in order, each with the line (or Word
 * paragraph) it came from, so that every message can point at the place in the user's file.
 */
import { removeWebArtifacts } from './text';
import type { PositionUnit } from './errors';

/** One paragraph of the input, verbatim apart from the line's surrounding whitespace. */
export interface Paragraph {
  text: string;
  /** 1-based line of a text file, or 1-based paragraph of a Word file. */
  line: number;
}

/** The paragraphs of one input file. */
export interface SourceDocument {
  /** The file as the user named it. */
  file: string;
  unit: PositionUnit;
  paragraphs: Paragraph[];
  /** How the bytes were read: `utf-8`, `gb18030`, `docx`, … */
  encoding: string;
}

/**
 * The paragraphs of a plain-text document: one per non-blank line, in any line ending, without the
 * line's leading and trailing whitespace (indentation is layout, not text) and without the web
 * page's artifacts. The same rule as `sourceParagraphs`, keeping line numbers.
 */
export function textParagraphs(text: string): Paragraph[] {
  const paragraphs: Paragraph[] = [];
  text
    .replace(/^\uFEFF/, '')
    .split(/\r\n|\r|\n/)
    .forEach((raw, i) => {
      const line = removeWebArtifacts(raw).trim();
      if (line.length > 0) paragraphs.push({ text: line, line: i + 1 });
    });
  return paragraphs;
}

/** Cleans one paragraph taken from a structured document (Word, Markdown) the same way. */
export function cleanParagraph(text: string): string {
  return removeWebArtifacts(text).trim();
}
