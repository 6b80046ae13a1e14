/**
 * The loader of one collection of review files. It owns its files: each is read once, as bytes,
 * and checked before anything else parses it — UTF-8 (a GB18030 file would otherwise be published
 * as replacement characters), no invisible control characters, front matter as written (YAML 1.2,
 * no date conversion, slips reported with their line instead of a parser's stack), the schema —
 * then stored with its text rendered (entries) or as a module to compile (reviews, which place the
 * part components). Every problem of every file is reported at once, in Chinese, and stops the
 * build. A file unchanged since the last build, under unchanged rendering code, is not read again
 * past its bytes.
 */
import { readFile } from 'node:fs/promises';
import { join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Loader, LoaderContext } from 'astro/loaders';
import type { z } from 'astro/zod';
import { listReviewFiles, uniqueEntryIds } from '../model/content-dir.ts';
import { ContentError, formatProblems, type ContentProblem } from '../model/content-error.ts';
import { contentFileIn, entryIdFromPath, inspectionFileIn } from '../model/entry-paths.ts';
import type { EntryKind } from '../model/kinds.ts';
import { entryFacts } from '../text/entry-facts.ts';
import { checkSchema, readContentFile } from './content-file.ts';
import { entryRenderer, type RenderedText, type TextToRender } from './entry-rendering.ts';
import { renderingRevision } from './render-revision.ts';
import { syncRounds } from './sync-round.ts';

/** What the files of a content folder's sub-folder hold: a document's own file, or its entries. */
export type FileKind = EntryKind | 'review' | 'inspection' | 'problem';

/** The kinds whose file is a document's own text, compiled as MDX to place its parts. */
const DOCUMENT_KINDS = new Set<FileKind>(['review', 'inspection']);

/** The kind and id of a path inside one document's folder, by the folder it is in. */
function fileIn(kind: FileKind): (pathInFolder: string) => { kind: FileKind } | undefined {
  return kind === 'inspection' || kind === 'problem' ? inspectionFileIn : contentFileIn;
}

export interface ReviewFilesOptions {
  /** The `reviews/` or `inspections/` folder. */
  base: string;
  /** Which files of it: each document's own file, or the entries of one kind. */
  kind: FileKind;
  /** The collection's schema (also given to `defineCollection`, which types the entries by it). */
  schema: z.ZodType;
}

/** Files read at once: enough to keep the disk busy, few enough to bound open files. */
const CONCURRENCY = 16;

/** The loaders made by this module (one per collection), which sync together. */
let loaders = 0;
let rounds: ReturnType<typeof syncRounds> | undefined;

/** A loader whose files are read, checked and rendered by the project; an invalid file stops the build. */
export function reviewFiles({ base, kind, schema }: ReviewFilesOptions): Loader {
  const folder = resolve(base);
  loaders++;
  return {
    name: 'review-files',
    load: async (context) => {
      const round = (rounds ??= syncRounds(loaders)).join();
      const problems: ContentProblem[] = [];
      let sync: Awaited<ReturnType<typeof fileSync>>;
      try {
        sync = await fileSync(context, folder, kind, schema);
        const paths = (await listReviewFiles(folder)).filter(
          (path) => fileIn(kind)(path.slice(path.indexOf('/') + 1))?.kind === kind,
        );
        const untouched = new Set(context.store.keys());
        await forEachLimited(paths, CONCURRENCY, async (path) => {
          const outcome = await sync(path);
          if ('id' in outcome) untouched.delete(outcome.id);
          else problems.push(...outcome.problems);
        });
        for (const id of untouched) context.store.delete(id);
      } catch (error) {
        // A fault of the program: the other loaders must not wait for this one.
        void round.finish([]);
        throw error;
      }
      const all = await round.finish(problems);
      if (all.length > 0) throw new ContentError(all.toSorted(byPlace));
      watch(context, folder, kind, sync);
    },
  };
}

type Outcome = { id: string } | { problems: ContentProblem[] };

/** Reads, checks, renders and stores one file (a path relative to `reviews/`), or says why not. */
async function fileSync(
  context: LoaderContext,
  folder: string,
  kind: FileKind,
  schema: z.ZodType,
): Promise<(path: string) => Promise<Outcome>> {
  const { store, config } = context;
  const root = fileURLToPath(config.root);
  // An unchanged file keeps its stored entry only while the code that made it is unchanged too.
  const revision = await renderingRevision(
    root,
    [resolve(root, 'src/plugins'), resolve(root, 'src/loaders')],
    resolve(root, 'package-lock.json'),
  );
  const idOf = uniqueEntryIds(folder);
  /** What the Markdown plugins found in each file being rendered, by the file's shown path. */
  const reported = new Map<string, ContentProblem[]>();
  let render: ((text: TextToRender) => Promise<RenderedText>) | undefined;

  return async (path) => {
    const filePath = join(folder, path);
    const shown = relative(process.cwd(), filePath);
    let id: string;
    try {
      id = idOf(path);
    } catch (error) {
      if (error instanceof ContentError) return { problems: error.problems };
      throw error;
    }

    const bytes = await readFile(filePath);
    const inRoot = relative(root, filePath).split(sep).join('/');
    const digest = context.generateDigest(`${revision}\n${bytes.toString('base64')}`);
    const existing = store.get(id);
    if (existing?.digest === digest && existing.filePath === inRoot) {
      if (existing.deferredRender) store.addModuleImport(inRoot);
      keepAssets(store, existing.assetImports, inRoot);
      return { id };
    }
    // Not kept: the next build must read the file again, and fail again until it is fixed.
    store.delete(id);

    const read = readContentFile(bytes, shown);
    if ('problems' in read) return read;
    const checked = checkSchema(schema, read.read.frontMatter, shown);
    if ('problems' in checked) return checked;
    // The data as written: Astro's parseData applies the schema (and its transforms) itself.
    const data = await context.parseData({ id, data: read.read.frontMatter.data, filePath });
    const { body, linesBeforeBody } = read.read.frontMatter;
    const entry = { id, data, body, filePath: inRoot, digest };
    // The plugins know the content folder by its `reviews/`, and find `inspections/` beside it.
    render ??= entryRenderer(config, resolve(folder, '..', 'reviews'), (problems) => {
      for (const problem of problems) {
        reported.set(problem.file, [...(reported.get(problem.file) ?? []), problem]);
      }
    });
    // Rendered here even when the HTML is not kept, so that every mistake in the text is found
    // now, with the others, rather than one at a time while pages are bundled.
    const html = await render({ filePath, body, linesBeforeBody, data });
    const found = reported.get(shown);
    reported.delete(shown);
    if (found) return { problems: found };
    // A review's (an inspection's) MDX places the part components, so it is compiled as a module;
    // every other file is plain text, rendered here once and kept while it is unchanged.
    if (DOCUMENT_KINDS.has(kind) && filePath.endsWith('.mdx')) {
      store.set({ ...entry, deferredRender: true });
      return { id };
    }
    const rendered = { ...html, metadata: { ...html.metadata, facts: entryFacts(html.html) } };
    store.set({ ...entry, rendered, assetImports: html.metadata.imagePaths });
    return { id };
  };
}

/** Re-registers the images an unchanged entry uses, which Astro collects anew every build. */
function keepAssets(store: LoaderContext['store'], assets: string[] | undefined, file: string) {
  const withAssets = store as typeof store & {
    addAssetImports?: (assets: string[], file: string) => void;
  };
  if (assets?.length) withAssets.addAssetImports?.(assets, file);
}

/** In `astro dev`, syncs a file again when it changes, and drops its entry when it goes. */
function watch(
  { watcher, logger, store }: LoaderContext,
  folder: string,
  kind: FileKind,
  sync: (path: string) => Promise<Outcome>,
) {
  if (!watcher) return;
  const pathOf = (file: string) => {
    const path = relative(folder, file).split(sep).join('/');
    const inReview = path.slice(path.indexOf('/') + 1);
    return !path.startsWith('..') && fileIn(kind)(inReview)?.kind === kind ? path : undefined;
  };
  const onChange = async (file: string) => {
    const path = pathOf(file);
    if (!path) return;
    const outcome = await sync(path);
    if ('problems' in outcome) logger.error(formatProblems(outcome.problems));
    else logger.info(`已重新读取 ${path}`);
  };
  watcher.add(folder);
  watcher.on('change', (file) => void onChange(file));
  watcher.on('add', (file) => void onChange(file));
  watcher.on('unlink', (file) => {
    const path = pathOf(file);
    if (!path) return;
    try {
      store.delete(entryIdFromPath(path));
    } catch {
      // A file whose name was no entry's left no entry behind.
    }
  });
}

/** Problems in the order of their files and lines. */
function byPlace(a: ContentProblem, b: ContentProblem): number {
  return a.file < b.file ? -1 : a.file > b.file ? 1 : (a.line ?? 0) - (b.line ?? 0);
}

/** Runs `work` on every item, at most `limit` at a time. */
async function forEachLimited<T>(
  items: readonly T[],
  limit: number,
  work: (item: T) => Promise<void>,
): Promise<void> {
  let next = 0;
  const worker = async () => {
    while (next < items.length) await work(items[next++]!);
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
}
