/**
 * Exporting reviews as a workbook: the content read and checked as the build would, its rows
 * written as an .xlsx file. The file appears whole or not at all (written beside its place, then
 * renamed), and an existing file is not replaced unless asked: it may be a ledger sent back by the
 * units and not yet imported. Where it may go is checked first (scripts/shared/output-target.ts).
 */
import { join } from 'node:path';
import { UserError } from '../../src/model/content-error.ts';
import { pendingImports } from '../import/interrupted.ts';
import { pathExists, writeWhole } from '../shared/files.ts';
import { readInspectionFiles } from '../shared/inspection-files.ts';
import { checkOutputFile, projectPaths } from '../shared/output-target.ts';
import { indexReviews, listReviews, MissingReviewError, readReviewFolder } from './content.ts';
import { workbookRows } from './export-rows.ts';
import { workbookFile } from './workbook-file.ts';

export interface ExportOptions {
  /** The content folder holding `reviews/`. */
  contentDir: string;
  /** The reviews to export, by folder name; 'all' for every one. */
  reviews: string[] | 'all';
  /** Where to write the workbook. */
  out: string;
  /** Replace the file if it exists. */
  force?: boolean | undefined;
}

export interface ExportReport {
  out: string;
  reviews: string[];
  counts: { measures: number; findings: number };
}

/** Thrown when the workbook would replace a file; says how to go on. */
export class ExportFileExistsError extends UserError {
  constructor(out: string) {
    super(
      `${out} 已经存在，没有覆盖：它可能是各单位填好、还没有导入的台账。\n  改法：用 --out 另取一个文件名；确认可以覆盖时，加上 --force。`,
    );
    this.name = 'ExportFileExistsError';
  }
}

/** Thrown when a review cannot be read because an import of it did not finish. */
export class PendingImportError extends UserError {
  constructor(message: string) {
    super(message);
    this.name = 'PendingImportError';
  }
}

/** Writes the workbook of `options.reviews`; throws ContentError when the content would not build. */
export async function exportWorkbook(options: ExportOptions): Promise<ExportReport> {
  // Not among the project's sources or in reviews/, nor in place of a file that is no workbook.
  await checkOutputFile(
    options.out,
    'xlsx',
    { option: '--out', typed: options.out, example: '整改台账.xlsx' },
    projectPaths(options.contentDir),
  );
  const reviewsDir = join(options.contentDir, 'reviews');
  const names = options.reviews === 'all' ? await listReviews(reviewsDir) : options.reviews;
  if (names.length === 0) throw new MissingReviewError(reviewsDir, '（全部）', []);
  const pending = (await pendingImports(reviewsDir)).filter((p) => names.includes(p.review));
  if (pending.length > 0) throw new PendingImportError(pending.map((p) => p.message).join('\n'));
  const folders = [];
  for (const name of names) folders.push(await readReviewFolder(reviewsDir, name));
  // The inspections too: the 反馈问题 column lists problems of the inspection a review answers.
  const rows = workbookRows(
    indexReviews(folders, await readInspectionFiles(options.contentDir)),
    folders,
  );
  if (!options.force && (await pathExists(options.out)))
    throw new ExportFileExistsError(options.out);
  await writeWhole(options.out, await workbookFile(rows));
  return {
    out: options.out,
    reviews: rows.reviews.map((r) => r.id),
    counts: { measures: rows.ledger.length, findings: rows.relations.length },
  };
}
