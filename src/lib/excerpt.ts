/**
 * The opening of an entry's text as plain words, for the description a link preview shows. Only
 * Markdown's backslash escapes are undone (\< → <); the content has no other markup.
 */

/** The first `max` characters of `body` on one line, with … when cut. */
export function excerpt(body: string, max: number): string {
  const text = body
    .replace(/\\([\\`*_{}[\]()#+\-.!<>|~])/g, '$1')
    .replace(/\s+/g, ' ')
    .trim();
  // Counted in characters as a reader sees them, so a cut never splits one.
  const chars = Array.from(new Intl.Segmenter('zh').segment(text), (s) => s.segment);
  return chars.length <= max ? text : `${chars.slice(0, max - 1).join('')}…`;
}
