/**
 * The progress of a measure in two cells: 整改进展, one dated line per report
 * (`2024-04-10 制定年度学习计划。`), and 佐证材料, one dated line per link
 * (`2024-04-10 http://oa.example.gov.cn/zhenggai/jihua.pdf`), which belongs to the report of
 * that day. Lines are typed with Alt+Enter in Excel and WPS.
 */
import { judgeLink } from '../../src/permalinks/safe-link.ts';
import { cellText, isUnset, parseDateText, type CellValue, type DateOptions } from './cells.ts';
import { quoteCell } from './problems.ts';

/** One progress report as front matter holds it, the date as YYYY-MM-DD. */
export interface ProgressLine {
  date: string;
  note: string;
  evidence?: string | undefined;
}

/** What is wrong, and in which of the two cells. */
export interface ProgressProblem {
  cell: 'progress' | 'evidence';
  message: string;
  hint: string;
}

export type ProgressRead = { ok: true; value: ProgressLine[] } | ({ ok: false } & ProgressProblem);

/** A date at the start of a line, in the forms `parseDateText` reads, then the rest. */
const DATED_LINE =
  /^((?:[0-9０-９]{4}\s*[-/.／－．]\s*[0-9０-９]{1,2}\s*[-/.／－．]\s*[0-9０-９]{1,2})|(?:[0-9０-９]{4}\s*年\s*[0-9０-９]{1,2}\s*月\s*[0-9０-９]{1,2}\s*[日号]?))[\s：:，,、]*(.*)$/u;

const PROGRESS_HINT =
  '每条进展占一行（在单元格中按 Alt+Enter 换行），以日期开头，如：2024-04-10 制定年度学习计划。';
const EVIDENCE_HINT =
  '每个佐证材料占一行，以它所属进展的日期开头，如：2024-04-10 http://oa.example.gov.cn/zhenggai/jihua.pdf';

function linesOf(value: CellValue): string[] {
  if (isUnset(value)) return [];
  return cellText(value)
    .split(/\r\n|\r|\n/)
    .map((line) => line.trim())
    .filter(Boolean);
}

/** Splits `2024-04-10 text` into its date (YYYY-MM-DD) and text; a message when it has no date. */
function datedLine(
  line: string,
  n: number,
  options: DateOptions,
): { date: string; rest: string } | { problem: string } {
  const match = DATED_LINE.exec(line);
  if (!match) return { problem: `第 ${n} 行${quoteCell(line)}不是以日期开头` };
  const date = parseDateText(match[1]!, options);
  if (!date.ok) return { problem: `第 ${n} 行的日期${date.message}` };
  return { date: date.value, rest: match[2]!.trim() };
}

/**
 * Reads the reports of both cells. Each link goes to the report of its date; when several
 * reports share a date, the links of that date go to them in turn.
 */
export function readProgress(
  progress: CellValue,
  evidence: CellValue,
  options: DateOptions = {},
): ProgressRead {
  if (progress instanceof Date || typeof progress === 'number') {
    return {
      ok: false,
      cell: 'progress',
      message: `只有日期 ${quoteCell(cellText(progress))}，没有进展内容`,
      hint: PROGRESS_HINT,
    };
  }
  const reports: ProgressLine[] = [];
  for (const [i, line] of linesOf(progress).entries()) {
    const read = datedLine(line, i + 1, options);
    if ('problem' in read) {
      return { ok: false, cell: 'progress', message: read.problem, hint: PROGRESS_HINT };
    }
    if (!read.rest) {
      return {
        ok: false,
        cell: 'progress',
        message: `第 ${i + 1} 行只有日期，没有写做了什么`,
        hint: PROGRESS_HINT,
      };
    }
    reports.push({ date: read.date, note: read.rest });
  }
  for (const [i, line] of linesOf(evidence).entries()) {
    const read = datedLine(line, i + 1, options);
    if ('problem' in read) {
      return { ok: false, cell: 'evidence', message: read.problem, hint: EVIDENCE_HINT };
    }
    const verdict = judgeLink(read.rest);
    if (!read.rest || !verdict.ok) {
      return {
        ok: false,
        cell: 'evidence',
        message: read.rest
          ? `第 ${i + 1} 行的链接${verdict.ok ? '' : verdict.problem}`
          : `第 ${i + 1} 行只有日期，没有链接`,
        hint: '佐证材料应是 http:// 或 https:// 开头的网址，或本站从根目录写起的路径（如 /files/jihua.pdf）。',
      };
    }
    const report = reports.find((r) => r.date === read.date && r.evidence === undefined);
    if (!report) {
      const taken = reports.some((r) => r.date === read.date);
      return {
        ok: false,
        cell: 'evidence',
        message: taken
          ? `第 ${i + 1} 行：${read.date} 的进展只有 ${reports.filter((r) => r.date === read.date).length} 条，佐证材料却更多`
          : `第 ${i + 1} 行的日期 ${read.date} 在“整改进展”中没有对应的一条`,
        hint: `${EVIDENCE_HINT}；日期要与“整改进展”中那一条的日期相同。`,
      };
    }
    report.evidence = read.rest;
  }
  return { ok: true, value: reports };
}

/** The 整改进展 cell of reports, oldest first: one line each. */
export function progressCellText(reports: readonly ProgressLine[]): string {
  return reports.map((r) => `${r.date} ${r.note}`).join('\n');
}

/** The 佐证材料 cell of reports: a dated line for each that has a link. */
export function evidenceCellText(reports: readonly ProgressLine[]): string {
  return reports.flatMap((r) => (r.evidence ? [`${r.date} ${r.evidence}`] : [])).join('\n');
}
