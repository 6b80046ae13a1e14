import { z } from 'astro/zod';
import { aliasListSchema } from './alias.ts';

/**
 * Front matter of `causes/<n>.mdx`. The body is the cause's paragraph exactly as in the document,
 * its （一） numbering and its 一是…四是 points included. The findings it explains are derived.
 */
export const causeSchema = z.strictObject({
  /** Position in the causes part: 1 for （一）, 2 for （二）, … */
  order: z.number().int().positive(),
  /** The headline of the cause, without its numbering, e.g. 对政治理论学习的重要性认识不到位. */
  title: z.string().trim().min(1),
  /** Former ids or paths of this entry, kept as redirects to it, e.g. [5, /old-review/causes/2/]. */
  aliases: aliasListSchema,
});

export type CauseData = z.output<typeof causeSchema>;
