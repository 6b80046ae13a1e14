/**
 * The opening of an entry's words (src/text/entry-facts.ts: the text as rendered, without notes
 * or figures), for the description a link preview shows.
 */

/** Made once: building a segmenter costs more than segmenting a paragraph. */
const GRAPHEMES = new Intl.Segmenter('zh', { granularity: 'grapheme' });

/** The first `max` characters of `words` on one line, with … when cut. */
export function excerpt(words: string, max: number): string {
  const text = words.replace(/\s+/g, ' ').trim();
  // Counted in characters as a reader sees them, so a cut never splits one. The segmenter is lazy:
  // only the opening is walked, however long the entry (one call per page adds up on large sites).
  const kept: string[] = [];
  for (const { segment } of GRAPHEMES.segment(text)) {
    if (kept.length === max) return `${kept.slice(0, max - 1).join('')}…`;
    kept.push(segment);
  }
  return text;
}
