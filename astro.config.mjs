// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { unified } from '@astrojs/markdown-remark';
import { resolve } from 'node:path';
import { buildVariant, cacheDirFor, contentDir } from './src/model/content-dir.ts';
import { pagefindIntegration } from './src/integrations/pagefind.ts';
import rehypeSubItemAnchors from './src/plugins/rehype-sub-item-anchors.ts';
import remarkPlainText from './src/plugins/remark-plain-text.ts';
import remarkSafeLinks from './src/plugins/remark-safe-links.ts';
import remarkEntryComponents from './src/plugins/remark-entry-components.ts';
import remarkEntryImages from './src/plugins/remark-entry-images.ts';

const { SITE_URL, BASE_PATH, SITE_VARIANT } = process.env;
// `npm run build:offline` builds the copy that is opened from disk (scripts/offline/): its search
// reads an index shipped as a script, so Pagefind's index is not built for it.
const offline = SITE_VARIANT === 'offline';
const cacheDir = cacheDirFor(contentDir(), buildVariant());
const reviewsDir = resolve(contentDir(), 'reviews');
// The sub-path of an intranet server the site lives under, e.g. /zhenggai/.
const base = BASE_PATH || '/';

export default defineConfig({
  // The absolute origin the site is served from (e.g. https://oa.example.gov.cn), for canonical
  // URLs and link previews. Optional: without it every link stays root-relative.
  ...(SITE_URL ? { site: SITE_URL } : {}),
  base,
  trailingSlash: 'always',
  ...(cacheDir ? { cacheDir } : {}),
  // Two files claiming one URL must stop the build, not shadow each other.
  prerenderConflictBehavior: 'error',
  // Every stylesheet a file of its own: a server's Content-Security-Policy of `style-src 'self'`
  // refuses <style> elements in the page.
  build: { inlineStylesheets: 'never' },
  integrations: offline ? [mdx()] : [mdx(), pagefindIntegration()],
  markdown: {
    // The remark/rehype pipeline, because the content plugins are unified plugins. SmartyPants stays
    // off: an official document is published exactly as written, quotes and dashes included.
    processor: unified({
      smartypants: false,
      remarkPlugins: [
        [remarkPlainText, { reviewsDir }],
        [remarkEntryComponents, { reviewsDir }],
        [remarkSafeLinks, { reviewsDir }],
        [remarkEntryImages, { reviewsDir, base }],
      ],
      rehypePlugins: [[rehypeSubItemAnchors, { reviewsDir }]],
    }),
  },
  devToolbar: { enabled: false },
  experimental: {
    // A page whose getStaticPaths entry carries the cache key it had in the last build is restored
    // from Astro's cache instead of rendered (keys: src/relations/page-keys.ts), so a build after
    // a ledger update renders the few pages that show it.
    incrementalBuild: true,
  },
  vite: {
    // Which search the search page runs: Pagefind, or the index shipped with the offline copy.
    define: { __OFFLINE_SEARCH__: JSON.stringify(offline) },
    build: {
      // Scripts as files, never inlined into the page however small: `script-src 'self'` refuses
      // inline scripts. Other assets keep Vite's default.
      assetsInlineLimit: (file) => (file.endsWith('.js') ? false : undefined),
      rolldownOptions: {
        // Astro marks every MDX module with this directive on purpose; the bundler's note about it
        // would be printed once per content entry, burying real warnings in large sites.
        onwarn(warning, warn) {
          if (
            warning.code === 'MODULE_LEVEL_DIRECTIVE' &&
            warning.message.includes('astro:head-inject')
          )
            return;
          warn(warning);
        },
      },
    },
  },
});
