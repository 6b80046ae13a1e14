/**
 * Where this build's content lives on disk, and the loader's ids for its files. Node-only: the
 * content config and astro.config.mjs use it, pages and browser code do not.
 */
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { readdir } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { ContentError } from './content-error.ts';
import { entryIdFromPath } from './entry-paths.ts';

/** The folder holding `reviews/` unless `CONTENT_DIR` names another one. */
export const DEFAULT_CONTENT_DIR = './content';

/** The content folder of this build: `CONTENT_DIR` (another site, a test fixture) or `./content`. */
export function contentDir(env: Record<string, string | undefined> = process.env): string {
  return env.CONTENT_DIR || DEFAULT_CONTENT_DIR;
}

/**
 * Astro's cache folder for a content folder and a build variant. Astro keeps parsed entries in its
 * cache between builds; two content folders sharing one cache would see each other's entries (as
 * duplicates), so every folder other than the default gets a cache of its own. It also keeps the
 * pages of the last build there, to copy those that did not change: two variants of one content
 * folder built at once (a base path, the offline copy) would copy each other's pages, so each
 * variant (see `buildVariant`) gets a cache of its own too.
 */
export function cacheDirFor(dir: string, variant = ''): string | undefined {
  const parts = [
    dir === DEFAULT_CONTENT_DIR
      ? ''
      : `content-${dir.replace(/[^A-Za-z0-9]+/g, '-').replace(/^-+|-+$/g, '')}`,
    variant && `variant-${createHash('sha256').update(variant).digest('hex').slice(0, 10)}`,
  ].filter(Boolean);
  return parts.length === 0 ? undefined : `./node_modules/.astro/${parts.join('-')}`;
}

/**
 * The settings from the environment that change every page of a build (the offline copy, a base
 * path, the site's address), as one string: empty for the default site.
 */
export function buildVariant(env: Record<string, string | undefined> = process.env): string {
  const { SITE_VARIANT = '', BASE_PATH = '', SITE_URL = '' } = env;
  return SITE_VARIANT || BASE_PATH || SITE_URL
    ? JSON.stringify([SITE_VARIANT, BASE_PATH, SITE_URL])
    : '';
}

/**
 * The loader's ids of `reviews/` files (paths relative to it), refusing two files with one id
 * (`1-1.md` beside `1-1.mdx`): one would silently shadow the other on the entry's URL. A claim by
 * a file that no longer exists (renamed while `astro dev` runs) is dropped.
 */
export function uniqueEntryIds(reviewsDir: string): (entry: string) => string {
  const claimed = new Map<string, string>();
  const fileOf = (path: string) => relative(process.cwd(), join(reviewsDir, path));
  return (entry) => {
    const id = entryIdFromPath(entry, fileOf(entry));
    const other = claimed.get(id);
    if (other !== undefined && other !== entry && existsSync(join(reviewsDir, other))) {
      throw new ContentError([
        {
          file: fileOf(entry),
          message: `条目编号“${id}”已被 ${fileOf(other)} 使用，两个文件会争用同一个网址`,
          hint: '编号取自去掉扩展名的文件名：给两个文件中的一个改名，或删去一个。',
        },
      ]);
    }
    claimed.set(id, entry);
    return id;
  };
}

/**
 * Every file under the `reviews/` folder, as `/`-separated paths relative to it, hidden folders
 * (version control, an import in progress) left out. Empty when the folder does not exist.
 */
export async function listReviewFiles(reviewsDir: string): Promise<string[]> {
  let entries;
  try {
    entries = await readdir(reviewsDir, { recursive: true, withFileTypes: true });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw error;
  }
  return entries
    .filter((entry) => entry.isFile())
    .map((entry) => relative(reviewsDir, join(entry.parentPath, entry.name)).split(sep).join('/'))
    .filter(
      (path) =>
        !path
          .split('/')
          .slice(0, -1)
          .some((folder) => folder.startsWith('.')),
    )
    .sort();
}

/**
 * The hidden folders of `reviews/` (`.demo/`) that hold a review file: the site skips them like
 * every hidden folder, but one holding a review is more likely hidden by mistake than on purpose.
 * The importer's own folders (`.<review>.import-new` …) are left out.
 */
export async function hiddenReviewFolders(reviewsDir: string): Promise<string[]> {
  let entries;
  try {
    entries = await readdir(reviewsDir, { withFileTypes: true });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw error;
  }
  return entries
    .filter((e) => e.isDirectory() && e.name.startsWith('.') && !/\.import[-.]/.test(e.name))
    .filter((e) => ['review.mdx', 'review.md'].some((f) => existsSync(join(reviewsDir, e.name, f))))
    .map((e) => e.name)
    .sort();
}
