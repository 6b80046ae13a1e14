import { z } from 'astro/zod';
import { aliasListSchema } from './alias.ts';
import { entryRefListSchema } from './entry-ref.ts';

/**
 * Front matter of `findings/<area>-<n>.mdx`. The body is the finding's paragraph exactly as in the
 * document, numbering word (一是…) included. Relations are written here, and only here: every
 * reverse link (cause → findings, measure → findings) is derived from them.
 */
export const findingSchema = z.strictObject({
  /** 1-based index into the review's `areas`: the （一）（二）… heading this finding sits under. */
  area: z.number().int().positive(),
  /** Position within its area: 1 for 一是, 2 for 二是, … */
  order: z.number().int().positive(),
  /** The headline clause of the paragraph, without its numbering word. */
  title: z.string().trim().min(1),
  /** Ids of the causes (原因) that explain this finding, e.g. [1, 3]. */
  causes: entryRefListSchema,
  /** Ids of the measures (整改措施) that answer this finding, e.g. [2]. */
  measures: entryRefListSchema,
  /**
   * `continues` when the finding's text begins inside a paragraph of the document: the paragraph
   * of the finding before it, or of its area's heading or text (…方面。一是……。二是……). Its first
   * paragraph is then published as the rest of that paragraph on the full-text page.
   */
  paragraph: z.literal('continues').optional(),
  /** Former ids or paths of this entry, kept as redirects to it, e.g. [1-4, /old-review/findings/2/]. */
  aliases: aliasListSchema,
});

export type FindingData = z.output<typeof findingSchema>;
