import { describe, expect, it } from 'vitest';
import { parseDateLine } from '../../../../scripts/import/date-line.ts';

describe('parseDateLine', () => {
  it('reads a paragraph that is only a date', () => {
    expect(parseDateLine('2024年3月15日')).toBe('2024-03-15');
    expect(parseDateLine('（2024年3月15日）')).toBe('2024-03-15');
    expect(parseDateLine('2024 年 12 月 1 日')).toBe('2024-12-01');
    expect(parseDateLine('二〇二四年三月十五日')).toBe('2024-03-15');
    expect(parseDateLine('二○二三年十二月三十一日')).toBe('2023-12-31');
  });

  it('reads full-width digits and every way of writing the year’s zero', () => {
    expect(parseDateLine('２０２４年３月１５日')).toBe('2024-03-15');
    expect(parseDateLine('二零二三年一月五日')).toBe('2023-01-05');
    expect(parseDateLine('二ＯＯ三年二月二十八日')).toBe('2003-02-28');
  });

  it('ignores dates inside text and dates that do not exist', () => {
    expect(parseDateLine('直到2023年7月28日才正式开工。')).toBeUndefined();
    expect(parseDateLine('2024年2月30日')).toBeUndefined();
    expect(parseDateLine('2024年3月')).toBeUndefined();
  });

  it('ignores a month or day that is not a numeral', () => {
    // 十十 used to be read as 10.
    expect(parseDateLine('二〇二四年十十月一日')).toBeUndefined();
    expect(parseDateLine('二〇二四年三三月一日')).toBeUndefined();
  });
});
