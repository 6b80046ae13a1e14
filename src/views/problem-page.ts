/**
 * The view model of a feedback problem's page (`/inspections/<inspection>/problems/<n>/`): its
 * text, the findings of every review that answer it, review by review, each with its measures,
 * their owners, deadlines and lights on the build date; the same problem in earlier rounds (with
 * how it ended) and in later ones; and its neighbours in the feedback. The page's key is its digest.
 */
import { problemProgress } from '../inspections/progress.ts';
import type { FindingNode, InspectionNode, MeasureNode, ProblemNode } from '../relations/nodes.ts';
import { problemSearchAttributes } from '../search/meta.ts';
import { formatDate, formatIsoDate } from '../text/dates.ts';
import { excerpt } from '../text/excerpt.ts';
import { factsOf } from '../text/entry-facts.ts';
import {
  earlierProblems,
  inspectionLink,
  laterProblems,
  problemCitation,
  problemLink,
  problemOutcome,
  reviewLink,
  type DocumentLinkView,
  type EarlierProblemView,
  type OutcomeView,
  type ProblemLinkView,
  type ProblemRefView,
} from './inspection-links.ts';
import { categoryAnchor, problemHtml } from './inspection-page.ts';
import { entryLink, type EntryLinkView } from './links.ts';
import { measureStatus, type MeasureStatusView } from './measure-status.ts';

/** A measure answering the problem, with who owns it, when it is due and its light. */
export interface AnsweringMeasureView extends EntryLinkView {
  status: MeasureStatusView;
  /** 责任单位, 责任领导 as written; null when not filled in. */
  unit: string | null;
  leader: string | null;
  /** 完成时限, YYYY-MM-DD; null when not set. */
  deadline: string | null;
  /** 延期至 of a measure under 申请延期, YYYY-MM-DD; null otherwise. */
  extendedTo: string | null;
}

/** One review's findings that answer the problem, each with its measures. */
export interface ProblemAnswerView {
  review: DocumentLinkView;
  findings: (EntryLinkView & { measures: AnsweringMeasureView[] })[];
}

export interface ProblemPageView extends ProblemLinkView {
  anchor: string;
  citation: string;
  inspection: DocumentLinkView;
  /** The category it is listed under, with the anchor of its heading on the inspection's page. */
  category: { heading: string; anchor: string } | null;
  description: string;
  /** What the search index records about the page (search/meta.ts). */
  search: Record<string, string>;
  html: string;
  /**
   * The build date as the page names it; null when no measure answers the problem or the earlier
   * ones it recurs from (nothing on the page then depends on the day).
   */
  today: string | null;
  outcome: OutcomeView;
  answers: ProblemAnswerView[];
  recurs: EarlierProblemView[];
  recurredBy: ProblemRefView[];
  prev: ProblemLinkView | null;
  next: ProblemLinkView | null;
}

/**
 * The view models of the pages of `inspection`'s problems on `today`, in the feedback's order;
 * `inspections` finds the inspections of the problems they recur from and to (site.inspectionById).
 */
export function problemPageViews(
  inspection: InspectionNode,
  inspections: ReadonlyMap<string, InspectionNode>,
  today: Date,
): ProblemPageView[] {
  return inspection.problems.map((problem) =>
    problemPageView(problem, inspection, inspections, today),
  );
}

function problemPageView(
  problem: ProblemNode,
  inspection: InspectionNode,
  inspections: ReadonlyMap<string, InspectionNode>,
  today: Date,
): ProblemPageView {
  const progress = problemProgress(problem, inspection, today);
  const category = inspection.categories[problem.category - 1];
  const text = factsOf(problem.entry).text || problem.title;
  const recurs = earlierProblems(problem, inspections, today);
  const counted =
    progress.measures.length > 0 || recurs.some((earlier) => earlier.outcome.counts.total > 0);
  return {
    ...problemLink(problem),
    anchor: problem.anchor,
    citation: problemCitation(problem, inspection),
    inspection: inspectionLink(inspection),
    category: category
      ? { heading: category.heading, anchor: categoryAnchor(category.number) }
      : null,
    description: `《${inspection.title}》${problem.label}：${excerpt(text, 100)}`,
    search: problemSearchAttributes(problem, inspection),
    html: problemHtml(problem),
    today: counted ? formatDate(today) : null,
    outcome: problemOutcome(problem, inspection, today),
    answers: progress.answers.map(({ review, findings }) => ({
      review: reviewLink(review),
      findings: findings.map((finding) => answeringFinding(finding, today)),
    })),
    recurs,
    recurredBy: laterProblems(problem, inspections),
    prev: problem.prev ? problemLink(problem.prev) : null,
    next: problem.next ? problemLink(problem.next) : null,
  };
}

function answeringFinding(
  finding: FindingNode,
  today: Date,
): ProblemAnswerView['findings'][number] {
  return {
    ...entryLink(finding),
    measures: finding.measures.map((measure) => answeringMeasure(measure, today)),
  };
}

function answeringMeasure(measure: MeasureNode, today: Date): AnsweringMeasureView {
  const { unit, leader, deadline, extendedTo, status } = measure.entry.data;
  return {
    ...entryLink(measure),
    status: measureStatus(measure, today),
    unit: unit ?? null,
    leader: leader ?? null,
    deadline: deadline ? formatIsoDate(deadline) : null,
    extendedTo: status === '申请延期' && extendedTo ? formatIsoDate(extendedTo) : null,
  };
}
