import { describe, expect, it } from 'vitest';
import {
  markerFor,
  markersInText,
  numberingOf,
  PARAGRAPH_SCHEMES,
  PART_HEADING_SCHEMES,
  type NumberingScheme,
} from '../../../src/model/numbering.ts';

const ALL_SCHEMES: NumberingScheme[] = [...PARAGRAPH_SCHEMES, 'cn-part'];

const range = (from: number, to: number) =>
  Array.from({ length: to - from + 1 }, (_, i) => from + i);

describe('markerFor', () => {
  it.each([
    ['cn-paren', 3, '（三）'],
    ['cn-shi', 11, '十一是'],
    ['cn-dun', 2, '二、'],
    ['cn-ordinal', 4, '第四，'],
    ['cn-part', 1, '第一部分'],
    ['arabic', 2, '2.'],
    ['arabic-paren', 12, '（12）'],
    ['circled', 3, '③'],
    ['cn-shi', 101, '一百零一是'],
    ['cn-paren', 110, '（一百一十）'],
    ['arabic', 100, '100.'],
  ] as const)('writes %s number %i as %s', (scheme, n, marker) => {
    expect(markerFor(scheme, n)).toBe(marker);
  });

  it('writes what numberingOf reads back, in every scheme', () => {
    // ① to ⑳ are all the circled numbers there are; the other schemes go past a hundred.
    const numbers = (scheme: NumberingScheme) =>
      scheme === 'circled'
        ? range(1, 20)
        : [...range(1, 130), ...(scheme.startsWith('cn-') ? [234, 1001, 1010, 9999] : [999])];
    for (const scheme of ALL_SCHEMES) {
      for (const n of numbers(scheme)) {
        const marker = markerFor(scheme, n);
        expect(numberingOf(`${marker}学习不深入。`, [scheme]), marker).toEqual({
          scheme,
          number: n,
          marker,
        });
      }
    }
  });
});

describe('numberingOf', () => {
  it.each([
    ['（一）用新思想引领……方面。', 'cn-paren', 1, '（一）'],
    ['(十二)半角括号', 'cn-paren', 12, '(十二)'],
    ['（ 三 ）空格', 'cn-paren', 3, '（ 三 ）'],
    ['三是贯彻执行上级决策部署不够坚决。', 'cn-shi', 3, '三是'],
    ['一 是理论学习不深入。', 'cn-shi', 1, '一 是'],
    ['十是第十条。', 'cn-shi', 10, '十是'],
    ['一十一是非标准写法。', 'cn-shi', 11, '一十一是'],
    ['二、产生问题的原因分析', 'cn-dun', 2, '二、'],
    ['第三，担当精神不够。', 'cn-ordinal', 3, '第三，'],
    ['1.理论学习不够深入。', 'arabic', 1, '1.'],
    ['12、干部培训', 'arabic', 12, '12、'],
    ['2． 全角点', 'arabic', 2, '2．'],
    ['１．全角数字', 'arabic', 1, '１．'],
    ['１２、全角数字', 'arabic', 12, '１２、'],
    ['（1）预算编制不够精细', 'arabic-paren', 1, '（1）'],
    ['（１）全角数字', 'arabic-paren', 1, '（１）'],
    ['3)半角右括号', 'arabic-paren', 3, '3)'],
    ['② 对群众举报线索的核查', 'circled', 2, '②'],
    // An area may hold a hundred findings and more.
    ['一百是第一百个问题。', 'cn-shi', 100, '一百是'],
    ['一百零一是第一百零一个问题。', 'cn-shi', 101, '一百零一是'],
    ['（一百一十）', 'cn-paren', 110, '（一百一十）'],
    ['第二百三十四，', 'cn-ordinal', 234, '第二百三十四，'],
    ['一千零一、', 'cn-dun', 1001, '一千零一、'],
    ['100.第一百个问题', 'arabic', 100, '100.'],
    ['（101）第一百零一个问题', 'arabic-paren', 101, '（101）'],
  ])('reads %s', (text, scheme, number, marker) => {
    expect(numberingOf(text)).toEqual({ scheme, number, marker });
  });

  it.each([
    '1.5万元资金未及时拨付。',
    '１．５万元资金未及时拨付。',
    '2023年7月28日才正式开工。',
    '十分重视。',
    '第一议题制度',
    '一方面……另一方面……',
    '（征求意见稿）',
    '本人深入学习。',
    '十十、不是数字',
    '0.不从零起',
    '第一部分 存在的问题',
    '百、千、万',
    '一百一、不是数字',
    '2023、2024年连续两年',
    '2023.7.28',
  ])('does not take %s for the numbering of a paragraph', (text) => {
    expect(numberingOf(text)).toBeUndefined();
  });

  it.each([
    ['一、存在的问题', 'cn-dun', 1],
    ['第二部分 原因分析', 'cn-part', 2],
    ['第十一部分', 'cn-part', 11],
  ])('reads the part heading %s', (text, scheme, number) => {
    expect(numberingOf(text, PART_HEADING_SCHEMES)).toMatchObject({ scheme, number });
  });

  it('reads only the schemes it is asked for', () => {
    expect(numberingOf('（一）学习方面', PART_HEADING_SCHEMES)).toBeUndefined();
    expect(numberingOf('一是学习', ['cn-paren'])).toBeUndefined();
  });
});

describe('markersInText', () => {
  const found = (text: string) =>
    markersInText(text).map(({ scheme, number, marker, index }) => [scheme, number, marker, index]);

  it('finds 一是, 1. and （1） after the start, a space or clause punctuation', () => {
    expect(found('一是学习；二是调研。')).toEqual([
      ['cn-shi', 1, '一是', 0],
      ['cn-shi', 2, '二是', 5],
    ]);
    expect(found('措施：1.学习 2、调研，３．整改')).toEqual([
      ['arabic', 1, '1.', 3],
      ['arabic', 2, '2、', 8],
      ['arabic', 3, '３．', 13],
    ]);
    expect(found('（1）学习；(2)调研；（３）整改')).toEqual([
      ['arabic-paren', 1, '（1）', 0],
      ['arabic-paren', 2, '(2)', 6],
      ['arabic-paren', 3, '（３）', 12],
    ]);
  });

  it('reads 十 as ten and the non-standard 一十一 as eleven', () => {
    expect(found('十是甲。一十一是乙。').map(([, n]) => n)).toEqual([10, 11]);
  });

  it('reads numbers past ninety-nine', () => {
    expect(found('九十九是甲。一百是乙。一百零一是丙；（100）丁 101.戊')).toEqual([
      ['cn-shi', 99, '九十九是', 0],
      ['cn-shi', 100, '一百是', 6],
      ['cn-shi', 101, '一百零一是', 11],
      ['arabic-paren', 100, '（100）', 18],
      ['arabic', 101, '101.', 25],
    ]);
  });

  it.each([
    ['a word that ends in a numeral', '思想统一是前提'],
    ['a figure', '投入2.5万元'],
    ['a full-width figure', '投入２．５万元'],
    ['a date', '2023年7月28日开工'],
    ['a bare closing bracket', '其中，3）项已完成'],
    ['a Chinese numeral in brackets', '在（一）中'],
    ['a numeral that is none', '，十十是'],
  ])('ignores %s', (_, text) => {
    expect(found(text)).toEqual([]);
  });
});
