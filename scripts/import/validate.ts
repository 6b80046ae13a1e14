/**
 * Checks planned files the way the build will, before anything is written: each front matter
 * against the project's schema, then the whole review through the relation index (numbers,
 * placeholders, relations). A problem stops the import with the build's own message.
 */
import { parse } from 'yaml';
import { ContentError, type ContentProblem } from '../../src/model/content-error';
import { buildSiteIndex, type SourceEntries, type SourceEntry } from '../../src/relations/build';
import { causeSchema } from '../../src/schemas/cause';
import { findingSchema } from '../../src/schemas/finding';
import { measureSchema } from '../../src/schemas/measure';
import { reviewSchema } from '../../src/schemas/review';
import type { PlannedFile } from './merge';
import { splitMdxFile } from '../shared/mdx';

const SCHEMAS = {
  review: reviewSchema,
  findings: findingSchema,
  causes: causeSchema,
  measures: measureSchema,
} as const;

type Collection = keyof typeof SCHEMAS;

/**
 * Throws a `ContentError` listing every problem the build would report for these files of review
 * `slug`; `folder` is the review folder as shown to the user.
 */
export function validatePlannedFiles(slug: string, folder: string, files: PlannedFile[]): void {
  const problems: ContentProblem[] = [];
  const entries: Record<Collection, SourceEntry<unknown>[]> = {
    review: [],
    findings: [],
    causes: [],
    measures: [],
  };
  for (const file of files) {
    const [first, name] = file.path.split('/');
    const collection: Collection = name === undefined ? 'review' : (first as Collection);
    const filePath = `${folder}/${file.path}`;
    const parts = splitMdxFile(file.content);
    const result = SCHEMAS[collection].safeParse(parse(parts?.frontMatter ?? ''));
    if (!result.success) {
      for (const issue of result.error.issues) {
        const field = issue.path.join('.');
        problems.push({
          file: filePath,
          ...(field ? { field } : {}),
          message: issue.message,
          hint: 'Correct this field in the file (it was kept from before the import), or pass --force to import afresh.',
        });
      }
      continue;
    }
    const id = collection === 'review' ? slug : `${slug}/${name!.replace(/\.mdx?$/, '')}`;
    entries[collection].push({ id, filePath, data: result.data, body: parts?.body });
  }
  if (problems.length > 0) throw new ContentError(problems);
  buildSiteIndex({
    reviews: entries.review as SourceEntries['review'][],
    findings: entries.findings as SourceEntries['finding'][],
    causes: entries.causes as SourceEntries['cause'][],
    measures: entries.measures as SourceEntries['measure'][],
  });
}
