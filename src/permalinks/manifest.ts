/**
 * `permalinks.json`: every permanent address of the site, for people and tools that check links
 * in notices (`npm run check-links`) without crawling the pages.
 *
 * The format only grows: a field once published keeps its name and meaning, so that tools written
 * against an older site keep reading a newer one. Inspections came after reviews, and were added
 * this way:
 * - `inspections` lists each inspection's feedback page beside the `reviews`, with its progress
 *   report (`report`);
 * - `entries` and `aliases` hold feedback problems too, of kind `problem`: they name their
 *   `inspection` where the review's entries name their `review`, and their `anchor` is the
 *   problem's block on the inspection's page. A tool that reads only `review` entries filters on
 *   `kind` (or on `review` being present), as it would for any kind it does not know.
 */
import type { EntryKind } from '../model/kinds.ts';
import type { InspectionNode, ReviewNode } from '../relations/nodes.ts';
import { absoluteUrl } from './citation.ts';
import {
  entryAnchor,
  parseProblemPath,
  problemAnchor,
  reportPath,
  reviewPath,
  withBase,
} from './urls.ts';

/** What every page listed in `entries` has. */
interface ManifestPage {
  /** Its file name without extension: `1-2`, `3`. */
  id: string;
  /** 问题（一）之二, 原因（三）, 措施（二）, 反馈问题3. */
  label: string;
  title: string;
  /** Absolute when the site's origin is configured, else a path with the deploy base. */
  url: string;
  /**
   * The element id of its block on its document's page: the review's full text, or for a problem
   * the inspection's page.
   */
  anchor: string;
}

/** A finding's, cause's or measure's page. */
export interface ManifestReviewEntry extends ManifestPage {
  review: string;
  kind: EntryKind;
}

/** A feedback problem's page (`/inspections/<inspection>/problems/<id>/`). */
export interface ManifestProblem extends ManifestPage {
  /** Folder name of its inspection. */
  inspection: string;
  kind: 'problem';
}

/** An entry's or a feedback problem's page. */
export type ManifestEntry = ManifestReviewEntry | ManifestProblem;

/** What a former address adds to the entry or problem it leads to. */
interface AliasFields {
  /** The page where the alias leads. */
  target: string;
  /**
   * The id the anchors of what it leads to had at the former address, when that was an entry's
   * or a problem's address.
   */
  formerAnchor?: string;
}

/**
 * A former address; `review` (or `inspection`), `kind`, `id`, `label` and `title` are those of the
 * entry or problem it leads to, `url` is the former address itself.
 */
export type ManifestAlias =
  | (Omit<ManifestReviewEntry, 'anchor'> & AliasFields)
  | (Omit<ManifestProblem, 'anchor'> & AliasFields);

/** An inspection's feedback page and its progress report. */
export interface ManifestInspection {
  inspection: string;
  title: string;
  /** `/inspections/<inspection>/`, the feedback's text with its problems in place. */
  url: string;
  /** `/inspections/<inspection>/report/`. */
  report: string;
}

export interface PermalinkManifest {
  /** The configured origin, e.g. https://oa.example.gov.cn, or null. */
  site: string | null;
  /** The deploy base, `/` or `/sub/path/`. */
  base: string;
  reviews: { review: string; title: string; url: string }[];
  /** Absent from the manifests of sites built before inspections were published. */
  inspections?: ManifestInspection[];
  /** Every review's entries in document order, then every inspection's problems in its order. */
  entries: ManifestEntry[];
  /** In the order of `entries`. */
  aliases: ManifestAlias[];
}

/** Whether a manifest entry or alias is a feedback problem's. */
export function isProblem<T extends { kind: EntryKind | 'problem' }>(
  entry: T,
): entry is Extract<T, { kind: 'problem' }> {
  return entry.kind === 'problem';
}

/** The manifest of a built site: its reviews in the index's order, then its inspections. */
export function permalinkManifest(
  { reviews, inspections = [] }: { reviews: ReviewNode[]; inspections?: InspectionNode[] },
  { base, site }: { base: string; site: URL | undefined },
): PermalinkManifest {
  const url = (path: string) => absoluteUrl(withBase(base, path), site);
  const problems = inspections.flatMap((inspection) => inspection.problems);
  return {
    site: site ? site.origin : null,
    base,
    reviews: reviews.map((r) => ({ review: r.id, title: r.title, url: url(reviewPath(r.id)) })),
    inspections: inspections.map((i) => ({
      inspection: i.id,
      title: i.title,
      url: url(i.path),
      report: url(reportPath(i.id)),
    })),
    entries: [
      ...reviews.flatMap((r) =>
        r.entries.map((node): ManifestReviewEntry => ({
          review: node.review,
          kind: node.kind,
          id: node.id,
          label: node.label,
          title: node.title,
          url: url(node.path),
          anchor: node.anchor,
        })),
      ),
      ...problems.map((node): ManifestProblem => ({
        inspection: node.inspection,
        kind: node.kind,
        id: node.id,
        label: node.label,
        title: node.title,
        url: url(node.path),
        anchor: node.anchor,
      })),
    ],
    aliases: [
      ...reviews.flatMap((r) =>
        r.entries.flatMap((node) =>
          node.aliases.map((alias): ManifestAlias => ({
            review: node.review,
            kind: node.kind,
            id: node.id,
            label: node.label,
            title: node.title,
            url: url(alias.path),
            target: url(node.path),
            ...(alias.former
              ? { formerAnchor: entryAnchor(alias.former.kind, alias.former.id) }
              : {}),
          })),
        ),
      ),
      ...problems.flatMap((node) =>
        node.aliases.map((alias): ManifestAlias => {
          const former = parseProblemPath(alias.path);
          return {
            inspection: node.inspection,
            kind: node.kind,
            id: node.id,
            label: node.label,
            title: node.title,
            url: url(alias.path),
            target: url(node.path),
            ...(former ? { formerAnchor: problemAnchor(former.id) } : {}),
          };
        }),
      ),
    ],
  };
}
