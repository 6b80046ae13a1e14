/**
 * What the list of inspections (`/inspections/`) and the home page show of them: each feedback
 * with its particulars, the reviews that answer it and its problems in numbers; and, unit by unit,
 * the problems that recur from an earlier round with how the earlier one's rectification ended.
 * Counted on the build date by inspections/progress.ts, as the inspection's own page counts.
 */
import { inspectionProgress, type MeasureCounts } from '../inspections/progress.ts';
import type { InspectionNode } from '../relations/nodes.ts';
import { formatDate } from '../text/dates.ts';
import {
  dayView,
  earlierProblems,
  inspectionLink,
  problemRef,
  reviewLink,
  type DayView,
  type DocumentLinkView,
  type EarlierProblemView,
  type ProblemRefView,
} from './inspection-links.ts';

/** One inspection in a list of them. */
export interface InspectionSummaryView extends DocumentLinkView {
  team: string;
  unit: string;
  number: string | null;
  feedbackOn: DayView | null;
  /** The round it re-examines (回头看). */
  follows: DocumentLinkView | null;
  reviews: DocumentLinkView[];
  problems: number;
  /** Problems no review answered (整改空白). */
  unanswered: number;
  measures: MeasureCounts;
  rate: string;
}

/** A problem of a later round that recurs from an earlier one, with the earlier one's outcome. */
export interface RecurringProblemView {
  problem: ProblemRefView;
  earlier: EarlierProblemView[];
}

/** The rounds of inspection of one unit and the problems that came back. */
export interface UnitView {
  unit: string;
  /** Its inspections, earliest feedback first. */
  rounds: DocumentLinkView[];
  recurring: RecurringProblemView[];
}

export interface InspectionsView {
  /** The build date as the page names it; null when nothing on the page is counted. */
  today: string | null;
  inspections: InspectionSummaryView[];
  units: UnitView[];
}

/** `inspection` in a list, its measures counted on `today`. */
export function inspectionSummary(inspection: InspectionNode, today: Date): InspectionSummaryView {
  const data = inspection.entry.data;
  const progress = inspectionProgress(inspection, today);
  return {
    ...inspectionLink(inspection),
    team: data.team,
    unit: data.unit,
    number: data.number ?? null,
    feedbackOn: dayView(data.feedbackOn),
    follows: inspection.follows ? inspectionLink(inspection.follows) : null,
    reviews: inspection.reviews.map(reviewLink),
    problems: inspection.problems.length,
    unanswered: progress.unanswered.length,
    measures: progress.counts,
    rate: progress.rate,
  };
}

/**
 * The list of `inspections` (in the index's order: newest feedback first) on `today`, and their
 * units in the order they first appear in it.
 */
export function inspectionsView(
  inspections: readonly InspectionNode[],
  today: Date,
): InspectionsView {
  const byId = new Map(inspections.map((inspection) => [inspection.id, inspection]));
  const byUnit = new Map<string, InspectionNode[]>();
  for (const inspection of inspections) {
    const unit = inspection.entry.data.unit;
    byUnit.set(unit, [...(byUnit.get(unit) ?? []), inspection]);
  }
  const summaries = inspections.map((inspection) => inspectionSummary(inspection, today));
  const units = [...byUnit].map(([unit, rounds]) => ({
    unit,
    rounds: [...rounds].reverse().map(inspectionLink),
    recurring: [...rounds].reverse().flatMap((inspection) =>
      inspection.problems
        .filter((problem) => problem.recurs.length > 0)
        .map((problem) => ({
          problem: problemRef(problem, inspection),
          earlier: earlierProblems(problem, byId, today),
        })),
    ),
  }));
  const counted =
    summaries.some((summary) => summary.measures.total > 0) ||
    units.some((unit) => unit.recurring.length > 0);
  return { today: counted ? formatDate(today) : null, inspections: summaries, units };
}
