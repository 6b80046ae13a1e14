/**
 * The plain text of a document and its paragraphs. Only the artifacts of the web page a review was
 * copied from are removed; every other character of the document is kept.
 */
import type { Paragraph } from './paragraphs.ts';

/** Markers left by the web page the document was copied from; they are not part of the document. */
const WEB_ARTIFACTS = /##paidbegin##|##paidend##/g;

/** Removes the web page's artifacts and nothing else. */
export function removeWebArtifacts(text: string): string {
  return text.replace(WEB_ARTIFACTS, '');
}

/** Cleans one paragraph: web artifacts removed, surrounding whitespace (layout, not text) trimmed. */
export function cleanParagraph(text: string): string {
  return removeWebArtifacts(text).trim();
}

/**
 * The paragraphs of a plain-text document: one per non-blank line, in any line ending, cleaned,
 * each with its line number.
 */
export function textParagraphs(text: string): Paragraph[] {
  const paragraphs: Paragraph[] = [];
  text
    .replace(/^\uFEFF/, '')
    .split(/\r\n|\r|\n/)
    .forEach((raw, i) => {
      const line = cleanParagraph(raw);
      if (line.length > 0) paragraphs.push({ text: line, line: i + 1 });
    });
  return paragraphs;
}

/** The paragraphs' text alone, for comparing a document with what was made of it. */
export function sourceParagraphs(text: string): string[] {
  return textParagraphs(text).map((paragraph) => paragraph.text);
}
