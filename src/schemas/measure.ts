import { z } from 'astro/zod';
import { aliasListSchema } from './alias.ts';
import { checkLedger, ledgerFieldsSchema } from './ledger.ts';

/**
 * Front matter of `measures/<n>.mdx`. The body is the measure's paragraph exactly as in the
 * document, numbering included. The findings it answers are derived. The ledger fields record the
 * rectification that follows the review.
 */
export const measureSchema = z
  .strictObject({
    /** Position in the measures part: 1 for （一）, 2 for （二）, … */
    order: z.number().int().positive(),
    /** The headline of the measure, without its numbering, e.g. 强化理论学习，在学懂弄通做实上下狠功夫. */
    title: z.string().trim().min(1),
    /** Former ids or paths of this entry, kept as redirects to it, e.g. [5, /old-review/measures/2/]. */
    aliases: aliasListSchema,
  })
  .extend(ledgerFieldsSchema.shape)
  .superRefine(checkLedger);

export type MeasureData = z.output<typeof measureSchema>;
