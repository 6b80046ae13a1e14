/**
 * The title of a review: its first line, or the two or three lines it is set on. A long title is
 * often set on two, the unit and post above the meeting; a title copied out of a PDF may be broken
 * anywhere (……对照检 / 查材料（含案例）).
 */
import { numberingOf, PART_HEADING_SCHEMES } from '../../src/model/numbering.ts';
import type { Paragraph } from '../shared/documents/paragraphs.ts';
import { parseDateLine } from './date-line.ts';
import { unitAndRole } from './metadata.ts';
import { namesDocumentKind } from './vocabulary.ts';

/**
 * The lines of the title at `paragraphs[start]`: that line, and when it does not yet say what the
 * document is, the next one or two title-like lines up to the one that does, or that together with
 * it does. With `strict`, only a title that says what the document is; otherwise the first line
 * alone when it merely looks like one.
 */
export function titleLines(paragraphs: Paragraph[], start = 0, strict = false): Paragraph[] {
  const first = paragraphs[start];
  if (!first || !looksLikeTitle(first.text)) return [];
  if (namesDocumentKind(first.text)) return [first];
  let joined = first.text;
  for (let k = 1; k <= 2; k++) {
    const line = paragraphs[start + k];
    if (!line || !looksLikeTitle(line.text)) break;
    joined += line.text;
    // A line that is a whole title by itself, unit and all, is the title; what is above it is not.
    if (namesDocumentKind(line.text) && unitAndRole(line.text).organization) break;
    if (namesDocumentKind(line.text) || namesDocumentKind(joined)) {
      return paragraphs.slice(start, start + k + 1);
    }
  }
  return strict ? [] : [first];
}

/** The text of a title set on `lines`. */
export function titleText(lines: Paragraph[]): string {
  return lines.map((p) => p.text).join('');
}

/** A title is a short line that is not numbered and does not end like a sentence. */
export function looksLikeTitle(text: string): boolean {
  return (
    text.length <= 80 &&
    !numberingOf(text) &&
    !numberingOf(text, PART_HEADING_SCHEMES) &&
    parseDateLine(text) === undefined &&
    !/[。；，：,;:.]$/.test(text)
  );
}
