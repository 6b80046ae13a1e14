/**
 * What the remark plugins that check a review's text need to know of the file being rendered:
 * whether it is one of the reviews' content files at all, which kind, and how messages name it;
 * and one way to hand on what they found.
 */
import { relative } from 'node:path';
import type { Root } from 'mdast';
import type { VFile } from 'vfile';
import { ContentError, type ContentProblem } from '../model/content-error.ts';
import { contentFileIn, type ContentFile } from '../model/entry-paths.ts';

/** A content file being rendered. */
export interface RenderedContentFile extends ContentFile {
  /** The path messages name: relative to the working folder. */
  shown: string;
  /** Whether it is Markdown (`.md`), where raw HTML is syntax, rather than MDX. */
  markdown: boolean;
}

/** The content file `file` is, or undefined for a file outside `reviewsDir` or not content. */
export function contentFileOf(file: VFile, reviewsDir: string): RenderedContentFile | undefined {
  if (!file.path) return undefined;
  // Vite hands the MDX compiler module ids, which may carry a query.
  const path = file.path.replace(/\?.*$/, '');
  const inReviews = relative(reviewsDir, path).split(/[\\/]/);
  if (inReviews[0]?.startsWith('..')) return undefined;
  const content = contentFileIn(inReviews.slice(1).join('/'));
  if (!content) return undefined;
  return { ...content, shown: relative(process.cwd(), path), markdown: path.endsWith('.md') };
}

/** Receives a file's problems instead of a thrown error (entries rendered while content syncs). */
export type Report = (problems: ContentProblem[]) => void;

/**
 * Hands on a file's problems: to `report`, emptying the tree so that the file renders nothing,
 * or, without one, as a thrown ContentError that stops the build.
 */
export function handOn(problems: ContentProblem[], tree: Root, report: Report | undefined): void {
  if (problems.length === 0) return;
  if (!report) throw new ContentError(problems);
  report(problems);
  tree.children = [];
}
