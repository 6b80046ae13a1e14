/**
 * How Word writes a list number in each of its number formats (`w:numFmt`): 一 二 三, ① ② ③, 甲 乙
 * 丙, 1 2 3, i ii iii … Only the formats a Chinese document uses, and the common Western ones, are
 * written; for any other the number is not guessed.
 */
import { chineseNumeral, MAX_CHINESE_NUMERAL } from '../../../src/model/numerals.ts';

/** The characters of a format that counts through a fixed series (甲乙丙…), one per number. */
const SERIES = {
  ideographTraditional: '甲乙丙丁戊己庚辛壬癸',
  ideographZodiac: '子丑寅卯辰巳午未申酉戌亥',
} as const;

const IDEOGRAPH_DIGITS = '〇一二三四五六七八九';

/** The first of a run of enclosed numbers in Unicode (①, ⑴, ⒈, ㈠) and how many there are. */
const ENCLOSED = {
  decimalEnclosedCircle: [0x2460, 20],
  decimalEnclosedCircleChinese: [0x2460, 20],
  decimalEnclosedParen: [0x2474, 20],
  decimalEnclosedFullstop: [0x2488, 20],
  ideographEnclosedCircle: [0x3220, 10],
} as const;

/**
 * Letters repeat past Z (AA, BB …, as Word counts); past this many rounds a number is no list's.
 * It also bounds how long a number's text can grow.
 */
const MAX_LETTER_ROUNDS = 20;

const ROMAN: [number, string][] = [
  [1000, 'M'],
  [900, 'CM'],
  [500, 'D'],
  [400, 'CD'],
  [100, 'C'],
  [90, 'XC'],
  [50, 'L'],
  [40, 'XL'],
  [10, 'X'],
  [9, 'IX'],
  [5, 'V'],
  [4, 'IV'],
  [1, 'I'],
];

function roman(n: number): string | undefined {
  if (n < 1 || n > 3999) return undefined;
  let out = '';
  let rest = n;
  for (const [value, letters] of ROMAN) {
    while (rest >= value) {
      out += letters;
      rest -= value;
    }
  }
  return out;
}

function letters(n: number): string | undefined {
  if (n < 1 || n > 26 * MAX_LETTER_ROUNDS) return undefined;
  return String.fromCharCode(0x41 + ((n - 1) % 26)).repeat(Math.ceil(n / 26));
}

/** 一 … 九千九百九十九, and 〇 for a list that starts at 0. */
function chineseCounting(n: number): string | undefined {
  if (n === 0) return '〇';
  return n >= 1 && n <= MAX_CHINESE_NUMERAL ? chineseNumeral(n) : undefined;
}

const fullWidth = (n: number) =>
  String(n).replace(/[0-9]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0x30 + 0xff10));

/**
 * Each format this reader writes, by its name in `w:numFmt`; undefined for a number the format has
 * no writing for (a fifth 天干 past 癸, ㈩ and beyond).
 */
const FORMATS: Record<string, (n: number) => string | undefined> = {
  decimal: String,
  decimalHalfWidth: String,
  decimalZero: (n) => (n < 10 ? `0${n}` : String(n)),
  decimalFullWidth: fullWidth,
  decimalFullWidth2: fullWidth,
  chineseCounting,
  chineseCountingThousand: chineseCounting,
  taiwaneseCounting: chineseCounting,
  taiwaneseCountingThousand: chineseCounting,
  ideographDigital: (n) => Array.from(String(n), (d) => IDEOGRAPH_DIGITS[Number(d)]).join(''),
  taiwaneseDigital: (n) => Array.from(String(n), (d) => IDEOGRAPH_DIGITS[Number(d)]).join(''),
  ...Object.fromEntries(
    Object.entries(SERIES).map(([format, series]) => [
      format,
      (n: number) => (n >= 1 && n <= series.length ? series[n - 1] : undefined),
    ]),
  ),
  // Past the last enclosed character Word writes the plain number.
  ...Object.fromEntries(
    Object.entries(ENCLOSED).map(([format, [first, count]]) => [
      format,
      (n: number) => (n >= 1 && n <= count ? String.fromCodePoint(first + n - 1) : String(n)),
    ]),
  ),
  upperRoman: roman,
  lowerRoman: (n) => roman(n)?.toLowerCase(),
  upperLetter: letters,
  lowerLetter: (n) => letters(n)?.toLowerCase(),
  none: () => '',
};

/** Whether this reader writes numbers in Word's number format `format`. */
export function writesFormat(format: string): boolean {
  return Object.hasOwn(FORMATS, format);
}

/**
 * Number `n` written in Word's number format `format`; undefined if this reader does not write
 * that format, or not that number in it.
 */
export function formatListNumber(n: number, format: string): string | undefined {
  if (!writesFormat(format) || !Number.isSafeInteger(n) || n < 0) return undefined;
  return FORMATS[format]!(n);
}

/** How messages show a format that is not written: what it looks like, as Word's menus show it. */
const LOOKS: Record<string, string> = {
  chineseLegalSimplified: '壹、贰、叁',
  ideographLegalTraditional: '壹、貳、參',
  ideographZodiacTraditional: '甲子、乙丑、丙寅',
  japaneseCounting: '一、二、三（日文）',
  japaneseLegal: '壱、弐、参',
  ordinal: '1st、2nd、3rd',
  cardinalText: 'One、Two、Three',
  ordinalText: 'First、Second、Third',
  ideographTraditional: '甲、乙、丙……癸（只有 10 个）',
  ideographZodiac: '子、丑、寅……亥（只有 12 个）',
};

/** `“壹、贰、叁”（chineseLegalSimplified）`, or the format's name alone: a format for messages. */
export function describeFormat(format: string): string {
  const looks = Object.hasOwn(LOOKS, format) ? LOOKS[format] : undefined;
  // A name is a word or two; a file may write anything there.
  const name = format.length > 40 ? `${format.slice(0, 40)}…` : format;
  return looks ? `“${looks}”（${name}）` : name || '（空）';
}
