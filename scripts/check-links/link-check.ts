/**
 * Checking the links in a notice against the built site: which URLs point into this site, and
 * whether each leads to a page (directly or through an alias) and to the anchor it names.
 * Reports are in Chinese: they are read by the people who write the notices.
 */
import { KIND_NOUN } from '../../src/model/labels';
import type {
  ManifestAlias,
  ManifestEntry,
  PermalinkManifest,
} from '../../src/permalinks/manifest';
import { entryAnchor, parseEntryPath } from '../../src/permalinks/urls';

/** The built site as the checker sees it. */
export interface BuiltSite {
  manifest: PermalinkManifest;
  /** Whether the site has a page or file at a path under its base: `demo/measures/2/`, '' (home). */
  hasPage(path: string): boolean;
  /** The element ids of the page at such a path. */
  idsOf(path: string): ReadonlySet<string>;
}

export interface LinkReport {
  /** The URL as the notice has it. */
  url: string;
  ok: boolean;
  /** What the link leads to, or why it leads nowhere. */
  note: string;
}

export interface CheckResult {
  reports: LinkReport[];
  /** URLs that point elsewhere, left unchecked. */
  skipped: string[];
}

// The characters a URL may hold; a notice's Chinese text and full-width punctuation end it.
const URL_IN_TEXT = /https?:\/\/[A-Za-z0-9\-._~:/?#[\]@!$&'()*+,;=%]+/g;

/** The http(s) URLs written out in a text, without the punctuation that follows them. */
export function findUrls(text: string): string[] {
  return [...text.matchAll(URL_IN_TEXT)].map(([url]) => trimTrailing(url));
}

/** Drops sentence punctuation after a URL, and a closing bracket that has no opening one in it. */
function trimTrailing(url: string): string {
  let end = url.length;
  for (;;) {
    const last = url[end - 1] ?? '';
    const body = url.slice(0, end - 1);
    const unbalanced =
      (last === ')' && count(body, '(') < count(body, ')') + 1) ||
      (last === ']' && count(body, '[') < count(body, ']') + 1);
    if (!('.,;:!?\'"'.includes(last) || unbalanced) || end === 0) break;
    end -= 1;
  }
  return url.slice(0, end);
}

const count = (text: string, char: string) => text.split(char).length - 1;

const RELATIVE = 'http://relative.invalid';

/**
 * The path under the site's base (without it) and the anchor a URL names, or undefined when the
 * URL points elsewhere. With the site's origin known, the origin must match. Without it, the
 * path decides: under a base other than `/`, or starting with a review or alias of the site.
 */
export function locate(
  url: string,
  manifest: PermalinkManifest,
  origin: string | undefined,
): { path: string; fragment: string } | undefined {
  let parsed: URL;
  try {
    parsed = new URL(url, RELATIVE);
  } catch {
    return undefined;
  }
  const relative = parsed.origin === RELATIVE;
  if (!relative && origin && parsed.origin !== origin) return undefined;
  const base = manifest.base;
  const pathname = parsed.pathname === base.slice(0, -1) ? base : parsed.pathname;
  if (!pathname.startsWith(base)) return undefined;
  let path: string;
  let fragment: string;
  try {
    path = decodeURIComponent(pathname.slice(base.length));
    fragment = decodeURIComponent(parsed.hash.slice(1));
  } catch {
    return undefined;
  }
  if ((relative || !origin) && base === '/' && !topSegments(manifest).has(path.split('/')[0]!)) {
    return undefined;
  }
  return { path, fragment };
}

/** First path segments under the base that belong to the site: its reviews and aliases. */
function topSegments(manifest: PermalinkManifest): Set<string> {
  const under = (url: string) => pathOf(url).slice(manifest.base.length).split('/')[0]!;
  return new Set([
    ...manifest.reviews.map((r) => r.review),
    ...manifest.aliases.map((a) => under(a.url)),
    'permalinks.json',
  ]);
}

/** The pathname of a manifest URL, which is absolute when the site's origin was configured. */
const pathOf = (url: string) => new URL(url, RELATIVE).pathname;

const describe = (entry: ManifestEntry | ManifestAlias) => `${entry.label}“${entry.title}”`;

/** Checks one URL; undefined when it does not point into the site. */
export function checkLink(
  url: string,
  site: BuiltSite,
  origin: string | undefined,
): LinkReport | undefined {
  const { manifest } = site;
  const located = locate(url, manifest, origin);
  if (!located) return undefined;
  let { path } = located;
  const { fragment } = located;
  // Servers add a missing trailing slash to a folder's address, so /measures/2 reaches the page.
  if (path !== '' && !path.endsWith('/') && !site.hasPage(path) && site.hasPage(`${path}/`)) {
    path = `${path}/`;
  }
  const full = manifest.base + path;
  const alias = manifest.aliases.find((a) => pathOf(a.url) === full);
  if (alias) return checkAlias(url, alias, fragment, site);
  if (!site.hasPage(path)) return { url, ok: false, note: missingPage(full, manifest) };
  const what = describePage(full, manifest);
  if (fragment && !site.idsOf(path).has(fragment)) {
    return { url, ok: false, note: `${what}页面上没有“#${fragment}”这个位置` };
  }
  const review = path.split('/')[0]!;
  const entries = manifest.entries.filter((e) => e.review === review);
  return { url, ok: true, note: fragment ? describeAnchor(fragment, what, entries) : what };
}

/** What a page of the site is, as the report names it. */
function describePage(full: string, manifest: PermalinkManifest): string {
  const entry = manifest.entries.find((e) => pathOf(e.url) === full);
  if (entry) return describe(entry);
  for (const review of manifest.reviews) {
    const path = pathOf(review.url);
    if (full === path) return `《${review.title}》全文`;
    if (full === `${path}map/`) return `《${review.title}》关系图`;
  }
  return '本站页面';
}

/**
 * The place an anchor names on a page: 措施（一）“…”第2项 on the measure's page, 《…》全文中的
 * 原因（二）“…” on the full text, the bare anchor for any other element.
 */
function describeAnchor(fragment: string, page: string, entries: ManifestEntry[]): string {
  const item = /-item-(\d+(?:-\d+)*)$/.exec(fragment);
  const entry = entries.find((e) => e.anchor === (item ? fragment.slice(0, item.index) : fragment));
  if (!entry) return `${page}，#${fragment}`;
  const [first, ...nested] = item ? item[1]!.split('-') : [];
  const point = first ? `第${first}项${nested.map((n) => `之（${n}）`).join('')}` : '';
  return page === describe(entry) ? `${page}${point}` : `${page}中的${describe(entry)}${point}`;
}

function checkAlias(
  url: string,
  alias: ManifestAlias,
  fragment: string,
  site: BuiltSite,
): LinkReport {
  const targetPath = pathOf(alias.target).slice(site.manifest.base.length);
  const former = alias.formerAnchor;
  // The redirect page carries the anchor over the same way: the former id becomes the new one.
  const moved =
    former && (fragment === former || fragment.startsWith(`${former}-item-`))
      ? entryAnchor(alias.kind, alias.id) + fragment.slice(former.length)
      : fragment;
  const target = `${alias.target}${moved ? `#${moved}` : ''}`;
  if (!site.hasPage(targetPath)) {
    return { url, ok: false, note: `旧网址，应转到 ${target}，但该页面不存在` };
  }
  if (moved && !site.idsOf(targetPath).has(moved)) {
    return {
      url,
      ok: false,
      note: `旧网址，转到${describe(alias)}，但该页面上没有“#${moved}”这个位置`,
    };
  }
  return {
    url,
    ok: true,
    note: `旧网址，会自动转到${describe(alias)}：${target}（建议改用新网址）`,
  };
}

/** Why a path has no page, with the likely mistake when it looks like an entry's address. */
function missingPage(full: string, manifest: PermalinkManifest): string {
  const entry = parseEntryPath(full.slice(manifest.base.length - 1));
  if (!entry) return '本站没有这个页面';
  const review = manifest.reviews.find((r) => r.review === entry.review);
  if (!review) return `本站没有这个页面：没有代号为“${entry.review}”的材料`;
  const ids = manifest.entries
    .filter((e) => e.review === entry.review && e.kind === entry.kind)
    .map((e) => e.id);
  return `本站没有这个页面：《${review.title}》中没有编号为“${entry.id}”的${KIND_NOUN[entry.kind]}（现有：${ids.join('、') || '无'}）`;
}

/** Checks every URL once, in the order found; URLs that point elsewhere are listed as skipped. */
export function checkLinks(
  urls: string[],
  site: BuiltSite,
  origin: string | undefined,
): CheckResult {
  const result: CheckResult = { reports: [], skipped: [] };
  for (const url of new Set(urls)) {
    const report = checkLink(url, site, origin);
    if (report) result.reports.push(report);
    else result.skipped.push(url);
  }
  return result;
}
