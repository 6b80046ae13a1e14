/**
 * Numbers as review documents write them: 一 to 九千九百九十九 in numbering and dates (an area may
 * hold a hundred findings and more: 一百零一是), a year digit by digit (二〇二四), and digits in
 * either width (3 or ３: text typed with a Chinese input method often has full-width digits).
 */

const DIGITS = ['', '一', '二', '三', '四', '五', '六', '七', '八', '九'];

/** The units of a numeral, largest first, with their place values. */
const UNITS = [
  ['千', 1000],
  ['百', 100],
  ['十', 10],
] as const;

/** The largest number `chineseNumeral` writes. */
export const MAX_CHINESE_NUMERAL = 9999;

/**
 * A character of a Chinese numeral from 一 to 九千九百九十九, as a pattern to find one in text. Zero
 * is 零, sometimes typed 〇 (一百〇一).
 */
export const CHINESE_NUMERAL_CHAR = '[一二三四五六七八九十百千零〇]';

/**
 * A run of characters as long as a numeral up to 九千九百九十九, as a pattern: what may be a Chinese
 * numeral in text. `parseChineseNumeral` says whether it is one.
 */
export const CHINESE_NUMERAL = `${CHINESE_NUMERAL_CHAR}{1,7}`;

/** An ASCII or full-width digit, as a pattern to find one in text. */
export const DIGIT_CHAR = '[0-9０-９]';

/**
 * A digit of a year written digit by digit, as a pattern. Zero is 〇, but documents also type 零,
 * ○ (a circle) or Ｏ (a full-width letter O), which look the same on the page.
 */
export const YEAR_DIGIT_CHAR = '[〇零○Ｏ一二三四五六七八九]';

/**
 * Writes 1–9999 as a Chinese numeral the way documents number parts: 一, 十, 十一, 二十三, 一百,
 * 一百零一, 一百一十, 二千零三十四.
 */
export function chineseNumeral(n: number): string {
  if (!Number.isInteger(n) || n < 1 || n > MAX_CHINESE_NUMERAL) {
    throw new RangeError(
      `chineseNumeral: expected an integer from 1 to ${MAX_CHINESE_NUMERAL}, got ${n}`,
    );
  }
  // 十一, not 一十一: the standard form, which is also how the document's own labels read. Past
  // 十九 every unit has its digit: 一百一十.
  if (n < 20) return n < 10 ? DIGITS[n]! : `十${DIGITS[n - 10]}`;
  let out = '';
  let rest = n;
  for (const [unit, value] of UNITS) {
    const digit = Math.floor(rest / value);
    rest %= value;
    if (digit > 0) out += `${DIGITS[digit]}${unit}`;
    // One 零 stands for the places skipped before a lower digit: 一千零一, 一千零一十, 一百零一.
    else if (out !== '' && rest > 0 && !out.endsWith('零')) out += '零';
  }
  return out + DIGITS[rest]!;
}

/** Reads a Chinese numeral from 一 to 九千九百九十九; undefined if the text is none. */
export function parseChineseNumeral(text: string): number | undefined {
  // 一十 and 一十一 are non-standard, but documents do write them, so they are read (as 10 and 11),
  // and so is 〇 for 零; `chineseNumeral` never writes them.
  const standard = text.replace(/^一十/u, '十').replace(/〇/gu, '零');
  const value = numeralValue(standard);
  // Only the standard writing of its value is a numeral: 十十, 二二, 一百一 (110 or 101?) are not.
  if (value === undefined || value < 1 || value > MAX_CHINESE_NUMERAL) return undefined;
  return chineseNumeral(value) === standard ? value : undefined;
}

/** The value of digits and units read left to right (一百零五 = 100 + 5); undefined for other text. */
function numeralValue(text: string): number | undefined {
  let total = 0;
  let digit: number | undefined;
  for (const ch of text) {
    const unit = UNITS.find(([name]) => name === ch)?.[1];
    if (unit !== undefined) {
      total += (digit ?? 1) * unit;
      digit = undefined;
    } else if (ch === '零') {
      if (digit !== undefined) return undefined;
    } else {
      const d = DIGITS.indexOf(ch);
      if (d < 1 || digit !== undefined) return undefined;
      digit = d;
    }
  }
  return total + (digit ?? 0);
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
