/**
 * The numbering words that open a paragraph of a review — 一、 （一） 一是 1. （1） ① 第一， — and
 * the headline clause that follows them. Which of these is a part, an area, an item or a point
 * inside an item depends on the document; the structure step decides from their order.
 */
import { chineseNumeral, parseChineseNumeral } from '../../src/model/numerals';

/** The numbering styles of paragraphs inside a part. */
export type NumberingScheme =
  | 'cn-paren' // （一）
  | 'cn-shi' // 一是
  | 'cn-dun' // 一、 (when not a part heading)
  | 'cn-ordinal' // 第一，
  | 'arabic' // 1. 1、 1．
  | 'arabic-paren' // （1） (1) 1）
  | 'circled'; // ①

export interface Numbering {
  scheme: NumberingScheme;
  /** The number the paragraph is given: 3 for 三是. */
  number: number;
  /** The numbering as written, separator included: `三是`, `（3）`, `3.`. */
  marker: string;
}

const CN = '[一二三四五六七八九十]{1,3}';
const PATTERNS: { scheme: NumberingScheme; pattern: RegExp }[] = [
  { scheme: 'cn-paren', pattern: new RegExp(`^[（(]\\s*(${CN})\\s*[）)]`) },
  { scheme: 'cn-shi', pattern: new RegExp(`^(${CN})是`) },
  { scheme: 'cn-dun', pattern: new RegExp(`^(${CN})\\s*[、．.]`) },
  { scheme: 'cn-ordinal', pattern: new RegExp(`^第(${CN})\\s*[，,、：:]`) },
  { scheme: 'arabic-paren', pattern: /^(?:[（(]\s*(\d{1,2})\s*[）)]|(\d{1,2})\s*[）)])/ },
  // `1.5万元` is a number, not numbering: the separator must not be followed by a digit.
  { scheme: 'arabic', pattern: /^(\d{1,2})\s*[.．、](?!\d)/ },
  { scheme: 'circled', pattern: /^([\u2460-\u2473])/ },
];

/** How each scheme writes a number, for messages: （三）, 三是, 3. … */
export function markerFor(scheme: NumberingScheme, n: number): string {
  switch (scheme) {
    case 'cn-paren':
      return `（${chineseNumeral(n)}）`;
    case 'cn-shi':
      return `${chineseNumeral(n)}是`;
    case 'cn-dun':
      return `${chineseNumeral(n)}、`;
    case 'cn-ordinal':
      return `第${chineseNumeral(n)}，`;
    case 'arabic':
      return `${n}.`;
    case 'arabic-paren':
      return `（${n}）`;
    case 'circled':
      return String.fromCodePoint(0x2460 + n - 1);
  }
}

/** The numbering a paragraph opens with, if any. */
export function numberingOf(text: string): Numbering | undefined {
  for (const { scheme, pattern } of PATTERNS) {
    const match = pattern.exec(text);
    if (!match) continue;
    const digits = match[1] ?? match[2] ?? '';
    const number =
      scheme === 'circled'
        ? digits.codePointAt(0)! - 0x2460 + 1
        : /^\d+$/.test(digits)
          ? Number(digits)
          : parseChineseNumeral(digits);
    if (number === undefined || number < 1) continue;
    return { scheme, number, marker: match[0] };
  }
  return undefined;
}

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
