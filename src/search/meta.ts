/**
 * What search records about a page: the result title and the tags shown under it, which Pagefind
 * reads from `data-pagefind-meta`, and the filters, which the build reads from
 * `data-search-filters` into the table beside the index (filter-table.ts). In both lists the
 * `key[attribute]` form keeps values with commas intact.
 */
import type { EntryNode, InspectionNode, ProblemNode, ReviewNode } from '../relations/nodes.ts';
import { KIND_NOUN } from '../model/labels.ts';
import { numberingOf } from '../model/numbering.ts';
import { NOT_FILLED, RECTIFICATION_STATUSES } from '../ledger/terms.ts';
import { FILTERS_ATTRIBUTE } from './page-fields.ts';

/** Filter and tag names, as the search page shows them. */
export const SEARCH_FIELDS = {
  review: '材料',
  kind: '类型',
  area: '方面',
  status: '状态',
} as const;

/** The kind shown for the full-text page, which is indexed for the review's own text only. */
export const FULL_TEXT_KIND = '全文';

/** The kind of a feedback problem's page (/inspections/<inspection>/problems/<n>/). */
export const PROBLEM_KIND = '反馈问题';

/**
 * The kind of an inspection's page, which is indexed for the feedback's own text only: each
 * problem's page is the result for the problem's words.
 */
export const FEEDBACK_KIND = '反馈意见';

/** The order filters are offered in on the search page; others follow by name. */
export const FILTER_ORDER = [
  SEARCH_FIELDS.review,
  SEARCH_FIELDS.kind,
  SEARCH_FIELDS.area,
  SEARCH_FIELDS.status,
] as const;

/** Kinds in the order of the document, the full text after them, then the inspections' pages. */
const KIND_ORDER: string[] = [
  KIND_NOUN.finding,
  KIND_NOUN.cause,
  KIND_NOUN.measure,
  FULL_TEXT_KIND,
  PROBLEM_KIND,
  FEEDBACK_KIND,
];

/** The number of an area heading that starts with （一）, （十二）…; Infinity for any other text. */
function areaNumber(heading: string): number {
  return numberingOf(heading, ['cn-paren'])?.number ?? Infinity;
}

/** Orders a filter's values as a reader expects: kinds and areas in document order, others by name. */
export function sortFilterValues(name: string, values: string[]): string[] {
  const byName = (a: string, b: string) => a.localeCompare(b, 'zh-CN');
  if (name === SEARCH_FIELDS.kind) {
    const rank = (v: string) =>
      KIND_ORDER.includes(v) ? KIND_ORDER.indexOf(v) : KIND_ORDER.length;
    return [...values].sort((a, b) => rank(a) - rank(b) || byName(a, b));
  }
  if (name === SEARCH_FIELDS.status) {
    const order: string[] = [...RECTIFICATION_STATUSES, NOT_FILLED];
    return [...values].sort((a, b) => order.indexOf(a) - order.indexOf(b));
  }
  if (name === SEARCH_FIELDS.area) {
    return [...values].sort((a, b) => areaNumber(a) - areaNumber(b) || byName(a, b));
  }
  return [...values].sort(byName);
}

/** The CSS class of each kind's colour, by the kind name the index records. */
export const KIND_CLASS: Record<string, string> = {
  [KIND_NOUN.finding]: 'kind-finding',
  [KIND_NOUN.cause]: 'kind-cause',
  [KIND_NOUN.measure]: 'kind-measure',
  [PROBLEM_KIND]: 'kind-problem',
};

type Attributes = Record<string, string>;

interface Facets {
  area?: string | undefined;
  status?: string | undefined;
}

function attributes(
  title: string,
  kind: string,
  review: string,
  { area, status }: Facets = {},
): Attributes {
  const meta = [
    `title[data-search-title]`,
    `${SEARCH_FIELDS.kind}[data-search-kind]`,
    `${SEARCH_FIELDS.review}[data-search-review]`,
  ];
  const filters = [
    `${SEARCH_FIELDS.review}[data-search-review]`,
    `${SEARCH_FIELDS.kind}[data-search-kind]`,
  ];
  if (area) filters.push(`${SEARCH_FIELDS.area}[data-search-area]`);
  if (status) filters.push(`${SEARCH_FIELDS.status}[data-search-status]`);
  return {
    'data-pagefind-body': '',
    'data-pagefind-meta': meta.join(', '),
    // Not data-pagefind-filter: the filters stand beside the index (filter-table.ts), so that a
    // status changed in the ledger leaves the index as it was.
    [FILTERS_ATTRIBUTE]: filters.join(', '),
    'data-search-title': title,
    'data-search-kind': kind,
    'data-search-review': review,
    ...(area ? { 'data-search-area': area } : {}),
    ...(status ? { 'data-search-status': status } : {}),
  };
}

/** Attributes for the indexed part of an entry's page: findings filter by area, measures by status. */
export function entrySearchAttributes(node: EntryNode, review: ReviewNode): Attributes {
  const facets: Facets = {};
  if (node.kind === 'finding')
    facets.area = review.areas[node.area - 1]?.heading.replace(/[。.]$/, '');
  if (node.kind === 'measure') facets.status = node.entry.data.status ?? NOT_FILLED;
  return attributes(`${node.label} ${node.title}`, KIND_NOUN[node.kind], review.title, facets);
}

/** Attributes for the indexed part of a review's full-text page. */
export function fullTextSearchAttributes(review: ReviewNode): Attributes {
  return attributes(`${review.title}（全文）`, FULL_TEXT_KIND, review.title);
}

/**
 * Attributes for the indexed part of a feedback problem's page. Its feedback stands where an
 * entry's review does (材料), so that the 材料 filter narrows to one feedback's problems too.
 */
export function problemSearchAttributes(
  problem: ProblemNode,
  inspection: InspectionNode,
): Attributes {
  return attributes(`${problem.label} ${problem.title}`, PROBLEM_KIND, inspection.title);
}

/** Attributes for the indexed part of an inspection's page: the feedback's own text. */
export function inspectionSearchAttributes(inspection: InspectionNode): Attributes {
  return attributes(`${inspection.title}（全文）`, FEEDBACK_KIND, inspection.title);
}
