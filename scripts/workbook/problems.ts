/**
 * What is wrong with a workbook, located the way a person finds it in Excel or WPS: the sheet's
 * tab, the row number at the left, the column by its header and its letter, the entry the row is.
 * An import that finds one writes nothing.
 */
import { problemPlace, UserError, type ContentProblem } from '../../src/model/content-error.ts';

/** One thing wrong in the workbook (or in the content it would produce). */
export interface WorkbookProblem {
  /** The sheet as its tab reads, e.g. 整改台账; absent when the whole file is at fault. */
  sheet?: string | undefined;
  /** The row as Excel numbers it (the header is row 1). */
  row?: number | undefined;
  /** The column by its header, e.g. 责任领导. */
  column?: string | undefined;
  /** The cell's address, e.g. D3. */
  cell?: string | undefined;
  /** The entry the row is, e.g. 措施（一）, to read the message without opening the workbook. */
  entry?: string | undefined;
  /** What was found and what was expected, as a sentence after the place. */
  message: string;
  /** How to fix it. */
  hint: string;
}

/** `「整改台账」第 3 行“责任领导”列（D3，措施（一））`: where a problem is. */
export function workbookPlace(problem: WorkbookProblem): string {
  const parts: string[] = [];
  if (problem.sheet) parts.push(`「${problem.sheet}」`);
  if (problem.row) parts.push(`第 ${problem.row} 行`);
  if (problem.column) parts.push(`“${problem.column}”列`);
  const aside = [problem.cell, problem.entry].filter(Boolean).join('，');
  return `${parts.join('')}${aside ? `（${aside}）` : ''}`;
}

/**
 * Thrown when a workbook cannot be imported as it is; lists every problem found, each with its
 * place and fix, in its own words (a cell's place, the file in the heading). The command exits 1
 * for it and writes nothing.
 */
export class WorkbookError extends UserError {
  readonly file: string;
  /** The problems in the workbook's cells. */
  readonly cellProblems: WorkbookProblem[];
  /** Problems the content itself would have after the import, where no cell is to blame. */
  readonly contentProblems: ContentProblem[];

  constructor(
    file: string,
    problems: WorkbookProblem[],
    contentProblems: ContentProblem[] = [],
    heading?: string,
  ) {
    super(formatWorkbookProblems(file, problems, contentProblems, heading));
    this.name = 'WorkbookError';
    this.file = file;
    this.cellProblems = problems;
    this.contentProblems = contentProblems;
  }
}

/** The message of a refused import: how many problems, then each with its fix. */
export function formatWorkbookProblems(
  file: string,
  problems: readonly WorkbookProblem[],
  contentProblems: readonly ContentProblem[] = [],
  heading?: string,
): string {
  const count = problems.length + contentProblems.length;
  const lines = [heading ?? `没有写入任何内容：${file} 中有 ${count} 处问题。`];
  for (const problem of problems) {
    const place = workbookPlace(problem);
    lines.push(`  ✗ ${place ? `${place}：` : ''}${problem.message}`, `    改法：${problem.hint}`);
  }
  for (const problem of contentProblems) {
    lines.push(`  ✗ ${problemPlace(problem)}：${problem.message}`, `    改法：${problem.hint}`);
  }
  return lines.join('\n');
}

/** `D3`: a cell's address from its 1-based row and 0-based column. */
export function cellAddress(row: number, column: number): string {
  let letters = '';
  for (let n = column + 1; n > 0; n = Math.floor((n - 1) / 26)) {
    letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  }
  return `${letters}${row}`;
}

/** A value from a cell, quoted for a message, cut short when long: “进行中”. */
export function quoteCell(text: string, max = 30): string {
  const chars = Array.from(text.replace(/\r?\n/g, '⏎'));
  return `“${chars.length > max ? `${chars.slice(0, max).join('')}……` : chars.join('')}”`;
}
