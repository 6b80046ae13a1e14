/**
 * What only a browser shows: the copy buttons writing to the clipboard (or selecting the text
 * where there is no Clipboard API), and alias pages forwarding to their entry.
 */
import type { Browser, BrowserContext, BrowserContextOptions, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, inject, it } from 'vitest';
import { sharedBrowser } from '../helpers/browser.ts';
import { serveStatic, type StaticServer } from '../../scripts/shared/static-server.ts';

const CITATION = '《示例单位班子成员对照检查材料》措施（二）“转变作风”';

let browser: Browser;
let site: StaticServer;
let deployed: StaticServer;
/** The tab the tests share, allowed to use the clipboard on both sites. */
let tab: Page;
/** The contexts the running test opened for itself, closed when it ends. */
const opened: BrowserContext[] = [];

beforeAll(async () => {
  browser = await sharedBrowser();
  site = await serveStatic(inject('smallDist'));
  deployed = await serveStatic(inject('deployedDist'), '/zhenggai/');
  const context = await browser.newContext();
  await allowClipboard(context);
  tab = await context.newPage();
  await tab.goto(`${site.url}demo-2024/`);
});

afterEach(async () => {
  await Promise.all(opened.splice(0).map((context) => context.close()));
});

afterAll(async () => {
  await browser.close();
  await site.close();
  await deployed.close();
});

async function allowClipboard(context: BrowserContext): Promise<void> {
  for (const { origin } of [site, deployed]) {
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin });
  }
}

async function newContext(options?: BrowserContextOptions): Promise<BrowserContext> {
  const context = await browser.newContext(options);
  opened.push(context);
  return context;
}

/**
 * A page allowed to use the clipboard: the shared tab, or a new context's page where a script
 * must run before the page's own. A tab going from page to page takes a fraction of the
 * processor time of a new context for each page.
 */
async function openPage(init?: () => void): Promise<Page> {
  if (!init) return tab;
  const context = await newContext();
  await allowClipboard(context);
  await context.addInitScript(init);
  return context.newPage();
}

const clipboardOf = (page: Page) => page.evaluate(() => navigator.clipboard.readText());

describe('copy buttons', () => {
  // The clipboard is the browser's, shared by all pages: emptied so that no test reads what
  // another copied.
  beforeEach(() => tab.evaluate(() => navigator.clipboard.writeText('')));

  it('copy the absolute URL of an entry page and say so', async () => {
    const page = await openPage();
    await page.goto(`${site.url}demo-2024/measures/2/`);
    const url = `${site.url}demo-2024/measures/2/`;
    await expect
      .poll(() => page.locator('.entry-permalink [data-permalink-url]').textContent())
      .toBe(url);
    await page.getByRole('button', { name: '复制链接：措施（二）' }).click();
    await expect.poll(() => page.getByRole('status').textContent()).toBe('已复制链接');
    expect(await clipboardOf(page)).toBe(url);
  });

  it('copy the citation with the URL after it', async () => {
    const page = await openPage();
    await page.goto(`${site.url}demo-2024/measures/2/`);
    await page.getByRole('button', { name: '复制引用：措施（二）' }).click();
    await expect.poll(() => page.getByRole('status').textContent()).toBe('已复制引用');
    expect(await clipboardOf(page)).toBe(`${CITATION} ${site.url}demo-2024/measures/2/`);
  });

  it('work from the keyboard beside a block of the full text, and show on focus', async () => {
    const page = await openPage();
    await page.goto(`${site.url}demo-2024/`);
    const button = page.locator('#measure-2').getByRole('button', { name: '复制引用：措施（二）' });
    await button.focus();
    const actions = page.locator('#measure-2 .actions');
    await expect.poll(() => actions.evaluate((el) => getComputedStyle(el).opacity)).toBe('1');
    await page.keyboard.press('Enter');
    await expect
      .poll(() => page.locator('#measure-2 [role="status"]').textContent())
      .toBe('已复制引用');
    expect(await clipboardOf(page)).toBe(`${CITATION} ${site.url}demo-2024/measures/2/`);
  });

  it("copy the configured site's URL, whatever address the page was opened at", async () => {
    const page = await openPage();
    await page.goto(`${deployed.url}demo-2024/measures/2/`);
    await page.getByRole('button', { name: '复制链接：措施（二）' }).click();
    await expect.poll(() => page.getByRole('status').textContent()).toBe('已复制链接');
    expect(await clipboardOf(page)).toBe(
      'https://oa.example.gov.cn/zhenggai/demo-2024/measures/2/',
    );
  });

  it('select the text for Ctrl+C where there is no way to copy from script', async () => {
    const page = await openPage(() => {
      Object.defineProperty(navigator, 'clipboard', { value: undefined });
      // The old copy command, which the buttons fall back on, refuses too.
      Object.defineProperty(Document.prototype, 'execCommand', { value: () => false });
    });
    await page.goto(`${site.url}demo-2024/measures/2/`);
    await page.getByRole('button', { name: '复制引用：措施（二）' }).click();
    await expect
      .poll(() => page.getByRole('status').textContent())
      .toBe('已选中，请按 Ctrl+C 复制');
    const field = page.locator('.entry-permalink textarea.fallback');
    expect(await field.isVisible()).toBe(true);
    const text = `${CITATION} ${site.url}demo-2024/measures/2/`;
    expect(await field.inputValue()).toBe(text);
    expect(
      await field.evaluate((input: HTMLTextAreaElement) => [
        document.activeElement === input,
        input.selectionStart,
        input.selectionEnd,
      ]),
    ).toEqual([true, 0, text.length]);
  });

  it('copy through the selection where the Clipboard API is missing (plain-http intranets)', async () => {
    const page = await openPage(() => {
      Object.defineProperty(navigator, 'clipboard', { value: undefined });
    });
    await page.goto(`${site.url}demo-2024/measures/2/`);
    await page.getByRole('button', { name: '复制链接：措施（二）' }).click();
    await expect.poll(() => page.getByRole('status').textContent()).toBe('已复制链接');
    // Read back in a page that still has the Clipboard API.
    expect(await clipboardOf(tab)).toBe(`${site.url}demo-2024/measures/2/`);
  });
});

describe('alias pages', () => {
  it('forward to the entry, carrying a sub-item anchor over to its new id', async () => {
    const page = await openPage();
    await page.goto(`${site.url}demo-2024/findings/1-3/#finding-1-3-item-2`);
    await page.waitForURL(`${site.url}demo-2024/findings/2-1/#finding-2-1-item-2`);
    expect(await page.locator('h1').textContent()).toBe('作风不实');
    expect(await page.evaluate(() => document.querySelector(':target')?.id)).toBe(
      'finding-2-1-item-2',
    );
  });

  it('forward without script too, through the meta refresh', async () => {
    const context = await newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${site.url}older-2022/causes/5/`);
    await page.waitForURL(`${site.url}demo-2024/causes/2/`);
    expect(await page.locator('h1').textContent()).toBe('担当不够');
  });

  it('forward under the deploy base', async () => {
    const page = await openPage();
    await page.goto(`${deployed.url}demo-2024/findings/1-3/`);
    await page.waitForURL(`${deployed.url}demo-2024/findings/2-1/`);
    expect(await page.locator('h1').textContent()).toBe('作风不实');
  });
});

describe('sub-item anchors', () => {
  it('mark the point a link names', async () => {
    const page = await openPage();
    await page.goto(`${site.url}demo-2024/measures/1/#measure-1-item-2-1`);
    const background = await page
      .locator('#measure-1-item-2-1')
      .evaluate((el) => getComputedStyle(el).backgroundColor);
    const outer = await page
      .locator('#measure-1-item-2')
      .evaluate((el) => getComputedStyle(el).backgroundColor);
    expect(background).not.toBe('rgba(0, 0, 0, 0)');
    expect(outer).toBe('rgba(0, 0, 0, 0)');
  });
});
