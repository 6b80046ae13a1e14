/**
 * Finding one's way in a browser: the table of contents marks the section being read, the phone
 * menu opens and closes, the colour switch's choice holds across a reload (applied before the
 * page's own scripts run), and the page-not-found page under a review lists its entries.
 */
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { serveStatic, type StaticServer } from '../../scripts/shared/static-server.ts';
import { sharedBrowser } from '../helpers/browser.ts';

const review = 'xx-minzhengju-2023';

describe('navigation in the browser', () => {
  let server: StaticServer;
  let browser: Browser;
  /** One tab for every test: a new context for each page costs several times the processor time. */
  let page: Page;
  beforeAll(async () => {
    server = await serveStatic(inject('seedDist'));
    browser = await sharedBrowser();
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    page = await context.newPage();
  });
  afterAll(async () => {
    await browser.close();
    await server.close();
  });

  const current = () => page.locator('nav[data-toc] a[aria-current="true"]').getAttribute('href');

  it('marks in the open contents beside the text the section being read', async () => {
    await page.goto(`${server.url}${review}/`);
    const contents = page.locator('nav[data-toc] details');
    await expect.poll(() => contents.getAttribute('open')).toBe('');
    await page.locator('#cause-2').evaluate((el) => {
      el.scrollIntoView();
    });
    await expect.poll(current).toBe('#cause-2');
    expect(await page.locator('nav[data-toc] a.toc-part[data-toc-within]').textContent()).toBe(
      '二、产生问题的原因分析',
    );
    await page.locator('#area-3').evaluate((el) => {
      el.scrollIntoView();
    });
    await expect.poll(current).toBe('#area-3');
    // 「回到顶部」 has come into the corner, and takes the reader there.
    const back = page.getByRole('link', { name: '回到顶部' });
    await expect.poll(() => back.evaluate((el) => getComputedStyle(el).opacity)).toBe('1');
    await back.click();
    await expect.poll(() => page.evaluate(() => scrollY)).toBe(0);
  });

  it('folds the site’s sections behind the menu button on a phone, and Escape folds them', async () => {
    await page.setViewportSize({ width: 390, height: 844 });
    try {
      await page.goto(`${server.url}ledger/`);
      const button = page.getByRole('button', { name: '菜单' });
      const ledger = page.getByRole('link', { name: '整改台账', exact: true });
      expect(await ledger.isVisible()).toBe(false);
      // The contents fold too, on the full text; here there are none.
      await button.click();
      expect(await button.getAttribute('aria-expanded')).toBe('true');
      expect(await ledger.isVisible()).toBe(true);
      expect(await ledger.getAttribute('aria-current')).toBe('page');
      await ledger.focus();
      await page.keyboard.press('Escape');
      expect(await button.getAttribute('aria-expanded')).toBe('false');
      expect(await ledger.isVisible()).toBe(false);
      expect(await page.evaluate(() => document.activeElement?.textContent.trim())).toBe('菜单');
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
        390,
      );
    } finally {
      await page.setViewportSize({ width: 1280, height: 900 });
    }
  });

  it('keeps the reader’s choice of dark colours across a reload, and can go back to the system’s', async () => {
    await page.emulateMedia({ colorScheme: 'light' });
    await page.goto(server.url);
    const body = () => page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    const light = await body();
    const button = page.locator('button[data-theme-switch]');
    await button.click();
    await button.click();
    expect(await button.getAttribute('title')).toContain('切换配色');
    // Its name is the choice in force, for a screen reader as on screen.
    expect(await page.getByRole('button', { name: /^配色：\s*深色$/ }).count()).toBe(1);
    const dark = await body();
    expect(dark).not.toBe(light);
    // Read before any module script of the page runs: the stored choice was applied before paint.
    await page.reload({ waitUntil: 'commit' });
    await page.waitForSelector('body');
    expect(await page.locator('html').getAttribute('data-theme')).toBe('dark');
    await page.waitForLoadState('load');
    expect(await body()).toBe(dark);
    await button.click();
    expect(await page.locator('html').getAttribute('data-theme')).toBeNull();
    expect(await page.getByRole('button', { name: /^配色：\s*跟随系统$/ }).count()).toBe(1);
    expect(await body()).toBe(light);
    await page.reload();
    expect(await page.locator('html').getAttribute('data-theme')).toBeNull();
  });

  it('answers a missing measure of a review with that review’s measures', async () => {
    const missing = `${server.url}${review}/measures/999/`;
    // As a web server configured for the site answers a missing address: 404, with /404.html.
    await page.route(missing, (route) =>
      route.fulfill({ status: 404, path: join(inject('seedDist'), '404.html') }),
    );
    await page.goto(missing);
    const answer = page.locator('[data-not-found]');
    await expect.poll(() => answer.isVisible()).toBe(true);
    expect(await answer.locator('p').first().textContent()).toContain('编号为“999”的措施');
    expect(await answer.locator('h2').textContent()).toBe('这份材料的全部措施（4 项）');
    const links = answer.locator('li a');
    expect(await links.allTextContents()).toEqual([
      '措施（一）',
      '措施（二）',
      '措施（三）',
      '措施（四）',
    ]);
    expect(await answer.locator('li').nth(1).textContent()).toContain('强化政治担当');
    await links.nth(1).click();
    await page.waitForURL(`${server.url}${review}/measures/2/`);
  });
});
