/**
 * Builds the Pagefind search index over the finished site, as the last step of `astro build`, so
 * `npm run build` alone produces a searchable site. Any indexing error fails the build.
 *
 * Pages are handed to Pagefind with their text spaced out by character (see src/search/tokens.ts):
 * that is what makes every search literal. The published pages are not touched.
 *
 * The index of the last build is kept in Astro's cache folder with the digest of what was handed
 * to Pagefind (search-index-digest.ts). A build whose pages hand Pagefind the same (a ledger update:
 * statuses, deadlines and owners are not indexed) copies that index, the files Pagefind would write
 * again, instead of indexing the site anew.
 *
 * The filters are not in the index: every build writes them beside it, in a table by Pagefind's
 * page ids (src/search/filter-table.ts), so that a status changed in the ledger changes that table
 * and not the index.
 */
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import { existsSync } from 'node:fs';
import { readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { join, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';
import * as pagefind from 'pagefind';
import type { PageFilters } from '../search/facets.ts';
import { encodeFilterTable, FILTER_TABLE_FILE } from '../search/filter-table.ts';
import { pageFilters } from '../search/page-fields.ts';
import { spaceHtmlText } from '../search/tokens.ts';
import { copyFiles, fileSizes, readTextsInOrder } from './file-batches.ts';
import { SearchIndexDigest } from './search-index-digest.ts';

const UNUSED_BUNDLE_FILES = [
  'pagefind-ui.js',
  'pagefind-ui.css',
  'pagefind-component-ui.js',
  'pagefind-component-ui.css',
  'pagefind-modular-ui.js',
  'pagefind-modular-ui.css',
  'pagefind-highlight.js',
];

/** Pages handed to Pagefind at a time: enough to keep both processes busy, few enough for memory. */
const PAGES_IN_FLIGHT = 8;

/** Raised when Pagefind reports errors; the build stops with it. */
export class SearchIndexError extends Error {
  constructor(message: string, options?: ErrorOptions) {
    super(`Search index: ${message}`, options);
    this.name = 'SearchIndexError';
  }
}

/**
 * Pagefind's settings for this site: one index for the whole site. Not "zh": Pagefind would run
 * its Chinese segmenter over the character words and break the positions phrase matching relies
 * on. "und" (undetermined) gets plain whitespace splitting and no stemming.
 */
const INDEX_OPTIONS = { forceLanguage: 'und' } as const;

/**
 * Raised by hand when pages are handed to Pagefind in another way than the settings below
 * capture, so that no index kept from an earlier build is copied.
 */
const HANDOVER_REVISION = 2;

/** The folder in Astro's cache that keeps the last index, and the record of what it indexed. */
const KEPT_INDEX = 'search-index';
const KEPT_RECORD = 'record.json';

/** How the names of Pagefind's page records end: `und_2def4e8.pf_fragment`. */
const FRAGMENT_SUFFIX = '.pf_fragment';

/** What is recorded with a kept index: its digest, its files with their sizes, its page ids. */
interface KeptIndex {
  digest: string;
  files: Record<string, number>;
  /** Pagefind's id of each page, by URL. */
  ids: Record<string, string>;
}

/** The Astro integration that runs Pagefind on `astro:build:done`. */
export function pagefindIntegration(): AstroIntegration {
  let cacheDir: string | undefined;
  return {
    name: 'review-site:pagefind',
    hooks: {
      'astro:config:done': ({ config }) => {
        cacheDir = fileURLToPath(config.cacheDir);
      },
      'astro:build:done': async ({ dir, logger }) => {
        await buildSearchIndex(fileURLToPath(dir), cacheDir, logger.fork('pagefind'));
      },
    },
  };
}

/** The URL Pagefind should report for a built file, e.g. `xx/findings/1-1/index.html` → `/xx/findings/1-1/`. */
export function pageUrl(relativeFile: string): string {
  return `/${relativeFile.split(sep).join('/')}`.replace(/index\.html$/, '');
}

/** The version of the Pagefind package (and so of its binary, which it pins) the build runs. */
async function pagefindVersion(): Promise<string> {
  for (const folder of createRequire(import.meta.url).resolve.paths('pagefind') ?? []) {
    const manifest = join(folder, 'pagefind', 'package.json');
    if (existsSync(manifest)) {
      return (JSON.parse(await readFile(manifest, 'utf8')) as { version: string }).version;
    }
  }
  // Unknown: an index kept by a build that knew it is not reused.
  return 'unknown';
}

/**
 * Everything besides the pages that decides the index: Pagefind's version and options, the files
 * dropped from its bundle, and how text is spaced out (a sample of every sort of character).
 */
async function indexSettings(): Promise<unknown> {
  return {
    pagefind: await pagefindVersion(),
    options: INDEX_OPTIONS,
    dropped: UNUSED_BUNDLE_FILES,
    revision: HANDOVER_REVISION,
    spacing: spaceHtmlText('<p a="x>y">整改 A1 &amp; “民政”，（一）\t全\u3000文</p><!-- 注 -->'),
  };
}

async function buildSearchIndex(
  outDir: string,
  cacheDir: string | undefined,
  logger: AstroIntegrationLogger,
): Promise<void> {
  const started = performance.now();
  const seconds = () => ((performance.now() - started) / 1000).toFixed(2);
  const bundle = join(outDir, 'pagefind');
  // In name order, whatever order the file system lists them in: the same pages give the same index.
  const files = (await readdir(outDir, { recursive: true }))
    .filter((f) => f.endsWith('.html'))
    .sort();

  // What Pagefind would be handed, as one digest: the same as the kept index's, and that index is
  // the one Pagefind would write.
  const digest = new SearchIndexDigest(await indexSettings());
  const pages: string[] = [];
  const filters = new Map<string, PageFilters>();
  const texts = readTextsInOrder(files.map((file) => join(outDir, file)));
  for (const file of files) {
    const html = (await texts.next()).value as string;
    // Only pages that mark what to index take part (entry pages, full texts).
    const found = pageFilters(html);
    if (!found) continue;
    digest.addPage(pageUrl(file), html);
    pages.push(file);
    filters.set(pageUrl(file), found);
  }
  if (pages.length === 0)
    throw new SearchIndexError('no page carries data-pagefind-body, so nothing was indexed');
  const indexDigest = digest.digest();
  const kept = cacheDir && join(cacheDir, KEPT_INDEX);

  let ids = kept ? await restoreKeptIndex(kept, indexDigest, bundle) : undefined;
  if (ids) {
    logger.info(`搜索索引未变，沿用上次的索引（${pages.length} 个页面，${seconds()} 秒）。`);
  } else {
    await indexPages(outDir, pages, bundle);
    ids = await pageIds(bundle);
    logger.info(`Indexed ${pages.length} pages for search in ${seconds()}s.`);
    if (kept) await keepIndex(kept, bundle, { digest: indexDigest, ids });
  }
  await writeFilterTable(bundle, filters, ids);
}

/**
 * Pagefind's id of every page in the index at `bundle`, by URL: the name of the page's fragment
 * file, whose content (gzip, after Pagefind's signature) is a JSON record with the URL.
 */
async function pageIds(bundle: string): Promise<Record<string, string>> {
  const ids: Record<string, string> = {};
  const folder = join(bundle, 'fragment');
  for (const name of (await readdir(folder)).sort()) {
    if (!name.endsWith(FRAGMENT_SUFFIX)) continue;
    const text = gunzipSync(await readFile(join(folder, name))).toString('utf8');
    const { url } = JSON.parse(text.slice(text.indexOf('{'))) as { url: string };
    ids[url] = name.slice(0, -FRAGMENT_SUFFIX.length);
  }
  return ids;
}

/** Writes the filter table beside the index: each indexed page's id with its filter values. */
async function writeFilterTable(
  bundle: string,
  filters: Map<string, PageFilters>,
  ids: Record<string, string>,
): Promise<void> {
  const rows = [...filters].map(([url, values]) => {
    const id = ids[url];
    if (id === undefined) throw new SearchIndexError(`the index holds no page for ${url}`);
    return { url, id, filters: values };
  });
  await writeFile(join(bundle, FILTER_TABLE_FILE), JSON.stringify(encodeFilterTable(rows)));
}

/** Runs Pagefind over `pages` (files under `outDir`) and writes its bundle into `bundle`. */
async function indexPages(outDir: string, pages: string[], bundle: string): Promise<void> {
  try {
    const { index, errors } = await pagefind.createIndex(INDEX_OPTIONS);
    check(errors, 'could not start Pagefind');
    if (!index) throw new SearchIndexError('Pagefind returned no index');

    // Pagefind indexes in its own process. Pages are sent in file order, up to PAGES_IN_FLIGHT
    // ahead of its answers, so it indexes one while this process reads and spaces the next: a
    // third less time on a thousand pages than one at a time, and the same index as sending them
    // one by one.
    const inFlight: Promise<void>[] = [];
    const pageErrors: string[] = [];
    for (const file of pages) {
      const html = await readFile(join(outDir, file), 'utf8');
      const adding = index.addHTMLFile({ url: pageUrl(file), content: spaceHtmlText(html) });
      inFlight.push(
        adding.then(({ errors }) => {
          pageErrors.push(...errors.map((error) => `${file}: ${error}`));
        }),
      );
      if (inFlight.length >= PAGES_IN_FLIGHT) await inFlight.shift();
    }
    await Promise.all(inFlight);
    check(pageErrors, 'indexing pages failed');

    const writing = await index.writeFiles({ outputPath: bundle });
    check(writing.errors, 'writing the index failed');
    // The site has its own search page on Pagefind's API; the bundled UIs would only be dead weight.
    for (const file of UNUSED_BUNDLE_FILES) await rm(join(bundle, file), { force: true });
  } finally {
    await pagefind.close();
  }
}

/**
 * Copies the kept index into `bundle` when it was made from the same digest and is whole (every
 * file recorded with it there, at its size), and returns its page ids; otherwise copies nothing.
 */
async function restoreKeptIndex(
  kept: string,
  digest: string,
  bundle: string,
): Promise<Record<string, string> | undefined> {
  let record: Partial<KeptIndex>;
  try {
    record = JSON.parse(await readFile(join(kept, KEPT_RECORD), 'utf8')) as Partial<KeptIndex>;
  } catch {
    return undefined;
  }
  // An index kept by an earlier version of the build has no ids: indexed anew.
  if (record.digest !== digest || !record.ids) return undefined;
  const source = join(kept, 'pagefind');
  const { files } = record;
  try {
    if (!files || JSON.stringify(await fileSizes(source)) !== JSON.stringify(files)) {
      return undefined;
    }
  } catch {
    return undefined;
  }
  await rm(bundle, { recursive: true, force: true });
  await copyFiles(source, bundle, Object.keys(files));
  return record.ids;
}

/**
 * Keeps the index just written, with its digest and page ids, for the next build: in a folder of
 * its own first, which then takes the place of the one kept before, so that an interrupted build
 * leaves either index whole or none.
 */
async function keepIndex(
  kept: string,
  bundle: string,
  { digest, ids }: Omit<KeptIndex, 'files'>,
): Promise<void> {
  const fresh = `${kept}.new`;
  await rm(fresh, { recursive: true, force: true });
  const files = await fileSizes(bundle);
  await copyFiles(bundle, join(fresh, 'pagefind'), Object.keys(files));
  const record: KeptIndex = { digest, files, ids };
  await writeFile(join(fresh, KEPT_RECORD), JSON.stringify(record));
  await rm(kept, { recursive: true, force: true });
  await rename(fresh, kept);
}

function check(errors: string[], what: string): void {
  if (errors.length > 0) throw new SearchIndexError(`${what}:\n  ${errors.join('\n  ')}`);
}
