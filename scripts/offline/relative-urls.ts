/**
 * Site addresses made relative, for the copy of the site opened from disk. On a web server
 * `/xx/measures/2/` is the folder's `index.html`; a browser showing files from disk knows no
 * site root and opens no folder's index, so every link must be a relative path naming a file:
 * `../../measures/2/index.html` from `xx/findings/1-1/index.html`.
 */
import { posix } from 'node:path';

/**
 * The relative form of `url` as written in the page at `fromFile` (a path inside the site,
 * `xx/findings/1-1/index.html`), for a site built under `base` (`/` or `/sub/`). Only addresses
 * of the site change: root-relative paths under the base. Anything else (absolute URLs, `#anchor`,
 * `mailto:`, paths outside the base) comes back undefined and stays as it is.
 */
export function relativeUrl(fromFile: string, url: string, base = '/'): string | undefined {
  if (!url.startsWith(base) || url.startsWith('//')) return undefined;
  const rest = url.slice(base.length);
  const cut = rest.search(/[?#]/);
  const path = cut === -1 ? rest : rest.slice(0, cut);
  const suffix = cut === -1 ? '' : rest.slice(cut);
  const file = path === '' || path.endsWith('/') ? `${path}index.html` : path;
  const relative = posix.relative(posix.dirname(fromFile), file);
  return `${relative === '' ? posix.basename(file) : relative}${suffix}`;
}

/** The file inside the site a relative URL from `fromFile` names, without its query and anchor. */
export function targetFile(fromFile: string, relative: string): string {
  const path = relative.replace(/[?#].*$/s, '');
  return posix.normalize(posix.join(posix.dirname(fromFile), decodeURIComponent(path)));
}

/** A meta refresh's `0; url=/xx/` with its address made relative; other content as it is. */
export function relativeRefresh(fromFile: string, content: string, base = '/'): string {
  return content.replace(
    /^(\s*\d+\s*[;,]\s*url\s*=\s*)(['"]?)([^'"]*)\2\s*$/i,
    (whole, head: string, quote: string, url: string) => {
      const relative = relativeUrl(fromFile, url, base);
      return relative === undefined ? whole : `${head}${quote}${relative}${quote}`;
    },
  );
}

/** A stylesheet's `url(/…)` references made relative to the stylesheet at `fromFile`. */
export function relativeCssUrls(fromFile: string, css: string, base = '/'): string {
  return css.replace(/url\(\s*(['"]?)([^'")]+)\1\s*\)/g, (whole, quote: string, url: string) => {
    const relative = relativeUrl(fromFile, url, base);
    return relative === undefined ? whole : `url(${quote}${relative}${quote})`;
  });
}
