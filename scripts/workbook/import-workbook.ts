/**
 * Importing a workbook: read its rows, compare each with the entry's file (a finding's 反馈问题
 * with the problems of the inspection its review answers), make the changes in the files' text,
 * check the result as the build would, refuse fields edited both in the workbook and in the
 * content folder since the export, and only then write each review folder in one step (the
 * importer's crash-safe folder write). Any problem stops it before anything is written.
 */
import { join } from 'node:path';
import { deadlineWarnings } from '../../src/ledger/rows.ts';
import { NOT_FILLED } from '../../src/ledger/terms.ts';
import { ContentError, UserError, type ContentProblem } from '../../src/model/content-error.ts';
import { findingSchema } from '../../src/schemas/finding.ts';
import { measureSchema } from '../../src/schemas/measure.ts';
import { recoverInterruptedImports, type Recovery } from '../import/interrupted.ts';
import { writeReviewFolder } from '../import/write.ts';
import type { CheckedFile } from '../shared/content-index.ts';
import { readContentText } from '../shared/content-text.ts';
import { readInspectionFiles } from '../shared/inspection-files.ts';
import { EDITABLE_SHEETS } from './columns.ts';
import {
  indexReviews,
  MissingReviewError,
  readReviewFolder,
  type ReviewFolder,
} from './content.ts';
import { fingerprint } from './fingerprint.ts';
import { editFrontMatter, FrontMatterEditError } from './front-matter-edit.ts';
import { planChanges, type EntryChanges } from './plan.ts';
import { quoteCell, WorkbookError, type WorkbookProblem } from './problems.ts';
import { readWorkbookFile } from './read-file.ts';
import { readWorkbookRows, type WorkbookRows } from './rows.ts';

export interface ImportOptions {
  /** The workbook (.xlsx) or ledger (.csv) as the user named it. */
  file: string;
  /** The content folder holding `reviews/`. */
  contentDir: string;
  /** The encoding of a CSV file, when it cannot be told. */
  encoding?: string | undefined;
  /** Check and report, write nothing. */
  dryRun?: boolean | undefined;
  /** Write even entries whose files changed since the export. */
  force?: boolean | undefined;
  /** Called before each step of writing a folder (tests make the write fail or stop there). */
  beforeStep?: ((step: string) => void | Promise<void>) | undefined;
}

export interface ImportReport {
  file: string;
  source: WorkbookRows['source'];
  /** The entries changed, in the order of the workbook's rows. */
  entries: EntryChanges[];
  /** The review folders written (or that would be), each with the files changed. */
  folders: { review: string; folder: string; files: string[] }[];
  /** Entries with fields changed in the file since the export, overwritten anyway (--force). */
  overwritten: EntryChanges[];
  notes: string[];
  recovered: Recovery[];
  written: boolean;
}

/** Fields changed both in the workbook and in the content folder since the export. */
export class WorkbookConflictError extends UserError {
  readonly entries: EntryChanges[];

  constructor(file: string, folders: Map<string, string>, entries: EntryChanges[]) {
    const shown = (text: string) => quoteCell(text || NOT_FILLED, 40);
    const lines = entries.flatMap((e) => [
      `  ✗ ${e.label}（${folders.get(e.review)}/${e.path}，「${e.sheet}」第 ${e.row} 行）`,
      ...e.changes.flatMap((c) =>
        c.conflict
          ? [
              `    ${c.column}：导出时是${shown(c.conflict.exported)}，之后文件中改成了${shown(c.conflict.current)}；工作簿要改的是：${c.summary}`,
            ]
          : [],
      ),
    ]);
    super(
      [
        `没有写入任何内容：${file} 导出之后，下列条目的文件又被修改过（手工修改，或先导入了另一份工作簿），工作簿与文件改的是同一些字段：`,
        ...lines,
        '  改法：重新导出一份工作簿，把这些改动填进去再导入；确认要以这份工作簿为准、覆盖文件中的修改时，加上 --force。',
      ].join('\n'),
    );
    this.name = 'WorkbookConflictError';
    this.entries = entries;
  }
}

/** The schema's field order of each kind: where a field that is not there yet goes. */
const KEY_ORDER = {
  measure: Object.keys(measureSchema.shape),
  finding: Object.keys(findingSchema.shape),
};

/** Imports `options.file`; throws WorkbookError, WorkbookConflictError, ContentError, or a read or write error. */
export async function importWorkbook(options: ImportOptions): Promise<ImportReport> {
  const { file } = options;
  const input = await readWorkbookFile(file, { encoding: options.encoding });
  const rows = readWorkbookRows(input);
  if (rows.problems.length > 0) throw new WorkbookError(file, rows.problems);

  const reviewsDir = join(options.contentDir, 'reviews');
  const recovered = options.dryRun ? [] : await recoverInterruptedImports(reviewsDir);
  const folders = await readFolders(reviewsDir, rows, file);
  let index;
  let inspections: CheckedFile[];
  try {
    // Read as the build reads them: a finding's 反馈问题 are checked against its inspection's.
    inspections = await readInspectionFiles(options.contentDir);
    index = indexReviews(folders, inspections);
  } catch (error) {
    if (!(error instanceof ContentError)) throw error;
    throw contentFolderError(file, error.problems);
  }

  const plan = planChanges(rows.rows, index, { date1904: input.date1904 });
  const byReview = new Map(folders.map((f) => [f.review, f]));
  const planned = plannedFolders(folders, plan.entries, file);
  const notes = [...rows.notes, ...plan.notes];
  // The build's checks run on what could be read, so that one run lists every problem.
  const built = checkPlanned(planned, inspections, plan.entries, notes);
  const taken = new Set(plan.problems.map(cellKey));
  const problems = [...plan.problems, ...built.problems.filter((p) => !taken.has(cellKey(p)))];
  if (problems.length > 0 || built.rest.length > 0) {
    throw new WorkbookError(file, problems.sort(byPlace), built.rest);
  }

  const conflicts = plan.entries.filter((entry) => entry.changes.some((c) => c.conflict));
  if (conflicts.length > 0 && !options.force) {
    throw new WorkbookConflictError(
      file,
      new Map(folders.map((f) => [f.review, f.folder])),
      conflicts,
    );
  }
  for (const entry of plan.entries) {
    if (entry.fingerprint === undefined || conflicts.includes(entry)) continue;
    const text = byReview.get(entry.review)!.files.find((f) => f.path === entry.path)!.text;
    if (fingerprint(text) !== entry.fingerprint) {
      notes.push(
        `${entry.label}的文件在导出之后也被修改过，但改的不是工作簿改动的字段：两边的修改都保留了。`,
      );
    }
  }
  if (rows.source === 'site-ledger' && plan.entries.length > 0) {
    notes.push(
      '网站导出的台账不记录导出时的内容，无法发现导出之后在别处做的修改：以上改动以这份台账为准。',
    );
  }

  const changed = planned.filter((p) => p.changed.length > 0);
  if (!options.dryRun) {
    for (const { folder, before, changed: paths } of changed) {
      await checkUnchangedOnDisk(before, paths, file);
      const after = planned.find((p) => p.folder.review === folder.review)!.folder;
      const files = after.files.filter((f) => paths.includes(f.path));
      const keep = [
        ...before.files.map((f) => f.path).filter((path) => !paths.includes(path)),
        ...before.otherFiles,
      ];
      notes.push(
        ...(await writeReviewFolder(
          before.folder,
          files.map((f) => ({ path: f.path, content: f.text })),
          { keep, beforeStep: options.beforeStep },
        )),
      );
    }
  }
  return {
    file,
    source: rows.source,
    entries: plan.entries,
    folders: changed.map((p) => ({
      review: p.before.review,
      folder: p.before.folder,
      files: p.changed,
    })),
    overwritten: conflicts,
    notes,
    recovered,
    written: !options.dryRun,
  };
}

async function readFolders(
  reviewsDir: string,
  rows: WorkbookRows,
  file: string,
): Promise<ReviewFolder[]> {
  const folders: ReviewFolder[] = [];
  const problems: WorkbookProblem[] = [];
  const unread: ContentProblem[] = [];
  for (const review of rows.reviews) {
    try {
      folders.push(await readReviewFolder(reviewsDir, review));
    } catch (error) {
      if (error instanceof ContentError) {
        unread.push(...error.problems);
        continue;
      }
      if (!(error instanceof MissingReviewError)) throw error;
      const row = rows.rows.find((r) => r.review === review);
      problems.push({
        sheet: row?.sheet,
        row: row?.row,
        message: `工作簿是材料“${review}”的，但内容文件夹 ${reviewsDir} 中没有这份材料`,
        hint: '确认在正确的项目中运行（或用 CONTENT_DIR 指明内容文件夹）；材料文件夹改过名的，重新导出工作簿。',
      });
    }
  }
  if (problems.length > 0) throw new WorkbookError(file, problems);
  if (unread.length > 0) throw contentFolderError(file, unread);
  return folders;
}

/** Problems of the content folder itself, which the workbook did not cause. */
function contentFolderError(file: string, problems: ContentProblem[]): WorkbookError {
  return new WorkbookError(
    file,
    [],
    problems,
    `没有写入任何内容：内容文件夹中的材料本身有 ${problems.length} 处问题（与 ${file} 无关），请先改正它们再导入：`,
  );
}

interface PlannedFolder {
  before: ReviewFolder;
  folder: ReviewFolder;
  /** Paths inside the folder whose text changes. */
  changed: string[];
}

/** Each review folder with the changes made to its files' text. */
function plannedFolders(
  folders: readonly ReviewFolder[],
  entries: readonly EntryChanges[],
  file: string,
): PlannedFolder[] {
  const unedited: ContentProblem[] = [];
  const planned = folders.map((before) => {
    const changed: string[] = [];
    const files = before.files.map((f) => {
      const entry = entries.find((e) => e.review === before.review && e.path === f.path);
      if (!entry) return f;
      try {
        const text = editFrontMatter(
          f.text,
          entry.changes.map((c) => ({ key: c.field, value: c.value })),
          KEY_ORDER[entry.kind],
        );
        if (text !== f.text) changed.push(f.path);
        return { ...f, text };
      } catch (error) {
        if (!(error instanceof FrontMatterEditError)) throw error;
        unedited.push({
          file: `${before.folder}/${f.path}`,
          message: error.message,
          hint: `请在这个文件中手工修改：${entry.changes.map((c) => c.summary).join('；')}。`,
        });
        return f;
      }
    });
    return { before, folder: { ...before, files }, changed };
  });
  if (unedited.length > 0) throw new WorkbookError(file, [], unedited);
  return planned;
}

/**
 * Checks the planned files as the build would. A problem in a changed field is placed at its cell
 * (已销号 without 销号日期 at the 销号日期 cell, a progress date after today at 整改进展).
 */
function checkPlanned(
  planned: readonly PlannedFolder[],
  inspections: readonly CheckedFile[],
  entries: readonly EntryChanges[],
  notes: string[],
): { problems: WorkbookProblem[]; rest: ContentProblem[] } {
  let index;
  try {
    index = indexReviews(
      planned.map((p) => p.folder),
      inspections,
    );
  } catch (error) {
    if (!(error instanceof ContentError)) throw error;
    const problems: WorkbookProblem[] = [];
    const rest: ContentProblem[] = [];
    for (const problem of error.problems) {
      const entry = entries.find((e) => {
        const folder = planned.find((p) => p.folder.review === e.review)!.folder.folder;
        return problem.file === `${folder}/${e.path}`;
      });
      const field = /^[A-Za-z]+/.exec(problem.field ?? '')?.[0] ?? '';
      const cell =
        entry?.cells.get(field) ?? entry?.cells.get(field === 'progress' ? 'latestProgress' : '');
      if (!entry || !cell) {
        rest.push(problem);
        continue;
      }
      problems.push({
        sheet: entry.sheet,
        row: entry.row,
        column: cell.column,
        cell: cell.cell,
        entry: entry.label,
        // The schema's messages show YAML (`closedOn: 2024-06-30`); a cell holds just the value.
        message: problem.message.replace(/(如 )[A-Za-z]+: /g, '$1'),
        hint: problem.hint.replace(/照这样写：[A-Za-z]+: /, '照这样填：'),
      });
    }
    return { problems, rest };
  }
  const changedFiles = new Set(
    planned.flatMap((p) => p.changed.map((path) => `${p.folder.folder}/${path}`)),
  );
  for (const warning of deadlineWarnings(index.reviews)) {
    if (changedFiles.has(warning.file))
      notes.push(`${warning.file}：${warning.message}（${warning.hint}）`);
  }
  return { problems: [], rest: [] };
}

const cellKey = (p: WorkbookProblem) => `${p.sheet ?? ''}!${p.cell ?? ''}`;

/** Problems in the order of the workbook: sheet by sheet, row by row, column by column. */
function byPlace(a: WorkbookProblem, b: WorkbookProblem): number {
  const sheet = (p: WorkbookProblem) => {
    const i = EDITABLE_SHEETS.findIndex((s) => s.sheet === p.sheet);
    return i < 0 ? EDITABLE_SHEETS.length : i;
  };
  const column = (p: WorkbookProblem) => /^[A-Z]+/.exec(p.cell ?? '')?.[0] ?? '';
  return (
    sheet(a) - sheet(b) ||
    (a.row ?? 0) - (b.row ?? 0) ||
    column(a).length - column(b).length ||
    column(a).localeCompare(column(b))
  );
}

/** The files about to be replaced must still be what was read: an edit in between is not lost. */
async function checkUnchangedOnDisk(
  folder: ReviewFolder,
  paths: readonly string[],
  file: string,
): Promise<void> {
  for (const path of paths) {
    const before = folder.files.find((f) => f.path === path)!.text;
    const now = await readContentText(join(folder.folder, path), path).catch(() => undefined);
    if (!now || !('text' in now) || now.text !== before) {
      throw new WorkbookError(
        file,
        [],
        [
          {
            file: `${folder.folder}/${path}`,
            message: '在导入的过程中被修改了',
            hint: '等修改完成后再导入一次。',
          },
        ],
      );
    }
  }
}
