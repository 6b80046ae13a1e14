/**
 * Checking the links in a notice against the built site: which URLs point into this site, and
 * whether each leads to a page (directly or through an alias) and to the anchor it names, the
 * reviews' pages and the inspections' (`/inspections/…`) alike; and
 * which only seem to: a user name before `@`, a host that looks like the site's, a hyperlink
 * whose text shows another URL. Reports are in Chinese: they are read by the people who write
 * the notices.
 */
import { KIND_NOUN } from '../../src/model/labels.ts';
import {
  isProblem,
  type ManifestAlias,
  type ManifestEntry,
  type PermalinkManifest,
} from '../../src/permalinks/manifest.ts';
import {
  entryAnchor,
  inspectionsPath,
  parseEntryPath,
  parseProblemPath,
  problemAnchor,
} from '../../src/permalinks/urls.ts';
import { describeHost, disguiseOf, type Disguise } from './disguise.ts';
import { describeMistakes, type WrittenUrl } from './url-in-text.ts';

/** The built site as the checker sees it. */
export interface BuiltSite {
  manifest: PermalinkManifest;
  /** Whether the site has a page or file at a path under its base: `demo/measures/2/`, '' (home). */
  hasPage(path: string): boolean;
  /** The element ids of the page at such a path. */
  idsOf(path: string): ReadonlySet<string>;
}

/** What a URL leads to on the site. */
export interface LinkTarget {
  ok: boolean;
  /** What the URL leads to, or why it leads nowhere. */
  note: string;
}

/** Where a notice names a link: the line (a Word file's paragraph), and whether as a hyperlink. */
export interface LinkPlace {
  /** Absent for a hyperlink in no paragraph. */
  line?: number | undefined;
  /** A hyperlink's target, which the notice's text need not show. */
  hyperlink: boolean;
}

/** A link of a notice: the URL as written and as meant, and where the notice names it. */
export interface NoticeLink extends WrittenUrl, LinkPlace {
  /** For a hyperlink whose text is a URL other than its target: that URL, which its reader sees. */
  shown?: WrittenUrl | undefined;
}

/** A link that points elsewhere, left unchecked. */
export interface SkippedLink {
  /** The URL as the notice has it. */
  written: string;
  /** The URL its writer meant. */
  url: string;
  /** Every place the notice names it, in order. */
  places: LinkPlace[];
  /** Why `written` is not a working URL and what to write instead. */
  fix?: string | undefined;
  /**
   * Why the link does not open what its reader takes it for (a user name before `@`, a host that
   * only looks like the site's, a hyperlink whose text shows another URL), and what to do.
   */
  misleads?: string[] | undefined;
}

export interface LinkReport extends SkippedLink {
  /** Whether the link, as written, opens what it names: `target` is ok, no `fix`, no `misleads`. */
  ok: boolean;
  /**
   * What `url` leads to; for a link that `misleads`, what the URL to write instead leads to, or
   * for a hyperlink that shows another URL, what the hyperlink opens.
   */
  target: LinkTarget;
  /** For a hyperlink that shows another URL: what the URL shown leads to. */
  shownTarget?: LinkTarget | undefined;
  /** Whether a browser following the link leaves this site, which the link only seems to be on. */
  offSite?: boolean | undefined;
}

export interface CheckResult {
  reports: LinkReport[];
  skipped: SkippedLink[];
}

const RELATIVE = 'http://relative.invalid';

/**
 * The path under the site's base (without it) and the anchor a URL names, or undefined when the
 * URL points elsewhere. With the site's origin known, the origin must match. Without it, the
 * path decides: under a base other than `/`, or starting with a review or alias of the site.
 * A percent-escape that is no character leaves its part as written, and is named `undecodable`.
 */
export function locate(
  url: string,
  manifest: PermalinkManifest,
  origin: string | undefined,
): { path: string; fragment: string; undecodable?: string } | undefined {
  let parsed: URL;
  try {
    parsed = new URL(url, RELATIVE);
  } catch {
    return undefined;
  }
  if (!['http:', 'https:'].includes(parsed.protocol)) return undefined;
  const relative = parsed.origin === RELATIVE;
  if (!relative && origin && parsed.origin !== origin) return undefined;
  const base = manifest.base;
  const pathname = parsed.pathname === base.slice(0, -1) ? base : parsed.pathname;
  if (!pathname.startsWith(base)) return undefined;
  const rawPath = pathname.slice(base.length);
  const rawFragment = parsed.hash.slice(1);
  const path = decode(rawPath) ?? rawPath;
  if ((relative || !origin) && base === '/' && !topSegments(manifest).has(path.split('/')[0]!)) {
    return undefined;
  }
  const fragment = decode(rawFragment) ?? rawFragment;
  const undecodable = undecodableEscape(rawPath) ?? undecodableEscape(rawFragment);
  return undecodable ? { path, fragment, undecodable } : { path, fragment };
}

function decode(part: string): string | undefined {
  try {
    return decodeURIComponent(part);
  } catch {
    return undefined;
  }
}

/** The first run of percent-escapes in a part that is no UTF-8 text (`%E6%8E`, cut short). */
function undecodableEscape(part: string): string | undefined {
  if (decode(part) !== undefined) return undefined;
  return part.match(/(?:%[0-9A-Fa-f]{2})+|%/g)?.find((run) => decode(run) === undefined);
}

/** `inspections`: the first path segment of every inspection's page. */
const INSPECTIONS = inspectionsPath().slice(1, -1);

/** First path segments under the base that belong to the site: its reviews, inspections, aliases. */
function topSegments(manifest: PermalinkManifest): Set<string> {
  const under = (url: string) => pathOf(url).slice(manifest.base.length).split('/')[0]!;
  return new Set([
    ...manifest.reviews.map((r) => r.review),
    ...(manifest.inspections?.length ? [INSPECTIONS] : []),
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
): LinkTarget | undefined {
  const { manifest } = site;
  const located = locate(url, manifest, origin);
  if (!located) return undefined;
  if (located.undecodable) {
    return {
      ok: false,
      note: `网址中的“${located.undecodable}”不是完整的百分号编码（可能复制时漏了字符），浏览器打不开：请从网站上重新复制这个网址`,
    };
  }
  let { path } = located;
  const { fragment } = located;
  // Servers add a missing trailing slash to a folder's address, so /measures/2 reaches the page.
  if (path !== '' && !path.endsWith('/') && !site.hasPage(path) && site.hasPage(`${path}/`)) {
    path = `${path}/`;
  }
  const full = manifest.base + path;
  const alias = manifest.aliases.find((a) => pathOf(a.url) === full);
  if (alias) return checkAlias(alias, fragment, site);
  if (!site.hasPage(path)) return { ok: false, note: missingPage(full, manifest) };
  const what = describePage(full, manifest);
  if (fragment && !site.idsOf(path).has(fragment)) {
    return {
      ok: false,
      note: `${what}页面上没有“#${fragment}”这个位置${anchorsOf(full, path, fragment, site)}`,
    };
  }
  const entries = entriesOn(path, manifest);
  if (
    fragment &&
    !entries.some((e) => fragment === e.anchor || fragment.startsWith(`${e.anchor}-item-`))
  ) {
    // A block's former anchor, which the page keeps so that old links still find it.
    const moved = manifest.aliases.find(
      (a) => a.formerAnchor === fragment && entries.some((e) => pathOf(e.url) === pathOf(a.target)),
    );
    if (moved) {
      const now = isProblem(moved) ? problemAnchor(moved.id) : entryAnchor(moved.kind, moved.id);
      return {
        ok: true,
        note: `${what}中的${describe(moved)}（“#${fragment}”是它原来的位置，仍然有效；它现在的锚点是 #${now}，建议改用）`,
      };
    }
  }
  return { ok: true, note: fragment ? describeAnchor(fragment, what, entries) : what };
}

/**
 * The entries whose blocks a page under the base may hold: a review's on the review's pages, an
 * inspection's feedback problems on the inspection's.
 */
function entriesOn(path: string, manifest: PermalinkManifest): ManifestEntry[] {
  const [first, second] = path.split('/');
  return manifest.entries.filter((e) =>
    isProblem(e) ? first === INSPECTIONS && e.inspection === second : e.review === first,
  );
}

/** The inspection whose feedback page is at `full` (a path with the base). */
const inspectionAt = (full: string, manifest: PermalinkManifest) =>
  manifest.inspections?.find((i) => pathOf(i.url) === full);

/**
 * The anchors a fragment missing from a page should name: on an entry's page, its numbered points;
 * on an inspection's page, its problems, or the one that had the fragment as its former anchor.
 */
function anchorsOf(full: string, path: string, fragment: string, site: BuiltSite): string {
  const { manifest } = site;
  const entry = manifest.entries.find((e) => pathOf(e.url) === full);
  if (entry) {
    const points = [...site.idsOf(path)].filter((id) => id.startsWith(`${entry.anchor}-item-`));
    return points.length > 0
      ? `（这一条的分项：${points.map((id) => `#${id}`).join('、')}）`
      : '（这一条没有分项：去掉“#”及其后的字符，即打开这一条）';
  }
  if (!inspectionAt(full, manifest)) return '';
  const moved = manifest.aliases.find(
    (a) => isProblem(a) && a.formerAnchor === fragment && pathOf(a.url).startsWith(full),
  );
  if (moved) {
    return `（这是${describe(moved)}原来的位置，它现在的锚点是 #${problemAnchor(moved.id)}）`;
  }
  const ids = site.idsOf(path);
  const problems = entriesOn(path, manifest).filter((e) => ids.has(e.anchor));
  return problems.length > 0
    ? `（这份反馈意见中各问题的位置：${problems.map((e) => `#${e.anchor}`).join('、')}）`
    : '';
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
  for (const inspection of manifest.inspections ?? []) {
    if (full === pathOf(inspection.url)) return `《${inspection.title}》`;
    if (full === pathOf(inspection.report)) return `《${inspection.title}》的整改进展情况报告`;
  }
  if (full === `${manifest.base}${INSPECTIONS}/`) return '巡察反馈（全部巡察的反馈意见）';
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

function checkAlias(alias: ManifestAlias, fragment: string, site: BuiltSite): LinkTarget {
  const targetPath = pathOf(alias.target).slice(site.manifest.base.length);
  const former = alias.formerAnchor;
  // The redirect page carries the anchor over the same way: the former id becomes the new one.
  const anchor = isProblem(alias) ? problemAnchor(alias.id) : entryAnchor(alias.kind, alias.id);
  const moved =
    former && (fragment === former || fragment.startsWith(`${former}-item-`))
      ? anchor + fragment.slice(former.length)
      : fragment;
  const target = `${alias.target}${moved ? `#${moved}` : ''}`;
  if (!site.hasPage(targetPath)) {
    return { ok: false, note: `旧网址，应转到 ${target}，但该页面不存在` };
  }
  if (moved && !site.idsOf(targetPath).has(moved)) {
    return {
      ok: false,
      note: `旧网址，转到${describe(alias)}，但该页面上没有“#${moved}”这个位置`,
    };
  }
  return {
    ok: true,
    note: `旧网址，会自动转到${describe(alias)}：${target}（建议改用新网址）`,
  };
}

/**
 * Why a path has no page, with the likely mistake when it looks like an entry's or an
 * inspection's address.
 */
function missingPage(full: string, manifest: PermalinkManifest): string {
  const path = full.slice(manifest.base.length - 1);
  if (path.startsWith(inspectionsPath())) return missingInspectionPage(path, manifest);
  const entry = parseEntryPath(path);
  if (!entry) return '本站没有这个页面';
  const review = manifest.reviews.find((r) => r.review === entry.review);
  if (!review) return `本站没有这个页面：没有代号为“${entry.review}”的材料`;
  const ids = manifest.entries
    .filter((e) => !isProblem(e) && e.review === entry.review && e.kind === entry.kind)
    .map((e) => e.id);
  return `本站没有这个页面：《${review.title}》中没有编号为“${entry.id}”的${KIND_NOUN[entry.kind]}（现有：${ids.join('、') || '无'}）`;
}

/** Why a path under /inspections/ (from the site root) has no page. */
function missingInspectionPage(path: string, manifest: PermalinkManifest): string {
  const inspections = manifest.inspections ?? [];
  if (inspections.length === 0) return '本站没有这个页面：网站中没有巡察的反馈意见';
  const id = path.slice(inspectionsPath().length).split('/')[0]!;
  if (id === '') return '本站没有这个页面';
  const inspection = inspections.find((i) => i.inspection === id);
  if (!inspection) {
    const known = inspections.map((i) => i.inspection).join('、');
    return `本站没有这个页面：没有代号为“${id}”的巡察（现有：${known}）`;
  }
  const problem = parseProblemPath(path);
  if (!problem) return '本站没有这个页面';
  const ids = manifest.entries.filter((e) => isProblem(e) && e.inspection === id).map((e) => e.id);
  return `本站没有这个页面：《${inspection.title}》中没有编号为“${problem.id}”的反馈问题（现有：${ids.join('、') || '无'}）`;
}

/**
 * Checks every link once, in the order the notice names them, by the URL its writer meant: one
 * written wrongly is broken, however its corrected URL fares, and so is one that does not open
 * what its reader takes it for. Links that point elsewhere are listed as skipped.
 */
export function checkLinks(
  links: NoticeLink[],
  site: BuiltSite,
  origin: string | undefined,
): CheckResult {
  const byWriting = new Map<string, NoticeLink[]>();
  for (const link of links) {
    // A hyperlink showing another URL stands apart from the same target linked plainly.
    const key = link.shown ? `${link.written}\n${link.shown.written}` : link.written;
    byWriting.set(key, [...(byWriting.get(key) ?? []), link]);
  }
  const result: CheckResult = { reports: [], skipped: [] };
  for (const named of byWriting.values()) {
    const { written, url } = named[0]!;
    const places = named.map(({ line, hyperlink }) => ({ line, hyperlink }));
    const fix = describeMistakes(named[0]!);
    const verdict = judge(named[0]!, site, origin);
    if (!('target' in verdict)) result.skipped.push({ written, url, places, fix, ...verdict });
    else result.reports.push({ written, url, places, fix, ...verdict, ok: verdict.ok && !fix });
  }
  return result;
}

type Verdict =
  | Pick<LinkReport, 'ok' | 'target' | 'misleads' | 'shownTarget' | 'offSite'>
  | Pick<SkippedLink, 'misleads'>;

/** How a URL poses as the site's, its path deciding when the site's origin is not known. */
const disguiseAt = (url: string, site: BuiltSite, origin: string | undefined) =>
  disguiseOf(url, origin, locate(url, site.manifest, undefined) !== undefined);

/** What a link leads to, and whether to its reader's mind; no target for another site's. */
function judge(link: NoticeLink, site: BuiltSite, origin: string | undefined): Verdict {
  const disguise = disguiseAt(link.url, site, origin);
  if (link.shown) return judgeShown(link, link.shown, disguise, site, origin);
  if (disguise?.posing) {
    const corrected = checkLink(disguise.meant, site, origin) ?? {
      ok: false,
      note: `这个网址不在本站（${origin ?? ''}${site.manifest.base}）之下`,
    };
    return { ok: false, misleads: disguise.why, target: corrected, offSite: disguise.offSite };
  }
  if (disguise) return { misleads: disguise.why };
  const target = checkLink(link.url, site, origin);
  return target ? { ok: target.ok, target } : {};
}

/**
 * A hyperlink whose text shows another URL than it opens: reported when either is the site's (or
 * poses as it), with what each leads to.
 */
function judgeShown(
  link: NoticeLink,
  shown: WrittenUrl,
  disguise: Disguise | undefined,
  site: BuiltSite,
  origin: string | undefined,
): Verdict {
  const shownDisguise = disguiseAt(shown.url, site, origin);
  const shownTarget = shownDisguise ? undefined : checkLink(shown.url, site, origin);
  // A user name before the site's own host still opens the site.
  const opened = disguise?.posing && !disguise.offSite ? disguise.meant : link.url;
  let target = disguise?.offSite ? undefined : checkLink(opened, site, origin);
  // Without the site's origin, any host passes: the one shown is taken for the site's, as the
  // reader takes it, and a target on another host for another site.
  if (!origin && shownTarget && hostOf(link.url) && hostOf(link.url) !== hostOf(shown.url)) {
    target = undefined;
  }
  const misleads = [
    `这个超链接显示的网址是 ${shown.written}，点开的却是 ${link.written}：读者看到的和实际打开的不是同一个网址。请在 Word 或 WPS 中右键单击这个超链接，选“编辑超链接”，让“要显示的文字”和“地址”是同一个网址`,
    ...(disguise?.why ?? []),
  ];
  if (!target && !shownTarget && !disguise?.posing && !shownDisguise?.posing) return { misleads };
  return {
    ok: false,
    misleads,
    target: target ?? elsewhere(link.url),
    shownTarget: shownTarget ?? elsewhere(shown.url),
    offSite: !target,
  };
}

/** The host (and port) of an absolute URL; '' for a relative one. */
function hostOf(url: string): string {
  try {
    return new URL(url).host;
  } catch {
    return '';
  }
}

/** What a URL of another site leads to, as the report names it. */
function elsewhere(url: string): LinkTarget {
  const host = hostOf(url);
  return { ok: false, note: host ? `别的网站 ${describeHost(host)}，不是本站` : '不是本站的网址' };
}
