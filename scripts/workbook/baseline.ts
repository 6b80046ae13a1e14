/**
 * Each editable field of an entry as one comparable text: what the export wrote in its cell, and
 * what a cell read back or a file holds now comes to. The export records it per row, so that the
 * import can tell a cell someone edited from one left as it went out, and a field changed in the
 * file since the export from one that was not.
 */
import { isValueColumn, LEDGER_COLUMNS, valueText } from '../../src/ledger/columns.ts';
import { progressByDate } from '../../src/ledger/rows.ts';
import type { FindingNode } from '../../src/relations/nodes.ts';
import type { MeasureData } from '../../src/schemas/measure.ts';
import { formatIsoDate } from '../../src/text/dates.ts';
import { idListText } from './id-lists.ts';
import { evidenceCellText, progressCellText, type ProgressLine } from './progress-cells.ts';

/** Field → its value as text; '' for a field not set. */
export type Baseline = Record<string, string>;

/** The reports of a measure as front matter has them, in the file's order, dates as YYYY-MM-DD. */
export function reportsAsWritten(data: MeasureData): ProgressLine[] {
  return data.progress.map((p) => ({
    date: formatIsoDate(p.date),
    note: p.note,
    evidence: p.evidence,
  }));
}

/** A measure's ledger fields in the ledger's column order, the reports oldest first as the cells show them. */
export function measureBaseline(data: MeasureData, columns = LEDGER_COLUMNS): Baseline {
  const reports = progressByDate(data.progress).map((p) => ({
    date: formatIsoDate(p.date),
    note: p.note,
    evidence: p.evidence,
  }));
  const reported: Baseline = {
    progress: progressCellText(reports),
    evidence: evidenceCellText(reports),
  };
  return Object.fromEntries(
    columns.flatMap((column) => {
      if (isValueColumn(column)) return [[column.key, valueText(data[column.key]) ?? '']];
      return column.key in reported ? [[column.key, reported[column.key]!]] : [];
    }),
  );
}

/** A finding's relations, ids in document order (feedback problems in the feedback's order). */
export function findingBaseline(node: FindingNode): Baseline {
  return {
    causes: idListText(node.causes.map((c) => c.id)),
    measures: idListText(node.measures.map((m) => m.id)),
    feedback: idListText(node.feedback.map((p) => p.id)),
  };
}
