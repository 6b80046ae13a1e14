/**
 * The loader of one collection of review files: Astro's glob loader, with ids from file paths
 * (src/model/content-dir.ts), and with each changed file's front matter read as written and checked
 * against the collection's schema before Astro sees it, so a mistake is reported in Chinese with
 * the file, the line and the field, and no YAML date conversion ever reaches a schema.
 */
import { readFile } from 'node:fs/promises';
import { relative } from 'node:path';
import { glob, type Loader } from 'astro/loaders';
import type { z } from 'astro/zod';
import { ContentError } from '../model/content-error';
import { uniqueEntryIds } from '../model/content-dir';
import { schemaProblems } from '../schemas/issues';
import { readFrontMatter } from './front-matter';

export interface ReviewFilesOptions {
  /** The `reviews/` folder. */
  base: string;
  /** Which files of it, e.g. `*\/findings/*.{md,mdx}`. */
  pattern: string;
  /** The collection's schema (also given to `defineCollection`, which types the entries by it). */
  schema: z.ZodType;
}

/** A glob loader whose entries are checked as written; an invalid file stops the build. */
export function reviewFiles({ base, pattern, schema }: ReviewFilesOptions): Loader {
  const inner = glob({ base, pattern, generateId: uniqueEntryIds() });
  return {
    name: 'review-files',
    load: (context) =>
      inner.load({
        ...context,
        // Called only for files that changed since the last build (unchanged ones keep their data).
        parseData: async (props) => {
          if (!props.filePath) return context.parseData(props);
          const file = relative(process.cwd(), props.filePath);
          const read = readFrontMatter(await readFile(props.filePath, 'utf8'), file);
          if ('problem' in read) throw new ContentError([read.problem]);
          const { data, lineOf } = read.frontMatter;
          const result = schema.safeParse(data);
          if (!result.success) {
            const problems = schemaProblems(result.error, data, file).map((problem, i) => {
              const issue = result.error.issues[i]!;
              // An unknown field is reported where it is written, not where its map starts.
              const path =
                issue.code === 'unrecognized_keys' ? [...issue.path, issue.keys[0]!] : issue.path;
              const line = lineOf(path);
              return line ? { ...problem, line } : problem;
            });
            throw new ContentError(problems);
          }
          return context.parseData({ ...props, data: data as typeof props.data });
        },
      }),
  };
}
