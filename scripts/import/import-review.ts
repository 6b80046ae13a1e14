/**
 * Importing a review document into the content folder: read the file, recognise its structure,
 * generate the entries, merge them with an earlier import, check everything as the build would,
 * and only then write the folder in one step.
 */
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { ID_PATTERN } from '../../src/model/kinds.ts';
import { contentFileIn } from '../../src/model/entry-paths.ts';
import { DocumentError } from '../shared/documents/errors.ts';
import type { DocumentFormat } from '../shared/documents/formats.ts';
import { readExistingReview } from './existing.ts';
import { generateReview } from './generate.ts';
import { pendingImports, recoverInterruptedImports, type Recovery } from './interrupted.ts';
import { planImport, type ImportPlan } from './merge.ts';
import { reviewFacts, type ReviewFacts } from './metadata.ts';
import type { SourceDocument } from '../shared/documents/paragraphs.ts';
import { readDocument } from '../shared/documents/read.ts';
import type { ImportNote, Outline } from './outline.ts';
import { recogniseOutline } from './structure.ts';
import { validatePlannedFiles } from './validate.ts';
import { inspectionsCited, type CitedInspection } from './inspection/answered.ts';
import { writeReviewFolder } from './write.ts';

export { DocumentError, UnreadableDocumentError } from '../shared/documents/errors.ts';
export { ReviewWriteError } from './write.ts';

/**
 * The formats a review is imported from, in the order messages list them. Not HTML: a saved web
 * page holds its site's menus and footers as well as the review; copied into a .txt, only the
 * review remains.
 */
export const IMPORT_FORMATS: readonly DocumentFormat[] = ['text', 'markdown', 'docx'];

export interface ImportOptions {
  /** The document to import: .txt, .md or .docx. */
  file: string;
  /** The review's folder name, which becomes its URL: lower-case letters, digits, hyphens. */
  review: string;
  /** The content folder holding `reviews/`. */
  contentDir: string;
  /** Force the encoding of a text file. */
  encoding?: string | undefined;
  /** Replace the review folder even if it holds another review or hand edits. */
  force?: boolean | undefined;
  /** Check and report, but write nothing. */
  dryRun?: boolean | undefined;
  /** Keep every line a paragraph, even where it stops mid-sentence (no joining of broken lines). */
  keepLines?: boolean | undefined;
}

export interface ImportReport {
  /** The review folder, `<contentDir>/reviews/<review>`. */
  folder: string;
  source: Pick<SourceDocument, 'file' | 'encoding' | 'unit'> & { paragraphs: number };
  counts: { areas: number; findings: number; causes: number; measures: number };
  plan: ImportPlan;
  facts: ReviewFacts;
  /** What was recognised where: the title, the parts, areas and entries, each with its line. */
  outline: Outline;
  /** How the document was read, by line. */
  notes: ImportNote[];
  /** Interrupted imports found in the content folder, and what was done about each. */
  recovered: Recovery[];
  /**
   * Inspections the document cites by number or title, when the review does not yet name the one
   * it answers: its `inspection` to suggest.
   */
  cited: CitedInspection[];
  written: boolean;
  milliseconds: number;
}

/**
 * Imports a document as review `review`, first recovering any interrupted import; throws
 * `DocumentError` (`UnreadableDocumentError` for a file it cannot read), the build's `ContentError`,
 * or `ReviewWriteError`.
 */
export async function importReview(options: ImportOptions): Promise<ImportReport> {
  const started = performance.now();
  if (!ID_PATTERN.test(options.review)) {
    throw new DocumentError({
      file: options.file,
      expected: '由小写英文字母、数字和连字符组成的材料代号，如 --review xx-minzhengju-2024',
      found: options.review ? `“--review ${options.review}”` : '没有给出 --review',
      hint: '材料代号会成为这份材料的永久网址 /<代号>/，请选一个多年后仍然合适的代号。',
    });
  }
  const reviewsDir = join(options.contentDir, 'reviews');
  const folder = join(reviewsDir, options.review);
  // Before the folder is read: an import stopped between its renames left it in the backup.
  const recovered = options.dryRun ? [] : await recoverInterruptedImports(reviewsDir);
  const document = await readDocument(options.file, {
    encoding: options.encoding,
    encodingOption: '--encoding',
    formats: IMPORT_FORMATS,
  });
  const outline = recogniseOutline(document, { keepLines: options.keepLines });
  const facts = reviewFacts(outline);
  const generated = generateReview(outline, facts);

  const existing = await readExistingReview(folder);
  const plan = planImport(generated, existing, { force: options.force === true, folder });
  validatePlannedFiles(options.review, folder, plan.files);
  const cited =
    existing?.review?.data['inspection'] === undefined
      ? await inspectionsCited(
          options.contentDir,
          document.paragraphs.map((p) => p.text),
        )
      : [];

  if (options.dryRun) {
    const pending = (await pendingImports(reviewsDir)).find((p) => p.review === options.review);
    if (pending) plan.notes.push(`${pending.message}（不加 --dry-run 导入时会先恢复。）`);
  } else {
    const keep =
      plan.mode === 'replace'
        ? []
        : (existing?.otherFiles ?? []).filter((path) => contentFileIn(path) === undefined);
    plan.notes.push(...(await writeReviewFolder(folder, plan.files, { keep })));
  }
  return {
    folder,
    source: {
      file: document.file,
      encoding: document.encoding,
      unit: document.unit,
      paragraphs: document.paragraphs.length,
    },
    counts: {
      areas: outline.areas.length,
      findings: outline.findings.length,
      causes: outline.causes.length,
      measures: outline.measures.length,
    },
    plan,
    facts,
    outline,
    notes: outline.notes,
    recovered,
    cited,
    written: !options.dryRun,
    milliseconds: performance.now() - started,
  };
}
