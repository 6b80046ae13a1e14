/**
 * Numbers as review documents write them: 一 to 九十九 in numbering and dates, a year digit by digit
 * (二〇二四), and digits in either width (3 or ３: text typed with a Chinese input method often has
 * full-width digits).
 */

const DIGITS = ['', '一', '二', '三', '四', '五', '六', '七', '八', '九'];

/** A character of a Chinese numeral from 一 to 九十九, as a pattern to find one in text. */
export const CHINESE_NUMERAL_CHAR = '[一二三四五六七八九十]';

/** An ASCII or full-width digit, as a pattern to find one in text. */
export const DIGIT_CHAR = '[0-9０-９]';

/**
 * A digit of a year written digit by digit, as a pattern. Zero is 〇, but documents also type 零,
 * ○ (a circle) or Ｏ (a full-width letter O), which look the same on the page.
 */
export const YEAR_DIGIT_CHAR = '[〇零○Ｏ一二三四五六七八九]';

/** Writes 1–99 as a Chinese numeral the way documents number parts: 一, 十, 十一, 二十三. */
export function chineseNumeral(n: number): string {
  if (!Number.isInteger(n) || n < 1 || n > 99) {
    throw new RangeError(`chineseNumeral: expected an integer from 1 to 99, got ${n}`);
  }
  const tens = Math.floor(n / 10);
  const ones = n % 10;
  if (tens === 0) return DIGITS[ones]!;
  // 十一, not 一十一: the standard form, which is also how the document's own labels read.
  return `${tens === 1 ? '' : DIGITS[tens]}十${DIGITS[ones]}`;
}

/** Reads a Chinese numeral from 一 to 九十九; undefined if the text is none. */
export function parseChineseNumeral(text: string): number | undefined {
  // 一十 and 一十一 are non-standard, but documents do write them, so they are read (as 10 and 11);
  // `chineseNumeral` never writes them.
  const match = /^(?:([一二三四五六七八九])?(十))?([一二三四五六七八九])?$/u.exec(text);
  if (!match || text === '') return undefined;
  const [, tensDigit, ten, ones] = match;
  const tens = ten ? (tensDigit ? DIGITS.indexOf(tensDigit) : 1) : 0;
  return tens * 10 + (ones ? DIGITS.indexOf(ones) : 0);
}

const YEAR_ZERO = /[〇零○Ｏ]/u;

/** Reads a four-digit year written digit by digit (二〇二四, 二○二三); undefined for anything else. */
export function parseChineseYear(text: string): number | undefined {
  if (!new RegExp(`^${YEAR_DIGIT_CHAR}{4}$`, 'u').test(text)) return undefined;
  return Array.from(text).reduce(
    (year, digit) => year * 10 + (YEAR_ZERO.test(digit) ? 0 : DIGITS.indexOf(digit)),
    0,
  );
}

/** Reads a number written in ASCII or full-width digits (12, １２, even １2); undefined for anything else. */
export function parseDigits(text: string): number | undefined {
  if (!new RegExp(`^${DIGIT_CHAR}+$`, 'u').test(text)) return undefined;
  // Full-width ０ is U+FF10; its digits are ASCII's shifted by a fixed distance.
  return Number(
    text.replace(/[０-９]/gu, (d) => String.fromCharCode(d.charCodeAt(0) - 0xff10 + 0x30)),
  );
}
