/**
 * What the workbook holds, row by row, from the relation index: the measures with their ledger,
 * the findings with their causes, measures and the feedback problems they answer, and the lists of
 * causes, measures and feedback problems, each review in document order. The workbook file is
 * written from these (workbook-file.ts).
 */
import { ledgerValues, type LedgerValues } from '../../src/ledger/columns.ts';
import { progressByDate } from '../../src/ledger/rows.ts';
import type { ReviewNode, SiteIndex } from '../../src/relations/nodes.ts';
import { formatIsoDate } from '../../src/text/dates.ts';
import type { ReviewFolder } from './content.ts';
import { findingBaseline, measureBaseline, type Baseline } from './baseline.ts';
import { fingerprint } from './fingerprint.ts';
import type { ProgressLine } from './progress-cells.ts';

/** The entry a row is, its file's fingerprint and its editable fields as exported. */
interface RowBase {
  review: string;
  id: string;
  /** 措施（一）, 问题（一）之二. */
  label: string;
  title: string;
  fingerprint: string;
  baseline: Baseline;
}

/** A measure: the findings it answers, its ledger fields of one value each, and its reports. */
export interface MeasureRow extends RowBase, LedgerValues {
  findings: string[];
  /** Oldest first. */
  progress: ProgressLine[];
}

export interface FindingRow extends RowBase {
  causes: string[];
  measures: string[];
  /** The feedback problems of the review's inspection it answers, by number. */
  feedback: string[];
}

export type ListRow = Omit<RowBase, 'fingerprint' | 'baseline'>;

export interface WorkbookRows {
  /** The reviews, by folder name and title, in the site's order. */
  reviews: { id: string; title: string }[];
  ledger: MeasureRow[];
  relations: FindingRow[];
  causes: ListRow[];
  measures: ListRow[];
  /** The problems of each review's inspection, under the review; none when no review names one. */
  problems: ListRow[];
}

/** The rows of the reviews of `index`, whose files are those of `folders`. */
export function workbookRows(index: SiteIndex, folders: readonly ReviewFolder[]): WorkbookRows {
  const texts = new Map<string, string>(
    folders.flatMap((f) => f.files.map((file) => [`${f.folder}/${file.path}`, file.text] as const)),
  );
  const print = (file: string) => fingerprint(texts.get(file) ?? '');
  const reviews: ReviewNode[] = index.reviews;
  return {
    reviews: reviews.map((r) => ({ id: r.id, title: r.title })),
    ledger: reviews.flatMap((review) =>
      review.measures.map((m) => {
        const data = m.entry.data;
        return {
          review: review.id,
          id: m.id,
          label: m.label,
          title: m.title,
          fingerprint: print(m.file),
          baseline: measureBaseline(data),
          findings: m.findings.map((f) => f.label),
          ...ledgerValues(data),
          progress: progressByDate(data.progress).map((p) => ({
            date: formatIsoDate(p.date),
            note: p.note,
            evidence: p.evidence,
          })),
        };
      }),
    ),
    relations: reviews.flatMap((review) =>
      review.findings.map((f) => ({
        review: review.id,
        id: f.id,
        label: f.label,
        title: f.title,
        fingerprint: print(f.file),
        baseline: findingBaseline(f),
        causes: f.causes.map((c) => c.id),
        measures: f.measures.map((m) => m.id),
        feedback: f.feedback.map((p) => p.id),
      })),
    ),
    causes: reviews.flatMap((review) =>
      review.causes.map((c) => ({ review: review.id, id: c.id, label: c.label, title: c.title })),
    ),
    measures: reviews.flatMap((review) =>
      review.measures.map((m) => ({ review: review.id, id: m.id, label: m.label, title: m.title })),
    ),
    problems: reviews.flatMap((review) =>
      (review.inspection?.problems ?? []).map((p) => ({
        review: review.id,
        id: p.id,
        label: p.label,
        title: p.title,
      })),
    ),
  };
}
