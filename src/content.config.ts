import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { DEFAULT_CONTENT_DIR, KIND_FOLDERS, entryIdFromPath } from './lib/content-paths';
import { causeSchema } from './schemas/cause';
import { findingSchema } from './schemas/finding';
import { measureSchema } from './schemas/measure';
import { reviewSchema } from './schemas/review';

const base = `${process.env.CONTENT_DIR || DEFAULT_CONTENT_DIR}/reviews`;
const generateId = ({ entry }: { entry: string }) => entryIdFromPath(entry);

/** One folder per review: review.mdx, findings/, causes/, measures/. */
const reviews = defineCollection({
  loader: glob({ base, pattern: '*/review.{md,mdx}', generateId }),
  schema: reviewSchema,
});

const findings = defineCollection({
  loader: glob({ base, pattern: `*/${KIND_FOLDERS.finding}/*.{md,mdx}`, generateId }),
  schema: findingSchema,
});

const causes = defineCollection({
  loader: glob({ base, pattern: `*/${KIND_FOLDERS.cause}/*.{md,mdx}`, generateId }),
  schema: causeSchema,
});

const measures = defineCollection({
  loader: glob({ base, pattern: `*/${KIND_FOLDERS.measure}/*.{md,mdx}`, generateId }),
  schema: measureSchema,
});

export const collections = { reviews, findings, causes, measures };
