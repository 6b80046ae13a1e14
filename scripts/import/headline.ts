/**
 * The headline clause of a numbered paragraph, and whether a paragraph is only a heading: the
 * importer's guesses about what a paragraph is, on top of its numbering.
 */
import { numberingOf } from '../../src/model/numbering';

/** Sentence ends that close a headline clause. */
const HEADLINE_END = /[。！？；：!?;:]/;

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
  const body = text.replace(/[。！？!?：:]$/, '');
  return !/[。！？；!?;]/.test(body);
}
