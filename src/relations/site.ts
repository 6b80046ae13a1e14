/**
 * The site's one entry point to content: loads the four collections once per build and builds the
 * relation index from them. Every page asks this module, so a build does O(n) work, not O(n²).
 * Pages made per entry, alias or review get their view model (src/views/) through it, keyed by the
 * view's digest (page-keys.ts).
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { deadlineWarnings } from '../ledger/rows.ts';
import { join, relative, resolve } from 'node:path';
import { contentDir, hiddenReviewFolders, listReviewFiles } from '../model/content-dir.ts';
import { ContentError, problemPlace, type ContentProblem } from '../model/content-error.ts';
import { hiddenReviewFolder, strayFile, type StrayFile } from '../model/stray-files.ts';
import { absoluteUrl } from '../permalinks/citation.ts';
import { buildDate } from '../text/dates.ts';
import { factsOf } from '../text/entry-facts.ts';
import { buildSiteIndex } from './build.ts';
import type * as Index from './nodes.ts';
import { pageKey } from './page-keys.ts';
import { fullTextView, type FullTextView } from '../views/full-text.ts';
import { withBase } from '../permalinks/urls.ts';

/** The collection entry types of this project, as the index carries them. */
export interface Entries {
  review: CollectionEntry<'reviews'>;
  finding: CollectionEntry<'findings'>;
  cause: CollectionEntry<'causes'>;
  measure: CollectionEntry<'measures'>;
  inspection: CollectionEntry<'inspections'>;
  problem: CollectionEntry<'problems'>;
}

export type Site = Index.SiteIndex<Entries>;
export type ReviewNode = Index.ReviewNode<Entries>;
export type EntryNode = Index.EntryNode<Entries>;
export type FindingNode = Index.FindingNode<Entries>;
export type CauseNode = Index.CauseNode<Entries>;
export type MeasureNode = Index.MeasureNode<Entries>;
export type AreaNode = Index.AreaNode<Entries>;
export type InspectionNode = Index.InspectionNode<Entries>;
export type ProblemNode = Index.ProblemNode<Entries>;
export type CategoryNode = Index.CategoryNode<Entries>;
export type { AliasNode } from './nodes.ts';

let site: Promise<Site> | undefined;

/**
 * What the header of every page shows of the site as a whole (components/SiteHeader.astro): its
 * link to the inspections, there when the site has any. Set once the index is built; every page's
 * cache key holds it beside the page's view, or adding the first inspection would leave the pages
 * taken from the cache without the link.
 */
let header: { inspections: boolean } | undefined;

/** The relation index of every review; computed on first use and shared by all pages. */
export function getSite(): Promise<Site> {
  site ??= (async () => {
    const collections = {
      reviews: await getCollection('reviews'),
      findings: await getCollection('findings'),
      causes: await getCollection('causes'),
      measures: await getCollection('measures'),
      inspections: await getCollection('inspections'),
      problems: await getCollection('problems'),
    };
    const entries = [...collections.findings, ...collections.causes, ...collections.measures];
    const stray = await strayFiles(new Set(entries.flatMap(publishedFiles)));
    const errors = stray.filter((s) => s.severity === 'error');
    let index: Site;
    try {
      index = buildSiteIndex<Entries>(collections);
    } catch (error) {
      // One list of everything wrong, the skipped files first: they often explain the rest.
      if (error instanceof ContentError && errors.length > 0) {
        throw new ContentError([...errors, ...error.problems]);
      }
      throw error;
    }
    if (errors.length > 0) throw new ContentError(errors);
    header = { inspections: index.inspections.length > 0 };
    // Suspicious but possibly right (a deadline before the review, a stray file), so the build
    // goes on.
    for (const warning of [
      ...stray.filter((s) => s.severity === 'warning'),
      ...deadlineWarnings(index.reviews),
    ]) {
      console.warn(`[内容] 提醒：${problemPlace(warning)}：${warning.message}。${warning.hint}`);
    }
    return index;
  })();
  return site;
}

/**
 * The files of a review's folder an entry shows (images), as paths inside the reviews folder
 * (`demo/images/chart.png`): the site publishes these at `/<review>/files/…`.
 */
function publishedFiles(entry: Entries['finding' | 'cause' | 'measure']): string[] {
  const review = entry.id.slice(0, entry.id.indexOf('/'));
  const prefix = href(`/${review}/files/`);
  return factsOf(entry)
    .images.filter((src) => src.startsWith(prefix))
    .map(
      (src) => `${review}/${src.slice(prefix.length).split('/').map(decodeURIComponent).join('/')}`,
    );
}

/** The files of a review's folder its entries show, as paths inside that folder, each once. */
export function reviewFiles(review: ReviewNode): string[] {
  const entries = [...review.findings, ...review.causes, ...review.measures];
  const files = entries.flatMap((node) => publishedFiles(node.entry));
  return [...new Set(files)].map((path) => path.slice(review.id.length + 1)).sort();
}

/**
 * The files of the reviews folder the site does not read, with what to say about each; the files
 * entries show (`published`, paths inside the reviews folder) are read.
 */
async function strayFiles(
  published: Set<string>,
): Promise<(ContentProblem & Pick<StrayFile, 'severity'>)[]> {
  const reviewsDir = resolve(contentDir(), 'reviews');
  const shown = (path: string) => relative(process.cwd(), join(reviewsDir, path));
  const hidden = (await hiddenReviewFolders(reviewsDir)).map((name) => ({
    file: shown(name),
    ...hiddenReviewFolder(name),
  }));
  return [
    ...hidden,
    ...(await listReviewFiles(reviewsDir)).flatMap((path) => {
      const stray = published.has(path) ? undefined : strayFile(path);
      return stray ? [{ file: shown(path), ...stray }] : [];
    }),
  ];
}

/**
 * A page's `getStaticPaths` entry: its params, its view model as the prop `view` (with `extra`
 * props, for what renders outside the view), and the digest of the view and of what the header
 * shows of the site as its cache key.
 */
export function viewPath<P, V, X extends object = object>(params: P, view: V, extra?: X) {
  return {
    params,
    props: { view, ...extra } as { view: V } & X,
    cacheKey: pageKey({ view, header }),
  };
}

/**
 * `getStaticPaths` of a page made once per review (`/<review>/…`), rendered from the view model
 * `viewOf` makes of the review on the build date. The review's node is a prop too, for what a
 * page renders outside its view: the review's own MDX text, the ledger files' writer.
 */
export function reviewPaths<V>(viewOf: (review: ReviewNode, today: Date) => V) {
  return async () => {
    const { reviews } = await getSite();
    const today = buildDate();
    return reviews.map((review) =>
      viewPath({ review: review.id }, viewOf(review, today), { review }),
    );
  };
}

const fullTexts = new Map<string, FullTextView>();

/** The view model of a review's full text, made once per build: the page and its parts share it. */
export function fullText(review: ReviewNode): FullTextView {
  let view = fullTexts.get(review.id);
  if (!view) fullTexts.set(review.id, (view = fullTextView(review)));
  return view;
}

/**
 * The full text's view model of the review a page's route names: the part components are placed by
 * the review's own MDX (`<Findings />`), which passes them no props.
 */
export async function fullTextOf(
  params: Record<string, string | undefined>,
): Promise<FullTextView> {
  const review = (await getSite()).reviewById.get(params.review ?? '');
  if (!review)
    throw new Error(`Part components only render on /<review>/ pages (got "${params.review}").`);
  return fullText(review);
}

/**
 * The URL the copy buttons of an entry hand out: absolute when the site's origin `site` is
 * configured, else the path with the base.
 */
export function permalinkUrl(path: string, site: URL | undefined): string {
  return absoluteUrl(href(path), site);
}

/** A root-relative site path with the configured `base` in front, for use in `href`. */
export function href(path: string): string {
  return withBase(import.meta.env.BASE_URL, path);
}
