/**
 * Labels in the document's own numbering (问题（一）之一, 原因（三）, 措施（二）), the way a notice
 * cites a part of a review.
 */
import type { EntryKind } from './kinds.ts';
import { chineseNumeral } from './numerals.ts';

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
