/**
 * Quality gates on every page type of the seed review and on the fixture sites: accessibility
 * (axe, light and dark), valid HTML, links that resolve, nothing requested from outside the site,
 * no console errors, keyboard reach with visible focus. The sites are served with the strict
 * Content-Security-Policy of the guide, whose every violation Chromium logs as a console error:
 * no page type may break it. A deliberately broken site proves that each gate catches what it is
 * for. (Screenshots to look at: `npm run screenshots`.)
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, inject, it } from 'vitest';
import { sharedBrowser } from '../helpers/browser.ts';
import { withPolicy } from '../helpers/csp.ts';
import { axeViolations, brokenLinks, htmlErrors, tabTo, watchPage } from '../helpers/gates.ts';
import { serveStatic, type StaticServer } from '../../scripts/shared/static-server.ts';

const review = 'xx-minzhengju-2023';
/** One page of each type. */
const PAGE_TYPES: [name: string, path: string][] = [
  ['home', ''],
  ['full-text', `${review}/`],
  ['finding', `${review}/findings/1-1/`],
  ['cause', `${review}/causes/3/`],
  ['measure', `${review}/measures/2/`],
  ['map', `${review}/map/`],
  ['search', `search/?q=${encodeURIComponent('养老服务')}`],
  ['ledger', `${review}/ledger/`],
  ['site-ledger', 'ledger/'],
  ['not-found', '404.html'],
  // Pages of the small fixture, whose measures have their ledger filled in (one overdue).
  ['filled-ledger', 'small:demo-2024/ledger/'],
  ['filled-measure', 'small:demo-2024/measures/1/'],
];
const brokenSite = 'tests/fixtures/broken-site';

let seed: StaticServer;
let small: StaticServer;
let broken: StaticServer;
/** The broken site under the strict policy, which refuses its inline style and outside script. */
let brokenStrict: StaticServer;
let browser: Browser;
/** One tab going from page to page: a new one for each page costs as much again. */
let tab: Page;
let watching: { stop(): void } | undefined;

beforeAll(async () => {
  seed = await serveStatic(inject('seedDist'), '/', withPolicy());
  small = await serveStatic(inject('smallDist'), '/', withPolicy());
  broken = await serveStatic(brokenSite);
  brokenStrict = await serveStatic(brokenSite, '/', withPolicy());
  browser = await sharedBrowser();
  tab = await (await browser.newContext({ viewport: { width: 1280, height: 900 } })).newPage();
});

afterEach(() => {
  watching?.stop();
});

afterAll(async () => {
  await browser.close();
  await seed.close();
  await small.close();
  await broken.close();
  await brokenStrict.close();
});

/**
 * Opens a page in the light scheme, watching what it requests and logs from now until the test
 * ends, and waits until it has settled: the load event, after which no page loads anything
 * more, except the search page, which loads its index and then shows its results.
 */
async function open(url: string) {
  watching?.stop();
  const watched = watchPage(tab, new URL(url).origin);
  watching = watched;
  await tab.emulateMedia({ colorScheme: 'light' });
  await tab.goto(url, { waitUntil: 'load' });
  if (url.includes('/search/?q=')) await tab.waitForSelector('.result-title');
  return { page: tab, ...watched };
}

describe('valid HTML', () => {
  it('has no html-validate errors on any page of the seed and the small fixture', async () => {
    expect(await htmlErrors(inject('seedDist'))).toEqual([]);
    expect(await htmlErrors(inject('smallDist'))).toEqual([]);
  });

  it('is caught when broken', async () => {
    const errors = await htmlErrors(brokenSite);
    expect(errors.some((e) => e.includes('wcag/h37'))).toBe(true); // the image without alt
  });
});

describe('internal links', () => {
  it('all resolve to a page and an element id, with and without a base path', async () => {
    expect(await brokenLinks(inject('seedDist'))).toEqual([]);
    expect(await brokenLinks(inject('smallDist'))).toEqual([]);
    expect(await brokenLinks(inject('deployedDist'), '/zhenggai/')).toEqual([]);
  });

  it('are caught when broken', async () => {
    expect(await brokenLinks(brokenSite)).toEqual([
      '/ → /page/#missing-anchor (no element with id "missing-anchor")',
      '/ → /no-such-page/ (no such page or file)',
    ]);
  });
});

/** The address of a page type: on the seed site, or on the small fixture with a `small:` prefix. */
const urlOf = (path: string) =>
  path.startsWith('small:') ? `${small.url}${path.slice(6)}` : `${seed.url}${path}`;

describe.each(PAGE_TYPES)('the %s page', (_name, path) => {
  it('has no WCAG 2.1 A/AA violations in the light scheme nor in the dark one, requests nothing outside the site, and logs no console error, not even a breach of the strict policy', async () => {
    const { page, external, consoleErrors } = await open(urlOf(path));
    expect.soft(await axeViolations(page), 'light scheme').toEqual([]);
    // The scheme is the style sheet's choice (prefers-color-scheme, color-scheme: light dark), so
    // switching it restyles the page as loading it in the dark scheme would, for a second load's
    // processor time saved.
    await page.emulateMedia({ colorScheme: 'dark' });
    expect.soft(await axeViolations(page, { colours: true }), 'dark scheme').toEqual([]);
    expect(external).toEqual([]);
    expect(consoleErrors).toEqual([]);
  });
});

describe('the browser gates on a broken site', () => {
  it('catch an image without alt, text unreadable in the dark scheme only, an external script and the console error it causes', async () => {
    const { page, external, consoleErrors } = await open(broken.url);
    const light = await axeViolations(page);
    expect(light).toContainEqual(expect.stringMatching(/^image-alt/));
    expect(light).not.toContainEqual(expect.stringMatching(/^color-contrast/));
    await page.emulateMedia({ colorScheme: 'dark' });
    expect(await axeViolations(page, { colours: true })).toContainEqual(
      expect.stringMatching(/^color-contrast .*\["\.faint"\]$/),
    );
    expect(external).toEqual(['https://cdn.example.com/tracker.js']);
    expect(consoleErrors.length).toBeGreaterThan(0);
  });

  it('catch, under the strict policy, the inline style and the outside script it refuses', async () => {
    const { consoleErrors } = await open(brokenStrict.url);
    const refused = consoleErrors.filter((e) => e.includes('Content Security Policy'));
    expect(refused).toContainEqual(expect.stringMatching(/inline style/));
    expect(refused).toContainEqual(expect.stringContaining('https://cdn.example.com/tracker.js'));
  });
});

describe('keyboard', () => {
  async function reach(
    path: string,
    selector: string,
  ): Promise<{ page: Page; reached: boolean; visible: boolean }> {
    const { page } = await open(urlOf(path));
    // Search results and filters appear once the index has loaded, after the load event.
    await page.locator(selector).first().waitFor();
    return { page, ...(await tabTo(page, selector)) };
  }

  it('reaches the header search box with visible focus, and Enter searches', async () => {
    const { page, reached, visible } = await reach(`${review}/causes/1/`, '#site-search-q');
    expect({ reached, visible }).toEqual({ reached: true, visible: true });
    await page.keyboard.type('党课');
    await page.keyboard.press('Enter');
    await page.waitForSelector('.result-title');
  });

  it('reaches search results and the filters with visible focus', async () => {
    const { reached, visible } = await reach(
      `search/?q=${encodeURIComponent('本人')}`,
      '.result-title',
    );
    expect({ reached, visible }).toEqual({ reached: true, visible: true });
    const filters = await reach('search/', '#search-filters input[type="checkbox"]');
    expect({ reached: filters.reached, visible: filters.visible }).toEqual({
      reached: true,
      visible: true,
    });
    await filters.page.keyboard.press('Space');
    await expect.poll(() => decodeURIComponent(filters.page.url())).toContain('材料=');
  });

  it('reaches every node of the map with visible focus, and Enter opens it', async () => {
    const { page, reached, visible } = await reach(`${review}/map/`, 'svg a.node');
    expect({ reached, visible }).toEqual({ reached: true, visible: true });
    const nodes = await page.locator('svg a.node').count();
    for (let i = 1; i < nodes; i++) await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.matches('svg a.node'))).toBe(true);
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/measures\/4\/$/);
  });
});
