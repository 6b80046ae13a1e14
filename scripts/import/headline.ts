/**
 * The headline clause of a numbered paragraph, and whether a paragraph is only a heading: the
 * importer's guesses about what a paragraph is, on top of its numbering.
 */
import { numberingOf } from '../../src/model/numbering.ts';
import { COLON, SENTENCE_END } from './punctuation.ts';
import { areaWord, namesArea } from './vocabulary.ts';

/** Sentence ends that close a headline clause, colons included. */
const HEADLINE_END = new RegExp(`${SENTENCE_END}|${COLON}`, 'u');

/** A sentence end inside a text (not at its very end). */
const INNER_SENTENCE_END = new RegExp(SENTENCE_END, 'u');

/** What a heading may end with: a full stop or a colon, in either width. */
const HEADING_END = new RegExp(`(?:[。！？!?]|\\.|${COLON})$`, 'u');

/**
 * The headline of a numbered paragraph, as the title of its entry: the words after the numbering up
 * to the first full stop (or colon, semicolon, question or exclamation mark), without them.
 * `一是学习不深入。本人……` → `学习不深入`.
 */
export function headline(text: string): string {
  const numbering = numberingOf(text);
  // 一是：学习不深入 — a separator after the numbering is not part of the headline.
  const rest = (numbering ? text.slice(numbering.marker.length) : text)
    .replace(/^[\s：:，,、.．]+/, '')
    .trim();
  const end = rest.search(HEADLINE_END);
  const clause = (end >= 0 ? rest.slice(0, end) : rest).replace(/[，、,\s]+$/, '').trim();
  return clause || rest || text;
}

/**
 * Whether a paragraph is only a heading: a single clause, at most one sentence end (at its end).
 * `（一）……方面。` is; `（一）学习不深入。本人……` is not.
 */
export function isHeadingLike(text: string, maxLength = 60): boolean {
  if (text.length > maxLength) return false;
  return !INNER_SENTENCE_END.test(text.replace(HEADING_END, ''));
}

/**
 * Whether a numbered paragraph is a heading and nothing more (`一是学习不深入。`): one clause, its
 * headline. An entry made of it alone says what is wrong, but not how. A sentence with clauses
 * (`二是要求有所降低，对身边人员管得不严。`) says both.
 */
export function isHeadlineOnly(text: string): boolean {
  const numbering = numberingOf(text);
  const rest = (numbering ? text.slice(numbering.marker.length) : text)
    .replace(/^[\s：:，,、.．]+/, '')
    .replace(HEADING_END, '')
    .trim();
  return rest === headline(text) && !/[，,；;]/.test(rest);
}

/** The end of a heading's clause: a mark that ends it with the heading, or one left to what follows. */
const CLAUSE_AFTER_HEADING = new RegExp(`(${SENTENCE_END}|${COLON})|[，,；;]`, 'u');

/**
 * An area's paragraph as its heading and the rest: the heading is the first clause — up to the
 * punctuation after 方面 when the paragraph names its area so (a comma may come before it inside a
 * long heading) — with its full stop or colon; a comma after it starts the rest.
 * `（一）关于班子建设方面，主要是……` → `（一）关于班子建设方面` and `，主要是……`.
 */
export function splitHeading(text: string): { heading: string; rest: string } {
  const numbering = numberingOf(text);
  const area = areaWord(text.slice(0, 80));
  const from = area ?? numbering?.marker.length ?? 0;
  const end = CLAUSE_AFTER_HEADING.exec(text.slice(from));
  if (!end) return { heading: text, rest: '' };
  const cut = from + end.index + (end[1] ? end[0].length : 0);
  if (cut <= (numbering?.marker.length ?? 0)) return { heading: text, rest: '' };
  return { heading: text.slice(0, cut), rest: text.slice(cut) };
}

/** Punctuation after the numbering: a heading cut off in the middle has none. */
const ANY_PUNCTUATION = /[，,、；;：:。！？!?.．…]/u;

/**
 * Whether the paragraph a document stops at reads as an area's heading rather than a finding: one
 * clause that names its area (`（一）在理论学习方面`), or a clause without any punctuation after its
 * numbering, cut off before it was finished (`（一）在理论学`), where a finding's headline would
 * have ended with its full stop and gone on with what is wrong.
 */
export function isCutOffAreaHeading(text: string): boolean {
  if (!isHeadingLike(text, 80)) return false;
  const numbering = numberingOf(text);
  const rest = numbering ? text.slice(numbering.marker.length) : text;
  return namesArea(splitHeading(text).heading) || !ANY_PUNCTUATION.test(rest);
}
