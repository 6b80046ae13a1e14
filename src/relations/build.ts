/**
 * The relation index: every review with its findings, causes and measures in document order,
 * labelled, linked both ways and checked. Built once per build from the four collections; pages
 * only read from it, so no page ever scans a collection.
 */
import { ContentError, type ContentProblem } from '../model/content-error.ts';
import { splitEntryId } from '../model/entry-paths.ts';
import { checkAddresses } from '../permalinks/addresses.ts';
import {
  checkDuplicateNumbers,
  checkEntryTexts,
  checkPlaceholders,
  checkSharedParagraphs,
} from './checks.ts';
import { linkInspections } from './inspections.ts';
import { linkRelations } from './links.ts';
import { causeNode, fileOf, findingNode, measureNode, reviewNode } from './node-builders.ts';
import type { ReviewNode, SiteIndex, SiteSource, SourceEntries, SourceEntry } from './nodes.ts';

/** One step of making a review whole: it arranges the review's nodes, or checks them. */
type ReviewStep = <E extends SourceEntries>(
  review: ReviewNode<E>,
  problems: ContentProblem[],
) => void;

/**
 * What is done to every review once its entries are in, in this order: a check runs once what it
 * reads is in place, and the problems come out in the order a reader fixes them.
 */
const REVIEW_STEPS: ReviewStep[] = [
  function sortByNumber(review) {
    review.findings.sort((a, b) => a.area - b.area || a.order - b.order);
    review.causes.sort((a, b) => a.order - b.order);
    review.measures.sort((a, b) => a.order - b.order);
  },
  function checkNumbers(review, problems) {
    checkDuplicateNumbers(review.findings, problems);
    checkDuplicateNumbers(review.causes, problems);
    checkDuplicateNumbers(review.measures, problems);
  },
  checkPlaceholders,
  linkRelations,
  function placeFindingsInAreas(review) {
    for (const finding of review.findings) review.areas[finding.area - 1]!.findings.push(finding);
  },
  checkSharedParagraphs,
  function listInDocumentOrder(review) {
    review.entries = [...review.findings, ...review.causes, ...review.measures];
    review.entries.forEach((node, i) => {
      node.prev = review.entries[i - 1];
      node.next = review.entries[i + 1];
    });
  },
  function checkTexts(review, problems) {
    checkEntryTexts(review.entries, problems);
  },
];

/**
 * Builds and checks the index. Every problem in the content is collected and thrown together as
 * one `ContentError`, so a build fails once with the whole list instead of one problem per run.
 */
export function buildSiteIndex<E extends SourceEntries>(
  source: SiteSource<E>,
  { partial = false }: { partial?: boolean } = {},
): SiteIndex<E> {
  const problems: ContentProblem[] = [];
  const reviewById = new Map(source.reviews.map((entry) => [entry.id, reviewNode<E>(entry)]));
  const reviewOf = reviewFinder(reviewById, problems);

  for (const entry of source.causes) reviewOf(entry)?.causes.push(causeNode<E>(entry));
  for (const entry of source.measures) reviewOf(entry)?.measures.push(measureNode<E>(entry));
  for (const entry of source.findings) {
    const review = reviewOf(entry);
    if (review && hasArea(review, entry, problems)) review.findings.push(findingNode<E>(entry));
  }

  for (const review of reviewById.values()) {
    for (const step of REVIEW_STEPS) step(review, problems);
  }
  const reviews = [...reviewById.values()].sort(
    (a, b) =>
      (b.entry.data.date?.getTime() ?? -Infinity) - (a.entry.data.date?.getTime() ?? -Infinity) ||
      a.title.localeCompare(b.title, 'zh-CN') ||
      (a.id < b.id ? -1 : 1),
  );
  const { inspections, inspectionById } = linkInspections(source, reviews, problems, partial);
  problems.push(...checkAddresses(reviews, inspections));
  if (problems.length > 0) throw new ContentError(problems);
  return { reviews, reviewById, inspections, inspectionById };
}

/** The review an entry belongs to, by the folder it is in; a problem when that has no review. */
function reviewFinder<E extends SourceEntries>(
  reviewById: Map<string, ReviewNode<E>>,
  problems: ContentProblem[],
): (entry: SourceEntry<unknown>) => ReviewNode<E> | undefined {
  return (entry) => {
    const { review } = splitEntryId(entry.id);
    const node = reviewById.get(review);
    if (!node) {
      problems.push({
        file: fileOf(entry),
        message: `属于材料文件夹“${review}”，但该文件夹中没有 review.mdx`,
        hint: `在 findings/、causes/、measures/ 旁边添加 ${review}/review.mdx（材料的标题、单位和正文）。`,
      });
    }
    return node;
  };
}

/** Whether the review lists the finding's area; a problem when it does not. */
function hasArea<E extends SourceEntries>(
  review: ReviewNode<E>,
  entry: E['finding'],
  problems: ContentProblem[],
): boolean {
  const { area } = entry.data;
  if (area <= review.areas.length) return true;
  problems.push({
    file: fileOf(entry),
    field: 'area',
    message: `是 ${area}，但材料“${review.id}”只列出了 ${review.areas.length} 个方面`,
    hint: `改为 1 到 ${review.areas.length} 之间的数，或在 ${review.file} 的 areas 中添加这个方面的标题。`,
  });
  return false;
}
