/**
 * The copy of the site opened from disk (file://), as a reader on a shared drive or a USB stick
 * opens it: links lead to pages, scripts run, search finds with filters, old addresses redirect.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { runInNewContext } from 'node:vm';
import * as cheerio from 'cheerio';
import type { Browser, ConsoleMessage, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { packageOffline, type PackageResult } from '../../scripts/offline/package.ts';
import { createOfflineSearch, type OfflineIndex } from '../../src/search/offline-index.ts';
import { queryTerms } from '../../src/search/tokens.ts';
import { sharedBrowser } from '../helpers/browser.ts';
import { indexedText, listPages } from '../helpers/html.ts';

let browser: Browser;
/** The small fixture built for the offline copy, once for the run; only this file packages it. */
const site = inject('offlineSmallDist');
let root: string;
let result: PackageResult;
/** The tab the tests share: a new one for each test costs as much again. */
let tab: Page;
let stopWatching: (() => void) | undefined;

beforeAll(async () => {
  result = await packageOffline(site, '/');
  root = `${pathToFileURL(site).href}/`;
  browser = await sharedBrowser();
  tab = await browser.newPage();
});

afterAll(async () => {
  await browser.close();
});

/** A page of the package opened from disk, with its script errors collected from now on. */
async function open(path: string): Promise<{ page: Page; errors: string[] }> {
  stopWatching?.();
  const errors: string[] = [];
  const onPageError = (error: Error) => errors.push(error.message);
  const onConsole = (message: ConsoleMessage) => {
    if (message.type() === 'error') errors.push(message.text());
  };
  tab.on('pageerror', onPageError);
  tab.on('console', onConsole);
  stopWatching = () => {
    tab.off('pageerror', onPageError);
    tab.off('console', onConsole);
  };
  await tab.goto(root + path);
  return { page: tab, errors };
}

describe('the offline package', () => {
  it('links only to files it holds', () => {
    expect(result.missing).toEqual([]);
    expect(result.indexed).toBeGreaterThan(0);
  });

  it('is browsed from disk by clicking, styled, with its scripts running', async () => {
    const { page, errors } = await open('index.html');
    // The stylesheet is there: the header has the letterhead red rule.
    expect(
      await page.locator('.site-header').evaluate((el) => getComputedStyle(el).borderTopWidth),
    ).toBe('4px');
    await page.getByRole('link', { name: '阅读全文' }).first().click();
    expect(page.url()).toBe(`${root}demo-2024/index.html`);
    await page.locator('#measure-2-label').click();
    expect(page.url()).toBe(`${root}demo-2024/measures/2/index.html`);
    expect(await page.locator('h1').textContent()).toBe('转变作风');
    // The copy buttons' script ran (they are hidden until it does).
    await expect.poll(() => page.getByRole('button', { name: /复制链接/ }).isVisible()).toBe(true);
    await page.getByRole('link', { name: '查看本材料的整改台账' }).click();
    expect(page.url()).toBe(`${root}demo-2024/ledger/index.html`);
    await page.getByRole('button', { name: '完成时限' }).click();
    expect(await page.locator('th[aria-sort]').textContent()).toBe('完成时限');
    expect(errors).toEqual([]);
  });

  it('searches from the header box and narrows the results with a filter', async () => {
    const { page, errors } = await open('demo-2024/causes/1/index.html');
    await page.fill('#site-search-q', '不够');
    await page.press('#site-search-q', 'Enter');
    await page.waitForURL(/search\/index\.html\?q=/);
    await expect
      .poll(() => page.locator('#search-status').textContent())
      .toMatch(/个条目包含“不够”/);
    const hrefs = () =>
      page
        .locator('.result-title')
        .evaluateAll((links) => links.map((a) => (a as HTMLAnchorElement).href));
    const all = await hrefs();
    expect(all.length).toBeGreaterThan(1);
    await page.getByRole('checkbox', { name: '原因' }).check();
    await expect.poll(async () => (await hrefs()).length).toBeLessThan(all.length);
    const causes = await hrefs();
    expect(causes.length).toBeGreaterThan(0);
    expect(causes.every((href) => href.startsWith(`${root}demo-2024/causes/`))).toBe(true);
    await page.locator('.result-title').first().click();
    expect(page.url()).toMatch(/\/demo-2024\/causes\/\d+\/index\.html$/);
    expect(errors).toEqual([]);
  });

  it('finds exactly the pages whose indexed text holds every term', async () => {
    const script = await readFile(join(site, 'search/search-index.js'), 'utf8');
    const holder: { window: Record<string, OfflineIndex> } = { window: {} };
    runInNewContext(script, holder);
    const search = createOfflineSearch(holder.window.reviewSiteSearchIndex!);
    const texts = new Map<string, string>();
    for (const [url, file] of await listPages(site)) {
      const $ = cheerio.load(await readFile(file, 'utf8'));
      if ($('[data-pagefind-body]').length) texts.set(url, indexedText($));
    }
    for (const query of ['不够', '学习 作风', '好人主义', '“批评”', '没有这个词']) {
      const terms = queryTerms(query);
      const expected = [...texts]
        .filter(([, text]) => terms.every((term) => text.includes(term)))
        .map(([url]) => `..${url}index.html`)
        .sort();
      expect(
        search
          .search(query)
          .map((hit) => hit.record.url)
          .sort(),
        query,
      ).toEqual(expected);
    }
  });

  it('forwards an old address to the entry, its anchor renamed', async () => {
    const { page } = await open('demo-2024/findings/1-3/index.html#finding-1-3-item-2');
    await page.waitForURL(/findings\/2-1\/index\.html/);
    expect(page.url()).toBe(`${root}demo-2024/findings/2-1/index.html#finding-2-1-item-2`);
    expect(await page.locator('h1').textContent()).toBe('作风不实');
  });

  it('forwards an old address without script, by the meta refresh', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${root}older-2022/causes/5/index.html`);
    await page.waitForURL(/demo-2024\/causes\/2\/index\.html$/);
    expect(await page.locator('h1').textContent()).toBe('担当不够');
    await context.close();
  });
});
