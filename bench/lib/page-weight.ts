/** The weight of a built page: its HTML and the CSS and JS files it loads, each as gzip would send it. */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { inlineScriptCount, pageAssetUrls, staticImports } from './page-assets.ts';

export interface PageWeight {
  path: string;
  /** gzip bytes of the HTML, inline styles and scripts included. */
  html: number;
  css: number;
  js: number;
  total: number;
  /** The JS files the page loads, site paths; with `inlineScripts`, all the JavaScript it runs. */
  scripts: string[];
  inlineScripts: number;
}

/** Measures `urlPath` (e.g. `/review-0001/`) of a site built at the root of `distDir`. */
export async function pageWeight(distDir: string, urlPath: string): Promise<PageWeight> {
  const fileOf = (path: string) =>
    join(distDir, decodeURIComponent(path), path.endsWith('/') ? 'index.html' : '');
  const html = await readFile(fileOf(urlPath));
  const weight: PageWeight = {
    path: urlPath,
    html: gzipSize(html),
    css: 0,
    js: 0,
    total: 0,
    scripts: [],
    inlineScripts: inlineScriptCount(html.toString('utf8')),
  };
  const seen = new Set<string>();
  const queue = pageAssetUrls(html.toString('utf8')).map(
    (url) => new URL(url, `http://site${urlPath}`),
  );
  for (let url = queue.shift(); url; url = queue.shift()) {
    if (url.origin !== 'http://site' || seen.has(url.pathname)) continue;
    seen.add(url.pathname);
    const body = await readFile(fileOf(url.pathname));
    if (url.pathname.endsWith('.css')) {
      weight.css += gzipSize(body);
    } else {
      weight.js += gzipSize(body);
      weight.scripts.push(url.pathname);
      for (const specifier of staticImports(body.toString('utf8')))
        queue.push(new URL(specifier, url));
    }
  }
  weight.total = weight.html + weight.css + weight.js;
  return weight;
}

function gzipSize(body: Buffer): number {
  return gzipSync(body).length;
}
