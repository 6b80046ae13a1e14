import { describe, expect, it } from 'vitest';
import {
  CLOSING_WORDS,
  DOCUMENT_KIND_WORDS,
  HEADING_WORDS,
  hasClosingWords,
  namesDocumentKind,
  partKindOf,
} from '../../../../scripts/import/vocabulary';

/** Heading → the part it heads, `undefined` for a section of the review's own text. */
const HEADINGS: [string, 'finding' | 'cause' | 'measure' | undefined][] = [
  ['一、存在的主要问题', 'finding'],
  ['一、查摆的问题', 'finding'],
  ['问题查摆', 'finding'],
  ['一、存在的不足和差距', 'finding'],
  ['一、检视出的突出问题', 'finding'],
  ['一、对照检查情况', 'finding'],
  ['二、产生问题的原因分析', 'cause'],
  ['二、问题产生的根源', 'cause'],
  ['二、思想上的根子', 'cause'],
  ['二、原因剖析', 'cause'],
  ['深刻剖析', 'cause'],
  ['三、整改措施', 'measure'],
  ['三、下一步努力方向和整改措施', 'measure'],
  ['整改方向和措施', 'measure'],
  ['三、问题整改举措', 'measure'],
  ['今后的努力方向', 'measure'],
  ['三、改进方向', 'measure'],
  ['三、下一步工作', 'measure'],
  ['三、个人打算', 'measure'],
  ['四、个人有关事项', undefined],
  ['四、个人有关事项报告情况', undefined],
  ['一、上次民主生活会整改措施落实情况', undefined],
  ['一、上年度问题整改情况', undefined],
  ['五、其他说明', undefined],
  ['基本情况', undefined],
];

/** The index of the row of `table` that decides for `text`: the first that matches. */
const deciding = (table: readonly RegExp[], text: string) => table.findIndex((w) => w.test(text));

describe('partKindOf', () => {
  it.each(HEADINGS)('reads %s as %s', (heading, part) => {
    expect(partKindOf(heading)).toBe(part);
  });

  it('has a case above for every row of the table', () => {
    const rows = HEADING_WORDS.map(({ words }) => words);
    const decided = new Set(HEADINGS.map(([heading]) => deciding(rows, heading)));
    expect(rows.filter((_, i) => !decided.has(i))).toEqual([]);
  });
});

const TITLE_LINES: [string, boolean][] = [
  ['XX局局长巡察整改专题民主生活会对照检查材料', true],
  ['XX镇党委书记检视剖析材料', true],
  ['在巡察整改专题民主生活会上的发言提纲', true],
  ['巡察整改专题民主生活会个人发言材料（征求意见稿）', true],
  ['XX局领导班子巡察整改专题民主生活会材料', true],
  ['XX局党组书记、局长', false],
  ['巡察整改专题民主生活会', false],
];

describe('namesDocumentKind', () => {
  it.each(TITLE_LINES)('reads %s as %s', (line, names) => {
    expect(namesDocumentKind(line)).toBe(names);
  });

  it('has a case above for every row of the table', () => {
    const decided = new Set(TITLE_LINES.map(([line]) => deciding(DOCUMENT_KIND_WORDS, line)));
    expect(DOCUMENT_KIND_WORDS.filter((_, i) => !decided.has(i))).toEqual([]);
  });
});

const CLOSING_LINES: [string, boolean][] = [
  ['以上对照检查，不妥之处，请同志们批评指正。', true],
  ['请大家批评帮助。', true],
  ['以上是我的发言。', true],
  ['不当之处，望同志们指出。', true],
  ['请组织和同志们给予帮助。', true],
  ['恳请各位提出宝贵意见。', true],
  ['本人将以此次民主生活会为契机，抓好整改落实。', false],
  ['一是加强学习。', false],
];

describe('hasClosingWords', () => {
  it.each(CLOSING_LINES)('reads %s as %s', (text, closing) => {
    expect(hasClosingWords(text)).toBe(closing);
  });

  it('has a case above for every row of the table', () => {
    const decided = new Set(CLOSING_LINES.map(([text]) => deciding(CLOSING_WORDS, text)));
    expect(CLOSING_WORDS.filter((_, i) => !decided.has(i))).toEqual([]);
  });
});
