/**
 * What a reader's first search costs in bytes: a fresh browser opens /search/?q=… and everything
 * requested until the results are announced is summed, the Pagefind index chunks included.
 */
import { gzipSync } from 'node:zlib';
import type { Request } from 'playwright-core';
import { launchBrowser } from '../../scripts/shared/chromium.ts';
import { serveStatic } from '../../scripts/shared/static-server.ts';
import { FILTER_TABLE_FILE } from '../../src/search/filter-table.ts';

export interface SearchTransfer {
  query: string;
  /** The search page's announcement, e.g. 331 个条目包含“养老服务”。 */
  status: string;
  /** Milliseconds from asking for the page to the announcement, on the local server. */
  milliseconds: number;
  requests: number;
  /** Response bodies as the local server sent them (uncompressed). */
  bytes: number;
  /** The same responses as a server with gzip on sends them; Pagefind's files are gzip already. */
  gzipBytes: number;
  /** Bytes (gzip) of the Pagefind index: entry, meta, wasm, filters, index chunks, fragments. */
  pagefindGzipBytes: number;
  /** The Pagefind bytes (gzip) by kind of file (see `pagefindPart`), to tell what grows. */
  pagefindParts: Record<string, number>;
}

/**
 * The kind of a file of the index folder by its path: index, fragment, filter, meta, wasm or
 * script, or the site's own filter table.
 */
export function pagefindPart(pathname: string): string {
  const name = pathname.replace(/^.*\/pagefind\//, '');
  if (name === FILTER_TABLE_FILE) return 'filter-table';
  if (/^(index|fragment|filter)\//.test(name)) return name.slice(0, name.indexOf('/'));
  if (name.endsWith('.pf_meta')) return 'meta';
  if (name.includes('wasm')) return 'wasm';
  return 'script';
}

/** Serves `distDir`, searches for `query` in headless Chromium and measures the transfer. */
export async function firstSearchTransfer(distDir: string, query: string): Promise<SearchTransfer> {
  const server = await serveStatic(distDir);
  const browser = await launchBrowser();
  try {
    const context = await browser.newContext(); // an empty cache, as on a first visit
    const page = await context.newPage();
    const requests: Request[] = [];
    page.on('request', (request) => requests.push(request));
    const started = performance.now();
    await page.goto(`${server.url}search/?q=${encodeURIComponent(query)}`);
    await page.waitForFunction(
      () => /个条目包含|没有条目/.test(document.querySelector('#search-status')?.textContent ?? ''),
      undefined,
      { timeout: 60_000 },
    );
    const milliseconds = Math.round(performance.now() - started);
    const status = (await page.locator('#search-status').textContent()) ?? '';
    const requested = [...requests];
    let bytes = 0;
    let gzipBytes = 0;
    let pagefindGzipBytes = 0;
    const pagefindParts: Record<string, number> = {};
    for (const request of requested) {
      const response = await request.response();
      if (!response) continue;
      const body = await response.body();
      const gzip = isGzip(body) ? body.length : gzipSync(body).length;
      bytes += body.length;
      gzipBytes += gzip;
      const { pathname } = new URL(request.url());
      if (pathname.startsWith('/pagefind/')) {
        pagefindGzipBytes += gzip;
        const part = pagefindPart(pathname);
        pagefindParts[part] = (pagefindParts[part] ?? 0) + gzip;
      }
    }
    await context.close();
    return {
      query,
      status,
      milliseconds,
      requests: requested.length,
      bytes,
      gzipBytes,
      pagefindGzipBytes,
      pagefindParts,
    };
  } finally {
    await browser.close();
    await server.close();
  }
}

function isGzip(body: Buffer): boolean {
  return body[0] === 0x1f && body[1] === 0x8b;
}
