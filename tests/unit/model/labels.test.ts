import { describe, expect, it } from 'vitest';
import {
  areaLabel,
  chineseNumeral,
  findingLabel,
  numberedLabel,
  parseChineseNumeral,
} from '../../../src/model/labels';

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
});

describe('findingLabel', () => {
  it('numbers a finding by its area and its place in the area', () => {
    expect(findingLabel(1, 1)).toBe('问题（一）之一');
    expect(findingLabel(3, 2)).toBe('问题（三）之二');
    expect(findingLabel(2, 12)).toBe('问题（二）之十二');
  });
});

describe('numberedLabel', () => {
  it('numbers causes and measures the way the document does', () => {
    expect(numberedLabel('cause', 3)).toBe('原因（三）');
    expect(numberedLabel('measure', 2)).toBe('措施（二）');
  });
});

describe('areaLabel', () => {
  it('names an area by its number', () => {
    expect(areaLabel(2)).toBe('方面（二）');
  });
});

describe('parseChineseNumeral', () => {
  it('reads back every numeral chineseNumeral writes', () => {
    for (let n = 1; n <= 99; n++) expect(parseChineseNumeral(chineseNumeral(n))).toBe(n);
  });

  it.each(['', '零', '十十', '一十', '二二', 'a'])('refuses %j', (text) => {
    expect(parseChineseNumeral(text)).toBeUndefined();
  });
});
