/**
 * Links that pose as this site's and are not, or carry what no link in a notice should: a user
 * name before `@` (`https://oa.example.gov.cn@evil.example/…` opens evil.example, and sends what
 * is before `@` as a login name), and a host spelled with letters of other scripts that look like
 * the site's (`оa.example.gov.cn` with a Cyrillic о, which browsers send as
 * `xn--a-0tb.example.gov.cn`). Hosts are compared as a browser parses them (WHATWG URL, IDNA).
 * Said in Chinese, with the URL to write instead.
 */
import { domainToUnicode } from 'node:url';
import { describeLookalikes, lookalikesIn, skeleton } from './confusables.ts';

/** How a link poses as this site's, or carries a user name. */
export interface Disguise {
  /** Why the link does not open what it seems to, and what to write instead: one line a reason. */
  why: string[];
  /** The URL to write instead. */
  meant: string;
  /** Whether the reader takes the link for this site's: else it is another site's, with a user name. */
  posing: boolean;
  /** Whether a browser following the link leaves this site. */
  offSite: boolean;
}

/** A host as the report names it: as its reader sees it, and as browsers send it when that differs. */
export function describeHost(host: string): string {
  const unicode = domainToUnicode(host);
  return unicode && unicode !== host ? `${unicode}（${host}）` : host;
}

const decoded = (part: string) => {
  try {
    return decodeURIComponent(part);
  } catch {
    return part;
  }
};

/** What a user name before `@` names, when it is written as a host: `oa.example.gov.cn`. */
function hostIn(user: string): string | undefined {
  if (!/^[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+$/u.test(user)) return undefined;
  try {
    return new URL(`http://${user}/`).hostname;
  } catch {
    return undefined;
  }
}

/**
 * How a URL poses as this site's, or carries a user name; undefined when it does neither. With
 * the site's origin known, the host (or the user name) must look like the site's; without it,
 * `sitePath` says whether the URL's path is one of the site's, and a host with lookalike letters
 * is taken for the one it looks like.
 */
export function disguiseOf(
  url: string,
  origin: string | undefined,
  sitePath: boolean,
): Disguise | undefined {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return undefined;
  }
  if (!['http:', 'https:'].includes(parsed.protocol)) return undefined;
  const user = [parsed.username, parsed.password].filter(Boolean).map(decoded).join(':');
  const host = domainToUnicode(parsed.hostname) || parsed.hostname;
  const site = origin === undefined ? undefined : new URL(origin);
  const siteHost = site && (domainToUnicode(site.hostname) || site.hostname);
  const lookalike = siteHost
    ? parsed.hostname !== site.hostname && skeleton(host) === skeleton(siteHost)
    : sitePath && lookalikesIn(host).length > 0;
  if (!user && !lookalike) return undefined;

  const rest = `${parsed.pathname}${parsed.search}${parsed.hash}`;
  const userHost = hostIn(decoded(parsed.username));
  let posing: boolean;
  let offSite: boolean;
  let meant: string;
  if (site && siteHost) {
    posing = parsed.origin === origin || lookalike || skeleton(user).includes(skeleton(siteHost));
    offSite = parsed.origin !== origin;
    meant = posing ? `${site.origin}${rest}` : `${parsed.protocol}//${parsed.host}${rest}`;
  } else {
    posing = sitePath;
    // The host the reader takes the link for: the one written before `@`, or the one it looks like.
    const taken = (posing && userHost) || (lookalike ? skeleton(host) : parsed.hostname);
    offSite = taken !== parsed.hostname;
    const port = taken === parsed.hostname && parsed.port ? `:${parsed.port}` : '';
    meant = `${parsed.protocol}//${taken}${port}${rest}`;
  }

  const why: string[] = [];
  if (user) {
    why.push(
      `网址在“@”前带有用户名“${user}”，浏览器只把它当作登录用户名，实际打开的是“@”之后的 ${describeHost(parsed.hostname)}${posing && offSite ? '，不是本站' : ''}：应写作 ${meant}`,
    );
  }
  if (lookalike) {
    const looks = siteHost
      ? `不是本站的 ${describeHost(site.hostname)}，只是看起来像`
      : `只是看起来像 ${skeleton(host)}`;
    // describeHost ends with the form browsers send, in full-width brackets: no space after them.
    why.push(
      `域名 ${describeHost(parsed.hostname)}${looks}：其中${describeLookalikes(host)}，浏览器会打开另一个网站：应写作 ${meant}`,
    );
  }
  return { why, meant, posing, offSite };
}
