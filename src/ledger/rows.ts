/**
 * The rectification ledger (整改台账): one row per measure with who leads it, who does it, by
 * when, how far it has got. The page, the CSV and the XLSX export all come from `ledgerTable`,
 * so they cannot disagree.
 */
import type { ProgressEntry } from '../schemas/ledger.ts';
import { NOT_FILLED, RECTIFICATION_STATUSES, type RectificationStatus } from './terms.ts';
import { formatIsoDate } from '../text/dates.ts';
import type { ContentProblem } from '../model/content-error.ts';
import { KIND_FOLDERS } from '../model/kinds.ts';
import type { MeasureNode, ReviewNode, SourceEntries } from '../relations/nodes.ts';

/** Statuses under which a passed deadline no longer matters. */
const DONE: readonly RectificationStatus[] = ['已完成', '已销号'];

export interface LedgerRow {
  review: string;
  reviewTitle: string;
  measureLabel: string;
  measureTitle: string;
  /** Site path of the measure's page. */
  measurePath: string;
  /** Id of the measure within its review: its file name without extension. */
  measureId: string;
  findingLabels: string[];
  leader: string | undefined;
  unit: string | undefined;
  deadline: Date | undefined;
  mode: string | undefined;
  status: RectificationStatus | undefined;
  /** The latest progress report, by date. */
  lastProgress: ProgressEntry | undefined;
  closedOn: Date | undefined;
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
    leader: data.leader,
    unit: data.unit,
    deadline: data.deadline,
    mode: data.mode,
    status: data.status,
    lastProgress: progressByDate(data.progress).at(-1),
    closedOn: data.closedOn,
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

/** The columns of the ledger, as headed in the page and both exports (site-wide ones add 材料 first). */
export const LEDGER_COLUMNS = [
  '整改措施',
  '针对的问题',
  '责任领导',
  '责任单位',
  '完成时限',
  '整改方式',
  '整改状态',
  '最新进展',
  '销号日期',
] as const;

const text = (value: string | undefined) => value ?? NOT_FILLED;
const date = (value: Date | undefined) => (value ? formatIsoDate(value) : NOT_FILLED);

/** The column naming the review, for ledgers spanning several reviews. */
export const REVIEW_COLUMN = '材料';

/** The status as written in the ledger: 已逾期 is added when the deadline has passed. */
export function statusText(row: LedgerRow): string {
  return text(row.status) + (row.overdue ? '（已逾期）' : '');
}

/** The latest progress as one line: its date, then the note. */
export function progressText(row: LedgerRow): string {
  return row.lastProgress
    ? `${formatIsoDate(row.lastProgress.date)} ${row.lastProgress.note}`
    : NOT_FILLED;
}

/** One row as the text of each column of LEDGER_COLUMNS. */
export function ledgerCells(row: LedgerRow): string[] {
  return [
    `${row.measureLabel} ${row.measureTitle}`,
    row.findingLabels.join('、') || NOT_FILLED,
    text(row.leader),
    text(row.unit),
    date(row.deadline),
    text(row.mode),
    statusText(row),
    progressText(row),
    date(row.closedOn),
  ];
}

/**
 * The last column of the exports: which measure a row is, as `<review>/measures/<id>` (its file
 * under content/reviews/ without .mdx), so that an export edited in Excel can be read back row by
 * row (`npm run workbook -- import`). The page has no need of it: each row links to the measure.
 */
export const LEDGER_ID_COLUMN = '编号';

/** A measure as the exports' 编号 column names it: `demo-2024/measures/1`. */
export function ledgerRowId(row: Pick<LedgerRow, 'review' | 'measureId'>): string {
  return `${row.review}/${KIND_FOLDERS.measure}/${row.measureId}`;
}

/**
 * The header and the rows' cells: what the exports contain, the page's columns and then 编号.
 * `withReview` adds the 材料 column first.
 */
export function ledgerTable(rows: LedgerRow[], withReview = false): string[][] {
  const lead = (row: LedgerRow) => (withReview ? [row.reviewTitle] : []);
  return [
    [...(withReview ? [REVIEW_COLUMN] : []), ...LEDGER_COLUMNS, LEDGER_ID_COLUMN],
    ...rows.map((row) => [...lead(row), ...ledgerCells(row), ledgerRowId(row)]),
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
