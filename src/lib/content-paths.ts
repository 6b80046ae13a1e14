/**
 * Where content lives and how file paths become entry ids. Ids are URL segments that people paste
 * into notices, so they come from file and folder names, never from titles, and must be plain ASCII.
 */

/** The folder holding `reviews/`; `CONTENT_DIR` points the build at another one (tests, benchmarks). */
export const DEFAULT_CONTENT_DIR = './content';

/** The entry kinds of a review, as they appear in folder names and URLs. */
export const KIND_FOLDERS = { finding: 'findings', cause: 'causes', measure: 'measures' } as const;

export type EntryKind = keyof typeof KIND_FOLDERS;

const SLUG = /^[a-z0-9][a-z0-9-]*$/;

/** Thrown when a content file's name cannot become a permanent URL segment. */
export class ContentPathError extends Error {
  constructor(file: string, what: string) {
    super(
      `${file}: ${what} must be lower-case ASCII letters, digits and hyphens (e.g. xx-minzhengju-2023, 1-2), ` +
        'because it becomes part of the permanent URL. Rename the file or folder.',
    );
    this.name = 'ContentPathError';
  }
}

/**
 * The collection id of an entry file, from its path relative to `reviews/`:
 * `<review>/review.mdx` → `<review>`, `<review>/findings/1-2.mdx` → `<review>/1-2`.
 */
export function entryIdFromPath(relativePath: string): string {
  const parts = relativePath.split('/');
  const review = parts[0] ?? '';
  if (!SLUG.test(review)) throw new ContentPathError(relativePath, `the review folder name "${review}"`);
  if (parts.length === 2) return review;
  const stem = (parts.at(-1) ?? '').replace(/\.mdx?$/, '');
  if (!SLUG.test(stem)) throw new ContentPathError(relativePath, `the file name "${stem}"`);
  return `${review}/${stem}`;
}

/** Splits a collection id `<review>/<id>` into the review and the id within it. */
export function splitEntryId(collectionId: string): { review: string; id: string } {
  const slash = collectionId.indexOf('/');
  if (slash < 0) return { review: '', id: collectionId };
  return { review: collectionId.slice(0, slash), id: collectionId.slice(slash + 1) };
}
