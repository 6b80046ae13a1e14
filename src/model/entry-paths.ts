/**
 * File paths ↔ entries, in both directions. An entry's review, kind and id come from where its
 * file lies, never from its title (`<review>/findings/1-2.mdx` is finding 1-2, at
 * `/<review>/findings/1-2/`): ids are URL segments people paste into notices, so they must stay put
 * and be plain ASCII. Everything that asks "which entry is this file" asks here.
 */
import { ContentError } from './content-error.ts';
import { ID_PATTERN, KIND_FOLDERS, type EntryKind } from './kinds.ts';

/** The extensions of a content file: MDX, or plain Markdown. */
const ENTRY_EXTENSION = /\.mdx?$/;

/** The review's own file inside its folder, as the importer writes it (`review.md` is read too). */
export const REVIEW_FILE = 'review.mdx';

const KIND_OF_FOLDER = new Map<string, EntryKind>(
  Object.entries(KIND_FOLDERS).map(([kind, folder]) => [folder, kind as EntryKind]),
);

/** The kind whose entries a folder of a review holds (`measures` → measure). */
export function kindOfFolder(folder: string): EntryKind | undefined {
  return KIND_OF_FOLDER.get(folder);
}

/** A content file inside a review folder: the review itself (id '') or one of its entries. */
export interface ContentFile {
  kind: EntryKind | 'review';
  /** The file name without its extension; '' for the review. Not yet checked against ID_PATTERN. */
  id: string;
}

/**
 * What a path inside a review folder holds (`review.mdx`, `findings/1-2.mdx`); undefined for any
 * other file (a source.txt, notes), which the site does not read.
 */
export function contentFileIn(pathInReview: string): ContentFile | undefined {
  const parts = pathInReview.replaceAll('\\', '/').split('/');
  if (parts.length === 1) {
    return /^review\.mdx?$/.test(parts[0]!) ? { kind: 'review', id: '' } : undefined;
  }
  const [folder = '', file = ''] = parts;
  const kind = parts.length === 2 ? kindOfFolder(folder) : undefined;
  // The content loader's patterns skip hidden files, so a `.1-2.mdx` is no entry of the site.
  if (!kind || !ENTRY_EXTENSION.test(file) || file.startsWith('.')) return undefined;
  return { kind, id: file.replace(ENTRY_EXTENSION, '') };
}

/** The inspection's own file inside its folder (`inspection.md` is read too). */
export const INSPECTION_FILE = 'inspection.mdx';

/** The folder of an inspection that holds its feedback problems, one file each. */
export const PROBLEMS_FOLDER = 'problems';

/** A content file inside an inspection folder: the inspection itself (id '') or a problem. */
export interface InspectionFile {
  kind: 'inspection' | 'problem';
  /** The file name without its extension; '' for the inspection. Not yet checked. */
  id: string;
}

/**
 * What a path inside an inspection folder holds (`inspection.mdx`, `problems/3.mdx`); undefined
 * for any other file (the feedback as received, notes), which the site does not read.
 */
export function inspectionFileIn(pathInInspection: string): InspectionFile | undefined {
  const parts = pathInInspection.replaceAll('\\', '/').split('/');
  if (parts.length === 1) {
    return /^inspection\.mdx?$/.test(parts[0]!) ? { kind: 'inspection', id: '' } : undefined;
  }
  const [folder = '', file = ''] = parts;
  if (parts.length !== 2 || folder !== PROBLEMS_FOLDER) return undefined;
  if (!ENTRY_EXTENSION.test(file) || file.startsWith('.')) return undefined;
  return { kind: 'problem', id: file.replace(ENTRY_EXTENSION, '') };
}

/** Path of an entry inside its review folder: `findings/1-2.mdx`. */
export function entryFilePath(kind: EntryKind, id: string): string {
  return `${KIND_FOLDERS[kind]}/${id}.mdx`;
}

/**
 * The finding, cause or measure a file holds, from its path relative to `reviews/`
 * (`<review>/measures/2.mdx` → measure 2); undefined for review.mdx and for files elsewhere.
 */
export function entryOfFile(
  relativePath: string,
): { review: string; kind: EntryKind; id: string } | undefined {
  const normalised = relativePath.replaceAll('\\', '/');
  const slash = normalised.indexOf('/');
  const review = normalised.slice(0, slash);
  const file = slash > 0 ? contentFileIn(normalised.slice(slash + 1)) : undefined;
  if (!file || file.kind === 'review' || !ID_PATTERN.test(review) || !ID_PATTERN.test(file.id)) {
    return undefined;
  }
  return { review, kind: file.kind, id: file.id };
}

/** Thrown when a content file's name cannot become a permanent URL segment. */
export class ContentPathError extends ContentError {
  constructor(file: string, what: string) {
    super([
      {
        file,
        message: `${what}不能用作永久网址：只能用小写英文字母、数字和连字符（如 xx-minzhengju-2023、1-2）`,
        hint: '给文件或文件夹改名。网址会被抄进通知和督办单，所以由文件名而不是标题决定。',
      },
    ]);
    this.name = 'ContentPathError';
  }
}

/**
 * The collection id of an entry file, from its path relative to `reviews/`:
 * `<review>/review.mdx` → `<review>`, `<review>/findings/1-2.mdx` → `<review>/1-2`. `shownAs` is
 * how an error names the file (its path from the project root).
 */
export function entryIdFromPath(relativePath: string, shownAs = relativePath): string {
  const parts = relativePath.split('/');
  const review = parts[0] ?? '';
  if (!ID_PATTERN.test(review)) throw new ContentPathError(shownAs, `文件夹名“${review}”`);
  if (parts.length === 2) return review;
  const stem = (parts.at(-1) ?? '').replace(ENTRY_EXTENSION, '');
  if (!ID_PATTERN.test(stem)) throw new ContentPathError(shownAs, `文件名“${stem}”`);
  return `${review}/${stem}`;
}

/** Splits a collection id `<review>/<id>` into the review and the id within it. */
export function splitEntryId(collectionId: string): { review: string; id: string } {
  const slash = collectionId.indexOf('/');
  if (slash < 0) return { review: '', id: collectionId };
  return { review: collectionId.slice(0, slash), id: collectionId.slice(slash + 1) };
}
