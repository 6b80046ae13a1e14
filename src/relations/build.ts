/**
 * The relation index: every review with its findings, causes and measures in document order,
 * labelled, linked both ways and checked. Built once per build from the four collections; pages
 * only read from it, so no page ever scans a collection.
 */
import type { CauseData } from '../schemas/cause';
import type { FindingData } from '../schemas/finding';
import type { MeasureData } from '../schemas/measure';
import type { ReviewData } from '../schemas/review';
import { splitEntryId } from '../model/entry-paths';
import type { EntryKind } from '../model/kinds';
import { ContentError, type ContentProblem } from '../model/content-error';
import { findingLabel, KIND_NOUN, numberedLabel } from '../model/labels';
import { findPathConflicts, type PathClaim } from '../permalinks/addresses';
import { aliasPath, entryAnchor, entryPath, mapPath, parseEntryPath, reviewPath } from '../permalinks/urls';

/** What the index needs of a collection entry; Astro's `CollectionEntry` fits. */
export interface SourceEntry<D> {
  /** Collection id: `<review>` for reviews, `<review>/<id>` for the others. */
  id: string;
  /** Path of the file, relative to the project root. */
  filePath?: string | undefined;
  data: D;
  body?: string | undefined;
}

/** The entry types of one site; the index carries them through so pages can render entries. */
export interface SourceEntries {
  review: SourceEntry<ReviewData>;
  finding: SourceEntry<FindingData>;
  cause: SourceEntry<CauseData>;
  measure: SourceEntry<MeasureData>;
}

interface NodeBase<E extends SourceEntries, K extends EntryKind> {
  kind: K;
  /** Slug of the review folder. */
  review: string;
  /** Id within the review: the file name without extension. */
  id: string;
  /** The part's name in the document's numbering, e.g. 问题（一）之二. */
  label: string;
  title: string;
  /** The entry's own page, from the site root without the deploy base: `/<review>/findings/1-2/`. */
  path: string;
  /** The element id of this entry's block on the full-text page. */
  anchor: string;
  /** Former addresses that redirect to this entry's page. */
  aliases: AliasNode[];
  file: string;
  entry: E[K];
  /** Neighbours in document order (findings, then causes, then measures). */
  prev: EntryNode<E> | undefined;
  next: EntryNode<E> | undefined;
}

/** A former address of an entry, from its front matter `aliases`. */
export interface AliasNode {
  /** From the site root, without the deploy base: `/<review>/findings/1-4/`. */
  path: string;
  /** Where it is written, e.g. `aliases[0]`. */
  field: string;
  /** The entry the address used to name, when it is an entry's address. */
  former: { review: string; kind: EntryKind; id: string } | undefined;
}

export interface FindingNode<E extends SourceEntries = SourceEntries> extends NodeBase<
  E,
  'finding'
> {
  area: number;
  order: number;
  causes: CauseNode<E>[];
  measures: MeasureNode<E>[];
}

export interface CauseNode<E extends SourceEntries = SourceEntries> extends NodeBase<E, 'cause'> {
  order: number;
  /** Findings this cause explains, in document order (derived from the findings' `causes`). */
  findings: FindingNode<E>[];
  /** Measures answering those findings, in order (derived). */
  measures: MeasureNode<E>[];
}

export interface MeasureNode<E extends SourceEntries = SourceEntries> extends NodeBase<
  E,
  'measure'
> {
  order: number;
  /** Findings this measure answers, in document order (derived from the findings' `measures`). */
  findings: FindingNode<E>[];
  /** Causes behind those findings, in order (derived). */
  causes: CauseNode<E>[];
}

export type EntryNode<E extends SourceEntries = SourceEntries> =
  FindingNode<E> | CauseNode<E> | MeasureNode<E>;

export interface AreaNode<E extends SourceEntries = SourceEntries> {
  number: number;
  /** The heading exactly as in the document, numbering included. */
  heading: string;
  findings: FindingNode<E>[];
}

export interface ReviewNode<E extends SourceEntries = SourceEntries> {
  id: string;
  file: string;
  entry: E['review'];
  title: string;
  areas: AreaNode<E>[];
  findings: FindingNode<E>[];
  causes: CauseNode<E>[];
  measures: MeasureNode<E>[];
  /** Every entry in the order the document presents them. */
  entries: EntryNode<E>[];
}

export interface SiteIndex<E extends SourceEntries = SourceEntries> {
  /** Reviews sorted by date (newest first, undated last), then title. */
  reviews: ReviewNode<E>[];
  reviewById: Map<string, ReviewNode<E>>;
}

export interface SiteSource<E extends SourceEntries> {
  reviews: E['review'][];
  findings: E['finding'][];
  causes: E['cause'][];
  measures: E['measure'][];
}

/** The component a review body places where each part's entries go on the full-text page. */
export const PART_PLACEHOLDERS: Record<EntryKind, string> = {
  finding: 'Findings',
  cause: 'Causes',
  measure: 'Measures',
};

const fileOf = (entry: SourceEntry<unknown>) => entry.filePath ?? `(entry ${entry.id})`;

/**
 * Builds and checks the index. Every problem in the content is collected and thrown together as
 * one `ContentError`, so a build fails once with the whole list instead of one problem per run.
 */
export function buildSiteIndex<E extends SourceEntries>(source: SiteSource<E>): SiteIndex<E> {
  const problems: ContentProblem[] = [];
  const reviewById = new Map<string, ReviewNode<E>>();

  for (const entry of source.reviews) {
    reviewById.set(entry.id, {
      id: entry.id,
      file: fileOf(entry),
      entry,
      title: entry.data.title,
      areas: entry.data.areas.map((heading, i) => ({ number: i + 1, heading, findings: [] })),
      findings: [],
      causes: [],
      measures: [],
      entries: [],
    });
  }

  const reviewFor = (entry: SourceEntry<unknown>) => {
    const { review } = splitEntryId(entry.id);
    const node = reviewById.get(review);
    if (!node) {
      problems.push({
        file: fileOf(entry),
        message: `belongs to review folder "${review}", which has no review.mdx`,
        hint: `Add ${review}/review.mdx next to the findings/, causes/ and measures/ folders.`,
      });
    }
    return node;
  };

  const base = <K extends EntryKind>(kind: K, entry: E[K], label: string, title: string) => {
    const { review, id } = splitEntryId(entry.id);
    return {
      kind,
      review,
      id,
      label,
      title,
      path: entryPath(review, kind, id),
      anchor: entryAnchor(kind, id),
      aliases: entry.data.aliases.map((alias, i) => {
        const path = aliasPath(review, kind, alias);
        return { path, field: `aliases[${i}]`, former: parseEntryPath(path) };
      }),
      file: fileOf(entry),
      entry,
      prev: undefined,
      next: undefined,
    };
  };

  for (const entry of source.causes) {
    const review = reviewFor(entry);
    const { order, title } = entry.data;
    review?.causes.push({
      ...base('cause', entry, numberedLabel('cause', order), title),
      order,
      findings: [],
      measures: [],
    });
  }
  for (const entry of source.measures) {
    const review = reviewFor(entry);
    const { order, title } = entry.data;
    review?.measures.push({
      ...base('measure', entry, numberedLabel('measure', order), title),
      order,
      findings: [],
      causes: [],
    });
  }
  for (const entry of source.findings) {
    const review = reviewFor(entry);
    if (!review) continue;
    const { area, order, title } = entry.data;
    if (area > review.areas.length) {
      problems.push({
        file: fileOf(entry),
        field: 'area',
        message: `is ${area}, but review "${review.id}" lists ${review.areas.length} area(s)`,
        hint: `Use a number from 1 to ${review.areas.length}, or add the area heading to \`areas\` in ${review.file}.`,
      });
      continue;
    }
    review.findings.push({
      ...base('finding', entry, findingLabel(area, order), title),
      area,
      order,
      causes: [],
      measures: [],
    });
  }

  for (const review of reviewById.values()) {
    review.findings.sort((a, b) => a.area - b.area || a.order - b.order);
    review.causes.sort((a, b) => a.order - b.order);
    review.measures.sort((a, b) => a.order - b.order);
    checkDuplicateNumbers(review.findings, problems);
    checkDuplicateNumbers(review.causes, problems);
    checkDuplicateNumbers(review.measures, problems);
    checkPlaceholders(review, problems);
    linkRelations(review, problems);
    for (const finding of review.findings) review.areas[finding.area - 1]!.findings.push(finding);
    review.entries = [...review.findings, ...review.causes, ...review.measures];
    review.entries.forEach((node, i) => {
      node.prev = review.entries[i - 1];
      node.next = review.entries[i + 1];
    });
  }

  problems.push(...checkAddresses([...reviewById.values()]));
  if (problems.length > 0) throw new ContentError(problems);

  const reviews = [...reviewById.values()].sort(
    (a, b) =>
      (b.entry.data.date?.getTime() ?? -Infinity) - (a.entry.data.date?.getTime() ?? -Infinity) ||
      a.title.localeCompare(b.title, 'zh-CN'),
  );
  return { reviews, reviewById };
}

const SUB_ITEM_LIKE = /-item-\d/;

/**
 * Every page and alias must have an address of its own, or one would silently replace the other,
 * and no entry id may look like a sub-item anchor (`1-item-2` next to `1`).
 */
function checkAddresses(reviews: ReviewNode[]): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const claims: PathClaim[] = [];
  for (const review of reviews) {
    claims.push(
      { path: reviewPath(review.id), file: review.file, what: `the full text of "${review.id}"` },
      { path: mapPath(review.id), file: review.file, what: `the relation map of "${review.id}"` },
    );
    for (const node of review.entries) {
      if (SUB_ITEM_LIKE.test(node.id)) {
        problems.push({
          file: node.file,
          message: `its id "${node.id}" contains "-item-<n>", which names the numbered points in a text`,
          hint: 'Rename the file, e.g. to the number the document gives the entry.',
        });
      }
      claims.push({
        path: node.path,
        file: node.file,
        what: node.label,
      });
      for (const alias of node.aliases) {
        claims.push({ path: alias.path, file: node.file, field: alias.field, what: node.label });
      }
    }
  }
  return [...problems, ...findPathConflicts(claims)];
}

/** Two files numbered alike would get the same label: the document cannot have both. */
function checkDuplicateNumbers(nodes: EntryNode[], problems: ContentProblem[]): void {
  const byLabel = new Map<string, EntryNode>();
  for (const node of nodes) {
    const first = byLabel.get(node.label);
    if (first) {
      problems.push({
        file: node.file,
        field: node.kind === 'finding' ? 'area/order' : 'order',
        message: `numbers this ${KIND_NOUN[node.kind]} as ${node.label}, like ${first.file}`,
        hint: 'Each entry needs its own number: change `order` (or `area`) in one of the two files.',
      });
    } else {
      byLabel.set(node.label, node);
    }
  }
}

/** The review body must say where each part's entries go, once, or they would not be published. */
function checkPlaceholders(review: ReviewNode, problems: ContentProblem[]): void {
  const body = review.entry.body;
  if (body === undefined) return;
  const parts: [EntryKind, number][] = [
    ['finding', review.findings.length],
    ['cause', review.causes.length],
    ['measure', review.measures.length],
  ];
  for (const [kind, count] of parts) {
    const tag = PART_PLACEHOLDERS[kind];
    const uses = body.match(new RegExp(`<${tag}\\s*/>`, 'g'))?.length ?? 0;
    if (uses > 1 || (uses === 0 && count > 0)) {
      problems.push({
        file: review.file,
        field: 'body',
        message:
          uses > 1
            ? `places <${tag} /> ${uses} times`
            : `has ${count} ${KIND_NOUN[kind]} entries but no <${tag} /> in its text`,
        hint: `Put <${tag} /> exactly once, on a line of its own, where the ${KIND_NOUN[kind]} part belongs in the document.`,
      });
    }
  }
}

/** Resolves each finding's `causes` and `measures` and derives every reverse link from them. */
function linkRelations<E extends SourceEntries>(
  review: ReviewNode<E>,
  problems: ContentProblem[],
): void {
  const causes = new Map(review.causes.map((c) => [c.id, c]));
  const measures = new Map(review.measures.map((m) => [m.id, m]));

  for (const finding of review.findings) {
    const resolve = <T extends CauseNode<E> | MeasureNode<E>>(
      field: 'causes' | 'measures',
      targets: Map<string, T>,
    ) => {
      const found: T[] = [];
      finding.entry.data[field].forEach((ref, i) => {
        const where = { file: finding.file, field: `${field}[${i}]` };
        const noun = field === 'causes' ? KIND_NOUN.cause : KIND_NOUN.measure;
        const slash = ref.indexOf('/');
        if (slash >= 0 && ref.slice(0, slash) !== review.id) {
          problems.push({
            ...where,
            message: `"${ref}" points into review "${ref.slice(0, slash)}"`,
            hint: `A finding can only link ${noun} entries of its own review ("${review.id}"); write the bare id, e.g. ${[...targets.keys()][0] ?? '1'}.`,
          });
          return;
        }
        const id = slash >= 0 ? ref.slice(slash + 1) : ref;
        const target = targets.get(id);
        if (!target) {
          const known = [...targets.keys()].join(', ') || 'none yet';
          problems.push({
            ...where,
            message: `"${ref}" is not a ${noun} of review "${review.id}" (its ${field}: ${known})`,
            hint: `Use one of those ids, or add ${field}/${id}.mdx to the review.`,
          });
        } else if (found.includes(target)) {
          problems.push({
            ...where,
            message: `lists "${ref}" twice`,
            hint: 'Remove the repeated id.',
          });
        } else {
          found.push(target);
        }
      });
      return found.sort((a, b) => a.order - b.order);
    };
    finding.causes = resolve('causes', causes);
    finding.measures = resolve('measures', measures);
    for (const cause of finding.causes) cause.findings.push(finding);
    for (const measure of finding.measures) measure.findings.push(finding);
  }

  // Findings are visited in document order, so the derived lists come out in document order too.
  for (const cause of review.causes) {
    cause.measures = distinctSorted(cause.findings.flatMap((f) => f.measures));
  }
  for (const measure of review.measures) {
    measure.causes = distinctSorted(measure.findings.flatMap((f) => f.causes));
  }
}

function distinctSorted<T extends { order: number }>(nodes: T[]): T[] {
  return [...new Set(nodes)].sort((a, b) => a.order - b.order);
}
