import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { contentDir, uniqueEntryIds } from './model/entry-paths';
import { KIND_FOLDERS } from './model/kinds';
import { causeSchema } from './schemas/cause';
import { findingSchema } from './schemas/finding';
import { measureSchema } from './schemas/measure';
import { reviewSchema } from './schemas/review';

// Astro keeps parsed entries between builds and re-parses them only when this file's text changes,
// not when a schema it imports does. After changing anything in src/schemas/, bump this revision
// so that no build reads entries parsed under the old schema, and record the schemas' new hash
// (tests/unit/schemas/revision.test.ts computes it and fails until the two match).
// Schema revision: 3, src/schemas/ sha256 4c861189eddeef94 (aliases and ledger fields).
const base = `${contentDir()}/reviews`;

/** One folder per review: review.mdx, findings/, causes/, measures/. */
const reviews = defineCollection({
  loader: glob({ base, pattern: '*/review.{md,mdx}', generateId: uniqueEntryIds() }),
  schema: reviewSchema,
});

const findings = defineCollection({
  loader: glob({
    base,
    pattern: `*/${KIND_FOLDERS.finding}/*.{md,mdx}`,
    generateId: uniqueEntryIds(),
  }),
  schema: findingSchema,
});

const causes = defineCollection({
  loader: glob({
    base,
    pattern: `*/${KIND_FOLDERS.cause}/*.{md,mdx}`,
    generateId: uniqueEntryIds(),
  }),
  schema: causeSchema,
});

const measures = defineCollection({
  loader: glob({
    base,
    pattern: `*/${KIND_FOLDERS.measure}/*.{md,mdx}`,
    generateId: uniqueEntryIds(),
  }),
  schema: measureSchema,
});

export const collections = { reviews, findings, causes, measures };
