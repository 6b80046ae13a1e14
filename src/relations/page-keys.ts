/**
 * Cache keys for Astro's incremental build (`experimental.incrementalBuild`): a page whose
 * `getStaticPaths` entry carries the key it had in the last build is not rendered again, its file
 * is restored from Astro's cache. Every page made per entry, alias or review renders from one plain
 * object, its view model (src/views/), and its key is the digest of that object: the key changes
 * exactly when what the page shows does, and there is no list of a page's inputs to keep up to
 * date. What a view reads from outside the content is in it too (the build date, where a page
 * shows what is overdue). The base path and the site's origin are not: each variant of the site
 * has a cache of its own (model/content-dir.ts).
 *
 * Astro adds its own checks: the page's code (route and components) and the config are unchanged,
 * and so is every MDX module it rendered (the reviews' own text). Pages that show the whole site
 * (home, site ledger, permalinks.json, search) have no `getStaticPaths` and are always rendered.
 */
import { createHash } from 'node:crypto';

/** The cache key of a page that renders from `view`: a digest of its JSON. */
export function pageKey(view: unknown): string {
  return createHash('sha256').update(JSON.stringify(view)).digest('base64url').slice(0, 22);
}
