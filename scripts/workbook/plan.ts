/**
 * What a workbook would change: each row's cells read into front matter values and compared with
 * what the entry's file holds now. Only fields whose value differs are changed; a cell left as it
 * was exported changes nothing, whatever its formatting. Every cell that cannot be read is a
 * problem, with its place; so is a row whose entry is no longer in the content.
 */
import { columnOf, isValueColumn, LEDGER_COLUMNS } from '../../src/ledger/columns.ts';
import { progressByDate } from '../../src/ledger/rows.ts';
import { NOT_FILLED } from '../../src/ledger/terms.ts';
import { entryFilePath } from '../../src/model/entry-paths.ts';
import type { FindingNode, MeasureNode, ReviewNode, SiteIndex } from '../../src/relations/nodes.ts';
import { cellText, isUnset, readValue, type DateOptions, type Read } from './cells.ts';
import { RELATION_SHEET_COLUMNS, SHEETS } from './columns.ts';
import { findingBaseline, measureBaseline, reportsAsWritten } from './baseline.ts';
import { idListText, readFeedbackList, readIdList } from './id-lists.ts';
import { quoteCell, type WorkbookProblem } from './problems.ts';
import {
  evidenceCellText,
  progressCellText,
  readProgress,
  type ProgressLine,
} from './progress-cells.ts';
import type { EntryRow, RowCell } from './rows.ts';

/** One field to change: its new front matter value (undefined: remove it) and how to say it. */
export interface FieldChange {
  field: string;
  /** The column it came from, to place a problem the build finds with the new value. */
  column: string;
  cell: string;
  value: unknown;
  /** `责任领导：未填写 → 张三`. */
  summary: string;
  /**
   * Set when the file's value of the field is no longer the one exported: someone changed it
   * since (by hand, or with another workbook). Its value then and now, as the cell shows them.
   */
  conflict?: { exported: string; current: string } | undefined;
}

/** The changes to one entry's file. */
export interface EntryChanges {
  review: string;
  kind: 'measure' | 'finding';
  id: string;
  /** 措施（一）. */
  label: string;
  /** Path inside the review folder: `measures/1.mdx`. */
  path: string;
  sheet: string;
  row: number;
  fingerprint: string | undefined;
  changes: FieldChange[];
  /** The row's editable cells by field, to place problems the build finds in the new values. */
  cells: Map<string, RowCell>;
}

export interface Plan {
  entries: EntryChanges[];
  problems: WorkbookProblem[];
  notes: string[];
}

/** Compares every row with the content of `index`; `options` say how the file counts dates. */
export function planChanges(
  rows: readonly EntryRow[],
  index: SiteIndex,
  options: DateOptions,
): Plan {
  const plan: Plan = { entries: [], problems: [], notes: [] };
  for (const row of rows) {
    const review = index.reviewById.get(row.review);
    const node =
      review &&
      (row.kind === 'measure' ? review.measures : review.findings).find((n) => n.id === row.id);
    if (!review || !node) {
      plan.problems.push({
        sheet: row.sheet,
        row: row.row,
        message: review
          ? `材料“${row.review}”中已经没有${row.kind === 'measure' ? '措施' : '问题'} ${row.id}（导出之后被删除或改了编号）`
          : `内容文件夹中没有材料“${row.review}”`,
        hint: '重新导出一份工作簿，把这一行的改动填到新的工作簿中。',
      });
      continue;
    }
    const problems: WorkbookProblem[] = [];
    const changes =
      node.kind === 'measure'
        ? measureChanges(row, node, options, problems)
        : findingChanges(row, node, review, problems);
    plan.problems.push(...problems.map((p) => ({ ...p, entry: node.label })));
    plan.notes.push(...readOnlyNotes(row, node));
    if (changes.length > 0) {
      plan.entries.push({
        review: row.review,
        kind: row.kind,
        id: row.id,
        label: node.label,
        path: entryFilePath(node.kind, node.id),
        sheet: row.sheet,
        row: row.row,
        fingerprint: row.fingerprint,
        changes,
        cells: row.cells,
      });
    }
  }
  return plan;
}

const shown = (value: string | undefined) => value ?? NOT_FILLED;
/**
 * Whether a field edited in the workbook was also changed in the file since the export: then the
 * two edits clash, and the import says so instead of overwriting one with the other.
 */
function clash(exported: string | undefined, current: string): FieldChange['conflict'] {
  return exported !== undefined && exported !== current ? { exported, current } : undefined;
}

function measureChanges(
  row: EntryRow,
  node: MeasureNode,
  options: DateOptions,
  problems: WorkbookProblem[],
): FieldChange[] {
  const data = node.entry.data;
  const changes: FieldChange[] = [];
  const current = measureBaseline(data);
  for (const column of LEDGER_COLUMNS) {
    if (!isValueColumn(column)) continue;
    const field = column.key;
    const cell = row.cells.get(field);
    if (!cell) continue;
    const result = readValue(column, cell.value, options);
    if (!result.ok) {
      problems.push(cellProblem(row, cell, result));
      continue;
    }
    const value = result.value ?? '';
    // Left as it went out: whatever the file holds now stays.
    if (row.exported && value === row.exported[field]) continue;
    if (value === current[field]) continue;
    changes.push({
      field,
      column: cell.column,
      cell: cell.cell,
      value: result.value,
      summary: `${column.name}：${shown(current[field] || undefined)} → ${shown(result.value)}`,
      conflict: clash(row.exported?.[field], current[field]!),
    });
  }
  const asWritten = reportsAsWritten(data);
  const reports = progressByDate(data.progress).map((p) => asWritten[data.progress.indexOf(p)]!);
  const progress = row.cells.get('progress');
  const evidence = row.cells.get('evidence');
  const latest = row.cells.get('latestProgress');
  const untouched =
    row.exported !== undefined &&
    linesText(progress?.value ?? null) === row.exported['progress'] &&
    linesText(evidence?.value ?? null) === row.exported['evidence'];
  const wanted = untouched
    ? undefined
    : progress
      ? readReports(row, progress, evidence, reports, options, problems)
      : latest
        ? readLatest(row, latest, reports, options, problems)
        : undefined;
  const change = wanted && progressChange(asWritten, wanted);
  if (change) {
    const cell = (progress ?? latest)!;
    const exported = row.exported;
    changes.push({
      field: 'progress',
      column: cell.column,
      cell: cell.cell,
      ...change,
      conflict: exported
        ? clash(
            `${exported['progress'] ?? ''}\n${exported['evidence'] ?? ''}`,
            `${current['progress']!}\n${current['evidence']!}`,
          )
        : undefined,
    });
  }
  // In the ledger's column order, as the report lists them.
  const rank = (change: FieldChange) => LEDGER_COLUMNS.findIndex((c) => c.key === change.field);
  return changes.sort((a, b) => rank(a) - rank(b));
}

/** Lines of a cell as written, for telling whether it was left as exported. */
const linesText = (value: RowCell['value']) =>
  isUnset(value)
    ? ''
    : cellText(value)
        .split(/\r\n|\r|\n/)
        .map((l) => l.trim())
        .filter(Boolean)
        .join('\n');

function readReports(
  row: EntryRow,
  progress: RowCell,
  evidence: RowCell | undefined,
  reports: ProgressLine[],
  options: DateOptions,
  problems: WorkbookProblem[],
): ProgressLine[] | undefined {
  // Cells as exported stand for the reports as they are, even where two share a date.
  if (
    linesText(progress.value) === progressCellText(reports) &&
    linesText(evidence?.value ?? null) === evidenceCellText(reports)
  ) {
    return undefined;
  }
  const read = readProgress(progress.value, evidence?.value ?? null, options);
  if (!read.ok) {
    const cell = read.cell === 'evidence' && evidence ? evidence : progress;
    problems.push(cellProblem(row, cell, read));
    return undefined;
  }
  return read.value;
}

/**
 * The site's ledger shows only the latest report. A line there that is not a report already
 * made is a new one; on the latest report's own day it corrects that report's note.
 */
function readLatest(
  row: EntryRow,
  cell: RowCell,
  reports: ProgressLine[],
  options: DateOptions,
  problems: WorkbookProblem[],
): ProgressLine[] | undefined {
  const last = reports.at(-1);
  const text = linesText(cell.value);
  if (text === (last ? `${last.date} ${last.note}` : '')) return undefined;
  if (!text) {
    problems.push({
      ...where(row, cell),
      message: '整改进展被清空了：网站导出的台账只列出最新的一条，不能在这里删除进展',
      hint: '改回原来的内容；要删除进展，请用 npm run workbook -- export 导出的工作簿，或直接修改措施的文件。',
    });
    return undefined;
  }
  const read = readProgress(cell.value, null, options);
  if (!read.ok) {
    problems.push(cellProblem(row, cell, read));
    return undefined;
  }
  const result = [...reports];
  for (const line of read.value) {
    if (result.some((r) => r.date === line.date && r.note === line.note)) continue;
    const latest = result.at(-1);
    if (latest && latest === last && latest.date === line.date) {
      result[result.length - 1] = { ...latest, note: line.note };
    } else result.push(line);
  }
  return result;
}

const reportText = (r: ProgressLine) => `${r.date} ${r.note}`;

/** The change from `before` to `after`, said report by report; undefined when they are the same. */
export function progressChange(
  before: readonly ProgressLine[],
  after: readonly ProgressLine[],
): Pick<FieldChange, 'value' | 'summary'> | undefined {
  const key = (r: ProgressLine) => JSON.stringify([r.date, r.note, r.evidence ?? null]);
  const sorted = (list: readonly ProgressLine[]) => list.map(key).sort().join('\n');
  if (sorted(before) === sorted(after)) return undefined;
  const parts: string[] = [];
  const remaining = [...before];
  const added: ProgressLine[] = [];
  for (const report of after) {
    const same = remaining.findIndex((r) => r.date === report.date && r.note === report.note);
    if (same < 0) {
      added.push(report);
      continue;
    }
    const [old] = remaining.splice(same, 1);
    if ((old!.evidence ?? '') !== (report.evidence ?? '')) {
      parts.push(
        `${report.date} 的佐证材料：${old!.evidence ?? NOT_FILLED} → ${report.evidence ?? NOT_FILLED}`,
      );
    }
  }
  for (const report of added)
    parts.push(
      `新增“${reportText(report)}”${report.evidence ? `（佐证材料 ${report.evidence}）` : ''}`,
    );
  for (const report of remaining) parts.push(`删去“${reportText(report)}”`);
  // Reports kept stay where the file has them, new ones follow: the file changes least.
  const pool = [...after];
  const kept = before.flatMap((old) => {
    const i = pool.findIndex((r) => r.date === old.date && r.note === old.note);
    return i < 0 ? [] : pool.splice(i, 1);
  });
  const written = [...kept, ...pool];
  return {
    value:
      written.length === 0
        ? undefined
        : written.map((r) => ({
            date: r.date,
            note: r.note,
            ...(r.evidence ? { evidence: r.evidence } : {}),
          })),
    summary: `${columnOf('progress').name}：${parts.join('；')}`,
  };
}

function findingChanges(
  row: EntryRow,
  node: FindingNode,
  review: ReviewNode,
  problems: WorkbookProblem[],
): FieldChange[] {
  const changes: FieldChange[] = [];
  const current = findingBaseline(node);
  for (const field of ['causes', 'measures', 'feedback'] as const) {
    const cell = row.cells.get(field);
    if (!cell) continue;
    const read =
      field === 'feedback'
        ? readFeedback(cell, review)
        : readIdList(
            cell.value,
            field === 'causes' ? 'cause' : 'measure',
            field === 'causes' ? review.causes : review.measures,
            field === 'causes' ? SHEETS.causes : SHEETS.measures,
          );
    if (!read.ok) {
      problems.push(cellProblem(row, cell, read));
      continue;
    }
    const ids = idListText(read.value);
    if (row.exported && ids === row.exported[field]) continue;
    if (ids === current[field]) continue;
    changes.push({
      field,
      column: cell.column,
      cell: cell.cell,
      // Ids that are numbers are written as numbers, `[1, 3]`, as people write them.
      value: read.value.map((id) => (/^[1-9][0-9]{0,8}$/.test(id) ? Number(id) : id)),
      summary: `${RELATION_SHEET_COLUMNS.find((c) => c.field === field)!.header}：${current[field] || '无'} → ${ids || '无'}`,
      conflict: clash(row.exported?.[field], current[field]!),
    });
  }
  return changes;
}

/**
 * The feedback problems a finding answers, from its cell: problems of the inspection its review
 * names. A review that names none, or one the content folder does not have, takes none.
 */
function readFeedback(cell: RowCell, review: ReviewNode): Read<string[]> {
  const inspection = review.entry.data.inspection;
  if (isUnset(cell.value)) return { ok: true, value: [] };
  if (inspection === undefined) {
    return {
      ok: false,
      message: `材料“${review.id}”没有写明回应哪次巡察（review.mdx 中没有 inspection），这一列不能填反馈问题`,
      hint: `先在 ${review.file} 中写上 inspection: 巡察文件夹名（content/inspections/ 下的文件夹名），再重新导出工作簿填写；或者清空这个单元格。`,
    };
  }
  if (review.inspection === undefined) {
    return {
      ok: false,
      message: `材料“${review.id}”回应的巡察“${inspection}”不在内容文件夹中，无法核对反馈问题的编号`,
      hint: `先导入这次巡察的反馈意见（npm run import -- 反馈意见.docx --inspection ${inspection}），或改正 ${review.file} 中的 inspection；也可以清空这个单元格。`,
    };
  }
  const targets = review.inspection.problems.map((p, i) => ({ id: p.id, order: i + 1 }));
  return readFeedbackList(cell.value, targets, inspection, SHEETS.problems);
}

/** Read-only cells edited anyway: their edits are not imported, and the user is told. */
function readOnlyNotes(row: EntryRow, node: MeasureNode | FindingNode): string[] {
  const notes: string[] = [];
  for (const [header, cell] of row.readOnly) {
    const expected = readOnlyText(header, node);
    if (!expected) continue;
    const have = linesText(cell.value);
    if (!expected.texts.includes(have)) {
      notes.push(
        `「${row.sheet}」${cell.cell}（${node.label}）的“${header}”列是只读的，其中的改动${quoteCell(have)}没有导入${expected.hint}。`,
      );
    }
  }
  return notes;
}

/**
 * What a read-only column shows of an entry: a measure's own columns as the ledger writes them (an
 * empty one may be left empty or say 未填写), a finding's name; and how to make the change instead.
 */
function readOnlyText(
  header: string,
  node: MeasureNode | FindingNode,
): { texts: string[]; hint: string } | undefined {
  if (node.kind === 'finding') {
    return header === '问题' ? { texts: [`${node.label} ${node.title}`], hint: '' } : undefined;
  }
  const column = LEDGER_COLUMNS.find((c) => c.type === 'measure' && c.name === header);
  if (column?.type !== 'measure') return undefined;
  const findings = node.findings.map((f) => f.label);
  const text = column.text({ label: node.label, title: node.title, findings });
  return {
    texts: text ? [text] : [NOT_FILLED, ''],
    hint:
      column.key === 'findings'
        ? `：要改关系，请在「${SHEETS.relations}」中填写问题的“措施”列`
        : '',
  };
}

const where = (row: EntryRow, cell: RowCell) => ({
  sheet: row.sheet,
  row: row.row,
  column: cell.column,
  cell: cell.cell,
});

function cellProblem(
  row: EntryRow,
  cell: RowCell,
  read: { message: string; hint: string },
): WorkbookProblem {
  return { ...where(row, cell), message: read.message, hint: read.hint };
}
