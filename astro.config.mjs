// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { unified } from '@astrojs/markdown-remark';

export default defineConfig({
  // Optional absolute origin (e.g. https://oa.example.gov.cn) for canonical URLs; set SITE_URL to use it.
  site: process.env.SITE_URL || undefined,
  // Sub-path the site is served under on an intranet server, e.g. /zhenggai/; set BASE_PATH to use it.
  base: process.env.BASE_PATH || '/',
  trailingSlash: 'always',
  // Two files claiming one URL or one entry id must stop the build, not shadow each other.
  prerenderConflictBehavior: 'error',
  integrations: [mdx()],
  markdown: {
    // The remark/rehype pipeline, because the content plugins are unified plugins. SmartyPants stays
    // off: an official document is published exactly as written, quotes and dashes included.
    processor: unified({ smartypants: false }),
  },
  devToolbar: { enabled: false },
});
