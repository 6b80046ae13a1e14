import { z } from 'astro/zod';
import { ID_SEGMENT } from '../model/kinds.ts';
import { idTextSchema } from './entry-ref.ts';

/**
 * A former address of an entry, kept working after the entry is renumbered or moved: either its
 * former id in the same review and folder (`1-4`, or `4` as YAML reads it), or a former path from
 * the site root without the deploy base (`/old-review/findings/2/`). Paths get their trailing slash.
 */
export const aliasSchema = idTextSchema
  .pipe(
    z
      .string()
      .regex(
        new RegExp(`^(?:${ID_SEGMENT}|/(?:${ID_SEGMENT}/)*${ID_SEGMENT}/?)$`),
        '应是旧编号（如 1-4）或从网站根目录写起的旧路径（如 /old-review/findings/2/），只用小写英文字母、数字和连字符',
      ),
  )
  .transform((alias) => (alias.startsWith('/') && !alias.endsWith('/') ? `${alias}/` : alias));

/** The former addresses of one entry; empty unless it was renumbered or moved. */
export const aliasListSchema = z.array(aliasSchema).default([]);

export type Alias = z.output<typeof aliasSchema>;
