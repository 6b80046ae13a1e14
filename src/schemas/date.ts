import { z } from 'astro/zod';
import { parseIsoDate } from '../text/dates.ts';

/**
 * A calendar date written YYYY-MM-DD, checked as written: the content loader hands the schemas
 * front matter read without YAML timestamps, so an unquoted 2024-02-30 arrives as the text it is
 * and is refused here, instead of becoming 2024-03-01 on the way.
 */
export const dateSchema = z.string().transform((value, ctx) => {
  const date = parseIsoDate(value);
  if (!date || date.getUTCFullYear() < EARLIEST_YEAR) {
    ctx.addIssue({ code: 'custom', message: dateProblem(value) });
    return z.NEVER;
  }
  return date;
});

/** No review, deadline or report predates this; an earlier year is a typing error (0001-01-01). */
const EARLIEST_YEAR = 1900;

/** What is wrong with a text that should be a date, said after the field's name. */
function dateProblem(value: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value.trim());
  if (!match) return `应写作 YYYY-MM-DD（如 2024-06-30），实际是“${value}”`;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  if (month < 1 || month > 12) return `“${value}”不是真实的日期：没有 ${month} 月`;
  if (year < EARLIEST_YEAR) return `“${value}”的年份不对：${year} 年不可能`;
  return `“${value}”不是真实的日期：${year} 年 ${month} 月没有 ${day} 日`;
}
