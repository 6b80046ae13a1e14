import { z } from 'astro/zod';
import { ID_SEGMENT } from '../model/kinds';
import { idTextSchema } from './entry-ref';

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
        'expected a former id such as 1-4, or a former path from the site root such as /old-review/findings/2/ (lower-case letters, digits and hyphens)',
      ),
  )
  .transform((alias) => (alias.startsWith('/') && !alias.endsWith('/') ? `${alias}/` : alias));

/** The former addresses of one entry; empty unless it was renumbered or moved. */
export const aliasListSchema = z.array(aliasSchema).default([]);

export type Alias = z.output<typeof aliasSchema>;
