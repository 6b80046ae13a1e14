/** A paragraph that is only a date, as documents print the date they were written. */
import {
  CHINESE_NUMERAL_CHAR,
  DIGIT_CHAR,
  parseChineseNumeral,
  parseChineseYear,
  parseDigits,
  YEAR_DIGIT_CHAR,
} from '../../src/model/numerals.ts';

const YEAR = `(${DIGIT_CHAR}{4}|${YEAR_DIGIT_CHAR}{4})`;
const SMALL = `(${DIGIT_CHAR}{1,2}|${CHINESE_NUMERAL_CHAR}{1,3})`;
const DATE_LINE = new RegExp(
  `^[（(]?\\s*${YEAR}\\s*年\\s*${SMALL}\\s*月\\s*${SMALL}\\s*日\\s*[）)]?$`,
  'u',
);

/**
 * The ISO date (YYYY-MM-DD) of a paragraph that consists of a date and nothing else:
 * `2024年3月15日`, `（2024年3月15日）`, `二〇二四年三月十五日`, `２０２４年３月１５日`. Undefined for
 * any other paragraph.
 */
export function parseDateLine(text: string): string | undefined {
  const match = DATE_LINE.exec(text.trim());
  if (!match) return undefined;
  const y = parseDigits(match[1]!) ?? parseChineseYear(match[1]!);
  const [m, d] = [match[2]!, match[3]!].map((s) => parseDigits(s) ?? parseChineseNumeral(s));
  if (y === undefined || m === undefined || d === undefined) return undefined;
  const date = new Date(Date.UTC(y, m - 1, d));
  if (date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d) return undefined;
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}
