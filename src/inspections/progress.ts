/**
 * How far the rectification of one inspection's feedback has got, as the progress report
 * (整改进展情况报告) states it and the inspection's pages show it: the problems, which reviews
 * answered each and with which measures, the measures in all (every measure of the reviews that
 * answer the inspection), how many are done (已完成 and 已销号), the completion rate, how many are
 * still under way and how many overdue, and the problems no review answered (整改空白). Computed
 * once from the relation index and a day, so the page, the report page and the Word document
 * cannot disagree.
 */
import { lightOf, type Light } from '../ledger/lights.ts';
import { completionRate } from '../ledger/overview.ts';
import type {
  CategoryNode,
  FindingNode,
  InspectionNode,
  MeasureNode,
  ProblemNode,
  ReviewNode,
  SourceEntries,
} from '../relations/nodes.ts';

/** The three states a report counts measures by; they add up to the measures in all. */
export interface MeasureCounts {
  total: number;
  /** 已完成 or 已销号. */
  done: number;
  /** Not done and past its deadline (or its extension's date). */
  overdue: number;
  /** Neither done nor overdue: 推进中, 未启动, 申请延期 within its new date, or no status yet. */
  underway: number;
}

/** A review's answer to one problem: its findings that cite the problem. */
export interface ReviewAnswer<E extends SourceEntries = SourceEntries> {
  review: ReviewNode<E>;
  findings: FindingNode<E>[];
}

export interface ProblemProgress<E extends SourceEntries = SourceEntries> {
  problem: ProblemNode<E>;
  /** Review by review, in the site's order of reviews. */
  answers: ReviewAnswer<E>[];
  /** The measures of those findings, each once, review by review in document order. */
  measures: MeasureNode<E>[];
  counts: MeasureCounts;
  /** No review's finding cites it (整改空白). */
  unanswered: boolean;
  /** Answered, with measures, and every one of them done. */
  allDone: boolean;
}

export interface CategoryProgress<E extends SourceEntries = SourceEntries> {
  category: CategoryNode<E>;
  problems: ProblemProgress<E>[];
}

export interface InspectionProgress<E extends SourceEntries = SourceEntries> {
  inspection: InspectionNode<E>;
  /** The day the lights and counts are taken on. */
  today: Date;
  /** Every measure of the reviews that answer the inspection. */
  counts: MeasureCounts;
  /** done ÷ total, one decimal (66.7%); '—' without measures. */
  rate: string;
  problems: ProblemProgress<E>[];
  byCategory: CategoryProgress<E>[];
  unanswered: ProblemProgress<E>[];
  /** Problems whose measures are all done. */
  allDone: ProblemProgress<E>[];
}

/** Whether a measure's light on `today` counts it done, overdue or under way. */
export function measureState(
  measure: MeasureNode,
  today: Date,
): Exclude<Light, '临期' | '正常'> | '推进中' {
  const { light } = lightOf(measure.entry.data, today);
  return light === '临期' || light === '正常' ? '推进中' : light;
}

/** The counts of some measures on `today`. */
export function countMeasures(measures: readonly MeasureNode[], today: Date): MeasureCounts {
  const counts: MeasureCounts = { total: measures.length, done: 0, overdue: 0, underway: 0 };
  for (const measure of measures) {
    const state = measureState(measure, today);
    if (state === '已完成') counts.done++;
    else if (state === '逾期') counts.overdue++;
    else counts.underway++;
  }
  return counts;
}

/** One problem's answers and measures on `today`. */
export function problemProgress<E extends SourceEntries>(
  problem: ProblemNode<E>,
  inspection: InspectionNode<E>,
  today: Date,
): ProblemProgress<E> {
  // A problem's findings come review by review, in the order of the inspection's reviews.
  const answers: ReviewAnswer<E>[] = inspection.reviews
    .map((review) => ({
      review,
      findings: problem.findings.filter((finding) => finding.review === review.id),
    }))
    .filter(({ findings }) => findings.length > 0);
  const measures = answers.flatMap(({ findings }) => [
    ...new Set(findings.flatMap((f) => f.measures).sort((a, b) => a.order - b.order)),
  ]);
  const counts = countMeasures(measures, today);
  return {
    problem,
    answers,
    measures,
    counts,
    unanswered: answers.length === 0,
    allDone: measures.length > 0 && counts.done === measures.length,
  };
}

/** The progress of an inspection's rectification on `today`. */
export function inspectionProgress<E extends SourceEntries>(
  inspection: InspectionNode<E>,
  today: Date,
): InspectionProgress<E> {
  const byProblem = new Map(
    inspection.problems.map((p) => [p, problemProgress(p, inspection, today)]),
  );
  const problems = [...byProblem.values()];
  const counts = countMeasures(
    inspection.reviews.flatMap((review) => review.measures),
    today,
  );
  return {
    inspection,
    today,
    counts,
    rate: completionRate(counts.done, counts.total),
    problems,
    byCategory: inspection.categories.map((category) => ({
      category,
      problems: category.problems.map((p) => byProblem.get(p)!),
    })),
    unanswered: problems.filter((p) => p.unanswered),
    allDone: problems.filter((p) => p.allDone),
  };
}
