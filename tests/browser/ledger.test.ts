/** The rectification ledger as a reader uses it in a browser: the table's filter and sort, and search's status filter. */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { serveStatic, type StaticServer } from '../../scripts/shared/static-server.ts';
import { sharedBrowser } from '../helpers/browser.ts';

describe('the ledger in the browser', () => {
  let server: StaticServer;
  let browser: Browser;
  /** One tab for both tests: a new context for each page costs several times the processor time. */
  let page: Page;
  beforeAll(async () => {
    server = await serveStatic(inject('smallDist'));
    browser = await sharedBrowser();
    page = await (await browser.newContext()).newPage();
  });
  afterAll(async () => {
    await browser.close();
    await server.close();
  });

  it('filters the ledger by status and sorts it by a column', async () => {
    await page.goto(`${server.url}demo-2024/ledger/`);
    const visible = () => page.locator('tbody tr:visible th a').allTextContents();
    await page.selectOption('[data-filter-status]', 'overdue');
    expect(await visible()).toEqual(['措施（一） 强化学习']);
    expect(await page.textContent('[data-shown]')).toBe('显示 1 / 2 项');
    await page.selectOption('[data-filter-status]', '已销号');
    expect(await visible()).toEqual(['措施（二） 转变作风']);
    await page.selectOption('[data-filter-status]', '');
    await page.getByRole('button', { name: '完成时限' }).click();
    expect(await visible()).toEqual(['措施（二） 转变作风', '措施（一） 强化学习']);
    expect(await page.getAttribute('th:has(button:text("完成时限"))', 'aria-sort')).toBe(
      'ascending',
    );
  });

  it('offers the status filter in search', async () => {
    await page.goto(`${server.url}search/?q=${encodeURIComponent('学习')}`);
    await page.waitForSelector('.result-title');
    const legends = await page.locator('#search-filters legend').allTextContents();
    expect(legends).toContain('状态');
    await page.getByRole('checkbox', { name: /^已销号/ }).check();
    await expect.poll(() => page.locator('.result-title').allTextContents()).toEqual([]);
    await page.getByRole('checkbox', { name: /^已销号/ }).uncheck();
    await page.getByRole('checkbox', { name: /^推进中/ }).check();
    await expect
      .poll(() => page.locator('.result-title').allTextContents())
      .toEqual(['措施（一） 强化学习']);
  });
});
