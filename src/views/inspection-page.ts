/**
 * The view model of an inspection's page (`/inspections/<inspection>/`): the feedback's
 * particulars, how far its rectification has got on the build date, the feedback's text with each
 * category and problem in place (each problem with the reviews that answered it and the lights of
 * their measures, or flagged 整改空白), and, for a round that re-examines an earlier one (回头看),
 * which problems recur from it and how the earlier ones ended. The page and the `<Problems />`
 * component the feedback's text places render from it alone; its digest is the page's key.
 */
import { inspectionProgress, type MeasureCounts } from '../inspections/progress.ts';
import type { InspectionNode, ProblemNode } from '../relations/nodes.ts';
import { inspectionSearchAttributes } from '../search/meta.ts';
import { formatDate } from '../text/dates.ts';
import {
  dayView,
  earlierProblems,
  earlierRefs,
  inspectionLink,
  laterProblems,
  lightCounts,
  problemCitation,
  problemLink,
  reviewLink,
  type DayView,
  type DocumentLinkView,
  type EarlierProblemView,
  type LightCountView,
  type ProblemLinkView,
  type ProblemRefView,
} from './inspection-links.ts';
import { entryLink, type EntryLinkView } from './links.ts';
import { parseProblemPath, problemAnchor } from '../permalinks/urls.ts';

/** The feedback's particulars, as the page lists them under its title. */
export interface InspectionDetailsView {
  /** 巡察组. */
  team: string;
  /** 被巡察单位. */
  unit: string;
  /** 文号; null when the feedback has none. */
  number: string | null;
  /** 巡察时间: 2023年4月10日至2023年5月20日; null when not known. */
  inspected: string | null;
  /** 反馈日期. */
  feedbackOn: DayView | null;
  /** 上一轮巡察: the round this one re-examines. */
  follows: DocumentLinkView | null;
  /** 回头看: the later rounds that re-examine this one. */
  followedBy: DocumentLinkView[];
}

/** The rectification in numbers, on the build date (inspections/progress.ts). */
export interface InspectionOverviewView {
  /** The build date as the page names it; null without measures (nothing then depends on it). */
  today: string | null;
  problems: number;
  /** Problems at least one review answered. */
  answered: number;
  /** Problems no review answered (整改空白). */
  unanswered: number;
  measures: MeasureCounts;
  rate: string;
}

/** A review's answer to one problem: its findings, and the lights of their measures. */
export interface AnswerView {
  review: DocumentLinkView;
  findings: EntryLinkView[];
  /** The findings' measures, each once. */
  measures: number;
  lights: LightCountView[];
}

/** A problem in the feedback's text: its block, with what answered it. */
export interface ProblemBlockView extends ProblemLinkView {
  anchor: string;
  /**
   * The anchors it had on this page under its former numbers (its aliases in this inspection):
   * a link to `#problem-9` written before it became problem 2 still finds it.
   */
  formerAnchors: string[];
  citation: string;
  /** The problem's text, rendered while content synced. */
  html: string;
  /** No review answered it (整改空白). */
  unanswered: boolean;
  answers: AnswerView[];
  /** The same problem in earlier rounds, and in later ones. */
  recurs: ProblemRefView[];
  recurredBy: ProblemRefView[];
}

/** A category of the problem list, as the feedback's text shows it. */
export interface CategoryView {
  number: number;
  heading: string;
  lead: string | null;
  paragraphs: string[];
  anchor: string;
  problems: ProblemBlockView[];
}

/** 回头看: each problem of this round, recurring from the earlier round or new. */
export interface LookbackView {
  follows: DocumentLinkView;
  /** The build date as the section names it; null when no earlier problem has measures. */
  today: string | null;
  problems: { problem: ProblemLinkView; earlier: EarlierProblemView[] }[];
}

export interface InspectionPageView extends DocumentLinkView {
  description: string;
  details: InspectionDetailsView;
  /** The reviews that answer the feedback. */
  reviews: DocumentLinkView[];
  overview: InspectionOverviewView;
  categories: CategoryView[];
  /** Only for a round that re-examines an earlier one. */
  lookback: LookbackView | null;
  /** What the search index records about the page (search/meta.ts). */
  search: Record<string, string>;
  /** The feedback's text as written: the MDX that places the problems. */
  body: string | null;
}

/** The element id of a category's heading on the inspection's page: `category-2`. */
export function categoryAnchor(category: number): string {
  return `category-${category}`;
}

/**
 * The view model of `inspection`'s page on `today`, the build date; `inspections` finds the
 * inspections of the problems it recurs from (site.inspectionById).
 */
export function inspectionPageView(
  inspection: InspectionNode,
  inspections: ReadonlyMap<string, InspectionNode>,
  today: Date,
): InspectionPageView {
  const data = inspection.entry.data;
  const progress = inspectionProgress(inspection, today);
  const block = (problem: ProblemNode): ProblemBlockView => {
    const { answers } = progress.problems.find((p) => p.problem === problem)!;
    return {
      ...problemLink(problem),
      anchor: problem.anchor,
      formerAnchors: problem.aliases.flatMap(({ path }) => {
        const former = parseProblemPath(path);
        return former?.inspection === inspection.id ? [problemAnchor(former.id)] : [];
      }),
      citation: problemCitation(problem, inspection),
      html: problemHtml(problem),
      unanswered: answers.length === 0,
      answers: answers.map(({ review, findings }) => {
        const measures = [...new Set(findings.flatMap((finding) => finding.measures))];
        return {
          review: reviewLink(review),
          findings: findings.map(entryLink),
          measures: measures.length,
          lights: lightCounts(measures, today),
        };
      }),
      recurs: earlierRefs(problem, inspections),
      recurredBy: laterProblems(problem, inspections),
    };
  };
  const { follows } = inspection;
  return {
    ...inspectionLink(inspection),
    description: `${data.team}对${data.unit}的巡察反馈意见：反馈问题 ${inspection.problems.length} 个，${inspection.reviews.length} 份对照检查材料作了回应。`,
    details: {
      team: data.team,
      unit: data.unit,
      number: data.number ?? null,
      inspected: inspectedText(data.inspectedFrom, data.inspectedTo),
      feedbackOn: dayView(data.feedbackOn),
      follows: follows ? inspectionLink(follows) : null,
      followedBy: inspection.followedBy.map(inspectionLink),
    },
    reviews: inspection.reviews.map(reviewLink),
    overview: {
      today: progress.counts.total > 0 ? formatDate(today) : null,
      problems: progress.problems.length,
      answered: progress.problems.length - progress.unanswered.length,
      unanswered: progress.unanswered.length,
      measures: progress.counts,
      rate: progress.rate,
    },
    categories: inspection.categories.map((category) => ({
      number: category.number,
      heading: category.heading,
      lead: category.lead ?? null,
      paragraphs: category.paragraphs,
      anchor: categoryAnchor(category.number),
      problems: category.problems.map(block),
    })),
    lookback: follows ? lookbackView(inspection, follows, inspections, today) : null,
    search: inspectionSearchAttributes(inspection),
    body: inspection.entry.body ?? null,
  };
}

function lookbackView(
  inspection: InspectionNode,
  follows: InspectionNode,
  inspections: ReadonlyMap<string, InspectionNode>,
  today: Date,
): LookbackView {
  const problems = inspection.problems.map((problem) => ({
    problem: problemLink(problem),
    earlier: earlierProblems(problem, inspections, today),
  }));
  const counted = problems.some(({ earlier }) => earlier.some((e) => e.outcome.counts.total > 0));
  return {
    follows: inspectionLink(follows),
    today: counted ? formatDate(today) : null,
    problems,
  };
}

/** 2023年4月10日至2023年5月20日, or the one day known; null when neither is. */
function inspectedText(from: Date | undefined, to: Date | undefined): string | null {
  if (from && to) return `${formatDate(from)}至${formatDate(to)}`;
  if (from) return `${formatDate(from)}起`;
  if (to) return `至${formatDate(to)}`;
  return null;
}

/** A problem's HTML as the loader stored it. */
export function problemHtml(problem: ProblemNode): string {
  const html = problem.entry.rendered?.html;
  if (html === undefined) throw new Error(`${problem.file} was not rendered while content synced.`);
  return html;
}
