import { describe, expect, it } from 'vitest';
import {
  chineseNumeral,
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
  ])('writes %i as %s', (n, expected) => {
    expect(chineseNumeral(n)).toBe(expected);
  });

  it.each([0, 100, 1.5, -3])('refuses %s', (n) => {
    expect(() => chineseNumeral(n)).toThrow(RangeError);
  });

  it('never writes the non-standard 一十', () => {
    for (let n = 1; n <= 99; n++) expect(chineseNumeral(n)).not.toMatch(/^一十/);
  });
});

describe('parseChineseNumeral', () => {
  it('reads back every numeral chineseNumeral writes', () => {
    for (let n = 1; n <= 99; n++) expect(parseChineseNumeral(chineseNumeral(n))).toBe(n);
  });

  it.each([
    ['一', 1],
    ['九', 9],
    ['十', 10],
    ['十一', 11],
    ['二十', 20],
    ['二十六', 26],
    ['九十九', 99],
    // Non-standard, but written in documents.
    ['一十', 10],
    ['一十一', 11],
  ])('reads %s as %i', (text, n) => {
    expect(parseChineseNumeral(text)).toBe(n);
  });

  it.each(['', '零', '十十', '二二', '三三', '一百', '十一一', 'a', '3'])('refuses %j', (text) => {
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
