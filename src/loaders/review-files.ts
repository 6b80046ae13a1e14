/**
 * The loader of one collection of review files: Astro's glob loader, with ids from file paths
 * (src/model/content-dir.ts), and with each changed file's front matter read as written and checked
 * against the collection's schema before Astro sees it, so a mistake is reported in Chinese with
 * the file, the line and the field, and no YAML date conversion ever reaches a schema. Entries'
 * `.mdx` files are rendered while content syncs (see entry-rendering.ts).
 */
import { readFile } from 'node:fs/promises';
import { relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ContentEntryType } from 'astro';
import { glob, type Loader, type LoaderContext } from 'astro/loaders';
import type { z } from 'astro/zod';
import { ContentError, type ContentProblem } from '../model/content-error.ts';
import { uniqueEntryIds } from '../model/content-dir.ts';
import { schemaProblems } from '../schemas/issues.ts';
import { mdxRenderedAtSync } from './entry-rendering.ts';
import { readFrontMatter } from './front-matter.ts';
import { renderingRevision } from './render-revision.ts';

export interface ReviewFilesOptions {
  /** The `reviews/` folder. */
  base: string;
  /** Which files of it, e.g. `*\/findings/*.{md,mdx}`. */
  pattern: string;
  /** The collection's schema (also given to `defineCollection`, which types the entries by it). */
  schema: z.ZodType;
  /** Render `.mdx` files during content sync instead of compiling them (entries, not reviews). */
  renderAtSync?: boolean;
}

/**
 * The part of the loader context Astro's glob loader reads to pick a file's entry type; Astro
 * passes it without declaring it. Without it the override below is skipped and `.mdx` entries are
 * compiled as MDX, which renders the same pages, only more slowly.
 */
type GlobContext = LoaderContext & { entryTypes?: Map<string, ContentEntryType> };

/** A glob loader whose entries are checked as written; an invalid file stops the build. */
export function reviewFiles({
  base,
  pattern,
  schema,
  renderAtSync = false,
}: ReviewFilesOptions): Loader {
  const inner = glob({ base, pattern, generateId: uniqueEntryIds() });
  return {
    name: 'review-files',
    load: async (context: GlobContext) => {
      const problems: ContentProblem[] = [];
      /** Entry ids by file (relative to the working folder), to drop an entry that did not render. */
      const idOfFile = new Map<string, string>();
      const mdx = renderAtSync ? context.entryTypes?.get('.mdx') : undefined;
      const rendering = mdx && {
        entryTypes: new Map(context.entryTypes).set(
          '.mdx',
          mdxRenderedAtSync(mdx, resolve(base), (found) => problems.push(...found)),
        ),
        generateDigest: await revisedDigest(context),
      };
      await inner.load({
        ...context,
        ...rendering,
        // Called only for files that changed since the last build (unchanged ones keep their data).
        parseData: async (props) => {
          if (!props.filePath) return context.parseData(props);
          const file = relative(process.cwd(), props.filePath);
          idOfFile.set(file, props.id);
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
      });
      if (problems.length > 0) {
        // Not kept: the next build must read these files again, and fail again until they are fixed.
        for (const { file } of problems) {
          const id = idOfFile.get(file);
          if (id !== undefined) context.store.delete(id);
        }
        throw new ContentError(problems);
      }
    },
  };
}

/**
 * The context's digest with the rendering code's revision mixed in: an entry whose file is
 * unchanged keeps its HTML only while the code that made it is unchanged too.
 */
async function revisedDigest(context: LoaderContext): Promise<LoaderContext['generateDigest']> {
  const root = fileURLToPath(context.config.root);
  const revision = await renderingRevision(
    root,
    [resolve(root, 'src/plugins'), resolve(root, 'src/loaders')],
    resolve(root, 'package-lock.json'),
  );
  return (data) =>
    context.generateDigest(
      typeof data === 'string' ? `${revision}\n${data}` : { ...data, revision },
    );
}
