import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';

// Every finding, cause and measure of every review, as one plain collection without a schema.
const entries = defineCollection({
  loader: glob({
    base: `${process.env.CONTENT_DIR ?? '../../content'}/reviews`,
    pattern: '*/{findings,causes,measures}/*.{md,mdx}',
  }),
});

export const collections = { entries };
