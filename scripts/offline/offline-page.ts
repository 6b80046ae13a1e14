/**
 * One built page made fit to open from disk: its site addresses relative and naming files, its
 * module scripts loaded as classic scripts (browsers refuse module scripts from file://), and on
 * the search page the shipped index loaded before the page's script.
 */
import type { Element, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toHtml } from 'hast-util-to-html';
import { visit } from 'unist-util-visit';
import { relativeRefresh, relativeUrl } from './relative-urls.ts';

/** Attributes that hold a site address, by hast property name. `dataUrl`: the copy buttons' URL. */
const URL_PROPERTIES = ['href', 'src', 'action', 'poster', 'dataUrl'] as const;

/** Thrown for a page the offline copy cannot carry as it is. */
export class OfflinePageError extends Error {
  constructor(file: string, message: string) {
    super(`${file}：${message}`);
    this.name = 'OfflinePageError';
  }
}

export interface OfflinePage {
  tree: Root;
  /** The module scripts the page loads, as written in it (`/_astro/x.js`), to be made classic. */
  scripts: string[];
  /** Every relative address the page now links to, to check that the package holds its file. */
  links: string[];
}

function isRefresh(element: Element): boolean {
  const equiv = element.properties.httpEquiv;
  const value = Array.isArray(equiv) ? equiv.join(' ') : typeof equiv === 'string' ? equiv : '';
  return element.tagName === 'meta' && value.toLowerCase() === 'refresh';
}

/**
 * Rewrites the page at `file` (its path inside the site) in place, for a site built under `base`.
 * `beforeScripts` are classic scripts to load ahead of the page's own (the search index).
 */
export function offlinePage(
  html: string,
  file: string,
  base: string,
  beforeScripts: string[] = [],
): OfflinePage {
  const tree = fromHtml(html);
  const scripts: string[] = [];
  const links: string[] = [];
  let head: Element | undefined;
  visit(tree, 'element', (element) => {
    if (element.tagName === 'head') head = element;
    const { properties } = element;
    for (const name of URL_PROPERTIES) {
      const value = properties[name];
      if (typeof value !== 'string') continue;
      // A module script's address is rewritten below, with the script; a classic one (the script
      // that runs before the first paint) stays a classic script, from its file in the copy.
      if (name === 'src' && element.tagName === 'script' && properties.type === 'module') continue;
      const relative = relativeUrl(file, value, base);
      if (relative === undefined) continue;
      properties[name] = relative;
      if (name !== 'dataUrl') links.push(relative);
    }
    if (isRefresh(element) && typeof properties.content === 'string') {
      properties.content = relativeRefresh(file, properties.content, base);
    }
    if (element.tagName === 'script') {
      const { src, type } = properties;
      if (type !== 'module') return;
      if (typeof src !== 'string') {
        throw new OfflinePageError(file, '页面中有内联的模块脚本，离线版无法改为普通脚本。');
      }
      const relative = relativeUrl(file, src, base);
      if (relative === undefined) {
        throw new OfflinePageError(file, `脚本 ${src} 不在本站中。`);
      }
      scripts.push(src);
      links.push(relative);
      // A classic script that waits for the page as a module script does, and runs in the same order.
      delete properties.type;
      properties.src = relative;
      properties.defer = true;
    }
  });
  if (beforeScripts.length > 0) {
    if (!head) throw new OfflinePageError(file, '页面没有 <head>。');
    head.children.unshift(
      ...beforeScripts.map((src): Element => ({
        type: 'element',
        tagName: 'script',
        properties: { src, defer: true },
        children: [],
      })),
    );
    links.push(...beforeScripts);
  }
  return { tree, scripts, links };
}

/** The page as HTML again. */
export function pageHtml(page: OfflinePage): string {
  return toHtml(page.tree);
}
