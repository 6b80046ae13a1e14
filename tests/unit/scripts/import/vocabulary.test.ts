import { describe, expect, it } from 'vitest';
import {
  AREA_WORDS,
  CLOSING_WORDS,
  DOCUMENT_KIND_WORDS,
  HEADING_WORDS,
  hasClosingWords,
  INTRODUCING_WORDS,
  introducesItems,
  namesArea,
  namesDocumentKind,
  PAGE_LINE_WORDS,
  pageLineKind,
  partMatch,
} from '../../../../scripts/import/vocabulary.ts';

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
  ['三、反面典型案例剖析情况', undefined],
  ['典型剖析', undefined],
  ['五、其他说明', undefined],
  ['基本情况', undefined],
];

/** The index of the row of `table` that decides for `text`: the first that matches. */
const deciding = (table: readonly RegExp[], text: string) => table.findIndex((w) => w.test(text));

describe('partMatch', () => {
  it.each(HEADINGS)('reads %s as %s', (heading, part) => {
    expect(partMatch(heading)?.heads).toBe(part);
  });

  it('ranks the usual heading of a part above a heading that merely could be one', () => {
    expect(partMatch('三、产生问题的原因')!.row).toBeLessThan(partMatch('二、深刻剖析')!.row);
    expect(partMatch('四、个人有关事项')).toBeUndefined();
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
  ['XX县自然资源局党组领导班子对照检查材料（含案例）', true],
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

const AREA_CLAUSES: [string, boolean][] = [
  ['（一）在带头强化政治忠诚、提高政治能力方面', true],
  ['（二）意识形态领域', true],
  ['（一）学习不深入', false],
];

describe('namesArea', () => {
  it.each(AREA_CLAUSES)('reads %s as %s', (clause, names) => {
    expect(namesArea(clause)).toBe(names);
  });

  it('has a case above for every row of the table', () => {
    const decided = new Set(AREA_CLAUSES.map(([clause]) => deciding(AREA_WORDS, clause)));
    expect(AREA_WORDS.filter((_, i) => !decided.has(i))).toEqual([]);
  });
});

const INTRODUCTIONS: [string, boolean][] = [
  ['（一）……方面，主要表现在：', true],
  ['具体如下。', true],
  ['经过征求意见，发现以下问题', true],
  ['存在以下几个方面的问题。', true],
  ['（一）学习不深入。本人……', false],
];

describe('introducesItems', () => {
  it.each(INTRODUCTIONS)('reads %s as %s', (text, introduces) => {
    expect(introducesItems(text)).toBe(introduces);
  });

  it('has a case above for every row of the table', () => {
    const decided = new Set(INTRODUCTIONS.map(([text]) => deciding(INTRODUCING_WORDS, text)));
    expect(INTRODUCING_WORDS.filter((_, i) => !decided.has(i))).toEqual([]);
  });
});

const PAGE_LINES: [string, 'site' | 'stats' | undefined][] = [
  ['XX文库，欢迎您！', 'site'],
  ['登录 | 注册 | 下载APP', 'site'],
  ['范文 > 心得体会 > 对照检查材料', 'site'],
  ['当前位置：首页>工作总结>对照检查', 'site'],
  ['浏览次数：1286', 'stats'],
  ['356人阅读', 'stats'],
  ['发布时间：2025-02-10', 'stats'],
  ['来源：XX网', 'stats'],
  ['2025-02-10 09:30', 'stats'],
  ['XX局党组书记2025年度民主生活会对照检查材料', undefined],
  ['2025年2月10日', undefined],
  ['内部资料 注意保存', undefined],
];

describe('pageLineKind', () => {
  it.each(PAGE_LINES)('reads %s as %s', (line, kind) => {
    expect(pageLineKind(line)?.kind).toBe(kind);
  });

  it('is sure of a greeting, a menu path and counts, not of a site’s words a title may have', () => {
    expect(pageLineKind('首页 > 范文 > 对照检查材料')?.sure).toBe(true);
    expect(pageLineKind('XX市政府网站管理中心主任对照检查材料')?.sure).toBe(false);
  });

  it('has a case above for every row of the table', () => {
    const rows = PAGE_LINE_WORDS.map(({ words }) => words);
    const decided = new Set(PAGE_LINES.map(([line]) => deciding(rows, line)));
    expect(rows.filter((_, i) => !decided.has(i))).toEqual([]);
  });
});
