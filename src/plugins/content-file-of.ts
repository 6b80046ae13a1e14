/**
 * What the remark plugins that check a review's text need to know of the file being rendered:
 * whether it is one of the reviews' content files at all, which kind, and how messages name it;
 * and one way to hand on what they found.
 */
import { relative, resolve } from 'node:path';
import type { Root } from 'mdast';
import type { VFile } from 'vfile';
import { ContentError, type ContentProblem } from '../model/content-error.ts';
import {
  contentFileIn,
  inspectionFileIn,
  type ContentFile,
  type InspectionFile,
} from '../model/entry-paths.ts';

/** A content file being rendered. */
export type RenderedContentFile = (ContentFile | InspectionFile) & {
  /** The path messages name: relative to the working folder. */
  shown: string;
  /** Whether it is Markdown (`.md`), where raw HTML is syntax, rather than MDX. */
  markdown: boolean;
};

/**
 * The content file `file` is, or undefined for a file that is no content file. `reviewsDir` is
 * the content folder's `reviews/`; the `inspections/` beside it holds the inspections' files.
 */
export function contentFileOf(file: VFile, reviewsDir: string): RenderedContentFile | undefined {
  if (!file.path) return undefined;
  // Vite hands the MDX compiler module ids, which may carry a query.
  const path = file.path.replace(/\?.*$/, '');
  const folders = [
    [reviewsDir, contentFileIn],
    [resolve(reviewsDir, '..', 'inspections'), inspectionFileIn],
  ] as const;
  for (const [dir, fileIn] of folders) {
    const inDir = relative(dir, path).split(/[\\/]/);
    if (inDir[0]?.startsWith('..') || inDir.length < 2) continue;
    const content = fileIn(inDir.slice(1).join('/'));
    if (!content) return undefined;
    return { ...content, shown: relative(process.cwd(), path), markdown: path.endsWith('.md') };
  }
  return undefined;
}

/** Whether a content file is a document's own text (a review, an inspection), not an entry. */
export function isDocumentFile(content: RenderedContentFile): boolean {
  return content.kind === 'review' || content.kind === 'inspection';
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
