// @ts-check
/**
 * Pagefind over the built floor site through its Node API, with default settings: what any Astro
 * site gets from adding search. Logs the indexing time in the project's own words, so the benchmark
 * reads both builds alike.
 */
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import * as pagefind from 'pagefind';

/** @returns {import('astro').AstroIntegration} */
export function pagefindDefaults() {
  return {
    name: 'floor:pagefind',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const started = performance.now();
        const outDir = fileURLToPath(dir);
        try {
          const { index, errors } = await pagefind.createIndex();
          if (!index) throw new Error(`Pagefind did not start: ${errors.join('; ')}`);
          const added = await index.addDirectory({ path: outDir });
          if (added.errors.length > 0) throw new Error(added.errors.join('; '));
          const written = await index.writeFiles({ outputPath: join(outDir, 'pagefind') });
          if (written.errors.length > 0) throw new Error(written.errors.join('; '));
          const seconds = ((performance.now() - started) / 1000).toFixed(2);
          logger.info(`Indexed ${added.page_count} pages for search in ${seconds}s.`);
        } finally {
          await pagefind.close();
        }
      },
    },
  };
}
