/**
 * The inspections beside the reviews: each feedback with its categories and problems, the reviews
 * that answer it (a review's `inspection`), the problems each finding answers (`feedback`), and
 * the problems and findings that recur from an earlier round (`recurs`, `follows`). Every
 * reference is written once, on the later or answering side; the reverse links are derived here,
 * so the two directions never disagree. Every dangling reference is a problem naming the file and
 * the field.
 */
import type { ContentProblem } from '../model/content-error.ts';
import { splitEntryId } from '../model/entry-paths.ts';
import { PROBLEMS_PLACEHOLDER } from '../model/kinds.ts';
import {
  inspectionPath,
  problemAliasPath,
  problemAnchor,
  problemPath,
} from '../permalinks/urls.ts';
import { areaNode } from './areas.ts';
import { fileOf } from './node-builders.ts';
import type {
  CategoryNode,
  FindingNode,
  InspectionNode,
  ProblemNode,
  ReviewNode,
  SourceEntries,
} from './nodes.ts';

/** 反馈问题3: how pages and citations name a feedback problem. */
export function problemLabel(id: string): string {
  return `反馈问题${id}`;
}

/** The inspections of a content folder, linked to the reviews, in the index's order. */
export function linkInspections<E extends SourceEntries>(
  source: { inspections?: E['inspection'][]; problems?: E['problem'][] },
  reviews: ReviewNode<E>[],
  problems: ContentProblem[],
  /** Some of the content folder's documents only (a command's): references to others go unchecked. */
  partial = false,
): { inspections: InspectionNode<E>[]; inspectionById: Map<string, InspectionNode<E>> } {
  const inspectionById = new Map(
    (source.inspections ?? []).map((entry) => [entry.id, inspectionNode<E>(entry)]),
  );
  for (const entry of source.problems ?? []) {
    const { review: inspectionId } = splitEntryId(entry.id);
    const inspection = inspectionById.get(inspectionId);
    if (!inspection) {
      problems.push({
        file: fileOf(entry),
        message: `属于巡察文件夹“${inspectionId}”，但该文件夹中没有 inspection.mdx`,
        hint: `在 problems/ 旁边添加 ${inspectionId}/inspection.mdx（反馈意见的标题、巡察组、被巡察单位和正文）。`,
      });
      continue;
    }
    const node = problemNode<E>(entry);
    const category = inspection.categories[node.category - 1];
    if (!category) {
      problems.push({
        file: node.file,
        field: 'category',
        message: `是 ${node.category}，但巡察“${inspection.id}”只列出了 ${inspection.categories.length} 个方面`,
        hint: `改为 1 到 ${inspection.categories.length} 之间的数，或在 ${inspection.file} 的 categories 中添加这个方面的标题。`,
      });
      continue;
    }
    inspection.problems.push(node);
    category.problems.push(node);
  }

  for (const inspection of inspectionById.values()) {
    orderProblems(inspection, problems);
    checkProblemsPlaceholder(inspection, problems);
    linkFollows(inspection, inspectionById, problems, partial);
  }
  for (const inspection of inspectionById.values()) {
    for (const problem of inspection.problems) {
      linkRecurringProblem(problem, inspectionById, problems, partial);
    }
  }
  checkFollowCycles(inspectionById, problems);

  const reviewById = new Map(reviews.map((review) => [review.id, review]));
  for (const review of reviews) {
    linkReview(review, inspectionById, problems, partial);
    for (const finding of review.findings) {
      linkRecurringFinding(finding, reviewById, problems, partial);
    }
  }

  // Reverse links come out in one order whatever order the collections were read in.
  for (const inspection of inspectionById.values()) {
    for (const problem of inspection.problems) {
      problem.recurredBy.sort(
        (a, b) =>
          compareIds(a.inspection, b.inspection) || a.category - b.category || a.order - b.order,
      );
    }
    inspection.followedBy.sort((a, b) => compareIds(a.id, b.id));
  }

  const inspections = [...inspectionById.values()].sort(
    (a, b) =>
      (b.entry.data.feedbackOn?.getTime() ?? -Infinity) -
        (a.entry.data.feedbackOn?.getTime() ?? -Infinity) ||
      a.title.localeCompare(b.title, 'zh-CN'),
  );
  return { inspections, inspectionById };
}

function inspectionNode<E extends SourceEntries>(entry: E['inspection']): InspectionNode<E> {
  return {
    id: entry.id,
    file: fileOf(entry),
    entry,
    title: entry.data.title,
    path: inspectionPath(entry.id),
    categories: entry.data.categories.map((category, i) => {
      const { number, heading, lead, paragraphs } = areaNode(category, i);
      return { number, heading, lead, paragraphs, problems: [] } satisfies CategoryNode<E>;
    }),
    problems: [],
    reviews: [],
    follows: undefined,
    followedBy: [],
  };
}

function problemNode<E extends SourceEntries>(entry: E['problem']): ProblemNode<E> {
  const { review: inspection, id } = splitEntryId(entry.id);
  const { category, order, title, aliases } = entry.data;
  return {
    kind: 'problem',
    inspection,
    id,
    category,
    order,
    label: problemLabel(id),
    title,
    path: problemPath(inspection, id),
    anchor: problemAnchor(id),
    aliases: aliases.map((alias, i) => {
      return {
        path: problemAliasPath(inspection, alias),
        field: `aliases[${i}]`,
        former: undefined,
      };
    }),
    file: fileOf(entry),
    entry,
    findings: [],
    recurs: [],
    recurredBy: [],
    prev: undefined,
    next: undefined,
  };
}

/** Problems in the feedback's order; two at one place would be printed as one. */
function orderProblems(inspection: InspectionNode, problems: ContentProblem[]): void {
  const byPlace = (a: ProblemNode, b: ProblemNode) => a.category - b.category || a.order - b.order;
  inspection.problems.sort(byPlace);
  for (const category of inspection.categories) category.problems.sort(byPlace);
  inspection.problems.forEach((problem, i) => {
    const before = inspection.problems[i - 1];
    problem.prev = before;
    if (before) before.next = problem;
    if (before && byPlace(before, problem) === 0) {
      problems.push({
        file: problem.file,
        field: 'category/order',
        message: `与 ${before.file} 的位置相同（方面 ${problem.category}，第 ${problem.order} 个）`,
        hint: '同一方面下每个问题的 order 要不同：改其中一个文件的 order。',
      });
    }
    if ((problem.entry.body ?? '').trim() === '') {
      problems.push({
        file: problem.file,
        field: '正文',
        message: `${problem.label}没有正文，页面上将只有标题`,
        hint: '在第二个 --- 之后写上反馈意见中这个问题的原文。',
      });
    }
  });
}

/** The feedback's text must say where its list of problems stands, once. */
function checkProblemsPlaceholder(inspection: InspectionNode, problems: ContentProblem[]): void {
  const body = inspection.entry.body ?? '';
  const uses = body.match(new RegExp(`<${PROBLEMS_PLACEHOLDER}\\s*/>`, 'g'))?.length ?? 0;
  if (uses === 1 || (uses === 0 && inspection.problems.length === 0)) return;
  problems.push({
    file: inspection.file,
    field: '正文',
    message:
      uses > 1
        ? `正文中写了 ${uses} 次 <${PROBLEMS_PLACEHOLDER} />`
        : `有 ${inspection.problems.length} 个反馈问题，但正文中没有 <${PROBLEMS_PLACEHOLDER} />，它们不会出现在反馈意见的全文中`,
    hint: `在正文中问题清单所在的位置，单独一行写一次 <${PROBLEMS_PLACEHOLDER} />。`,
  });
}

/** The earlier inspection an inspection re-examines. */
function linkFollows(
  inspection: InspectionNode,
  inspectionById: Map<string, InspectionNode>,
  problems: ContentProblem[],
  partial: boolean,
): void {
  const { follows } = inspection.entry.data;
  if (follows === undefined) return;
  const where = { file: inspection.file, field: 'follows' };
  const earlier = inspectionById.get(follows);
  if (earlier === inspection) {
    problems.push({
      ...where,
      message: '指向这次巡察自己',
      hint: '写上一轮巡察的文件夹名，或删去 follows。',
    });
  } else if (!earlier) {
    if (partial) return;
    problems.push({
      ...where,
      message: `“${follows}”不是已有的巡察（现有：${known(inspectionById)}）`,
      hint: `改用 content/inspections/ 下已有的文件夹名，或添加 ${follows}/inspection.mdx。`,
    });
  } else {
    inspection.follows = earlier;
    earlier.followedBy.push(inspection);
  }
}

/** A chain of `follows` that comes back to where it started has no first round. */
function checkFollowCycles(
  inspectionById: Map<string, InspectionNode>,
  problems: ContentProblem[],
): void {
  for (const start of inspectionById.values()) {
    const seen = new Set<InspectionNode>([start]);
    for (let at = start.follows; at; at = at.follows) {
      if (at === start) {
        problems.push({
          file: start.file,
          field: 'follows',
          message: `形成循环：${[...seen].map((i) => i.id).join(' → ')} → ${start.id}`,
          hint: 'follows 只写更早的一轮巡察：删去其中一个文件的 follows。',
        });
        break;
      }
      if (seen.has(at)) break;
      seen.add(at);
    }
  }
}

/** A problem's earlier occurrences, in an earlier inspection's feedback. */
function linkRecurringProblem(
  problem: ProblemNode,
  inspectionById: Map<string, InspectionNode>,
  problems: ContentProblem[],
  partial: boolean,
): void {
  problem.entry.data.recurs.forEach((ref, i) => {
    const where = { file: problem.file, field: `recurs[${i}]` };
    const { review: inspectionId, id } = splitEntryId(ref);
    const inspection = inspectionById.get(inspectionId);
    const target = inspection?.problems.find((p) => p.id === id);
    if (inspectionId === problem.inspection) {
      problems.push({
        ...where,
        message: `“${ref}”是同一次巡察的问题`,
        hint: 'recurs 写的是以前某轮巡察反馈过的同一问题：“巡察文件夹名/问题编号”。',
      });
    } else if (!inspection) {
      if (partial) return;
      problems.push({
        ...where,
        message: `“${inspectionId}”不是已有的巡察（现有：${known(inspectionById)}）`,
        hint: '改用 content/inspections/ 下已有的文件夹名。',
      });
    } else if (!target) {
      problems.push({
        ...where,
        message: `巡察“${inspectionId}”中没有编号为“${id}”的反馈问题（现有：${inspection.problems.map((p) => p.id).join('、') || '还没有'}）`,
        hint: `改用现有的编号，或添加 ${inspectionId}/problems/${id}.mdx。`,
      });
    } else if (problem.recurs.includes(target)) {
      problems.push({ ...where, message: `“${ref}”写了两次`, hint: '删去重复的一项。' });
    } else {
      problem.recurs.push(target);
      target.recurredBy.push(problem);
    }
  });
}

/** A review's inspection, and the problems of it each finding answers. */
function linkReview(
  review: ReviewNode,
  inspectionById: Map<string, InspectionNode>,
  problems: ContentProblem[],
  partial: boolean,
): void {
  const id = review.entry.data.inspection;
  const inspection = id === undefined ? undefined : inspectionById.get(id);
  if (id !== undefined && !inspection && !partial) {
    problems.push({
      file: review.file,
      field: 'inspection',
      message: `“${id}”不是已有的巡察（现有：${known(inspectionById)}）`,
      hint: `改用 content/inspections/ 下已有的文件夹名，或添加 content/inspections/${id}/inspection.mdx。`,
    });
  }
  if (inspection) {
    review.inspection = inspection;
    inspection.reviews.push(review);
  }
  const byId = new Map(inspection?.problems.map((p) => [p.id, p]));
  for (const finding of review.findings) {
    finding.entry.data.feedback.forEach((ref, i) => {
      const where = { file: finding.file, field: `feedback[${i}]` };
      if (id === undefined) {
        problems.push({
          ...where,
          message: `写了反馈问题“${ref}”，但材料 ${review.file} 没有写 inspection`,
          hint: '在 review.mdx 中写上这份材料回应的巡察（inspection: 巡察文件夹名），或删去 feedback。',
        });
        return;
      }
      if (!inspection) return;
      const target = byId.get(ref);
      if (!target) {
        problems.push({
          ...where,
          message: `巡察“${inspection.id}”中没有编号为“${ref}”的反馈问题（现有：${[...byId.keys()].join('、') || '还没有'}）`,
          hint: `改用现有的编号，或添加 content/inspections/${inspection.id}/problems/${ref}.mdx。`,
        });
      } else if (finding.feedback.includes(target)) {
        problems.push({ ...where, message: `“${ref}”写了两次`, hint: '删去重复的编号。' });
      } else {
        finding.feedback.push(target);
        target.findings.push(finding);
      }
    });
    finding.feedback.sort((a, b) => a.category - b.category || a.order - b.order);
  }
}

/** A finding's earlier occurrences, in earlier reviews. */
function linkRecurringFinding(
  finding: FindingNode,
  reviewById: Map<string, ReviewNode>,
  problems: ContentProblem[],
  partial: boolean,
): void {
  finding.entry.data.recurs.forEach((ref, i) => {
    const where = { file: finding.file, field: `recurs[${i}]` };
    const { review: reviewId, id } = splitEntryId(ref);
    const review = reviewById.get(reviewId);
    const target = review?.findings.find((f) => f.id === id);
    if (reviewId === finding.review) {
      problems.push({
        ...where,
        message: `“${ref}”是同一份材料的问题`,
        hint: 'recurs 写的是以前另一份材料中查摆过的同一问题：“材料文件夹名/问题编号”。',
      });
    } else if (!review) {
      if (partial) return;
      problems.push({
        ...where,
        message: `“${reviewId}”不是已有的材料`,
        hint: '改用 content/reviews/ 下已有的文件夹名。',
      });
    } else if (!target) {
      problems.push({
        ...where,
        message: `材料“${reviewId}”中没有编号为“${id}”的问题（现有：${review.findings.map((f) => f.id).join('、') || '还没有'}）`,
        hint: `改用现有的编号，或添加 ${reviewId}/findings/${id}.mdx。`,
      });
    } else if (finding.recurs.includes(target)) {
      problems.push({ ...where, message: `“${ref}”写了两次`, hint: '删去重复的一项。' });
    } else {
      finding.recurs.push(target);
      target.recurredBy.push(finding);
    }
  });
}

const compareIds = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** The inspections there are, for a message. */
function known(inspectionById: Map<string, InspectionNode>): string {
  return [...inspectionById.keys()].join('、') || '还没有';
}
