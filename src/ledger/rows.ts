/**
 * The rectification ledger (整改台账): one row per measure with who leads it, who does it, by
 * when, how far it has got. The page's cells and the CSV and XLSX exports' all come from the
 * ledger's columns (columns.ts) by `ledgerCells`, so they cannot disagree.
 */
import type { ProgressEntry } from '../schemas/ledger.ts';
import {
  ID_COLUMN,
  LEDGER_COLUMNS,
  REVIEW_COLUMN,
  ledgerValues,
  siteCell,
  siteHeader,
  type LedgerColumn,
  type LedgerValues,
  type SiteCell,
} from './columns.ts';
import { NOT_FILLED, RECTIFICATION_STATUSES, type RectificationStatus } from './terms.ts';
import { formatIsoDate } from '../text/dates.ts';
import type { ContentProblem } from '../model/content-error.ts';
import { KIND_FOLDERS } from '../model/kinds.ts';
import type { MeasureNode, ReviewNode, SourceEntries } from '../relations/nodes.ts';

/** Statuses under which a passed deadline no longer matters. */
const DONE: readonly RectificationStatus[] = ['已完成', '已销号'];

/** A measure's row: the measure, its findings, its ledger fields and its latest report. */
export interface LedgerRow extends LedgerValues {
  review: string;
  reviewTitle: string;
  measureLabel: string;
  measureTitle: string;
  /** Site path of the measure's page. */
  measurePath: string;
  /** Id of the measure within its review: its file name without extension. */
  measureId: string;
  findingLabels: string[];
  /** The latest progress report, by date. */
  lastProgress: ProgressEntry | undefined;
  /** The deadline has passed and the measure is not done. */
  overdue: boolean;
}

/** Whether a measure is past its deadline on `today` without being done (or closed out). */
export function isOverdue(
  deadline: Date | undefined,
  status: RectificationStatus | undefined,
  today: Date,
): boolean {
  if (!deadline || (status && DONE.includes(status))) return false;
  return deadline.getTime() < today.getTime();
}

/** Progress reports oldest first: the order of a timeline. */
export function progressByDate(progress: ProgressEntry[]): ProgressEntry[] {
  return [...progress].sort((a, b) => a.date.getTime() - b.date.getTime());
}

/** The ledger rows of a review: its measures in order. */
export function ledgerRows<E extends SourceEntries>(
  review: ReviewNode<E>,
  today: Date,
): LedgerRow[] {
  return review.measures.map((measure) => ledgerRow(review, measure, today));
}

function ledgerRow<E extends SourceEntries>(
  review: ReviewNode<E>,
  measure: MeasureNode<E>,
  today: Date,
): LedgerRow {
  const data = measure.entry.data;
  return {
    review: review.id,
    reviewTitle: review.title,
    measureLabel: measure.label,
    measureTitle: measure.title,
    measurePath: measure.path,
    measureId: measure.id,
    findingLabels: measure.findings.map((f) => f.label),
    ...ledgerValues(data),
    lastProgress: progressByDate(data.progress).at(-1),
    overdue: isOverdue(data.deadline, data.status, today),
  };
}

/** Rows per status, every status listed (未填写 for measures without one), in the schema's order. */
export function statusCounts(rows: LedgerRow[]): [status: string, count: number][] {
  const counts = new Map<string, number>(
    [...RECTIFICATION_STATUSES, NOT_FILLED].map((s) => [s, 0]),
  );
  for (const row of rows) {
    const key = row.status ?? NOT_FILLED;
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return [...counts];
}

/** A measure as the exports' 编号 column names it: `demo-2024/measures/1`. */
export function ledgerRowId(row: Pick<LedgerRow, 'review' | 'measureId'>): string {
  return `${row.review}/${KIND_FOLDERS.measure}/${row.measureId}`;
}

/** The headers of the page's columns: 材料 first when the ledger spans reviews (`withReview`). */
export function ledgerHeaders(withReview = false, columns = LEDGER_COLUMNS): string[] {
  return [...(withReview ? [REVIEW_COLUMN] : []), ...siteColumns(columns).map(siteHeader)];
}

/** A cell of a row in the page's columns after 材料, with the key of its column. */
export interface LedgerCell extends SiteCell {
  key: string;
}

/** The cells of `row`, the `index`th of its ledger, in the page's columns after 材料. */
export function ledgerCells(row: LedgerRow, index = 0, columns = LEDGER_COLUMNS): LedgerCell[] {
  return siteColumns(columns).map((c) => ({ key: c.key, ...siteCell(c, row, index) }));
}

const siteColumns = (columns: readonly LedgerColumn[]) => columns.filter((c) => c.site);

/**
 * The header and the rows' cells: what the exports contain, the page's columns and then 编号.
 * `withReview` adds the 材料 column first.
 */
export function ledgerTable(
  rows: LedgerRow[],
  withReview = false,
  columns = LEDGER_COLUMNS,
): string[][] {
  const lead = (row: LedgerRow) => (withReview ? [row.reviewTitle] : []);
  return [
    [...ledgerHeaders(withReview, columns), ID_COLUMN],
    ...rows.map((row, i) => [
      ...lead(row),
      ...ledgerCells(row, i, columns).map((cell) => cell.text),
      ledgerRowId(row),
    ]),
  ];
}

/** Deadlines set before the review itself was written: almost always a typo in the year. */
export function deadlineWarnings<E extends SourceEntries>(
  reviews: ReviewNode<E>[],
): ContentProblem[] {
  return reviews.flatMap((review) => {
    const written = review.entry.data.date;
    if (!written) return [];
    return review.measures.flatMap((measure) => {
      const deadline = measure.entry.data.deadline;
      if (!deadline || deadline.getTime() >= written.getTime()) return [];
      return [
        {
          file: measure.file,
          field: 'deadline',
          message: `完成时限 ${formatIsoDate(deadline)} 早于材料本身的日期 ${formatIsoDate(written)}`,
          hint: '检查完成时限的年份是否写错；确实如此的可以不改，构建照常进行。',
        },
      ];
    });
  });
}
