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
import { decodeFilterTable, FILTER_TABLE_FILE } from '../../../src/search/filter-table.ts';

const page = (body: string) =>
  `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>页</title></head><body>${body}</body></html>`;

let site: string;
const folders: string[] = [];

afterEach(async () => {
  await Promise.all(folders.splice(0).map((f) => rm(f, { recursive: true, force: true })));
});

const tempFolder = async () => {
  const folder = await mkdtemp(join(tmpdir(), 'pagefind-test-'));
  folders.push(folder);
  return folder;
};

/**
 * Writes `pages` (path → HTML) into a fresh folder and runs the hooks over it, as a build does;
 * with `cacheDir`, as a build whose Astro cache is there.
 */
async function buildDone(
  pages: Record<string, string>,
  cacheDir?: string,
): Promise<{ info: string[] }> {
  site = await tempFolder();
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
  const { hooks } = pagefindIntegration();
  if (cacheDir) {
    const configDone = hooks['astro:config:done']!;
    await configDone({
      config: { cacheDir: pathToFileURL(`${cacheDir}/`) },
    } as unknown as Parameters<typeof configDone>[0]);
  }
  const hook = hooks['astro:build:done']!;
  await hook({ dir: pathToFileURL(`${site}/`), logger } as unknown as Parameters<typeof hook>[0]);
  return { info };
}

/** Pagefind's id of every page in the written index, by URL (one gzipped fragment per page). */
async function indexedIds(): Promise<Map<string, string>> {
  const fragments = join(site, 'pagefind', 'fragment');
  const ids = new Map<string, string>();
  for (const file of await readdir(fragments)) {
    const text = gunzipSync(await readFile(join(fragments, file))).toString('utf8');
    const { url } = JSON.parse(text.replace(/^pagefind_dcd/, '')) as { url: string };
    ids.set(url, file.replace('.pf_fragment', ''));
  }
  return ids;
}

/** The URL of every page in the written index. */
async function indexedUrls(): Promise<string[]> {
  return [...(await indexedIds()).keys()].sort();
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

  it('writes each page’s filters beside the index, by the id Pagefind gave the page', async () => {
    await buildDone({
      'a/index.html': page(
        '<main data-pagefind-body data-search-filters="类型[data-kind], 来源:网站" data-kind="问题"><p>殡仪馆</p></main>',
      ),
      'b/index.html': page(
        '<main data-pagefind-body data-search-filters="类型[data-kind]" data-kind="措施 &amp; 制度"><p>养老</p></main>',
      ),
      'c/index.html': page('<main data-pagefind-body><p>全文</p></main>'),
    });
    const table = decodeFilterTable(
      JSON.parse(await readFile(join(site, 'pagefind', FILTER_TABLE_FILE), 'utf8')),
    );
    const byUrl = [...(await indexedIds())].map(([url, id]) => [url, table.get(id)]);
    expect(Object.fromEntries(byUrl)).toEqual({
      '/a/': { 类型: ['问题'], 来源: ['网站'] },
      '/b/': { 类型: ['措施 & 制度'] },
      '/c/': {},
    });
    // Pagefind itself has no filters to load.
    expect(existsSync(join(site, 'pagefind', 'filter'))).toBe(false);
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

  it('copies the last index when the pages hand Pagefind the same, the files it would write', async () => {
    const cache = await tempFolder();
    const measure = (status: string, text: string) =>
      page(
        `<main data-pagefind-body data-search-filters="类型[data-kind], 状态[data-status]" data-kind="措施" data-status="${status}"><p>${text}</p></main><aside>整改状态：${status}</aside>`,
      );
    /** The index's files, less the filter table each build writes anew. */
    const bundle = async () => {
      const folder = join(site, 'pagefind');
      const files = (await readdir(folder, { recursive: true }))
        .filter((f) => f !== FILTER_TABLE_FILE)
        .sort();
      return new Map(
        await Promise.all(
          files.map(async (f) => [f, await readFile(join(folder, f)).catch(() => null)] as const),
        ),
      );
    };
    const first = await buildDone({ 'm/1/index.html': measure('推进中', '建立台账') }, cache);
    expect(first.info).toEqual([expect.stringMatching(/^Indexed 1 pages/)]);
    const written = await bundle();

    // Only what the index leaves out changed (the status, a filter): the last index, byte for
    // byte, and the new status in the table beside it.
    const second = await buildDone({ 'm/1/index.html': measure('已完成', '建立台账') }, cache);
    expect(second.info).toEqual([
      expect.stringMatching(/^搜索索引未变，沿用上次的索引（1 个页面，[\d.]+ 秒）。$/),
    ]);
    expect(await bundle()).toEqual(written);
    const table: unknown = JSON.parse(
      await readFile(join(site, 'pagefind', FILTER_TABLE_FILE), 'utf8'),
    );
    expect([...decodeFilterTable(table).values()]).toEqual([{ 类型: ['措施'], 状态: ['已完成'] }]);

    // The indexed text changed: indexed anew, and that index is kept for the next build.
    const third = await buildDone({ 'm/1/index.html': measure('已完成', '建立制度') }, cache);
    expect(third.info).toEqual([expect.stringMatching(/^Indexed 1 pages/)]);
    expect(await bundle()).not.toEqual(written);
    const fourth = await buildDone({ 'm/1/index.html': measure('推进中', '建立制度') }, cache);
    expect(fourth.info).toEqual([expect.stringMatching(/^搜索索引未变/)]);
  });

  it('indexes anew when a file of the kept index is missing', async () => {
    const cache = await tempFolder();
    const pages = { 'index.html': page('<main data-pagefind-body><p>整改</p></main>') };
    await buildDone(pages, cache);
    await rm(join(cache, 'search-index', 'pagefind', 'pagefind-entry.json'));
    const { info } = await buildDone(pages, cache);
    expect(info).toEqual([expect.stringMatching(/^Indexed 1 pages/)]);
    expect(existsSync(join(site, 'pagefind', 'pagefind-entry.json'))).toBe(true);
  });
});
