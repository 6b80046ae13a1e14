/**
 * Where a Chinese title may break across lines: between its words, never inside one. Browsers
 * break Chinese between any two characters, so a title wraps as 巡察整改专 / 题民主生活会. The
 * words come from the segmenter ICU ships with Node (dictionary-based for Chinese); a
 * one-character piece it leaves on its own (整|改, 生活|会, 局|长) joins the word before it, and
 * punctuation joins the word it belongs to (an opening bracket the next, anything else the one
 * before), so the pieces read as phrases: XX县|民政局长|巡察整改|专题|民主|生活会.
 */

/** Punctuation that opens a phrase and belongs with what follows it. */
const OPENING = /^[（(《〈「『【〔“‘[{]+$/u;

const segmenter = new Intl.Segmenter('zh', { granularity: 'word' });

/** The title in pieces that must stay on one line, in order; joined, they are the title. */
export function titlePieces(title: string): string[] {
  const pieces: string[] = [];
  let pending = '';
  for (const { segment, isWordLike } of segmenter.segment(title)) {
    if (OPENING.test(segment)) {
      pending += segment;
      continue;
    }
    // One character: one code point, which is what a CJK character is here.
    const single = segment.length === (segment.codePointAt(0)! > 0xffff ? 2 : 1);
    const last = pieces.at(-1);
    if (last !== undefined && pending === '' && (!isWordLike || single)) {
      pieces[pieces.length - 1] = last + segment;
    } else {
      pieces.push(pending + segment);
    }
    pending = '';
  }
  if (pending) pieces.push(pending);
  return pieces;
}
