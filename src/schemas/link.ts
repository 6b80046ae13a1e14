import { z } from 'astro/zod';
import { judgeLink } from '../permalinks/safe-link.ts';

/**
 * A link in front matter: an http(s) address or a path on this site. Every URL field uses it, so
 * a link that would run script or leave for another host fails the build naming file and field.
 */
export const linkSchema = z
  .string()
  .trim()
  .min(1)
  .superRefine((link, ctx) => {
    const verdict = judgeLink(link);
    if (!verdict.ok) ctx.addIssue({ code: 'custom', message: verdict.problem });
  });
