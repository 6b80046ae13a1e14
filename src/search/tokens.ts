/**
 * Literal search on top of Pagefind. Pagefind matches whole words, and Chinese has no spaces:
 * its segmenter cuts 三会一课 differently in different sentences, so a word index cannot promise
 * that every entry containing a phrase is found. Instead every character is indexed as a word of
 * its own; a quoted query of single characters then matches exactly where the characters stand
 * side by side in the text: literal substring search, with nothing missed and nothing loose.
 */

/** Stands for a space of the original text in the index, so excerpts can restore it. */
const SPACE_MARK = '\u2420';

/** A character or an HTML entity (kept whole, so `&lt;` stays one character). */
const CHARACTER = /&(?:#\d+|#x[\da-f]+|[a-z][a-z\d]*);|[^\s]/giu;

/** Writes text with every character as a separate word, original spaces kept as a marker word. */
export function spaceCharacters(text: string): string {
  return text
    .replace(/\s+/gu, ` ${SPACE_MARK} `)
    .replace(CHARACTER, (ch) => (ch === SPACE_MARK ? ch : `${ch} `));
}

/**
 * Markup of an HTML page that is not text: comments, script and style elements with their bodies,
 * and tags (quoted attribute values may hold `>`).
 */
const MARKUP =
  /<!--[\s\S]*?-->|<(script|style)\b(?:[^>"']|"[^"]*"|'[^']*')*>[\s\S]*?<\/\1\s*>|<(?:[^>"']|"[^"]*"|'[^']*')*>/gi;

/**
 * The copy of a built page that is handed to the indexer: the text between tags spaced out by
 * character, markup (and so every data-pagefind attribute) untouched. The page itself is not changed.
 */
export function spaceHtmlText(html: string): string {
  let out = '';
  let last = 0;
  for (const match of html.matchAll(MARKUP)) {
    out += spaceText(html.slice(last, match.index)) + match[0];
    last = match.index + match[0].length;
  }
  return out + spaceText(html.slice(last));
}

function spaceText(text: string): string {
  return text.trim() === '' ? text : spaceCharacters(text);
}

/** Splits a query into terms at whitespace; quotes the user typed are ignored (every term is literal). */
export function queryTerms(input: string): string[] {
  return input
    .replace(/["“”「」『』]/g, ' ')
    .split(/\s+/u)
    .filter((term) => term.length > 0);
}

/** A run of the characters Pagefind indexes: letters and digits. */
const INDEXED_RUN = /[\p{L}\p{N}]+/gu;

/**
 * The Pagefind phrase queries that together mean "`term` appears literally": one quoted phrase of
 * single characters per run of letters and digits. Punctuation is not indexed as a word, so a term
 * like 民政爱民、民政为民 becomes two phrases that must both match.
 */
export function phrasesFor(term: string): string[] {
  return (term.match(INDEXED_RUN) ?? []).map((run) => `"${Array.from(run).join(' ')}"`);
}

/**
 * Whether the phrases of `term` leave some of it unsearched: punctuation or symbols, which a page
 * must then be checked for, since (A) and A give the same phrase.
 */
export function hasUnindexedCharacters(term: string): boolean {
  return term.replace(INDEXED_RUN, '') !== '';
}

/** Whether there are terms, and they hold nothing Pagefind can search for: only punctuation. */
export function onlyPunctuation(terms: string[]): boolean {
  return terms.length > 0 && terms.every((term) => phrasesFor(term).length === 0);
}

/** Undoes the character spacing of text indexed by Pagefind (a page's `content`). */
export function unspaceText(text: string): string {
  // A private-use character holds the original spaces while the inserted ones are removed.
  return text
    .replace(/ ?\u2420 ?/gu, '\uE000')
    .replace(/ /g, '')
    .replace(/\uE000+/gu, ' ');
}

/** Undoes the character spacing in an excerpt or heading returned by Pagefind, keeping its <mark>s. */
export function compactSpacing(html: string): string {
  return unspaceText(html)
    .replace(/<\/mark><mark>/g, '')
    .trim();
}
