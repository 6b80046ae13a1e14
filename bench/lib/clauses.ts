/**
 * The raw material of the benchmark corpus: the clauses of a real review. Recombining real clauses
 * gives text with the character mix, punctuation and clause lengths of an actual document, which is
 * what the search index and the MDX compiler see; invented filler would not.
 */
import { sourceParagraphs } from '../../scripts/shared/documents/text.ts';
import { numberingOf, type NumberingScheme } from '../../src/model/numbering.ts';

/** What a review's text is cut into for recombination. */
export interface ClausePool {
  /** Clauses of the opening sentences of numbered paragraphs: they read like headlines. */
  headline: string[];
  /** Every clause of every body paragraph. */
  body: string[];
}

/** The numbering of the paragraphs headlines are taken from: 一是, （三）. The generator adds it back. */
const HEADLINE_SCHEMES: readonly NumberingScheme[] = ['cn-shi', 'cn-paren'];

/** A clause ends at a comma, semicolon, colon or sentence stop, which stays with it. */
const CLAUSE = /[^，；：。！？]+[，；：。！？]?/g;

/** Paragraphs shorter than this are headings or one-line transitions, not body text. */
const MIN_BODY_PARAGRAPH = 100;

/**
 * Cuts a review's source text into clauses. Clauses that would leave a quotation mark or a
 * bracket open are dropped, so recombined sentences never carry half a quotation.
 */
export function clausePool(source: string): ClausePool {
  const headline = new Set<string>();
  const body = new Set<string>();
  for (const paragraph of sourceParagraphs(source)) {
    if (paragraph.length < MIN_BODY_PARAGRAPH) continue;
    const numbering = numberingOf(paragraph, HEADLINE_SCHEMES);
    const text = numbering ? paragraph.slice(numbering.marker.length) : paragraph;
    const firstStop = text.indexOf('。');
    for (const match of text.matchAll(CLAUSE)) {
      const clause = match[0].trim();
      if (clause.length < 2 || !balanced(clause)) continue;
      body.add(clause);
      if (numbering && match.index < firstStop) headline.add(clause);
    }
  }
  if (headline.size === 0 || body.size === 0) {
    throw new Error(
      'The seed text has no numbered paragraphs (一是…, （一）…) to take clauses from; ' +
        'pass the source.txt of a review.',
    );
  }
  return { headline: [...headline], body: [...body] };
}

const PAIRS: [string, string][] = [
  ['“', '”'],
  ['《', '》'],
  ['<', '>'],
  ['（', '）'],
  ['(', ')'],
];

function balanced(clause: string): boolean {
  const count = (ch: string) => clause.split(ch).length - 1;
  return PAIRS.every(([open, close]) => count(open) === count(close));
}
