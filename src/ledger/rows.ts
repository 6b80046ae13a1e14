/**
 * The rectification ledger (整改台账): one row per measure with who leads it, who does it, by
 * when, how far it has got. The page's cells (`ledgerCells`) and the CSV and XLSX exports'
 * (`ledgerTable`) all come from the ledger's columns (columns.ts), so they cannot disagree.
 */
import type { ProgressEntry } from '../schemas/ledger.ts';
import {
  exportValue,
  ID_COLUMN,
  LEDGER_COLUMNS,
  REVIEW_COLUMN,
  ledgerValues,
  siteCell,
  siteHeader,
  type ExportValue,
  type LedgerColumn,
  type LedgerValues,
  type SiteCell,
} from './columns.ts';
import { lightOf, type LightInput, type LightState } from './lights.ts';
import { NOT_FILLED, RECTIFICATION_STATUSES } from './terms.ts';
import { formatIsoDate } from '../text/dates.ts';
import type { ContentProblem } from '../model/content-error.ts';
import { KIND_FOLDERS } from '../model/kinds.ts';
import type { MeasureNode, ReviewNode, SourceEntries } from '../relations/nodes.ts';

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
  /** Its light on the build date: done, on time, due soon, or overdue by so many days. */
  light: LightState;
  /** The day it is due by has passed and it is not done: its light is 逾期. */
  overdue: boolean;
}

/**
 * Whether a measure is past the day it is due by on `today` without being done (or closed out):
 * its deadline, or under 申请延期 the day the extension runs to.
 */
export function isOverdue(measure: LightInput, today: Date): boolean {
  return lightOf(measure, today).light === '逾期';
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
  const light = lightOf(data, today);
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
    light,
    overdue: light.light === '逾期',
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
  return [...(withReview ? [REVIEW_COLUMN] : []), ...pageColumns(columns).map(siteHeader)];
}

/** The headers of the exports' columns before 编号: the page's, and the light and days overdue. */
export function exportHeaders(withReview = false, columns = LEDGER_COLUMNS): string[] {
  return [...(withReview ? [REVIEW_COLUMN] : []), ...exportColumns(columns).map(siteHeader)];
}

/** A cell of a row in the page's columns after 材料, with the key of its column. */
export interface LedgerCell extends SiteCell {
  key: string;
}

/** The cells of `row`, the `index`th of its ledger, in the page's columns after 材料. */
export function ledgerCells(row: LedgerRow, index = 0, columns = LEDGER_COLUMNS): LedgerCell[] {
  return pageColumns(columns).map((c) => ({ key: c.key, ...siteCell(c, row, index) }));
}

const exportColumns = (columns: readonly LedgerColumn[]) => columns.filter((c) => c.site);
const pageColumns = (columns: readonly LedgerColumn[]) =>
  exportColumns(columns).filter((c) => !c.site?.exportOnly);

/**
 * The header and the rows' cells: what the exports contain, the site's columns (the page's, the
 * light and the days overdue) and then 编号; dates as dates, empty where nothing is filled in.
 * `withReview` adds the 材料 column first.
 */
export function ledgerTable(
  rows: LedgerRow[],
  withReview = false,
  columns = LEDGER_COLUMNS,
): ExportValue[][] {
  const lead = (row: LedgerRow) => (withReview ? [row.reviewTitle] : []);
  return [
    [...exportHeaders(withReview, columns), ID_COLUMN],
    ...rows.map((row) => [
      ...lead(row),
      ...exportColumns(columns).map((column) => exportValue(column, row)),
      ledgerRowId(row),
    ]),
  ];
}

/**
 * Due days that are suspicious but may be right, so the build goes on: a deadline set before the
 * review itself was written (almost always a typo in the year), and an extension under a status
 * that is not 申请延期 (see extensionWarning).
 */
export function deadlineWarnings<E extends SourceEntries>(
  reviews: ReviewNode<E>[],
): ContentProblem[] {
  return reviews.flatMap((review) => {
    const written = review.entry.data.date;
    return review.measures.flatMap((measure) => {
      const { deadline } = measure.entry.data;
      const early =
        written && deadline && deadline.getTime() < written.getTime()
          ? [
              {
                file: measure.file,
                field: 'deadline',
                message: `完成时限 ${formatIsoDate(deadline)} 早于材料本身的日期 ${formatIsoDate(written)}`,
                hint: '检查完成时限的年份是否写错；确实如此的可以不改，构建照常进行。',
              },
            ]
          : [];
      return [...early, ...extensionWarning(measure)];
    });
  });
}

/**
 * An extension (延期至, 延期理由) kept under 未启动 or 推进中, or with no status: the light then
 * counts from the deadline and ignores it. Either the status was moved on from 申请延期 by
 * mistake, or the extension was not granted; a warning rather than a refusal, since the record of
 * an extension applied for is worth keeping. Under 已完成 and 已销号 it is the measure's history
 * (done after an extension) and nothing is said.
 */
function extensionWarning<E extends SourceEntries>(measure: MeasureNode<E>): ContentProblem[] {
  const { status, extendedTo, extensionReason } = measure.entry.data;
  if (status === '申请延期' || status === '已完成' || status === '已销号') return [];
  if (!extendedTo && !extensionReason) return [];
  const field = extendedTo ? 'extendedTo' : 'extensionReason';
  const what = extendedTo ? `延期至 ${formatIsoDate(extendedTo)}` : '延期理由';
  return [
    {
      file: measure.file,
      field,
      message: `填写了${what}，但整改状态是“${status ?? NOT_FILLED}”而不是“申请延期”：逾期仍按完成时限计算`,
      hint: '延期已获批准的，把整改状态改为“申请延期”（status: 申请延期）；没有延期的，删去延期的字段（extendedTo、extensionReason）。',
    },
  ];
}
