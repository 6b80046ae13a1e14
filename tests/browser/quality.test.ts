/**
 * Quality gates on every page type of the seed review and on the fixture sites: accessibility
 * (axe, light and dark), valid HTML, links that resolve, nothing requested from outside the site,
 * no console errors, keyboard reach with visible focus, and screenshots to look at. A deliberately
 * broken site proves that each gate catches what it is for.
 */
import { mkdir } from 'node:fs/promises';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser } from '../../scripts/shared/chromium';
import { axeViolations, brokenLinks, htmlErrors, tabTo, watchPage } from '../helpers/gates';
import { serveStatic, type StaticServer } from '../../scripts/shared/static-server';

const review = 'xx-minzhengju-2023';
/** One page of each type, with a name for its screenshots. */
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
const SCREENSHOTS = 'test-results/screenshots/quality';
const brokenSite = 'tests/fixtures/broken-site';

let seed: StaticServer;
let small: StaticServer;
let broken: StaticServer;
let browser: Browser;

beforeAll(async () => {
  seed = await serveStatic(inject('seedDist'));
  small = await serveStatic(inject('smallDist'));
  broken = await serveStatic(brokenSite);
  browser = await launchBrowser();
  await mkdir(SCREENSHOTS, { recursive: true });
});

afterAll(async () => {
  await browser.close();
  await seed.close();
  await small.close();
  await broken.close();
});

/** Opens a page and waits until it has settled (search results shown, fonts laid out). */
async function open(url: string, options: { colorScheme?: 'light' | 'dark'; width?: number } = {}) {
  const page = await browser.newPage({
    colorScheme: options.colorScheme ?? 'light',
    viewport: { width: options.width ?? 1280, height: 900 },
  });
  const watched = watchPage(page, new URL(url).origin);
  await page.goto(url, { waitUntil: 'networkidle' });
  if (url.includes('/search/?q=')) await page.waitForSelector('.result-title');
  return { page, ...watched };
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
    expect(await brokenLinks(inject('seedUnderBaseDist'), '/zhenggai/')).toEqual([]);
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

describe.each(PAGE_TYPES)('the %s page', (name, path) => {
  it.each(['light', 'dark'] as const)(
    'has no WCAG 2.1 A/AA violations in the %s scheme',
    async (colorScheme) => {
      const { page } = await open(urlOf(path), { colorScheme });
      expect(await axeViolations(page)).toEqual([]);
      await page.close();
    },
  );

  it('requests nothing outside the site and logs no console error', async () => {
    const { page, external, consoleErrors } = await open(urlOf(path));
    expect(external).toEqual([]);
    expect(consoleErrors).toEqual([]);
    await page.close();
  });

  it('is saved as screenshots at phone and desktop width', async () => {
    for (const width of [390, 1280]) {
      const { page } = await open(urlOf(path), { width });
      await page.screenshot({ path: `${SCREENSHOTS}/${name}-${width}.png`, fullPage: true });
      await page.close();
    }
  });
});

describe('the browser gates on a broken site', () => {
  it('catch an image without alt, an external script and the console error it causes', async () => {
    const { page, external, consoleErrors } = await open(broken.url);
    expect(await axeViolations(page)).toContainEqual(expect.stringMatching(/^image-alt/));
    expect(external).toEqual(['https://cdn.example.com/tracker.js']);
    expect(consoleErrors.length).toBeGreaterThan(0);
    await page.close();
  });
});

describe('keyboard', () => {
  async function reach(
    path: string,
    selector: string,
  ): Promise<{ page: Page; reached: boolean; visible: boolean }> {
    const { page } = await open(urlOf(path));
    return { page, ...(await tabTo(page, selector)) };
  }

  it('reaches the header search box with visible focus, and Enter searches', async () => {
    const { page, reached, visible } = await reach(`${review}/causes/1/`, '#site-search-q');
    expect({ reached, visible }).toEqual({ reached: true, visible: true });
    await page.keyboard.type('党课');
    await page.keyboard.press('Enter');
    await page.waitForSelector('.result-title');
    await page.close();
  });

  it('reaches search results and the filters with visible focus', async () => {
    const { page, reached, visible } = await reach(
      `search/?q=${encodeURIComponent('本人')}`,
      '.result-title',
    );
    expect({ reached, visible }).toEqual({ reached: true, visible: true });
    await page.close();
    const filters = await reach('search/', '#search-filters input[type="checkbox"]');
    expect({ reached: filters.reached, visible: filters.visible }).toEqual({
      reached: true,
      visible: true,
    });
    await filters.page.keyboard.press('Space');
    await expect.poll(() => decodeURIComponent(filters.page.url())).toContain('材料=');
    await filters.page.close();
  });

  it('reaches every node of the map with visible focus, and Enter opens it', async () => {
    const { page, reached, visible } = await reach(`${review}/map/`, 'svg a.node');
    expect({ reached, visible }).toEqual({ reached: true, visible: true });
    const nodes = await page.locator('svg a.node').count();
    for (let i = 1; i < nodes; i++) await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.matches('svg a.node'))).toBe(true);
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/measures\/4\/$/);
    await page.close();
  });
});
