/**
 * Content files checked as the build checks them, without running it, by the build's own code
 * (src/loaders/content-file.ts): invisible characters, front matter read as written (YAML 1.2
 * core), field lengths, each collection's schema, then every review through the relation index (numbers, placeholders, relations). The
 * importer checks the files it would write this way, and the workbook command the files it reads
 * and the ones it would write, so that neither leaves content that the next build refuses.
 */
import { checkContentText, checkSchema } from '../../src/loaders/content-file.ts';
import { ContentError, type ContentProblem } from '../../src/model/content-error.ts';
import type { EntryKind } from '../../src/model/kinds.ts';
import { buildSiteIndex } from '../../src/relations/build.ts';
import type { SiteIndex, SourceEntries, SourceEntry } from '../../src/relations/nodes.ts';
import { causeSchema } from '../../src/schemas/cause.ts';
import { findingSchema } from '../../src/schemas/finding.ts';
import { inspectionSchema } from '../../src/schemas/inspection.ts';
import { measureSchema } from '../../src/schemas/measure.ts';
import { problemSchema } from '../../src/schemas/problem.ts';
import { reviewSchema } from '../../src/schemas/review.ts';

const SCHEMAS = {
  review: reviewSchema,
  finding: findingSchema,
  cause: causeSchema,
  measure: measureSchema,
  inspection: inspectionSchema,
  problem: problemSchema,
} as const;

/** One content file: `review.mdx` or an entry of a review; `inspection.mdx` or a problem. */
export interface CheckedFile {
  kind: EntryKind | 'review' | 'inspection' | 'problem';
  /** The review's id (its folder name); for an inspection's files, the inspection's. */
  review: string;
  /** The entry's id (its file name without extension); unused for review.mdx. */
  id: string;
  /** The file as messages name it: `content/reviews/demo-2024/measures/1.mdx`. */
  filePath: string;
  /** The whole file. */
  text: string;
}

export interface CheckOptions {
  /** Said after the fix of every schema problem: why such a field may be wrong here. */
  schemaHint?: string;
  /**
   * The files are some of the content folder's documents, not all: a reference to a review or an
   * inspection that is not among them is not checked (the build checks it).
   */
  partial?: boolean;
}

/** The relation index of these files; throws a `ContentError` listing every problem at once. */
export function indexContentFiles(
  files: readonly CheckedFile[],
  { schemaHint = '', partial = false }: CheckOptions = {},
): SiteIndex {
  const problems: ContentProblem[] = [];
  const entries: Record<keyof typeof SCHEMAS, SourceEntry<unknown>[]> = {
    review: [],
    finding: [],
    cause: [],
    measure: [],
    inspection: [],
    problem: [],
  };
  for (const { kind, review, id, filePath, text } of files) {
    const read = checkContentText(text, filePath);
    if ('problems' in read) {
      problems.push(...read.problems);
      continue;
    }
    const checked = checkSchema(SCHEMAS[kind], read.read.frontMatter, filePath, schemaHint);
    if ('problems' in checked) {
      problems.push(...checked.problems);
      continue;
    }
    const entryId = kind === 'review' || kind === 'inspection' ? review : `${review}/${id}`;
    const { body } = read.read.frontMatter;
    entries[kind].push({ id: entryId, filePath, data: checked.data, body });
  }
  if (problems.length > 0) throw new ContentError(problems);
  return buildSiteIndex(
    {
      reviews: entries.review as SourceEntries['review'][],
      findings: entries.finding as SourceEntries['finding'][],
      causes: entries.cause as SourceEntries['cause'][],
      measures: entries.measure as SourceEntries['measure'][],
      inspections: entries.inspection as SourceEntries['inspection'][],
      problems: entries.problem as SourceEntries['problem'][],
    },
    { partial },
  );
}
