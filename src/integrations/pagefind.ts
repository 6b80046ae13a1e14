/**
 * Builds the Pagefind search index over the finished site, as the last step of `astro build`, so
 * `npm run build` alone produces a searchable site. Any indexing error fails the build.
 *
 * Pages are handed to Pagefind with their text spaced out by character (see src/search/tokens.ts):
 * that is what makes every search literal. The published pages are not touched.
 */
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import { readdir, readFile, rm } from 'node:fs/promises';
import { join, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as pagefind from 'pagefind';
import { spaceHtmlText } from '../search/tokens.ts';

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

/** The Astro integration that runs Pagefind on `astro:build:done`. */
export function pagefindIntegration(): AstroIntegration {
  return {
    name: 'review-site:pagefind',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        await buildSearchIndex(fileURLToPath(dir), logger.fork('pagefind'));
      },
    },
  };
}

/** The URL Pagefind should report for a built file, e.g. `xx/findings/1-1/index.html` → `/xx/findings/1-1/`. */
export function pageUrl(relativeFile: string): string {
  return `/${relativeFile.split(sep).join('/')}`.replace(/index\.html$/, '');
}

async function buildSearchIndex(outDir: string, logger: AstroIntegrationLogger): Promise<void> {
  const started = performance.now();
  try {
    // One index for the whole site. Not "zh": Pagefind would run its Chinese segmenter over the
    // character words and break the positions phrase matching relies on. "und" (undetermined)
    // gets plain whitespace splitting and no stemming.
    const { index, errors } = await pagefind.createIndex({ forceLanguage: 'und' });
    check(errors, 'could not start Pagefind');
    if (!index) throw new SearchIndexError('Pagefind returned no index');

    // In name order, whatever order the file system lists them in: the same pages give the same index.
    const files = (await readdir(outDir, { recursive: true }))
      .filter((f) => f.endsWith('.html'))
      .sort();
    // Pagefind indexes in its own process. Pages are sent in file order, up to PAGES_IN_FLIGHT
    // ahead of its answers, so it indexes one while this process reads and spaces the next: a
    // third less time on a thousand pages than one at a time, and the same index as sending them
    // one by one.
    const inFlight: Promise<void>[] = [];
    const pageErrors: string[] = [];
    let indexed = 0;
    for (const file of files) {
      const html = await readFile(join(outDir, file), 'utf8');
      // Only pages that mark what to index take part (entry pages, full texts).
      if (!html.includes('data-pagefind-body')) continue;
      const adding = index.addHTMLFile({ url: pageUrl(file), content: spaceHtmlText(html) });
      inFlight.push(
        adding.then(({ errors }) => {
          pageErrors.push(...errors.map((error) => `${file}: ${error}`));
        }),
      );
      indexed += 1;
      if (inFlight.length >= PAGES_IN_FLIGHT) await inFlight.shift();
    }
    await Promise.all(inFlight);
    check(pageErrors, 'indexing pages failed');
    if (indexed === 0)
      throw new SearchIndexError('no page carries data-pagefind-body, so nothing was indexed');

    const bundle = join(outDir, 'pagefind');
    const writing = await index.writeFiles({ outputPath: bundle });
    check(writing.errors, 'writing the index failed');
    // The site has its own search page on Pagefind's API; the bundled UIs would only be dead weight.
    for (const file of UNUSED_BUNDLE_FILES) await rm(join(bundle, file), { force: true });
    const seconds = ((performance.now() - started) / 1000).toFixed(2);
    logger.info(`Indexed ${indexed} pages for search in ${seconds}s.`);
  } finally {
    await pagefind.close();
  }
}

function check(errors: string[], what: string): void {
  if (errors.length > 0) throw new SearchIndexError(`${what}:\n  ${errors.join('\n  ')}`);
}
