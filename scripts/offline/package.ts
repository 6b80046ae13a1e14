/**
 * Turns a built site into the copy opened from disk, in place: every page's links relative and
 * naming files, stylesheets' references relative, scripts classic, and the search index written
 * as a script beside the search page. Reports the links that lead to no file of the package
 * (evidence on an intranet server, say), which a reader of the copy cannot open.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { join, posix } from 'node:path';
import {
  OFFLINE_INDEX_FILE,
  OFFLINE_INDEX_GLOBAL,
  type OfflineIndex,
  type OfflineRecord,
} from '../../src/search/offline-index.ts';
import { makeScriptsClassic } from './classic-scripts.ts';
import { offlinePage, pageHtml } from './offline-page.ts';
import { relativeCssUrls, targetFile } from './relative-urls.ts';
import { searchRecord } from './search-record.ts';
import { listFiles } from '../shared/files.ts';

/** The search page (the site's `/search/`), which loads the shipped index. */
export const SEARCH_PAGE = 'search/index.html';

/** A link of the package that names no file in it. */
export interface MissingLink {
  page: string;
  link: string;
}

export interface PackageResult {
  pages: number;
  /** Pages in the search index. */
  indexed: number;
  /** Bytes of the search index script. */
  indexBytes: number;
  missing: MissingLink[];
}

/** The index as a script that hands it to the search page: `window.<global> = {…};`. */
export function indexScript(index: OfflineIndex): string {
  // JSON is JavaScript, but for these two line separators in older engines.
  const json = JSON.stringify(index)
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
  return `window.${OFFLINE_INDEX_GLOBAL} = ${json};\n`;
}

/** Makes the site built into `siteDir` (under `base`) fit to open from disk. */
export async function packageOffline(siteDir: string, base: string): Promise<PackageResult> {
  const files = await listFiles(siteDir);
  const present = new Set(files);
  present.add(posix.join(posix.dirname(SEARCH_PAGE), OFFLINE_INDEX_FILE));
  const records: OfflineRecord[] = [];
  const scripts = new Set<string>();
  const missing: MissingLink[] = [];
  let pages = 0;
  for (const file of files) {
    if (file.endsWith('.css')) {
      const css = await readFile(join(siteDir, file), 'utf8');
      await writeFile(join(siteDir, file), relativeCssUrls(file, css, base));
      continue;
    }
    if (!file.endsWith('.html')) continue;
    const html = await readFile(join(siteDir, file), 'utf8');
    const page = offlinePage(html, file, base, file === SEARCH_PAGE ? [OFFLINE_INDEX_FILE] : []);
    const record = searchRecord(page.tree, posix.relative(posix.dirname(SEARCH_PAGE), file));
    if (record) records.push(record);
    for (const src of page.scripts) scripts.add(src.slice(base.length));
    for (const link of page.links) {
      if (!present.has(targetFile(file, link))) missing.push({ page: file, link });
    }
    await writeFile(join(siteDir, file), pageHtml(page));
    pages += 1;
  }
  await makeScriptsClassic(siteDir, [...scripts].sort());
  const script = indexScript({ records });
  await writeFile(join(siteDir, posix.dirname(SEARCH_PAGE), OFFLINE_INDEX_FILE), script);
  return {
    pages,
    indexed: records.length,
    indexBytes: Buffer.byteLength(script),
    missing,
  };
}
