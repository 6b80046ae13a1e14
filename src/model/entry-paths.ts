import { existsSync } from 'node:fs';
import { relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ID_PATTERN } from './kinds';

/**
 * Where content lives and how file paths become entry ids. Ids are URL segments that people paste
 * into notices, so they come from file and folder names, never from titles, and must be plain ASCII.
 */

/** The folder holding `reviews/` unless `CONTENT_DIR` names another one. */
export const DEFAULT_CONTENT_DIR = './content';

/** The content folder of this build: `CONTENT_DIR` (another site, a test fixture) or `./content`. */
export function contentDir(env: Record<string, string | undefined> = process.env): string {
  return env.CONTENT_DIR || DEFAULT_CONTENT_DIR;
}

/**
 * Astro's cache folder for a content folder. Astro keeps parsed entries in its cache between
 * builds; two content folders sharing one cache would see each other's entries (as duplicates),
 * so every folder other than the default gets a cache of its own.
 */
export function cacheDirFor(dir: string): string | undefined {
  if (dir === DEFAULT_CONTENT_DIR) return undefined;
  const key = dir.replace(/[^A-Za-z0-9]+/g, '-').replace(/^-+|-+$/g, '');
  return `./node_modules/.astro/content-${key}`;
}

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
  if (!ID_PATTERN.test(review))
    throw new ContentPathError(relativePath, `the review folder name "${review}"`);
  if (parts.length === 2) return review;
  const stem = (parts.at(-1) ?? '').replace(/\.mdx?$/, '');
  if (!ID_PATTERN.test(stem)) throw new ContentPathError(relativePath, `the file name "${stem}"`);
  return `${review}/${stem}`;
}

/**
 * A `generateId` for the glob loader that also refuses two files with one id (`1-1.md` beside
 * `1-1.mdx`): Astro's own check races when both are new, and one file would silently shadow
 * the other. A claim by a file that no longer exists (renamed while `astro dev` runs) is dropped.
 */
export function uniqueEntryIds(): (options: { entry: string; base: URL }) => string {
  const claimed = new Map<string, string>();
  return ({ entry, base }) => {
    const id = entryIdFromPath(entry);
    const other = claimed.get(id);
    const fileOf = (path: string) =>
      relative(process.cwd(), fileURLToPath(new URL(encodeURI(path), base)));
    if (other !== undefined && other !== entry && existsSync(fileOf(other))) {
      throw new Error(
        `${fileOf(entry)}: the entry id "${id}" is already taken by ${fileOf(other)}. ` +
          'Ids come from file names without their extension; rename or remove one of the two files.',
      );
    }
    claimed.set(id, entry);
    return id;
  };
}

/** Splits a collection id `<review>/<id>` into the review and the id within it. */
export function splitEntryId(collectionId: string): { review: string; id: string } {
  const slash = collectionId.indexOf('/');
  if (slash < 0) return { review: '', id: collectionId };
  return { review: collectionId.slice(0, slash), id: collectionId.slice(slash + 1) };
}
