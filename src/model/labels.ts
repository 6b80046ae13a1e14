/**
 * Labels in the document's own numbering (问题（一）之一, 原因（三）, 措施（二）), the way a notice
 * cites a part of a review.
 */
import type { EntryKind } from './kinds';

const DIGITS = ['', '一', '二', '三', '四', '五', '六', '七', '八', '九'];

/** Writes 1–99 as a Chinese numeral the way documents number parts: 一, 十, 十一, 二十三. */
export function chineseNumeral(n: number): string {
  if (!Number.isInteger(n) || n < 1 || n > 99) {
    throw new RangeError(`chineseNumeral: expected an integer from 1 to 99, got ${n}`);
  }
  const tens = Math.floor(n / 10);
  const ones = n % 10;
  if (tens === 0) return DIGITS[ones]!;
  return `${tens === 1 ? '' : DIGITS[tens]}十${DIGITS[ones]}`;
}

/** Reads a Chinese numeral from 一 to 九十九 (the inverse of `chineseNumeral`); undefined if it is none. */
export function parseChineseNumeral(text: string): number | undefined {
  const match = /^(?:([二三四五六七八九])?(十))?([一二三四五六七八九])?$/.exec(text);
  if (!match || text === '') return undefined;
  const [, tensDigit, ten, ones] = match;
  const tens = ten ? (tensDigit ? DIGITS.indexOf(tensDigit) : 1) : 0;
  return tens * 10 + (ones ? DIGITS.indexOf(ones) : 0);
}

/** The noun a single entry of each kind is called by: 问题, 原因, 措施. */
export const KIND_NOUN: Record<EntryKind, string> = {
  finding: '问题',
  cause: '原因',
  measure: '措施',
};

/** The name of each part of the document, as used in navigation and headings. */
export const KIND_PART_NAME: Record<EntryKind, string> = {
  finding: '存在的问题',
  cause: '原因分析',
  measure: '整改措施',
};

/** 问题（一）之二: the second finding under the first area. */
export function findingLabel(area: number, order: number): string {
  return `${KIND_NOUN.finding}（${chineseNumeral(area)}）之${chineseNumeral(order)}`;
}

/** 原因（三） or 措施（二）. */
export function numberedLabel(kind: 'cause' | 'measure', order: number): string {
  return `${KIND_NOUN[kind]}（${chineseNumeral(order)}）`;
}

/** 方面（一）: how an area of findings is referred to. */
export function areaLabel(area: number): string {
  return `方面（${chineseNumeral(area)}）`;
}
