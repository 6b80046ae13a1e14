import { z } from 'astro/zod';
import { aliasListSchema } from './alias.ts';
import { entryRefListSchema, idTextSchema } from './entry-ref.ts';
import { ID_SEGMENT } from '../model/kinds.ts';

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
  /**
   * Numbers of the feedback problems (反馈问题) this finding answers, e.g. [3, 7]: file names in
   * `content/inspections/<inspection>/problems/` of the inspection the review names.
   */
  feedback: z
    .array(
      idTextSchema.pipe(
        z
          .string()
          .regex(new RegExp(`^${ID_SEGMENT}$`), '应是反馈问题的编号，如 3（文件名去掉 .mdx）'),
      ),
    )
    .default([]),
  /** The same problem found in an earlier review (反复出现), e.g. [xx-minzhengju-2021/1-2]. */
  recurs: z
    .array(
      idTextSchema.pipe(
        z
          .string()
          .regex(
            new RegExp(`^${ID_SEGMENT}/${ID_SEGMENT}$`),
            '应写作“材料文件夹名/问题编号”，如 xx-minzhengju-2021/1-2',
          ),
      ),
    )
    .default([]),
});

export type FindingData = z.output<typeof findingSchema>;
