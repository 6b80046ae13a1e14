/**
 * The reviews of the content folder as the build reads them: every file's front matter read as
 * written (YAML 1.2 core, src/loaders/front-matter.ts), checked against its schema, and the whole
 * review through the relation index. The export reads the content this way, and the import checks
 * the files it would write this way before writing any.
 */
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { ContentError, UserError, type ContentProblem } from '../../src/model/content-error.ts';
import { contentFileIn } from '../../src/model/entry-paths.ts';
import type { EntryKind } from '../../src/model/kinds.ts';
import type { SiteIndex } from '../../src/relations/nodes.ts';
import { readContentText } from '../shared/content-text.ts';
import { listDocumentFolders } from '../shared/files.ts';
import { indexContentFiles, type CheckedFile } from '../shared/content-index.ts';

/** A content file of a review folder: review.mdx or an entry. */
export interface ContentFile {
  kind: EntryKind | 'review';
  /** The entry's id (its file name without extension); '' for review.mdx. */
  id: string;
  /** Path inside the review folder: `measures/1.mdx`. */
  path: string;
  /** The whole file as it is. */
  text: string;
}

/** A review folder as it is on disk. */
export interface ReviewFolder {
  /** The folder name: the review's id. */
  review: string;
  /** The folder, as messages name it: `content/reviews/demo-2024`. */
  folder: string;
  files: ContentFile[];
  /** Everything else in the folder (a source.txt, notes, hidden files), as paths inside it. */
  otherFiles: string[];
}

/** Thrown when the review named does not exist in the content folder. */
export class MissingReviewError extends UserError {
  constructor(reviewsDir: string, review: string, known: string[]) {
    super(
      `${reviewsDir} 中没有材料“${review}”（现有：${known.join('、') || '没有任何材料'}）。\n  改法：材料代号是 content/reviews/ 下的文件夹名；检查拼写，或先用 npm run import 导入这份材料。`,
    );
    this.name = 'MissingReviewError';
  }
}

/** The review folders in `reviewsDir`, by name; hidden ones (an import's leftovers) left out. */
export function listReviews(reviewsDir: string): Promise<string[]> {
  return listDocumentFolders(reviewsDir);
}

/**
 * Reads one review folder; `MissingReviewError` when there is none of that name, a `ContentError`
 * listing every content file that cannot be read as it is (not UTF-8, not a file).
 */
export async function readReviewFolder(reviewsDir: string, review: string): Promise<ReviewFolder> {
  const known = await listReviews(reviewsDir);
  if (!known.includes(review)) throw new MissingReviewError(reviewsDir, review, known);
  const folder = join(reviewsDir, review);
  const files: ContentFile[] = [];
  const otherFiles: string[] = [];
  const problems: ContentProblem[] = [];
  for (const path of await listFolder(folder)) {
    const file = contentFileIn(path);
    if (!file) {
      otherFiles.push(path);
      continue;
    }
    const read = await readContentText(join(folder, path), `${folder}/${path}`);
    if ('problem' in read) problems.push(read.problem);
    else files.push({ ...file, path, text: read.text });
  }
  if (problems.length > 0) throw new ContentError(problems);
  return { review, folder, files, otherFiles };
}

/**
 * Every file of a folder (hidden ones too) and every empty folder in it, as `/`-separated paths:
 * what a rewrite of the folder must carry over.
 */
async function listFolder(folder: string, prefix = ''): Promise<string[]> {
  const paths: string[] = [];
  const entries = await readdir(join(folder, prefix), { withFileTypes: true });
  for (const entry of entries.sort((a, b) => a.name.localeCompare(b.name))) {
    const path = prefix ? `${prefix}/${entry.name}` : entry.name;
    if (!entry.isDirectory()) paths.push(path);
    else {
      const inside = await listFolder(folder, path);
      paths.push(...(inside.length > 0 ? inside : [path]));
    }
  }
  return paths;
}

/**
 * The relation index of these review folders and the content folder's inspections (see
 * scripts/shared/inspection-files.ts), built as the build builds it; throws the build's
 * `ContentError` listing every problem the build would report. Other reviews are not read, so a
 * finding's `recurs` naming one of them is left to the build.
 */
export function indexReviews(
  folders: readonly ReviewFolder[],
  inspections: readonly CheckedFile[] = [],
): SiteIndex {
  return indexContentFiles(
    [
      ...folders.flatMap(({ review, folder, files }) =>
        files.map((file) => ({ ...file, review, filePath: `${folder}/${file.path}` })),
      ),
      ...inspections,
    ],
    { partial: true },
  );
}
