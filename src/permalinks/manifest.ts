/**
 * `permalinks.json`: every permanent address of the site, for people and tools that check links
 * in notices (`npm run check-links`) without crawling the pages.
 */
import type { EntryKind } from '../model/kinds.ts';
import type { ReviewNode } from '../relations/nodes.ts';
import { absoluteUrl } from './citation.ts';
import { entryAnchor, reviewPath, withBase } from './urls.ts';

/** An entry's page. */
export interface ManifestEntry {
  review: string;
  kind: EntryKind;
  id: string;
  /** 问题（一）之二, 原因（三）, 措施（二）. */
  label: string;
  title: string;
  /** Absolute when the site's origin is configured, else a path with the deploy base. */
  url: string;
  /** The element id of the entry's block on the review's full-text page. */
  anchor: string;
}

/** A former address; review, kind, id, label and title are those of the entry it leads to. */
export interface ManifestAlias extends Omit<ManifestEntry, 'anchor'> {
  /** The entry's page, where the alias leads. */
  target: string;
  /** The id the entry's anchors had at the former address, when that was an entry's address. */
  formerAnchor?: string;
}

export interface PermalinkManifest {
  /** The configured origin, e.g. https://oa.example.gov.cn, or null. */
  site: string | null;
  /** The deploy base, `/` or `/sub/path/`. */
  base: string;
  reviews: { review: string; title: string; url: string }[];
  entries: ManifestEntry[];
  aliases: ManifestAlias[];
}

/** The manifest of a built site, in document order. */
export function permalinkManifest(
  reviews: ReviewNode[],
  { base, site }: { base: string; site: URL | undefined },
): PermalinkManifest {
  const url = (path: string) => absoluteUrl(withBase(base, path), site);
  return {
    site: site ? site.origin : null,
    base,
    reviews: reviews.map((r) => ({ review: r.id, title: r.title, url: url(reviewPath(r.id)) })),
    entries: reviews.flatMap((r) =>
      r.entries.map((node) => ({
        review: node.review,
        kind: node.kind,
        id: node.id,
        label: node.label,
        title: node.title,
        url: url(node.path),
        anchor: node.anchor,
      })),
    ),
    aliases: reviews.flatMap((r) =>
      r.entries.flatMap((node) =>
        node.aliases.map((alias) => ({
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
  };
}
