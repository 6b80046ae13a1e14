/**
 * The numbering styles of a review — 一、 （一） 一是 第一， 第一部分 1. （1） ① — in one table: how
 * each is recognised, how its number is read and how a number is written in it. The importer reads
 * the paragraphs of a document by it; the site finds the numbered points inside an entry's text by
 * it. Which style is a part, an area, an item or a point depends on the document.
 */
import {
  CHINESE_NUMERAL,
  chineseNumeral,
  DIGIT_CHAR,
  parseChineseNumeral,
  parseDigits,
} from './numerals.ts';

/** A numbering style, by how it writes 1. */
export type NumberingScheme =
  | 'cn-paren' // （一） (一)
  | 'cn-shi' // 一是
  | 'cn-dun' // 一、 一． 一.
  | 'cn-ordinal' // 第一，
  | 'cn-part' // 第一部分
  | 'arabic-paren' // （1） (1) 1） 1)
  | 'arabic' // 1. 1、 1．
  | 'circled'; // ①

/** The numbering found at some place in a text. */
export interface Numbering {
  scheme: NumberingScheme;
  /** The number it gives: 3 for 三是. */
  number: number;
  /** The numbering as written, separator included: `三是`, `（3）`, `3.`. */
  marker: string;
}

interface NumberingStyle {
  /**
   * The marker as it opens a paragraph (the pattern without its `^`). Its one capturing group is the
   * number as written.
   */
  atStart: string;
  /**
   * The marker inside running text, for the styles that number the points of an entry; the same
   * one group. Stricter than `atStart`, since mid-text a loose pattern would catch figures and
   * citations.
   */
  inText?: string;
  /** The value of the number as written; undefined if it is none. */
  read: (written: string) => number | undefined;
  /** The marker of number `n`, for messages and generated text. */
  write: (n: number) => string;
}

const CN = `(${CHINESE_NUMERAL})`;
// Up to 999: an area may hold a hundred findings and more. A year (2023.) is too long to be one.
const ARABIC = `(${DIGIT_CHAR}{1,3})`;
// `1.5万元` is a figure, not numbering: the separator must not be followed by a digit.
const NOT_A_FIGURE = `(?!${DIGIT_CHAR})`;

const circled = (n: number) => String.fromCodePoint(0x2460 + n - 1);

/**
 * Every style. At a paragraph's start half-width brackets and spaces around the number are
 * allowed, since documents are typed loosely. No two styles match the same text, so the order in
 * which a paragraph is tried against them does not matter.
 */
const STYLES: Record<NumberingScheme, NumberingStyle> = {
  'cn-paren': {
    atStart: `[（(]\\s*${CN}\\s*[）)]`,
    read: parseChineseNumeral,
    write: (n) => `（${chineseNumeral(n)}）`,
  },
  // 一是 理论学习……: a space typed after the number or before 是 is still the numbering.
  'cn-shi': {
    atStart: `${CN}\\s*是`,
    inText: `${CN}是`,
    read: parseChineseNumeral,
    write: (n) => `${chineseNumeral(n)}是`,
  },
  'cn-dun': {
    atStart: `${CN}\\s*[、．.]`,
    read: parseChineseNumeral,
    write: (n) => `${chineseNumeral(n)}、`,
  },
  // The separator is required: 第一议题 is a name, 第一， is numbering (at a paragraph's start or
  // after a sentence: ……。第二，……).
  'cn-ordinal': {
    atStart: `第${CN}\\s*[，,、：:]`,
    inText: `第${CN}[，,、：:]`,
    read: parseChineseNumeral,
    write: (n) => `第${chineseNumeral(n)}，`,
  },
  'cn-part': {
    atStart: `第${CN}部分`,
    read: parseChineseNumeral,
    write: (n) => `第${chineseNumeral(n)}部分`,
  },
  // At a paragraph's start 1） alone numbers it; mid-text the opening bracket is required, since
  // a bare 3） there is as likely the end of a parenthesis.
  'arabic-paren': {
    atStart: `(?:[（(]\\s*)?${ARABIC}\\s*[）)]`,
    inText: `[（(]${ARABIC}[）)]`,
    read: parseDigits,
    write: (n) => `（${n}）`,
  },
  arabic: {
    atStart: `${ARABIC}\\s*[.．、]${NOT_A_FIGURE}`,
    inText: `${ARABIC}[.．、]${NOT_A_FIGURE}`,
    read: parseDigits,
    write: (n) => `${n}.`,
  },
  circled: {
    atStart: '([\\u2460-\\u2473])',
    read: (c) => c.codePointAt(0)! - 0x2460 + 1,
    write: circled,
  },
};

/** The schemes a part heading is numbered in: 一、 … 二、, or 第一部分 … 第二部分. */
export const PART_HEADING_SCHEMES: readonly NumberingScheme[] = ['cn-dun', 'cn-part'];

/** The schemes of paragraphs inside a part (第一部分 only ever heads a part). */
export const PARAGRAPH_SCHEMES: readonly NumberingScheme[] = (
  Object.keys(STYLES) as NumberingScheme[]
).filter((scheme) => scheme !== 'cn-part');

const AT_START = new Map(
  Object.entries(STYLES).map(([scheme, style]) => [
    scheme as NumberingScheme,
    new RegExp(`^${style.atStart}`, 'u'),
  ]),
);

/** How a scheme writes number `n`, for messages: （三）, 三是, 3. … */
export function markerFor(scheme: NumberingScheme, n: number): string {
  return STYLES[scheme].write(n);
}

/** The numbering a paragraph opens with, in one of `schemes` (by default any but 第一部分). */
export function numberingOf(
  text: string,
  schemes: readonly NumberingScheme[] = PARAGRAPH_SCHEMES,
): Numbering | undefined {
  for (const scheme of schemes) {
    const match = AT_START.get(scheme)!.exec(text);
    if (!match) continue;
    const number = STYLES[scheme].read(match[1]!);
    // 十十、 or 0. look like numbering but give no number; another style may still fit.
    if (number === undefined || number < 1) continue;
    return { scheme, number, marker: match[0] };
  }
  return undefined;
}

// Inside running text, a point's number follows the start of the text, a space or a punctuation
// mark that ends a clause; elsewhere 一是 or 1. is part of a word or a figure (统一是…, 2.5万元).
const BOUNDARY = String.raw`(?<=^|[\s。；;：:，,！!？?])`;

const IN_TEXT = (Object.entries(STYLES) as [NumberingScheme, NumberingStyle][]).flatMap(
  ([scheme, style]) => (style.inText ? [{ scheme, pattern: style.inText }] : []),
);

// One pattern for all styles, so one pass finds the markers in text order; group k + 1 is the
// number of the k-th style of IN_TEXT. Built on first use: the search page loads this module, and
// a browser without lookbehind (Safari before 16.4) would fail on loading it.
let markerInText: RegExp | undefined;
const markerPattern = () =>
  (markerInText ??= new RegExp(
    `${BOUNDARY}(?:${IN_TEXT.map(({ pattern }) => `(?:${pattern})`).join('|')})`,
    'gu',
  ));

/** A numbering inside a text, and where it is. */
export interface MarkerInText extends Numbering {
  /** Offset of the marker in the text. */
  index: number;
}

/** The numberings inside a text that can number a point (一是, 1., （1）), in order. */
export function markersInText(text: string): MarkerInText[] {
  const found: MarkerInText[] = [];
  for (const match of text.matchAll(markerPattern())) {
    const k = IN_TEXT.findIndex((_, i) => match[i + 1] !== undefined);
    const { scheme } = IN_TEXT[k]!;
    const number = STYLES[scheme].read(match[k + 1]!);
    if (number === undefined || number < 1) continue;
    found.push({ scheme, number, marker: match[0], index: match.index });
  }
  return found;
}
