import { describe, expect, it } from 'vitest';
import {
  describeFormat,
  formatListNumber,
  writesFormat,
} from '../../../../../scripts/shared/documents/docx-number-formats.ts';

const series = (format: string, numbers: number[]) =>
  numbers.map((n) => formatListNumber(n, format));

describe('formatListNumber', () => {
  it('writes Chinese counting as documents number their parts', () => {
    for (const format of ['chineseCounting', 'chineseCountingThousand', 'taiwaneseCounting']) {
      expect(series(format, [1, 2, 10, 11, 20, 23, 101, 0])).toEqual([
        '一',
        '二',
        '十',
        '十一',
        '二十',
        '二十三',
        '一百零一',
        '〇',
      ]);
    }
    expect(series('ideographDigital', [3, 10, 2024])).toEqual(['三', '一〇', '二〇二四']);
  });

  it('writes the series of 天干 and 地支 as far as they go, and no further', () => {
    expect(series('ideographTraditional', [1, 2, 10, 11])).toEqual(['甲', '乙', '癸', undefined]);
    expect(series('ideographZodiac', [1, 12, 13])).toEqual(['子', '亥', undefined]);
  });

  it('writes enclosed numbers, and the plain number past the last of them', () => {
    expect(series('decimalEnclosedCircle', [1, 2, 20, 21])).toEqual(['①', '②', '⑳', '21']);
    expect(series('decimalEnclosedCircleChinese', [3])).toEqual(['③']);
    expect(series('decimalEnclosedParen', [1, 20])).toEqual(['⑴', '⒇']);
    expect(series('decimalEnclosedFullstop', [1])).toEqual(['⒈']);
    expect(series('ideographEnclosedCircle', [1, 10, 11])).toEqual(['㈠', '㈩', '11']);
  });

  it('writes Arabic digits, Roman numerals and letters', () => {
    expect(series('decimal', [1, 12, 0])).toEqual(['1', '12', '0']);
    expect(series('decimalZero', [3, 12])).toEqual(['03', '12']);
    expect(series('decimalFullWidth', [12])).toEqual(['１２']);
    expect(series('upperRoman', [4, 1999, 4000])).toEqual(['IV', 'MCMXCIX', undefined]);
    expect(series('lowerRoman', [9])).toEqual(['ix']);
    expect(series('upperLetter', [1, 26, 27, 53])).toEqual(['A', 'Z', 'AA', 'AAA']);
    expect(series('lowerLetter', [2, 28])).toEqual(['b', 'bb']);
    expect(series('none', [5])).toEqual(['']);
  });

  it('writes nothing in a format it does not know, nor a number no list has', () => {
    expect(formatListNumber(1, 'chineseLegalSimplified')).toBeUndefined();
    expect(formatListNumber(1, 'toString')).toBeUndefined();
    expect(formatListNumber(1, 'bullet')).toBeUndefined();
    expect(formatListNumber(-1, 'decimal')).toBeUndefined();
    expect(formatListNumber(1e6, 'upperLetter')).toBeUndefined();
    expect(writesFormat('chineseCounting')).toBe(true);
    expect(writesFormat('__proto__')).toBe(false);
  });
});

describe('describeFormat', () => {
  it('shows what a format looks like where messages can, and its name', () => {
    expect(describeFormat('chineseLegalSimplified')).toBe('“壹、贰、叁”（chineseLegalSimplified）');
    expect(describeFormat('hebrew1')).toBe('hebrew1');
    expect(describeFormat('x'.repeat(1000))).toBe(`${'x'.repeat(40)}…`);
  });
});
