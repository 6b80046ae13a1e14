import { z } from 'astro/zod';
import { parseIsoDate } from '../text/dates';

/**
 * A calendar date written YYYY-MM-DD. YAML reads such a value as a date already; a quoted one is
 * parsed here, and anything else (2024/6/30, 2024-02-30, 六月底) is refused with the form expected.
 */
export const dateSchema = z.union([z.date(), z.string()]).transform((value, ctx) => {
  const date = value instanceof Date ? value : parseIsoDate(value);
  if (!date || Number.isNaN(date.getTime())) {
    ctx.addIssue({
      code: 'custom',
      message: `expected a date written YYYY-MM-DD, e.g. 2024-06-30 (got "${String(value)}")`,
    });
    return z.NEVER;
  }
  return date;
});
