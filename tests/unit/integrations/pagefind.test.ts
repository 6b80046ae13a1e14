/**
 * The Pagefind integration run in-process on a few pages written for the test: its
 * `astro:build:done` hook as Astro calls it, with a logger that records what it prints.
 */
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { gunzipSync } from 'node:zlib';
import type { AstroIntegrationLogger } from 'astro';
import { afterEach, describe, expect, it } from 'vitest';
import { pagefindIntegration, SearchIndexError } from '../../../src/integrations/pagefind.ts';

const page = (body: string) =>
  `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>页</title></head><body>${body}</body></html>`;

let site: string;

afterEach(async () => {
  await rm(site, { recursive: true, force: true });
});

/** Writes `pages` (path → HTML) into a fresh folder and runs the hook over it, as after a build. */
async function buildDone(pages: Record<string, string>): Promise<{ info: string[] }> {
  site = await mkdtemp(join(tmpdir(), 'pagefind-test-'));
  for (const [path, html] of Object.entries(pages)) {
    await mkdir(dirname(join(site, path)), { recursive: true });
    await writeFile(join(site, path), html);
  }
  const info: string[] = [];
  const logger = {
    info: (message: string) => info.push(message),
    warn: () => undefined,
    error: () => undefined,
    debug: () => undefined,
    fork: () => logger,
  } as unknown as AstroIntegrationLogger;
  const hook = pagefindIntegration().hooks['astro:build:done']!;
  await hook({ dir: pathToFileURL(`${site}/`), logger } as unknown as Parameters<typeof hook>[0]);
  return { info };
}

/** The URL of every page in the written index (Pagefind keeps one gzipped fragment per page). */
async function indexedUrls(): Promise<string[]> {
  const fragments = join(site, 'pagefind', 'fragment');
  const urls: string[] = [];
  for (const file of await readdir(fragments)) {
    const text = gunzipSync(await readFile(join(fragments, file))).toString('utf8');
    urls.push((JSON.parse(text.replace(/^pagefind_dcd/, '')) as { url: string }).url);
  }
  return urls.sort();
}

describe('the Pagefind integration', () => {
  it('indexes the pages that mark their body for search, and only those', async () => {
    const { info } = await buildDone({
      'index.html': page('<nav>首页</nav><main><h1>材料列表</h1></main>'),
      'demo/findings/1-1/index.html': page(
        '<main data-pagefind-body><h1>殡仪馆建设滞后</h1></main>',
      ),
      'demo/index.html': page('<main data-pagefind-body><p>全文：养老服务</p></main>'),
      '404.html': page('<main><h1>页面不存在</h1></main>'),
    });
    expect(await indexedUrls()).toEqual(['/demo/', '/demo/findings/1-1/']);
    expect(info).toEqual([expect.stringMatching(/^Indexed 2 pages for search in [\d.]+s\.$/)]);
  });

  it('removes the search UIs Pagefind bundles, which the site does not use', async () => {
    await buildDone({ 'index.html': page('<main data-pagefind-body><p>整改</p></main>') });
    const bundle = await readdir(join(site, 'pagefind'));
    expect(bundle).toContain('pagefind.js');
    expect(bundle.filter((file) => /ui|highlight/.test(file))).toEqual([]);
  });

  it('fails, saying why, on a site where no page is marked for search', async () => {
    const done = buildDone({ 'index.html': page('<main><p>整改</p></main>') });
    await expect(done).rejects.toThrow(SearchIndexError);
    await expect(done).rejects.toThrow(
      'Search index: no page carries data-pagefind-body, so nothing was indexed',
    );
    expect(existsSync(join(site, 'pagefind'))).toBe(false);
  });
});
