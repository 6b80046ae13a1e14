/** Permalinks as they leave the site: the absolute URL, and the citation a notice quotes. */

/** The URL to hand out: absolute on `site` when the site's origin is configured, else as given. */
export function absoluteUrl(pathWithBase: string, site: URL | string | undefined): string {
  return site ? new URL(pathWithBase, site).href : pathWithBase;
}

/**
 * How a notice cites an entry: 《材料标题》措施（二）“标题”. The URL follows it after a space when
 * copied, so that the citation reads well even where the link is not clickable.
 */
export function citation(reviewTitle: string, label: string, title: string): string {
  return `《${reviewTitle}》${label}“${title}”`;
}
