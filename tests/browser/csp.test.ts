/**
 * The site served with the strict Content-Security-Policy the guide gives to intranet servers:
 * the features that need script still work, without a single violation. (That every page type
 * loads under the policy without one is a quality gate: tests/browser/quality.test.ts serves
 * every site it checks with it.) When search cannot start (WebAssembly refused, index missing,
 * opened from disk, no script), the search page says why.
 */
import { pathToFileURL } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, describe, expect, inject, it } from 'vitest';
import { serveStatic, type StaticServer } from '../../scripts/shared/static-server.ts';
import { sharedBrowser } from '../helpers/browser.ts';
import { STRICT_CSP, withPolicy } from '../helpers/csp.ts';

let browser: Browser;
/** The small fixture, built once for the run (tests/setup/build-sites.ts). */
const dist = inject('smallDist');
let strict: StaticServer;
let noWasm: StaticServer;
let noScript: StaticServer;

beforeAll(async () => {
  strict = await serveStatic(dist, '/', withPolicy());
  noWasm = await serveStatic(dist, '/', withPolicy(STRICT_CSP.replace(" 'wasm-unsafe-eval'", '')));
  noScript = await serveStatic(
    dist,
    '/',
    withPolicy(STRICT_CSP.replace("script-src 'self'", "script-src 'none'")),
  );
  browser = await sharedBrowser();
});

afterAll(async () => {
  await browser.close();
  await Promise.all([strict.close(), noWasm.close(), noScript.close()]);
});

/**
 * The tab the strict-policy tests share, in a context that records every policy violation of its
 * pages, across navigations (an alias page forwards at once): the `securitypolicyviolation`
 * events, and Chromium's console reports. One tab going from page to page costs a fraction of the
 * processor time of a context for each test. Its clipboard writes are kept on the page instead:
 * the clipboard belongs to the browser, which other test files share (permalinks.test.ts reads it).
 */
async function watchedTab(): Promise<{ page: Page; violations: string[] }> {
  const context = await browser.newContext();
  const violations: string[] = [];
  await context.exposeBinding('reportViolation', (_source, text: string) => {
    violations.push(text);
  });
  await context.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      const page = window as unknown as { reportViolation: (text: string) => void };
      page.reportViolation(`${event.violatedDirective} ${event.blockedURI} (${location.pathname})`);
    });
    navigator.clipboard.writeText = (text: string) => {
      document.documentElement.dataset.copied = text;
      return Promise.resolve();
    };
  });
  context.on('console', (message) => {
    if (/Content Security Policy/i.test(message.text())) violations.push(message.text());
  });
  return { page: await context.newPage(), violations };
}

describe('under a strict Content-Security-Policy', () => {
  let page: Page;
  /** What the policy refused since the test began. */
  let violations: string[];
  beforeAll(async () => {
    const tab = await watchedTab();
    page = tab.page;
    violations = tab.violations;
  });
  beforeEach(() => {
    violations.length = 0;
  });

  it('the copy buttons copy', async () => {
    await page.goto(`${strict.url}demo-2024/measures/2/`);
    await page.getByRole('button', { name: '复制链接：措施（二）' }).click();
    await expect.poll(() => page.getByRole('status').textContent()).toBe('已复制链接');
    expect(await page.locator('html').getAttribute('data-copied')).toBe(
      `${strict.url}demo-2024/measures/2/`,
    );
    expect(violations).toEqual([]);
  });

  it('the ledger sorts and filters', async () => {
    await page.goto(`${strict.url}ledger/`);
    const firstMeasure = () =>
      page.locator('[data-ledger] tbody tr:not([hidden]) th').first().textContent();
    const before = await firstMeasure();
    await page.getByRole('button', { name: '整改措施' }).click();
    await page.getByRole('button', { name: '整改措施' }).click();
    expect(await page.locator('th[aria-sort="descending"]').textContent()).toBe('整改措施');
    expect(await firstMeasure()).not.toBe(before);
    await page.selectOption('[data-filter-status]', '已销号');
    await expect.poll(() => page.locator('[data-shown]').textContent()).toMatch(/^显示 1 \//);
    expect(violations).toEqual([]);
  });

  it('the relation map fades the curves of other boxes, from its own stylesheet', async () => {
    await page.goto(`${strict.url}demo-2024/map/`);
    const other = page.locator('.edge:not(.finding-1-1)').first();
    const opacity = () => other.evaluate((el) => getComputedStyle(el).opacity);
    expect(await opacity()).toBe('0.6');
    await page.locator('#map-finding-1-1').hover();
    await expect.poll(opacity).toBe('0.12');
    expect(violations).toEqual([]);
  });

  it('an old address forwards with its anchor renamed', async () => {
    await page.goto(`${strict.url}demo-2024/findings/1-3/#finding-1-3-item-2`);
    await page.waitForURL(/findings\/2-1\//);
    expect(new URL(page.url()).hash).toBe('#finding-2-1-item-2');
    expect(violations).toEqual([]);
  });
});

describe('when search cannot start, the search page says why', () => {
  /** One tab for the four ways search fails; none of them leaves anything behind for the next. */
  let page: Page;
  beforeAll(async () => {
    page = await browser.newPage();
  });
  const status = () => page.locator('#search-status').textContent();

  it('WebAssembly refused by the policy', async () => {
    await page.goto(`${noWasm.url}search/?q=学习`);
    await expect.poll(status).toContain("'wasm-unsafe-eval'");
  });

  it('the index not deployed, without an error left unhandled', async () => {
    const missing = '**/pagefind/**';
    const uncaught: string[] = [];
    const onError = (error: Error) => uncaught.push(error.message);
    page.on('pageerror', onError);
    await page.route(missing, (route) => route.fulfill({ status: 404, body: '' }));
    await page.goto(`${strict.url}search/?q=学习`);
    await expect.poll(status).toContain('没有找到搜索索引');
    await page.unroute(missing);
    page.off('pageerror', onError);
    expect(uncaught).toEqual([]);
  });

  it('the site opened from disk', async () => {
    await page.goto(`${pathToFileURL(dist).href}/search/index.html`);
    const notice = page.locator('.stalled');
    await expect.poll(() => notice.isVisible()).toBe(true);
    expect(await notice.textContent()).toContain('file://');
  });

  it('no script allowed to run, after a few seconds', async () => {
    await page.goto(`${noScript.url}search/`);
    const notice = page.locator('.stalled');
    expect(await notice.isVisible()).toBe(false);
    await expect.poll(() => notice.isVisible(), { timeout: 6000 }).toBe(true);
  });
});
