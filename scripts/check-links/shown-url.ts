/**
 * A hyperlink whose text is a URL: its reader takes it for that URL, and clicking it opens its
 * target, which Word lets differ (a link copied and its text retyped, or one made to mislead).
 */
import { findUrls, readUrl, type WrittenUrl } from './url-in-text.ts';

/** A URL as a browser parses it, without the trailing slash that servers add to a folder's. */
function normalised(url: string, base?: string): string | undefined {
  try {
    const parsed = new URL(url, base);
    parsed.pathname = parsed.pathname.replace(/(.)\/$/, '$1');
    return parsed.href;
  } catch {
    return undefined;
  }
}

/**
 * Whether a link that opens `target` opens the URL its text shows: the same as a browser parses
 * them (letter case of the host, a default port, Chinese and its percent-encoding), a trailing
 * slash aside. A relative target is read against the URL shown.
 */
export function sameAddress(shown: string, target: string): boolean {
  const a = normalised(shown);
  return a === undefined ? shown === target : a === normalised(target, shown);
}

/** The URL a hyperlink's text shows, when it is not the one the hyperlink opens. */
export function shownUrl(text: string, href: string): WrittenUrl | undefined {
  const target = readUrl(href.trim()).url;
  return findUrls(text).find((shown) => !sameAddress(shown.url, target));
}
