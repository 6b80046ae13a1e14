import { defineCollection } from 'astro:content';
import { reviewFiles } from './loaders/review-files.ts';
import { contentDir } from './model/content-dir.ts';
import { causeSchema } from './schemas/cause.ts';
import { findingSchema } from './schemas/finding.ts';
import { inspectionSchema } from './schemas/inspection.ts';
import { measureSchema } from './schemas/measure.ts';
import { problemSchema } from './schemas/problem.ts';
import { reviewSchema } from './schemas/review.ts';

// Astro keeps parsed entries between builds and re-parses them only when this file's text changes,
// not when a schema it imports does. After changing anything in src/schemas/, bump this revision
// so that no build reads entries parsed under the old schema, and record the schemas' new hash
// (tests/unit/schemas/revision.test.ts computes it and fails until the two match).
// Schema revision: 12, src/schemas/ sha256 c41522a9a5e6178d (an inspection's unit named 被巡察单位 in messages).
const base = `${contentDir()}/reviews`;
const inspectionsBase = `${contentDir()}/inspections`;

/** One folder per review: review.mdx, findings/, causes/, measures/. */
const reviews = defineCollection({
  loader: reviewFiles({ base, kind: 'review', schema: reviewSchema }),
  schema: reviewSchema,
});

const findings = defineCollection({
  loader: reviewFiles({ base, kind: 'finding', schema: findingSchema }),
  schema: findingSchema,
});

const causes = defineCollection({
  loader: reviewFiles({ base, kind: 'cause', schema: causeSchema }),
  schema: causeSchema,
});

const measures = defineCollection({
  loader: reviewFiles({ base, kind: 'measure', schema: measureSchema }),
  schema: measureSchema,
});

/** One folder per inspection: inspection.mdx (the feedback's text) and problems/. */
const inspections = defineCollection({
  loader: reviewFiles({ base: inspectionsBase, kind: 'inspection', schema: inspectionSchema }),
  schema: inspectionSchema,
});

const problems = defineCollection({
  loader: reviewFiles({ base: inspectionsBase, kind: 'problem', schema: problemSchema }),
  schema: problemSchema,
});

export const collections = { reviews, findings, causes, measures, inspections, problems };
