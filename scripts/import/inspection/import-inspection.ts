/**
 * Importing a feedback document (反馈意见) as an inspection: read the file with the importer's
 * readers, recognise its structure, generate inspection.mdx and one file per problem, merge them
 * with an earlier import, make sure no finding is left citing a problem that moved, check the files
 * as the build would, and only then write the folder in one step, as a review's import does.
 */
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { inspectionFileIn } from '../../../src/model/entry-paths.ts';
import { ID_PATTERN } from '../../../src/model/kinds.ts';
import { indexContentFiles } from '../../shared/content-index.ts';
import { DocumentError } from '../../shared/documents/errors.ts';
import type { SourceDocument } from '../../shared/documents/paragraphs.ts';
import { readDocument } from '../../shared/documents/read.ts';
import { inspectionsDirOf } from '../../shared/inspection-files.ts';
import { readExistingFolder } from '../existing.ts';
import { IMPORT_FORMATS } from '../import-review.ts';
import { pendingImports, recoverInterruptedImports, type Recovery } from '../interrupted.ts';
import type { PlannedFile } from '../merge.ts';
import { writeReviewFolder } from '../write.ts';
import { checkCitations, citingFindings } from './citations.ts';
import { feedbackFacts, type FeedbackFacts } from './facts.ts';
import { generateInspection } from './generate.ts';
import { planInspectionImport, type ExistingInspection, type InspectionPlan } from './merge.ts';
import type { FeedbackOutline } from './outline.ts';
import { recogniseFeedback } from './structure.ts';

export interface InspectionImportOptions {
  /** The feedback document: .txt, .md or .docx. */
  file: string;
  /** The inspection's folder name, which becomes its URL: lower-case letters, digits, hyphens. */
  inspection: string;
  /** The content folder holding `inspections/` (and `reviews/`). */
  contentDir: string;
  /** Force the encoding of a text file. */
  encoding?: string | undefined;
  /** Replace the folder even if it holds another feedback. */
  force?: boolean | undefined;
  /** Check and report, but write nothing. */
  dryRun?: boolean | undefined;
  /** Keep every line a paragraph, even where it stops mid-sentence. */
  keepLines?: boolean | undefined;
}

export interface InspectionImportReport {
  /** The inspection folder, `<contentDir>/inspections/<inspection>`. */
  folder: string;
  inspection: string;
  source: Pick<SourceDocument, 'file' | 'encoding' | 'unit'> & { paragraphs: number };
  plan: InspectionPlan;
  facts: FeedbackFacts;
  outline: FeedbackOutline;
  /** Interrupted imports found beside the inspections, and what was done about each. */
  recovered: Recovery[];
  written: boolean;
  milliseconds: number;
}

/** Generated fields always pass, so a field the schema refuses is one kept from before the import. */
const KEPT_FIELD =
  '（这个字段是导入前就有的，手工填写或改过；也可以加上 --force 重新导入，但手工填写的内容会丢失。）';

/**
 * Imports a feedback document as inspection `inspection`, first recovering any interrupted import
 * of an inspection; throws `DocumentError`, the build's `ContentError`, or `ReviewWriteError`.
 */
export async function importInspection(
  options: InspectionImportOptions,
): Promise<InspectionImportReport> {
  const started = performance.now();
  if (!ID_PATTERN.test(options.inspection)) {
    throw new DocumentError({
      file: options.file,
      expected: '由小写英文字母、数字和连字符组成的巡察代号，如 --inspection xc-2024-minzhengju',
      found: options.inspection ? `“--inspection ${options.inspection}”` : '没有给出 --inspection',
      hint: '巡察代号会成为这次巡察的永久网址的一部分，请选一个多年后仍然合适的代号。',
    });
  }
  const inspectionsDir = inspectionsDirOf(options.contentDir);
  const folder = join(inspectionsDir, options.inspection);
  const recovered = options.dryRun ? [] : await recoverInterruptedImports(inspectionsDir);
  const document = await readDocument(options.file, {
    encoding: options.encoding,
    encodingOption: '--encoding',
    formats: IMPORT_FORMATS,
  });
  const outline = recogniseFeedback(document, { keepLines: options.keepLines });
  const facts = feedbackFacts(outline);
  const generated = generateInspection(outline, facts);

  const existing = await readExistingInspection(folder);
  const plan = planInspectionImport(generated, existing, {
    force: options.force === true,
    folder,
    categorised: outline.categorised,
  });
  checkCitations(
    await citingFindings(join(options.contentDir, 'reviews'), options.inspection),
    options.inspection,
    new Set(generated.problems.map((p) => p.id)),
    plan.renumbered,
    plan.earlierTitles,
  );
  validateInspectionFiles(options.inspection, folder, plan.files);

  if (options.dryRun) {
    const pending = (await pendingImports(inspectionsDir)).find(
      (p) => p.review === options.inspection,
    );
    if (pending) plan.notes.push(`${pending.message}（不加 --dry-run 导入时会先恢复。）`);
  } else {
    const keep = plan.mode === 'replace' ? [] : (existing?.otherFiles ?? []);
    plan.notes.push(...(await writeReviewFolder(folder, plan.files, { keep })));
  }
  return {
    folder,
    inspection: options.inspection,
    source: {
      file: document.file,
      encoding: document.encoding,
      unit: document.unit,
      paragraphs: document.paragraphs.length,
    },
    plan,
    facts,
    outline,
    recovered,
    written: !options.dryRun,
    milliseconds: performance.now() - started,
  };
}

/** The inspection folder's files as an earlier import (and people since) left them. */
async function readExistingInspection(folder: string): Promise<ExistingInspection | undefined> {
  const read = await readExistingFolder(folder, inspectionFileIn);
  if (!read) return undefined;
  return {
    inspection: read.entries.find((e) => e.kind === 'inspection'),
    problems: read.entries.filter((e) => e.kind === 'problem'),
    otherFiles: read.otherFiles,
  };
}

/**
 * Throws a `ContentError` listing every problem the build would report for the inspection's
 * planned files: each front matter against its schema, then the inspection through the relation
 * index (categories, places, the `<Problems />` placeholder).
 */
function validateInspectionFiles(inspection: string, folder: string, files: PlannedFile[]): void {
  indexContentFiles(
    files.map((file) => ({
      // The importer plans only the inspection's own files, so every path is one.
      ...inspectionFileIn(file.path)!,
      review: inspection,
      filePath: `${folder}/${file.path}`,
      text: file.content,
    })),
    // The inspection alone: the earlier inspections it names are the build's to check.
    { schemaHint: KEPT_FIELD, partial: true },
  );
}
