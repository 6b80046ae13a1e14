/** A paragraph that is only a date, as documents print the date they were written. */

const CN_DIGITS = '〇一二三四五六七八九';
const YEAR = '(\\d{4}|[〇零○Ｏ一二三四五六七八九]{4})';
const SMALL = '(\\d{1,2}|[一二三四五六七八九十]{1,3})';
const DATE_LINE = new RegExp(
  `^[（(]?\\s*${YEAR}\\s*年\\s*${SMALL}\\s*月\\s*${SMALL}\\s*日\\s*[）)]?$`,
);

function smallNumber(text: string): number {
  if (/^\d+$/.test(text)) return Number(text);
  const [tens, ones] = text.includes('十') ? text.split('十') : ['', text];
  const digit = (c: string | undefined) => (c ? CN_DIGITS.indexOf(c) : 0);
  return text.includes('十') ? (tens ? digit(tens) : 1) * 10 + digit(ones) : digit(ones);
}

function year(text: string): number {
  if (/^\d+$/.test(text)) return Number(text);
  return Number(Array.from(text, (c) => CN_DIGITS.indexOf(c.replace(/[零○Ｏ]/, '〇'))).join(''));
}

/**
 * The ISO date (YYYY-MM-DD) of a paragraph that consists of a date and nothing else:
 * `2024年3月15日`, `（2024年3月15日）`, `二〇二四年三月十五日`. Undefined for any other paragraph.
 */
export function parseDateLine(text: string): string | undefined {
  const match = DATE_LINE.exec(text.trim());
  if (!match) return undefined;
  const [y, m, d] = [year(match[1]!), smallNumber(match[2]!), smallNumber(match[3]!)];
  const date = new Date(Date.UTC(y, m - 1, d));
  if (date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d) return undefined;
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}
