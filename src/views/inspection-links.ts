/**
 * What the pages of inspections, and the pages that link to them, show of a document or a feedback
 * problem they name: plain data, so that a page's key changes when a title or an address it shows
 * does. And how a problem's rectification ended, as a page says it beside an earlier round's
 * problem: the measures of the reviews that answered it, done, overdue and under way on the build
 * date, and their lights.
 */
import { problemProgress, type MeasureCounts } from '../inspections/progress.ts';
import { completionRate } from '../ledger/overview.ts';
import { LIGHTS, lightOf, type Light } from '../ledger/lights.ts';
import { citation } from '../permalinks/citation.ts';
import { reviewPath } from '../permalinks/urls.ts';
import type {
  InspectionNode,
  MeasureNode,
  ProblemNode,
  ReviewNode,
  SourceEntries,
} from '../relations/nodes.ts';
import { formatDate, formatIsoDate } from '../text/dates.ts';

/** A link to a whole document: a review's full text or an inspection's feedback. */
export interface DocumentLinkView {
  id: string;
  title: string;
  /** From the site root, without the deploy base. */
  path: string;
}

/** A link to a feedback problem (ProblemLink): 反馈问题3 and its title. */
export interface ProblemLinkView {
  kind: 'problem';
  label: string;
  title: string;
  path: string;
}

/** A problem linked from outside its inspection's page, with the feedback it belongs to. */
export interface ProblemRefView extends ProblemLinkView {
  inspection: DocumentLinkView;
}

/** A day as a page shows it in `<time>`. */
export interface DayView {
  iso: string;
  /** 2024年6月30日. */
  text: string;
}

/** How many of some measures have each light, the lights that none has left out. */
export interface LightCountView {
  light: Light;
  count: number;
}

/**
 * How the rectification of one problem stands on the build date: whether anyone answered it, its
 * measures in all and by state, the completion rate and the lights.
 */
export interface OutcomeView {
  /** No review's finding cites it (整改空白). */
  unanswered: boolean;
  counts: MeasureCounts;
  /** done ÷ total, one decimal; '—' without measures. */
  rate: string;
  /** Answered, with measures, every one of them done. */
  allDone: boolean;
  lights: LightCountView[];
}

/** The link to a review's full text. */
export function reviewLink(review: ReviewNode): DocumentLinkView {
  return { id: review.id, title: review.title, path: reviewPath(review.id) };
}

/** The link to an inspection's page. */
export function inspectionLink(inspection: InspectionNode): DocumentLinkView {
  return { id: inspection.id, title: inspection.title, path: inspection.path };
}

/** The link to `problem`. */
export function problemLink(problem: ProblemNode): ProblemLinkView {
  return { kind: 'problem', label: problem.label, title: problem.title, path: problem.path };
}

/** The link to `problem` of `inspection`, naming the feedback. */
export function problemRef(problem: ProblemNode, inspection: InspectionNode): ProblemRefView {
  return { ...problemLink(problem), inspection: inspectionLink(inspection) };
}

/** 《关于巡察……的反馈意见》反馈问题3“标题”: what 「复制引用」 copies before the URL. */
export function problemCitation(problem: ProblemNode, inspection: InspectionNode): string {
  return citation(inspection.title, problem.label, problem.title);
}

/** `date` for `<time>`, or null. */
export function dayView(date: Date | undefined): DayView | null {
  return date ? { iso: formatIsoDate(date), text: formatDate(date) } : null;
}

/** How many of `measures` have each light on `today`, in the ledger's order of lights. */
export function lightCounts(measures: readonly MeasureNode[], today: Date): LightCountView[] {
  const counts = new Map<Light, number>(LIGHTS.map((light) => [light, 0]));
  for (const measure of measures) {
    const { light } = lightOf(measure.entry.data, today);
    counts.set(light, (counts.get(light) ?? 0) + 1);
  }
  return [...counts].filter(([, count]) => count > 0).map(([light, count]) => ({ light, count }));
}

/** How the rectification of `problem` of `inspection` stands on `today`. */
export function problemOutcome<E extends SourceEntries>(
  problem: ProblemNode<E>,
  inspection: InspectionNode<E>,
  today: Date,
): OutcomeView {
  const progress = problemProgress(problem, inspection, today);
  return {
    unanswered: progress.unanswered,
    counts: progress.counts,
    rate: completionRate(progress.counts.done, progress.counts.total),
    allDone: progress.allDone,
    lights: lightCounts(progress.measures, today),
  };
}

/** An earlier round's problem, with how its rectification stands. */
export interface EarlierProblemView extends ProblemRefView {
  outcome: OutcomeView;
}

/** `problems`, each with its inspection, which `inspections` finds. */
function withInspections(
  problems: readonly ProblemNode[],
  inspections: ReadonlyMap<string, InspectionNode>,
): [ProblemNode, InspectionNode][] {
  return problems.flatMap((problem) => {
    const inspection = inspections.get(problem.inspection);
    return inspection ? [[problem, inspection] as [ProblemNode, InspectionNode]] : [];
  });
}

/** The problems of earlier rounds `problem` recurs from (site.inspectionById as `inspections`). */
export function earlierRefs(
  problem: ProblemNode,
  inspections: ReadonlyMap<string, InspectionNode>,
): ProblemRefView[] {
  return withInspections(problem.recurs, inspections).map(([p, inspection]) =>
    problemRef(p, inspection),
  );
}

/** The problems `problem` recurs from, each with its feedback and its outcome on `today`. */
export function earlierProblems(
  problem: ProblemNode,
  inspections: ReadonlyMap<string, InspectionNode>,
  today: Date,
): EarlierProblemView[] {
  return withInspections(problem.recurs, inspections).map(([p, inspection]) => ({
    ...problemRef(p, inspection),
    outcome: problemOutcome(p, inspection, today),
  }));
}

/** The later rounds' problems that name `problem` in their `recurs`, with their feedback. */
export function laterProblems(
  problem: ProblemNode,
  inspections: ReadonlyMap<string, InspectionNode>,
): ProblemRefView[] {
  return withInspections(problem.recurredBy, inspections).map(([p, inspection]) =>
    problemRef(p, inspection),
  );
}
