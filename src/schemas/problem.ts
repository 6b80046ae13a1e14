import { z } from 'astro/zod';
import { ID_SEGMENT } from '../model/kinds.ts';
import { aliasListSchema } from './alias.ts';
import { idTextSchema } from './entry-ref.ts';

/** `<inspection>/<problem>`: a feedback problem of another (earlier) inspection. */
export const problemRefSchema = idTextSchema.pipe(
  z
    .string()
    .regex(
      new RegExp(`^${ID_SEGMENT}/${ID_SEGMENT}$`),
      '应写作“巡察文件夹名/问题编号”，如 xc-2021-shili/3',
    ),
);

/**
 * Front matter of `content/inspections/<inspection>/problems/<n>.mdx`: one feedback problem
 * (反馈问题). The file name is the problem's number as findings cite it (`feedback: [3]`); the
 * body is the problem's text exactly as in the feedback.
 */
export const problemSchema = z.strictObject({
  /** 1-based index into the inspection's `categories`. */
  category: z.number().int().positive(),
  /** Position within its category: 1 for the first problem listed under it. */
  order: z.number().int().positive(),
  /** The problem's headline clause, without its numbering. */
  title: z.string().trim().min(1),
  /** The same problem in an earlier inspection's feedback (反复出现), e.g. [xc-2021-shili/3]. */
  recurs: z.array(problemRefSchema).default([]),
  /** Former ids or paths of this problem, kept as redirects to it. */
  aliases: aliasListSchema,
});

export type ProblemData = z.output<typeof problemSchema>;
