/**
 * The list number Word shows before each paragraph of a .docx's body, in the order of mammoth's
 * paragraphs: the lists and styles read from the package, each paragraph's list found in the
 * body, counted in order. Used only when the paragraphs found in the body are mammoth's, one for
 * one: the same number of them, each with mammoth's style, the numbered ones in a list.
 */
import type JSZip from 'jszip';
import { ListCounter, type ListNumber } from './docx-list-counter.ts';
import { listReferences } from './docx-list-paragraphs.ts';
import { readListDefinitions, type ListReference } from './docx-numbering.ts';
import { readNumberingParts } from './docx-parts.ts';

/** What mammoth tells of a paragraph's numbering. */
export interface MammothParagraph {
  styleId: string | null | undefined;
  /** mammoth's own finding: the paragraph is in a numbered (not bulleted) list … */
  numbered: boolean;
  /** … at this level, as the file writes it. */
  level: string | undefined;
}

/**
 * The number before each of `paragraphs` (undefined for a paragraph without one), or undefined
 * when the body's paragraphs cannot be matched with mammoth's.
 */
export async function listNumbers(
  zip: JSZip,
  paragraphs: readonly MammothParagraph[],
): Promise<(ListNumber | undefined)[] | undefined> {
  const parts = await readNumberingParts(zip);
  if (!parts) return paragraphs.map(() => undefined);
  const references = listReferences(parts.document);
  if (!matches(references, paragraphs)) return undefined;
  const counter = new ListCounter(readListDefinitions(parts.numbering, parts.styles));
  return references.map((reference) => counter.next(reference));
}

/** Whether the paragraphs found in the body are mammoth's, one for one. */
function matches(references: readonly ListReference[], paragraphs: readonly MammothParagraph[]) {
  return (
    references.length === paragraphs.length &&
    references.every((reference, i) => {
      const paragraph = paragraphs[i]!;
      if ((reference.style ?? null) !== (paragraph.styleId ?? null)) return false;
      if (!paragraph.numbered) return true;
      // mammoth finds a list by the paragraph's own numbering, or by its style.
      if (reference.numId === undefined) return reference.style !== undefined;
      return reference.level === undefined || reference.level === paragraph.level;
    })
  );
}
