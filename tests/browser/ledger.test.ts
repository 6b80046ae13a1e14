/**
 * The rectification ledger as a reader uses it in a browser: cards on a phone, filters that stand
 * in the address, sorting, the lights counted from the reader's today, and search's status filter.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { serveStatic, type StaticServer } from '../../scripts/shared/static-server.ts';
import { sharedBrowser } from '../helpers/browser.ts';

describe('the ledger in the browser', () => {
  let server: StaticServer;
  let browser: Browser;
  /** One tab for every test: a new context for each page costs several times the processor time. */
  let page: Page;
  beforeAll(async () => {
    // The small fixture, built on 2024-06-30: 措施（一） (办公室) is 30 days late, 措施（二）
    // (人事科、办公室) closed out.
    server = await serveStatic(inject('smallDist'));
    browser = await sharedBrowser();
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    // The clipboard belongs to the browser, which other test files share: copies are kept here.
    await context.addInitScript(() => {
      navigator.clipboard.writeText = (text: string) => {
        document.documentElement.dataset.copied = text;
        return Promise.resolve();
      };
    });
    page = await context.newPage();
  });
  afterAll(async () => {
    await browser.close();
    await server.close();
  });

  const shownRows = () => page.locator('[data-ledger] tbody tr:visible th a').allTextContents();

  it('shows each measure as a card on a phone: status, light, deadline and owner in view, nothing off to the side', async () => {
    await page.setViewportSize({ width: 390, height: 844 });
    try {
      await page.goto(`${server.url}ledger/`);
      // Measured in one go: the page's width, and where each card's fields are and what they say.
      const { width, cards } = await page.evaluate(() => ({
        width: document.documentElement.scrollWidth,
        cards: [...document.querySelectorAll('[data-ledger] tbody tr')].map((card) => {
          const box = (selector: string) => {
            const cell = card.querySelector(selector)!;
            const { left, right, top } = cell.getBoundingClientRect();
            return { text: cell.textContent.trim(), left, right, top };
          };
          const first = ['.status-text', '.light', 'td.deadline', 'td.leader', 'td.unit'];
          return { first: first.map(box), findings: box('td.findings') };
        }),
      }));
      expect(width).toBeLessThanOrEqual(390);
      expect(cards.map((card) => card.first.map((field) => field.text))).toEqual([
        ['推进中', expect.stringMatching(/^逾期 \d+ 天$/), '2024-05-31', '张三', '办公室'],
        ['已销号', '已完成', '2024-04-30', '李四', '人事科、办公室'],
      ]);
      for (const card of cards) {
        for (const field of card.first) {
          expect(field.left, field.text).toBeGreaterThanOrEqual(0);
          expect(field.right, field.text).toBeLessThanOrEqual(390);
          // Above the longer fields of the card.
          expect(field.top, field.text).toBeLessThan(card.findings.top);
        }
      }
    } finally {
      await page.setViewportSize({ width: 1280, height: 900 });
    }
  });

  it('takes its filters from the address, keeps them on reload, and writes them back', async () => {
    const address = `${server.url}ledger/?unit=${encodeURIComponent('办公室')}&light=${encodeURIComponent('逾期')}`;
    await page.goto(address);
    expect(await shownRows()).toEqual(['措施（一） 强化学习']);
    expect(await page.inputValue('[data-filter="unit"]')).toBe('办公室');
    expect(await page.textContent('[data-shown]')).toBe('显示 1 / 2 项');
    await page.reload();
    expect(await shownRows()).toEqual(['措施（一） 强化学习']);
    // The controls write the address, which a copy hands on.
    await page.selectOption('[data-filter="light"]', '');
    await page.selectOption('[data-filter="status"]', '已销号');
    expect(await shownRows()).toEqual(['措施（二） 转变作风']);
    const filtered = `${server.url}ledger/?unit=${encodeURIComponent('办公室')}&status=${encodeURIComponent('已销号')}`;
    expect(page.url()).toBe(filtered);
    await page.getByRole('button', { name: '复制本页链接' }).click();
    await expect.poll(() => page.locator('html').getAttribute('data-copied')).toBe(filtered);
    // A count in the overview is a link to its rows; a step back returns to the filters before.
    await page.locator('[data-overview] a', { hasText: /^推进中$/ }).click();
    expect(await shownRows()).toEqual(['措施（一） 强化学习']);
    expect(page.url()).toBe(`${server.url}ledger/?status=${encodeURIComponent('推进中')}`);
    await page.goBack();
    expect(await shownRows()).toEqual(['措施（二） 转变作风']);
  });

  it('sorts by a column, the cells with nothing filled in last either way', async () => {
    await page.goto(`${server.url}demo-2024/ledger/`);
    await page.getByRole('button', { name: '完成时限' }).click();
    expect(await shownRows()).toEqual(['措施（二） 转变作风', '措施（一） 强化学习']);
    expect(await page.getAttribute('th:has(button:text("完成时限"))', 'aria-sort')).toBe(
      'ascending',
    );
    // 措施（一） is not closed out: its 销号日期 is 未填写.
    const closed = page.getByRole('button', { name: '销号日期' });
    await closed.click();
    expect(await shownRows()).toEqual(['措施（二） 转变作风', '措施（一） 强化学习']);
    await closed.click();
    expect(await page.getAttribute('th:has(button:text("销号日期"))', 'aria-sort')).toBe(
      'descending',
    );
    expect(await shownRows()).toEqual(['措施（二） 转变作风', '措施（一） 强化学习']);
  });

  it('offers the status filter in search', async () => {
    await page.goto(`${server.url}search/?q=${encodeURIComponent('学习')}`);
    await page.waitForSelector('.result-title');
    const legends = await page.locator('#search-filters legend').allTextContents();
    expect(legends).toContain('状态');
    // No result is closed out (已销号): the value says so with its count, and cannot be chosen.
    const closed = page.getByRole('checkbox', { name: /^已销号/ });
    await expect.poll(() => closed.isDisabled()).toBe(true);
    await page.getByRole('checkbox', { name: /^推进中/ }).check();
    await expect
      .poll(() => page.locator('.result-title').allTextContents())
      .toEqual(['措施（一） 强化学习']);
  });

  // Last: the tab's clock stays set.
  it('counts the lights, their filter and the overview from the reader’s today, not the build’s', async () => {
    const overdue = () => page.locator('[data-overview] [data-figure="overdue"]').textContent();
    const light = () => page.locator('[data-ledger] tbody tr .light').first().textContent();
    // 60 days after the build: 措施（一） is 90 days late.
    await page.clock.setFixedTime(new Date('2024-08-29T12:00:00'));
    await page.goto(`${server.url}demo-2024/ledger/?light=${encodeURIComponent('逾期')}`);
    expect(await light()).toBe('逾期 90 天');
    expect(await page.textContent('[data-lights-date]')).toBe(
      '逾期、临期按今天（2024年8月29日）计算。',
    );
    expect(await shownRows()).toEqual(['措施（一） 强化学习']);
    expect(await overdue()).toBe('1');
    // Two days before its deadline it was not late yet, whatever the build said.
    await page.clock.setFixedTime(new Date('2024-05-29T12:00:00'));
    await page.reload();
    expect(await light()).toBe('临期（还有 2 天）');
    expect(await shownRows()).toEqual([]);
    expect(await page.textContent('[data-shown]')).toBe('显示 0 / 2 项');
    expect(await overdue()).toBe('0');
    expect(await page.locator('[data-overview] [data-figure="light:临期"]').textContent()).toBe(
      '1',
    );
  });
});
