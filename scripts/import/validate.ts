/**
 * Checks planned files the way the build will, before anything is written: each front matter
 * against the project's schema, then the whole review through the relation index (numbers,
 * placeholders, relations). A problem stops the import with the build's own message.
 */
import { parse } from 'yaml';
import { contentFileIn } from '../../src/model/entry-paths';
import { ContentError, type ContentProblem } from '../../src/model/content-error';
import { buildSiteIndex } from '../../src/relations/build';
import type { SourceEntries, SourceEntry } from '../../src/relations/nodes';
import { causeSchema } from '../../src/schemas/cause';
import { findingSchema } from '../../src/schemas/finding';
import { measureSchema } from '../../src/schemas/measure';
import { schemaProblems } from '../../src/schemas/issues';
import { reviewSchema } from '../../src/schemas/review';
import type { PlannedFile } from './merge';
import { splitMdxFile } from '../shared/mdx';

const SCHEMAS = {
  review: reviewSchema,
  finding: findingSchema,
  cause: causeSchema,
  measure: measureSchema,
} as const;

/**
 * Throws a `ContentError` listing every problem the build would report for these files of review
 * `slug`; `folder` is the review folder as shown to the user.
 */
export function validatePlannedFiles(slug: string, folder: string, files: PlannedFile[]): void {
  const problems: ContentProblem[] = [];
  const entries: Record<keyof typeof SCHEMAS, SourceEntry<unknown>[]> = {
    review: [],
    finding: [],
    cause: [],
    measure: [],
  };
  for (const file of files) {
    // The importer plans only content files, so every path is one.
    const { kind, id } = contentFileIn(file.path)!;
    const filePath = `${folder}/${file.path}`;
    const parts = splitMdxFile(file.content);
    const data: unknown = parse(parts?.frontMatter ?? '');
    const result = SCHEMAS[kind].safeParse(data);
    if (!result.success) {
      // Generated fields always pass, so the field is one kept from before the import.
      for (const problem of schemaProblems(result.error, data, filePath)) {
        problems.push({
          ...problem,
          hint: `${problem.hint}（这个字段是导入前就有的，手工填写或改过；也可以加上 --force 重新导入，但手工填写的内容会丢失。）`,
        });
      }
      continue;
    }
    const collectionId = kind === 'review' ? slug : `${slug}/${id}`;
    entries[kind].push({ id: collectionId, filePath, data: result.data, body: parts?.body });
  }
  if (problems.length > 0) throw new ContentError(problems);
  buildSiteIndex({
    reviews: entries.review as SourceEntries['review'][],
    findings: entries.finding as SourceEntries['finding'][],
    causes: entries.cause as SourceEntries['cause'][],
    measures: entries.measure as SourceEntries['measure'][],
  });
}
