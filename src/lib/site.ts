/**
 * The site's one entry point to content: loads the four collections once per build and builds the
 * relation index from them. Every page asks this module, so a build does O(n) work, not O(n²).
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { deadlineWarnings } from './ledger';
import { buildSiteIndex, type SiteIndex } from './review-index';
import type * as Index from './review-index';
import { withBase } from './urls';

/** The collection entry types of this project, as the index carries them. */
export interface Entries {
  review: CollectionEntry<'reviews'>;
  finding: CollectionEntry<'findings'>;
  cause: CollectionEntry<'causes'>;
  measure: CollectionEntry<'measures'>;
}

export type Site = SiteIndex<Entries>;
export type ReviewNode = Index.ReviewNode<Entries>;
export type EntryNode = Index.EntryNode<Entries>;
export type FindingNode = Index.FindingNode<Entries>;
export type CauseNode = Index.CauseNode<Entries>;
export type MeasureNode = Index.MeasureNode<Entries>;
export type AreaNode = Index.AreaNode<Entries>;
export type { AliasNode } from './review-index';

let site: Promise<Site> | undefined;

/** The relation index of every review; computed on first use and shared by all pages. */
export function getSite(): Promise<Site> {
  site ??= (async () => {
    const index = buildSiteIndex<Entries>({
      reviews: await getCollection('reviews'),
      findings: await getCollection('findings'),
      causes: await getCollection('causes'),
      measures: await getCollection('measures'),
    });
    // Suspicious but possibly right (a deadline before the review), so the build goes on.
    for (const warning of deadlineWarnings(index.reviews)) {
      console.warn(
        `[content] ${warning.file} → ${warning.field}: ${warning.message}. ${warning.hint}`,
      );
    }
    return index;
  })();
  return site;
}

/** A root-relative site path with the configured `base` in front, for use in `href`. */
export function href(path: string): string {
  return withBase(import.meta.env.BASE_URL, path);
}
