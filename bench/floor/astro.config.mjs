// @ts-check
/**
 * The floor of the build benchmark: bare Astro + MDX, one plain page per entry of the same
 * corpus, and Pagefind over the result with its default settings. What the project's build costs
 * beyond this is the cost of its own features. Built only by `npm run bench`
 * (`astro build --root bench/floor`), reusing the project's node_modules.
 */
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { pagefindDefaults } from './pagefind-defaults.mjs';

export default defineConfig({
  // The benchmark gives each build a cache folder of its own, so that every build starts cold.
  ...(process.env.FLOOR_CACHE_DIR ? { cacheDir: process.env.FLOOR_CACHE_DIR } : {}),
  integrations: [mdx(), pagefindDefaults()],
  vite: {
    build: {
      rolldownOptions: {
        // The project silences the bundler's note on Astro's MDX directive, printed once per
        // entry with a code frame; the floor does too, so that printing it is not counted as work.
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
