import { describe, expect, it } from 'vitest';
import {
  CHINESE_NUMERAL,
  chineseNumeral,
  MAX_CHINESE_NUMERAL,
  parseChineseNumeral,
  parseChineseYear,
  parseDigits,
} from '../../../src/model/numerals.ts';

describe('chineseNumeral', () => {
  it.each([
    [1, '一'],
    [9, '九'],
    [10, '十'],
    [11, '十一'],
    [20, '二十'],
    [23, '二十三'],
    [99, '九十九'],
    [100, '一百'],
    [101, '一百零一'],
    [110, '一百一十'],
    [111, '一百一十一'],
    [234, '二百三十四'],
    [1000, '一千'],
    [1001, '一千零一'],
    [1010, '一千零一十'],
    [1100, '一千一百'],
    [2034, '二千零三十四'],
    [9999, '九千九百九十九'],
  ])('writes %i as %s', (n, expected) => {
    expect(chineseNumeral(n)).toBe(expected);
  });

  it.each([0, 10000, 1.5, -3])('refuses %s', (n) => {
    expect(() => chineseNumeral(n)).toThrow(RangeError);
  });

  it('never writes the non-standard 一十 at the start, nor two 零 in a row', () => {
    for (let n = 1; n <= MAX_CHINESE_NUMERAL; n++) {
      expect(chineseNumeral(n)).not.toMatch(/^一十|零零|零$/);
    }
  });

  it('writes every numeral within the length of the pattern that finds one in text', () => {
    const whole = new RegExp(`^${CHINESE_NUMERAL}$`, 'u');
    for (let n = 1; n <= MAX_CHINESE_NUMERAL; n++) expect(chineseNumeral(n)).toMatch(whole);
  });
});

describe('parseChineseNumeral', () => {
  it('reads back every numeral chineseNumeral writes', () => {
    for (let n = 1; n <= MAX_CHINESE_NUMERAL; n++) {
      expect(parseChineseNumeral(chineseNumeral(n))).toBe(n);
    }
  });

  it.each([
    ['一', 1],
    ['九', 9],
    ['十', 10],
    ['十一', 11],
    ['二十', 20],
    ['二十六', 26],
    ['九十九', 99],
    ['一百', 100],
    ['一百零一', 101],
    ['一百一十', 110],
    ['二百三十四', 234],
    ['一千零一', 1001],
    ['九千九百九十九', 9999],
    // Non-standard, but written in documents.
    ['一十', 10],
    ['一十一', 11],
    ['一百〇一', 101],
  ])('reads %s as %i', (text, n) => {
    expect(parseChineseNumeral(text)).toBe(n);
  });

  it.each([
    '',
    '零',
    '十十',
    '二二',
    '三三',
    '十一一',
    'a',
    '3',
    // 百 and 千 always have their digit; 十 only has none at the start.
    '百',
    '千',
    '百零一',
    // 110 or 101? Documents that mean either write it out.
    '一百一',
    '一百零',
    '一百零零一',
    '一千零零一',
    '一零一',
    '一百十',
    '二百一十一十',
    '一百二千',
    '一万',
  ])('refuses %j', (text) => {
    expect(parseChineseNumeral(text)).toBeUndefined();
  });
});

describe('parseChineseYear', () => {
  it.each([
    ['二〇二四', 2024],
    ['二○二三', 2023],
    ['二零二二', 2022],
    ['二ＯＯ三', 2003],
    ['一九九九', 1999],
  ])('reads %s as %i', (text, year) => {
    expect(parseChineseYear(text)).toBe(year);
  });

  it.each(['', '二〇二', '二〇二四五', '二〇二十', '2024', '二〇二4'])('refuses %j', (text) => {
    expect(parseChineseYear(text)).toBeUndefined();
  });
});

describe('parseDigits', () => {
  it.each([
    ['3', 3],
    ['12', 12],
    ['０', 0],
    ['１２', 12],
    ['２０２４', 2024],
    ['１2', 12],
  ])('reads %s as %i', (text, n) => {
    expect(parseDigits(text)).toBe(n);
  });

  it.each(['', '1.5', '-1', '一', '１．', ' 1'])('refuses %j', (text) => {
    expect(parseDigits(text)).toBeUndefined();
  });
});
