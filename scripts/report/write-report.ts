/**
 * Writing an inspection's progress report: the content folder read and checked as the build
 * checks it, the report computed on the day asked for, and written as a Word document. The file
 * appears whole or not at all (written beside its place, then renamed), and a file already there
 * is not replaced unless asked: it may be a report someone has edited since. Where it may go is
 * checked first (scripts/shared/output-target.ts).
 */
import { UserError } from '../../src/model/content-error.ts';
import { progressReport, type ProgressReport } from '../../src/inspections/report.ts';
import { indexContentFolder } from '../shared/content-folder.ts';
import { listDocumentFolders, pathExists, writeWhole } from '../shared/files.ts';
import { inspectionsDirOf } from '../shared/inspection-files.ts';
import { checkOutputFile, projectPaths } from '../shared/output-target.ts';
import { reportDocument } from './report-document.ts';

export interface ReportOptions {
  /** The content folder holding `inspections/` and `reviews/`. */
  contentDir: string;
  /** The inspection's folder name. */
  inspection: string;
  /** The day the report is made on (a UTC midnight). */
  today: Date;
  /** Where to write the document. */
  out: string;
  /** Replace the file if it exists. */
  force?: boolean | undefined;
}

export interface WrittenReport {
  out: string;
  report: ProgressReport;
}

/** Thrown when the report would replace a file; says how to go on. */
export class ReportFileExistsError extends UserError {
  constructor(out: string) {
    super(
      `${out} 已经存在，没有覆盖：它可能是已经修改过的报告。\n  改法：用 --out 另取一个文件名；确认可以覆盖时，加上 --force。`,
    );
    this.name = 'ReportFileExistsError';
  }
}

/** Thrown for an inspection the content folder does not have; lists those it has. */
export class MissingInspectionError extends UserError {
  constructor(inspectionsDir: string, inspection: string, known: string[]) {
    super(
      `${inspectionsDir} 中没有巡察“${inspection}”（现有：${known.join('、') || '没有任何巡察'}）。\n  改法：巡察代号是 inspections/ 下的文件夹名（其中有 inspection.mdx）；检查拼写，或从现有的巡察中选一个。`,
    );
    this.name = 'MissingInspectionError';
  }
}

/**
 * Writes the report of `options.inspection`; throws `ContentError` when the content would not
 * build, `MissingInspectionError` for an inspection it does not have.
 */
export async function writeReport(options: ReportOptions): Promise<WrittenReport> {
  await checkOutputFile(
    options.out,
    'docx',
    { option: '--out', typed: options.out, example: '整改进展情况报告.docx' },
    projectPaths(options.contentDir),
  );
  await refuseExisting(options);
  const inspectionsDir = inspectionsDirOf(options.contentDir);
  // Said before the content is read: a misspelt name is the likelier mistake.
  const folders = await listDocumentFolders(inspectionsDir);
  if (!folders.includes(options.inspection)) {
    throw new MissingInspectionError(inspectionsDir, options.inspection, folders);
  }
  const site = await indexContentFolder(options.contentDir);
  const inspection = site.inspectionById.get(options.inspection);
  if (!inspection) {
    throw new MissingInspectionError(
      inspectionsDir,
      options.inspection,
      site.inspections.map((i) => i.id).sort(),
    );
  }
  const report = progressReport(inspection, options.today);
  const bytes = await reportDocument(report);
  // Again: the file may have appeared while the content was read.
  await refuseExisting(options);
  await writeWhole(options.out, bytes);
  return { out: options.out, report };
}

async function refuseExisting({ out, force }: ReportOptions): Promise<void> {
  if (!force && (await pathExists(out))) throw new ReportFileExistsError(out);
}
