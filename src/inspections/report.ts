/**
 * The progress report (整改进展情况报告) of an inspection on a day: what the unit tells the
 * inspection team about the rectification of the feedback, as a 公文 says it. Every number comes
 * from `inspectionProgress` (progress.ts); the report adds the words around them, problem by
 * problem, and the text itself (`reportBlocks`), paragraph by paragraph. The report page and the
 * Word document (`npm run report`) both print these blocks, so they cannot disagree.
 *
 * The report is plain data (strings and numbers, dates already written out), so that it can be a
 * page's view model and its digest the page's cache key.
 */
import { lightOf, type Light } from '../ledger/lights.ts';
import { progressByDate } from '../ledger/rows.ts';
import { NOT_FILLED } from '../ledger/terms.ts';
import type {
  FindingNode,
  InspectionNode,
  MeasureNode,
  ReviewNode,
  SourceEntries,
} from '../relations/nodes.ts';
import { problemAnchor, reviewPath } from '../permalinks/urls.ts';
import { formatDate, formatIsoDate } from '../text/dates.ts';
import {
  inspectionProgress,
  type MeasureCounts,
  type ProblemProgress,
  type ReviewAnswer,
} from './progress.ts';

/** A measure as the report states it. */
export interface ReportMeasure {
  /** 措施（二）. */
  label: string;
  title: string;
  /** The measure's page, from the site root. */
  path: string;
  /** 整改状态 as written, or 未填写. */
  status: string;
  light: Light;
  /** 逾期3天, 临期，还有2天到期, 今天到期; empty for a measure done or on time. */
  lightWords: string;
  /** 责任单位, or 未填写. */
  unit: string;
  /** 完成时限 as the report writes it (2024年6月30日), or 未填写. */
  deadline: string;
  /** 延期至, when an extension is recorded. */
  extendedTo: string | null;
  /** 延期理由, when one is recorded. */
  extensionReason: string | null;
  /** The latest progress reported on or before the report's day. */
  progress: { date: string; note: string } | null;
}

/** A review's answer to a problem: the findings that cite it and their measures. */
export interface ReportAnswer {
  review: {
    id: string;
    title: string;
    /** Who wrote it: the author, else the role, else the organisation. */
    person: string;
    path: string;
  };
  findings: { label: string; title: string; path: string }[];
  measures: ReportMeasure[];
}

export interface ReportProblem {
  id: string;
  /** 反馈问题3. */
  label: string;
  title: string;
  path: string;
  /** 关于“理论学习不扎实”问题的整改情况. */
  heading: string;
  counts: MeasureCounts;
  unanswered: boolean;
  allDone: boolean;
  answers: ReportAnswer[];
}

export interface ReportCategory {
  /** The category's heading exactly as in the feedback, numbering included. */
  heading: string;
  problems: ReportProblem[];
}

/** The headline numbers of a report. */
export interface ReportTotals {
  /** 反馈问题. */
  problems: number;
  categories: number;
  /** The reviews that answer the inspection. */
  reviews: number;
  /** Problems at least one review answers. */
  answered: number;
  /** 整改措施: every measure of those reviews. */
  measures: number;
  /** 已完成 and 已销号. */
  done: number;
  /** done ÷ measures, one decimal (50.0%); '—' without measures. */
  rate: string;
  /** Neither done nor overdue. */
  underway: number;
  overdue: number;
  /** Problems whose measures are all done. */
  allDone: number;
  /** Problems no review answers (整改空白). */
  unanswered: number;
}

export interface ProgressReport {
  /** The inspection's folder name. */
  inspection: string;
  /** 关于示例县示例局党组巡察整改进展情况的报告. */
  heading: string;
  /** The day the report is made on, as the report writes it (2024年6月30日) and as YYYY-MM-DD. */
  asOf: { text: string; iso: string };
  feedback: {
    title: string;
    team: string;
    unit: string;
    number: string | null;
    inspectedFrom: string | null;
    inspectedTo: string | null;
    feedbackOn: string | null;
  };
  totals: ReportTotals;
  categories: ReportCategory[];
  /** The titles of the problems no review answers, in the feedback's order. */
  unansweredTitles: string[];
}

/** The report of `inspection`'s rectification on `today` (a UTC midnight). */
export function progressReport<E extends SourceEntries>(
  inspection: InspectionNode<E>,
  today: Date,
): ProgressReport {
  const progress = inspectionProgress(inspection, today);
  const { title, team, unit, number, inspectedFrom, inspectedTo, feedbackOn } =
    inspection.entry.data;
  const date = (day: Date | undefined) => (day ? formatDate(day) : null);
  const answered = progress.problems.length - progress.unanswered.length;
  return {
    inspection: inspection.id,
    heading: `关于${unit}巡察整改进展情况的报告`,
    asOf: { text: formatDate(today), iso: formatIsoDate(today) },
    feedback: {
      title,
      team,
      unit,
      number: number ?? null,
      inspectedFrom: date(inspectedFrom),
      inspectedTo: date(inspectedTo),
      feedbackOn: date(feedbackOn),
    },
    totals: {
      problems: progress.problems.length,
      categories: inspection.categories.length,
      reviews: inspection.reviews.length,
      answered,
      measures: progress.counts.total,
      done: progress.counts.done,
      rate: progress.rate,
      underway: progress.counts.underway,
      overdue: progress.counts.overdue,
      allDone: progress.allDone.length,
      unanswered: progress.unanswered.length,
    },
    categories: progress.byCategory.map(({ category, problems }) => ({
      heading: category.heading,
      problems: problems.map((p) => reportProblem(p, today)),
    })),
    unansweredTitles: progress.unanswered.map((p) => p.problem.title),
  };
}

function reportProblem<E extends SourceEntries>(
  progress: ProblemProgress<E>,
  today: Date,
): ReportProblem {
  const { problem } = progress;
  return {
    id: problem.id,
    label: problem.label,
    title: problem.title,
    path: problem.path,
    heading: `关于“${problem.title}”问题的整改情况`,
    counts: progress.counts,
    unanswered: progress.unanswered,
    allDone: progress.allDone,
    answers: progress.answers.map((answer) => reportAnswer(answer, today)),
  };
}

function reportAnswer<E extends SourceEntries>(
  { review, findings }: ReviewAnswer<E>,
  today: Date,
): ReportAnswer {
  return {
    review: {
      id: review.id,
      title: review.title,
      person: personOf(review),
      path: reviewPath(review.id),
    },
    findings: findings.map((f) => ({ label: f.label, title: f.title, path: f.path })),
    measures: measuresOf(findings).map((m) => reportMeasure(m, today)),
  };
}

/** The measures of some findings of one review, each once, in the review's order. */
function measuresOf<E extends SourceEntries>(findings: FindingNode<E>[]): MeasureNode<E>[] {
  return [...new Set(findings.flatMap((f) => f.measures))].sort((a, b) => a.order - b.order);
}

function personOf<E extends SourceEntries>(review: ReviewNode<E>): string {
  const { author, role, organization } = review.entry.data;
  return author ?? (role ? `${organization}${role}` : organization);
}

function reportMeasure<E extends SourceEntries>(
  measure: MeasureNode<E>,
  today: Date,
): ReportMeasure {
  const data = measure.entry.data;
  const { light, days } = lightOf(data, today);
  // A report made on an earlier day does not quote what was reported after it.
  const latest = progressByDate(data.progress)
    .filter((entry) => entry.date.getTime() <= today.getTime())
    .at(-1);
  return {
    label: measure.label,
    title: measure.title,
    path: measure.path,
    status: data.status ?? NOT_FILLED,
    light,
    lightWords: lightWords(light, days),
    unit: data.unit ?? NOT_FILLED,
    deadline: data.deadline ? formatDate(data.deadline) : NOT_FILLED,
    extendedTo: data.extendedTo ? formatDate(data.extendedTo) : null,
    extensionReason: data.extensionReason ?? null,
    progress: latest ? { date: formatDate(latest.date), note: latest.note } : null,
  };
}

/** The light as the report says it after the status; nothing for a measure done or on time. */
function lightWords(light: Light, days: number | undefined): string {
  if (light === '逾期') return `逾期${days}天`;
  if (light === '临期') return days === 0 ? '今天到期' : `临期，还有${days}天到期`;
  return '';
}

/** A stretch of a paragraph; on the page, a link to `path` or coloured as the `light` says. */
export interface ReportRun {
  text: string;
  path?: string;
  light?: Light;
}

/**
 * A paragraph of the report's text after its title, in the levels of a 公文: 一、 headings (黑体),
 * （一） headings (楷体), 1. headings (仿宋, bold), body paragraphs, and the signature and date
 * at the end.
 */
export interface ReportBlock {
  kind: 'heading1' | 'heading2' | 'heading3' | 'paragraph' | 'signature' | 'date';
  runs: ReportRun[];
  /** The element id of a problem's heading on the page: `problem-3`. */
  anchor?: string;
}

const block = (kind: ReportBlock['kind'], ...runs: (ReportRun | string)[]): ReportBlock => ({
  kind,
  runs: runs.map((run) => (typeof run === 'string' ? { text: run } : run)),
});

/** The report's text after its title, paragraph by paragraph. */
export function reportBlocks(report: ProgressReport): ReportBlock[] {
  return [
    block('paragraph', opening(report)),
    block('heading1', '一、总体进展情况'),
    ...overview(report).map((text) => block('paragraph', text)),
    block('heading1', '二、各问题整改情况'),
    ...report.categories.flatMap((category) => [
      block('heading2', category.heading),
      ...category.problems.flatMap((problem, i) => problemBlocks(problem, i + 1)),
    ]),
    block('signature', report.feedback.unit),
    block('date', report.asOf.text),
  ];
}

function opening({ feedback, asOf }: ProgressReport): string {
  const { team, unit, title, number, inspectedFrom, inspectedTo, feedbackOn } = feedback;
  const stationed =
    inspectedFrom && inspectedTo
      ? `于${inspectedFrom}至${inspectedTo}`
      : inspectedFrom
        ? `于${inspectedFrom}起`
        : '';
  const handed = feedbackOn ? `于${feedbackOn}` : '';
  return (
    `${team}${stationed}对${unit}进行了巡察，${handed}反馈了《${title}》` +
    `${number ? `（${number}）` : ''}。现将截至${asOf.text}的整改进展情况报告如下。`
  );
}

/** The paragraphs under 一、总体进展情况: the headline numbers, said once each. */
function overview({ totals, asOf, unansweredTitles }: ProgressReport): string[] {
  const t = totals;
  const answering =
    t.reviews === 0
      ? '尚无对照检查材料回应反馈意见。'
      : `${t.reviews}份对照检查材料回应了其中${t.answered}个问题，材料中共有整改措施${t.measures}项。`;
  const measures =
    t.measures === 0
      ? `截至${asOf.text}，尚无整改措施。`
      : `截至${asOf.text}，已完成（含已销号）${t.done}项，完成率${t.rate}；推进中${t.underway}项；逾期${t.overdue}项。`;
  const gaps =
    t.unanswered === 0
      ? '各问题均有对照检查材料回应。'
      : `整改空白（尚无对照检查材料回应）的问题${t.unanswered}个：${unansweredTitles.map((title) => `“${title}”`).join('')}。`;
  return [
    `巡察反馈问题${t.problems}个，分为${t.categories}个方面。${answering}`,
    measures,
    `所有措施均已完成的问题${t.allDone}个。${gaps}`,
  ];
}

function problemBlocks(problem: ReportProblem, number: number): ReportBlock[] {
  const heading = {
    ...block('heading3', `${number}.${problem.heading}`),
    anchor: problemAnchor(problem.id),
  };
  if (problem.unanswered) {
    return [heading, block('paragraph', ...feedbackRef(problem), '尚无对照检查材料回应此问题。')];
  }
  const { total, done, underway, overdue } = problem.counts;
  const counts =
    total === 0
      ? '尚未制定整改措施。'
      : `制定整改措施${total}项，已完成${done}项，推进中${underway}项，逾期${overdue}项${problem.allDone ? '，措施均已完成' : ''}。`;
  return [
    heading,
    block(
      'paragraph',
      ...feedbackRef(problem),
      `${problem.answers.length}份对照检查材料回应此问题，${counts}`,
    ),
    ...problem.answers.flatMap(answerBlocks),
  ];
}

/** （反馈问题3）, linking to the problem's page. */
function feedbackRef(problem: ReportProblem): (ReportRun | string)[] {
  return ['（', { text: problem.label, path: problem.path }, '）'];
}

function answerBlocks(answer: ReportAnswer): ReportBlock[] {
  const { review, findings, measures } = answer;
  const findingRuns = findings.flatMap((f, i) => [
    ...(i > 0 ? ['、'] : []),
    { text: `${f.label}“${f.title}”`, path: f.path },
  ]);
  const tail = measures.length === 0 ? '，尚未制定整改措施。' : `，整改措施${measures.length}项：`;
  return [
    block(
      'paragraph',
      review.person,
      { text: `《${review.title}》`, path: review.path },
      '查摆的',
      ...findingRuns,
      tail,
    ),
    ...measures.map((measure) => block('paragraph', ...measureRuns(measure))),
  ];
}

function measureRuns(m: ReportMeasure): (ReportRun | string)[] {
  const light: (ReportRun | string)[] = m.lightWords
    ? ['，', { text: m.lightWords, light: m.light }]
    : [];
  const extension = m.extendedTo ? `，延期至${m.extendedTo}` : '';
  const reason = m.extensionReason ? `；延期理由：${withoutStop(m.extensionReason)}` : '';
  const progress = m.progress
    ? `最新进展（${m.progress.date}）：${withStop(m.progress.note)}`
    : '尚未填报整改进展。';
  return [
    { text: `${m.label}“${m.title}”`, path: m.path },
    `。整改状态：${m.status}`,
    ...light,
    `；责任单位：${m.unit}；完成时限：${m.deadline}${extension}${reason}。${progress}`,
  ];
}

const STOP = /[。！？；…]$/u;

/** A sentence ending in a full stop, whether or not its writer put one. */
function withStop(text: string): string {
  return STOP.test(text) ? text : `${text}。`;
}

/** A clause without the full stop its writer may have put after it. */
function withoutStop(text: string): string {
  return text.replace(/[。；]+$/u, '');
}

/** The text of a block, as the Word document and a reader of the page read it. */
export function blockText(block: ReportBlock): string {
  return block.runs.map((run) => run.text).join('');
}
