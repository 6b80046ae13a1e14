/** Search as a reader uses it, in headless Chromium: header box, search page, filters, base path. */
import { cp, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it, onTestFinished } from 'vitest';
import { packageOffline } from '../../scripts/offline/package.ts';
import { queryTerms } from '../../src/search/tokens.ts';
import { sharedBrowser } from '../helpers/browser.ts';
import { serveStatic, type StaticServer } from '../../scripts/shared/static-server.ts';

const review = 'xx-minzhengju-2023';
/** The tab's width and height, Playwright's default, which the phone test changes for itself. */
const DESKTOP = { width: 1280, height: 720 };
let server: StaticServer;
let underBase: StaticServer;
let browser: Browser;
let tab: Page;

beforeAll(async () => {
  server = await serveStatic(inject('seedDist'));
  // The small fixture as deployed under /zhenggai/ (tests/setup/build-sites.ts).
  underBase = await serveStatic(inject('deployedDist'), '/zhenggai/');
  browser = await sharedBrowser();
  tab = await (await browser.newContext({ viewport: DESKTOP })).newPage();
});

afterAll(async () => {
  await browser.close();
  await server.close();
  await underBase.close();
});

/**
 * Opens `url` in the one tab the tests share. A tab going from page to page takes a quarter of
 * the processor time that a new browser context for each page takes (measured on the search page).
 */
async function openPage(url: string): Promise<Page> {
  await tab.goto(url);
  return tab;
}

/**
 * Searches the seed review for `query` from its search page: typed into the search box when the
 * tab is on that page already (with no filter chosen), as a reader searches again, or opened as a
 * link otherwise. Loading the page anew starts Pagefind again, some three times the processor
 * time of a search typed into the page that has it running; the tests of links to a search open
 * them as links.
 */
async function searchFor(query: string): Promise<Page> {
  const here = new URL(tab.url());
  const onSearchPage =
    here.href.startsWith(`${server.url}search/`) &&
    [...here.searchParams.keys()].every((key) => key === 'q');
  if (!onSearchPage) return openPage(`${server.url}search/?q=${encodeURIComponent(query)}`);
  await tab.fill('#search-q', query);
  // The status names each term in quotes once the search for this query has been shown.
  await tab.waitForFunction(
    (marks) => {
      const status = document.querySelector('#search-status')?.textContent ?? '';
      return /包含|只有标点/.test(status) && marks.every((mark) => status.includes(mark));
    },
    queryTerms(query).map((term) => `“${term}”`),
  );
  return tab;
}

/** Waits until the search page has announced its results. */
async function resultsShown(page: Page): Promise<string[]> {
  await page.waitForFunction(() =>
    /个\S+包含|没有\S+同时包含/.test(document.querySelector('#search-status')?.textContent ?? ''),
  );
  return page
    .locator('.result-title')
    .evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''));
}

const statusOf = (page: Page) => page.locator('#search-status').textContent();

describe('searching from the header', () => {
  it('finds 殡仪馆 in finding （一）之一 and opens it with Enter', async () => {
    const page = await openPage(`${server.url}${review}/`);
    await page.fill('#site-search-q', '殡仪馆');
    await page.press('#site-search-q', 'Enter');
    await page.waitForURL(/\/search\/\?q=/);
    expect(decodeURIComponent(new URL(page.url()).search)).toBe('?q=殡仪馆');
    const results = await resultsShown(page);
    expect(results[0]).toBe(`/${review}/findings/1-1/`);
    const first = page.locator('.result-title').first();
    await expect.poll(() => first.textContent()).toContain('问题（一）之一');
    await first.focus();
    await page.keyboard.press('Enter');
    await page.waitForURL(`**/${review}/findings/1-1/`);
    expect(await page.locator('h1').textContent()).toContain('学习领会A总书记');
  });

  it('still leads to the search page without JavaScript', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${server.url}${review}/causes/1/`);
    await page.fill('#site-search-q', '党课');
    await page.press('#site-search-q', 'Enter');
    await page.waitForURL(/\/search\/\?q=/);
    expect(await page.locator('noscript').count()).toBe(1);
    await context.close();
  });
});

describe('the search page', () => {
  it('opens a shared link with its results shown, each with kind, label and review', async () => {
    const page = await openPage(`${server.url}search/?q=${encodeURIComponent('养老服务')}`);
    const results = await resultsShown(page);
    expect(results.sort()).toEqual([
      `/${review}/findings/1-2/`,
      `/${review}/findings/1-3/`,
      `/${review}/measures/2/`,
    ]);
    expect(await page.inputValue('#search-q')).toBe('养老服务');
    const measure = page.locator('.result', {
      has: page.locator(`a[href="/${review}/measures/2/"]`),
    });
    expect(await measure.locator('.result-title').textContent()).toMatch(
      /^措施（二） 强化政治担当/,
    );
    expect(await measure.locator('.result-meta').textContent()).toBe(
      '措施 · XX县民政局长巡察整改专题民主生活会对照检查材料',
    );
    expect(await measure.locator('mark').first().textContent()).toBe('养老服务');
  });

  it('keeps the query in the address bar while typing', async () => {
    const page = await openPage(`${server.url}search/`);
    await page.fill('#search-q', '民主集中制');
    await resultsShown(page);
    expect(decodeURIComponent(new URL(page.url()).search)).toBe('?q=民主集中制');
  });

  it('needs every term literally: characters that only occur apart do not match', async () => {
    const page = await searchFor('殡仪馆 党课');
    expect(await resultsShown(page)).toEqual([]);
    expect(await page.locator('#search-status').textContent()).toBe(
      '没有条目同时包含“殡仪馆”、“党课”。',
    );
  });

  it('needs a term’s punctuation too, which the index does not hold', async () => {
    const search = async (query: string) => {
      const page = await searchFor(query);
      return { results: (await resultsShown(page)).sort(), status: await statusOf(page) };
    };
    expect(await search('不全面、不持续')).toEqual({
      results: [`/${review}/findings/1-1/`],
      status: '1 个条目包含“不全面、不持续”。',
    });
    expect(await search('不全面，不持续')).toEqual({
      results: [],
      status: '没有条目同时包含“不全面，不持续”。',
    });
    // A occurs on four pages (A总书记), (A) on none.
    expect(await search('(A)')).toEqual({ results: [], status: '没有条目同时包含“(A)”。' });
  });

  it('says a query of only punctuation is not searched, and what to type', async () => {
    const page = await searchFor('养老服务');
    await resultsShown(page);
    await page.fill('#search-q', '（）');
    await page.waitForFunction(() =>
      document.querySelector('#search-status')?.textContent.includes('只有标点符号'),
    );
    expect(await statusOf(page)).toBe(
      '“（）”只有标点符号，搜索不能单独查找标点。' +
        '请输入要找的文字或数字；标点可以和文字连在一起输入，例如“问题（一）”。',
    );
    expect(await page.locator('.result').count()).toBe(0);
  });

  it('does not index navigation: a cause title finds the cause, not the findings that list it', async () => {
    const page = await searchFor('敢于担当的精神不够');
    expect(await resultsShown(page)).toEqual([`/${review}/causes/3/`]);
  });

  it('filters by kind, and the filter is part of the link', async () => {
    const page = await searchFor('本人');
    const all = await resultsShown(page);
    await page.getByRole('checkbox', { name: /^措施/ }).check();
    await page.waitForFunction(
      () =>
        document.querySelectorAll('.result-title').length > 0 &&
        [...document.querySelectorAll('.result-title')].every((a) =>
          a.getAttribute('href')?.includes('/measures/'),
        ),
    );
    const measures = await resultsShown(page);
    expect(measures.length).toBeGreaterThan(0);
    expect(measures.length).toBeLessThan(all.length);
    expect(decodeURIComponent(page.url())).toContain('类型=措施');

    // The link opened anew: a fresh page that knows only its address.
    const shared = await openPage(page.url());
    expect((await resultsShown(shared)).sort()).toEqual([...measures].sort());
    expect(await shared.getByRole('checkbox', { name: /^措施/ }).isChecked()).toBe(true);
  });

  it('offers the review, kind, area and status filters', async () => {
    const page = await openPage(`${server.url}search/`);
    await page.waitForSelector('#search-filters fieldset');
    const legends = await page.locator('#search-filters legend').allTextContents();
    expect(legends).toEqual(['材料', '类型', '方面', '状态']);
    const kinds = await page
      .locator('#search-filters fieldset')
      .nth(1)
      .locator('label span:first-of-type')
      .allTextContents();
    expect(kinds).toEqual(['问题', '原因', '措施', '全文']);
    const areas = await page
      .locator('#search-filters fieldset')
      .nth(2)
      .locator('label span:first-of-type')
      .allTextContents();
    expect(areas.map((a) => a.slice(0, 3))).toEqual(['（一）', '（二）', '（三）']);
    // The seed review's ledger is not filled in: all four measures are 未填写.
    const statuses = page.locator('#search-filters fieldset').nth(3).locator('label');
    expect((await statuses.allTextContents()).map((s) => s.replace(/\s+/g, ''))).toEqual([
      '未填写（4）',
    ]);
  });

  it('deep-links into the full text for the review’s own text', async () => {
    const page = await searchFor('通过认真剖析');
    expect(await resultsShown(page)).toEqual([`/${review}/`]);
    const section = page.locator('.sub-results a').first();
    const href = (await section.getAttribute('href')) ?? '';
    expect(href).toMatch(new RegExp(`^/${review}/#.+`));
    expect(await section.textContent()).toBe('二、产生问题的原因分析');
    await section.click();
    const id = decodeURIComponent(href.split('#')[1]!);
    expect(await page.locator(`[id="${id}"]`).textContent()).toBe('二、产生问题的原因分析');
  });
});

describe('filters that say what they do', () => {
  const learning = encodeURIComponent('学习');
  const measures = encodeURIComponent('类型') + '=' + encodeURIComponent('措施');
  /** The count beside a filter value, as the reader sees it: 措施（2）. */
  const countOf = (page: Page, value: string) =>
    page
      .locator('#search-filters label', {
        has: page.locator('.value', { hasText: new RegExp(`^${value}$`) }),
      })
      .locator('.count')
      .textContent();

  it('counts the results the kind filter leaves, naming the kind', async () => {
    const page = await openPage(`${server.url}search/?q=${learning}&${measures}`);
    const results = await resultsShown(page);
    expect(await statusOf(page)).toBe(`${results.length} 个措施包含“学习”。`);
    expect(results.length).toBeGreaterThan(0);
    expect(results.every((href) => href.includes('/measures/'))).toBe(true);
  });

  it('counts each filter value among the current results, the value’s own filter aside', async () => {
    const page = await openPage(`${server.url}search/`);
    await page.waitForSelector('#search-filters fieldset');
    // Before any search: every page of the index (the seed has four measures).
    expect(await countOf(page, '措施')).toBe('（4）');
    await page.fill('#search-q', '学习');
    await page.waitForFunction(() =>
      document.querySelector('#search-status')?.textContent.includes('个条目包含“学习”'),
    );
    const among = (await resultsShown(page)).filter((href) => href.includes('/measures/'));
    expect(await countOf(page, '措施')).toBe(`（${among.length}）`);
    // Choosing 措施 leaves the other kinds' counts: choosing them as well would add as many.
    const findings = await countOf(page, '问题');
    await page.getByRole('checkbox', { name: /^措施/ }).check();
    await page.waitForFunction(() =>
      document.querySelector('#search-status')?.textContent.includes('个措施包含'),
    );
    expect(await countOf(page, '问题')).toBe(findings);
    // Measures have no area: each area is still listed, dimmed and not to be chosen.
    const area = page.locator('#search-filters fieldset').nth(2).getByRole('checkbox').first();
    expect(await area.isDisabled()).toBe(true);
    expect(await page.locator('#search-filters label.empty').count()).toBeGreaterThan(0);
  });

  it('shows a shared link’s filters as chips, on a phone too, and removes them', async () => {
    // The shared tab at a phone's width, rather than a context of its own (a second's processor
    // time): the page is loaded at this width, as on the phone.
    await tab.setViewportSize({ width: 390, height: 800 });
    onTestFinished(() => tab.setViewportSize(DESKTOP));
    const page = await openPage(`${server.url}search/?q=${learning}&${measures}`);
    await resultsShown(page);
    // The panel is folded on a phone; its summary says a filter applies.
    expect(await page.locator('details.filters').getAttribute('open')).toBeNull();
    expect(await page.locator('#search-filters-summary').textContent()).toBe('筛选（已选 1 项）');
    const chip = page.getByRole('button', { name: '取消筛选 类型：措施' });
    expect(await chip.isVisible()).toBe(true);
    expect(await chip.textContent()).toBe('类型：措施×');
    await chip.click();
    await page.waitForFunction(() =>
      document.querySelector('#search-status')?.textContent.includes('个条目包含“学习”'),
    );
    expect(await page.getByRole('button', { name: /^取消筛选/ }).count()).toBe(0);
    expect(decodeURIComponent(new URL(page.url()).search)).toBe('?q=学习');
    expect(await page.locator('#search-filters-summary').textContent()).toBe('筛选');
    // Focus is not lost with the button: it goes back to the search box.
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('search-q');
  });

  it('lists the areas under the review they belong to', async () => {
    const page = await openPage(`${underBase.url}search/?q=${learning}`);
    await resultsShown(page);
    const groups = page.locator('#search-filters fieldset .area-group');
    expect(await groups.locator('legend').allTextContents()).toEqual([
      '另一单位对照检查材料',
      '示例单位班子成员对照检查材料',
    ]);
    expect(await groups.nth(1).locator('.value').allTextContents()).toEqual([
      '（一）学习方面',
      '（二）作风方面',
    ]);
    // A review chosen: its areas keep their counts, the other review's turn to 0.
    await page.getByRole('checkbox', { name: /^示例单位/ }).check();
    await page.waitForFunction(() =>
      document.querySelector('#search-status')?.textContent.includes('已按 材料：示例单位'),
    );
    expect(await groups.nth(0).locator('.count').allTextContents()).toEqual(['（0）']);
    expect(await groups.nth(1).getByRole('checkbox').first().isDisabled()).toBe(false);
  });
});

describe('filters in the offline copy', () => {
  let copy: string;

  beforeAll(async () => {
    // Packaging rewrites the site in place: a copy of its own, beside the offline tests' one.
    copy = await mkdtemp(join(tmpdir(), 'search-offline-'));
    await cp(inject('offlineSmallDist'), copy, { recursive: true });
    await packageOffline(copy, '/');
  });

  afterAll(async () => {
    await rm(copy, { recursive: true, force: true });
  });

  it('counts, shows chips and groups the areas as the site does', async () => {
    const url = `${pathToFileURL(copy).href}/search/index.html`;
    const page = await openPage(`${url}?q=${encodeURIComponent('不够')}&类型=原因`);
    const results = await resultsShown(page);
    expect(results.length).toBeGreaterThan(0);
    expect(await statusOf(page)).toBe(`${results.length} 个原因包含“不够”。`);
    expect(await page.locator('#search-filters-summary').textContent()).toBe('筛选（已选 1 项）');
    expect(await page.locator('#search-filters .area-group legend').allTextContents()).toEqual([
      '另一单位对照检查材料',
      '示例单位班子成员对照检查材料',
    ]);
    await page.getByRole('button', { name: '取消筛选 类型：原因' }).click();
    await page.waitForFunction(() =>
      document.querySelector('#search-status')?.textContent.includes('个条目包含“不够”'),
    );
    expect((await resultsShown(page)).length).toBeGreaterThan(results.length);
  });
});

describe('search under a base path', () => {
  it('finds and opens entries below the base', async () => {
    const page = await openPage(`${underBase.url}demo-2024/`);
    await page.fill('#site-search-q', '殡仪馆');
    await page.press('#site-search-q', 'Enter');
    await page.waitForURL(/\/zhenggai\/search\/\?q=/);
    const results = await resultsShown(page);
    expect(results[0]).toBe('/zhenggai/demo-2024/findings/1-1/');
    await page.locator('.result-title').first().click();
    await page.waitForURL('**/zhenggai/demo-2024/findings/1-1/');
    expect(await page.locator('h1').textContent()).toContain('学习不深入');
  });
});
