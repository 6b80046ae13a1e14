/**
 * Search quality on the seed review, in real Chromium against the real index. Ground truth comes
 * from literal substring matching over the entry pages' indexed text, independent of Pagefind:
 * recall must be 100 % (every entry holding every term is found) and precision@5 at least 0.97.
 */
import { readFile } from 'node:fs/promises';
import * as cheerio from 'cheerio';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { queryTerms } from '../../src/search/tokens.ts';
import { sharedBrowser } from '../helpers/browser.ts';
import { indexedText, listPages } from '../helpers/html.ts';
import { serveStatic, type StaticServer } from '../../scripts/shared/static-server.ts';
import { SEED_QUERIES } from './search-queries.ts';

const dist = inject('seedDist');
const ENTRY_PAGE = /\/(findings|causes|measures)\/[^/]+\/$/;

let server: StaticServer;
let browser: Browser;
let page: Page;
/** Indexed text of every page that is in the index, by URL path. */
const texts = new Map<string, string>();

beforeAll(async () => {
  for (const [url, file] of await listPages(dist)) {
    const $ = cheerio.load(await readFile(file, 'utf8'));
    if ($('[data-pagefind-body]').length) texts.set(url, indexedText($));
  }
  server = await serveStatic(dist);
  browser = await sharedBrowser();
  page = await browser.newPage();
  await page.goto(`${server.url}search/`);
});

afterAll(async () => {
  await browser.close();
  await server.close();
});

/** Every result URL for a query, in rank order, read off the search page as a reader sees it. */
async function search(query: string): Promise<string[]> {
  await page.fill('#search-q', query);
  await page.press('#search-q', 'Enter');
  const quoted = queryTerms(query).map((t) => `“${t}”`);
  await page.waitForFunction((marks) => {
    const status = document.querySelector('#search-status')?.textContent ?? '';
    return marks.every((m) => status.includes(m));
  }, quoted);
  const more = page.locator('#search-more');
  while (await more.isVisible()) {
    const count = await page.locator('.result-title').count();
    await more.click();
    await page.waitForFunction((n) => document.querySelectorAll('.result-title').length > n, count);
  }
  return page
    .locator('.result-title')
    .evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''));
}

const containsAll = (text: string, terms: string[]) => terms.every((t) => text.includes(t));

describe('search quality on the seed review', () => {
  it('uses at least 30 realistic queries, each with something to find', () => {
    expect(SEED_QUERIES.length).toBeGreaterThanOrEqual(30);
    for (const query of SEED_QUERIES) {
      const terms = queryTerms(query);
      expect(terms.join('').length, query).toBeGreaterThanOrEqual(2);
      const relevant = [...texts].filter(
        ([url, text]) => ENTRY_PAGE.test(url) && containsAll(text, terms),
      );
      expect(relevant.length, `no entry page contains ${query}`).toBeGreaterThan(0);
    }
  });

  it('finds every entry that contains the query (recall 100 %) and ranks literal matches first (precision@5 ≥ 0.97)', async () => {
    let relevantTotal = 0;
    let foundTotal = 0;
    const precisions: number[] = [];
    const misses: string[] = [];
    for (const query of SEED_QUERIES) {
      const terms = queryTerms(query);
      const relevant = [...texts.keys()].filter(
        (url) => ENTRY_PAGE.test(url) && containsAll(texts.get(url)!, terms),
      );
      const results = await search(query);
      const found = relevant.filter((url) => results.includes(url));
      relevantTotal += relevant.length;
      foundTotal += found.length;
      for (const url of relevant) if (!results.includes(url)) misses.push(`${query} → ${url}`);
      const top = results.slice(0, 5);
      if (top.length > 0) {
        const hits = top.filter((url) => containsAll(texts.get(url) ?? '', terms)).length;
        precisions.push(hits / top.length);
      }
    }
    const recall = foundTotal / relevantTotal;
    const precisionAt5 = precisions.reduce((a, b) => a + b, 0) / precisions.length;
    console.log(
      `search quality over ${SEED_QUERIES.length} queries: recall ${(recall * 100).toFixed(1)} % ` +
        `(${foundTotal}/${relevantTotal}), precision@5 ${precisionAt5.toFixed(3)}`,
    );
    expect(misses).toEqual([]);
    expect(recall).toBe(1);
    expect(precisionAt5).toBeGreaterThanOrEqual(0.97);
  });

  it('does not match a query whose characters only occur apart', async () => {
    // 巡察 and 组 both occur on pages that do not contain 巡察组.
    const apart = [...texts].filter(
      ([, t]) => t.includes('巡察') && t.includes('组') && !t.includes('巡察组'),
    );
    expect(apart.length).toBeGreaterThan(0);
    const results = await search('巡察组');
    for (const [url] of apart) expect(results).not.toContain(url);
  });
});
