/**
 * Printing in the layout of official documents (GB/T 9704): the faces, sizes and A4 pages of the
 * print stylesheet as Chromium applies them, the site's chrome left off the paper, page numbers
 * at the foot, and the ledger on landscape pages.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { serveStatic, type StaticServer } from '../../scripts/shared/static-server.ts';
import { sharedBrowser } from '../helpers/browser.ts';

let browser: Browser;
let server: StaticServer;
/** The tab every test prints from: a new one for each page costs as much again. */
let tab: Page;

beforeAll(async () => {
  // The small fixture, built once for the run with a fixed date (one of its measures is overdue).
  server = await serveStatic(inject('smallDist'));
  browser = await sharedBrowser();
  tab = await browser.newPage();
});

afterAll(async () => {
  await browser.close();
  await server.close();
});

/**
 * A page as Chromium lays it out for print: print media, and a window as wide as the text area of
 * the page it prints on (A4 portrait 156 mm, landscape 257 mm, at 96 px to the inch).
 */
async function printed(path: string, textWidthMm = 156): Promise<Page> {
  await tab.setViewportSize({ width: Math.round((textWidthMm / 25.4) * 96), height: 1000 });
  await tab.emulateMedia({ media: 'print' });
  // Stylesheets and fonts are in by `load`; the printed layout needs nothing fetched later.
  await tab.goto(server.url + path, { waitUntil: 'load' });
  return tab;
}

const style = (page: Page, selector: string, property: string) =>
  page
    .locator(selector)
    .first()
    .evaluate((el, name) => getComputedStyle(el).getPropertyValue(name), property);

/** The size of each page of a PDF, in points, read off its page objects' MediaBox. */
function pageSizes(pdf: Buffer): [number, number][] {
  const boxes = pdf
    .toString('latin1')
    .matchAll(/\/MediaBox\s*\[\s*([\d.]+)\s+([\d.]+)\s+([\d.]+)\s+([\d.]+)\s*\]/g);
  return [...boxes].map((m) => [Number(m[3]) - Number(m[1]), Number(m[4]) - Number(m[2])]);
}

const A4 = { short: 595, long: 842 };
const near = (value: number, expected: number) => Math.abs(value - expected) < 1.5;

describe('the full text in print', () => {
  let page: Page;
  beforeAll(async () => {
    page = await printed('demo-2024/');
  });

  it('is set in 三号仿宋 with a 二号小标宋 title, 黑体 and 楷体 headings', async () => {
    const body = await style(page, 'body', 'font-family');
    for (const face of ['仿宋_GB2312', 'FangSong', 'STFangsong', '仿宋'])
      expect(body).toContain(face);
    expect(body.trim().endsWith('serif')).toBe(true);
    expect(parseFloat(await style(page, '.document p', 'font-size'))).toBeCloseTo((16 * 4) / 3, 2);
    expect(parseFloat(await style(page, '.document p', 'line-height'))).toBeCloseTo(
      (28.95 * 4) / 3,
      1,
    );
    const title = await style(page, '.doc-title', 'font-family');
    for (const face of ['方正小标宋简体', '华文中宋', 'STZhongsong']) expect(title).toContain(face);
    expect(parseFloat(await style(page, '.doc-title', 'font-size'))).toBeCloseTo((22 * 4) / 3, 2);
    expect(await style(page, '.document h2', 'font-family')).toMatch(/黑体.*SimHei/);
    expect(await style(page, '.document h3', 'font-family')).toMatch(/楷体_GB2312.*KaiTi.*STKaiti/);
  });

  it('sets 28 characters to the line, and 22 lines fill the text area', async () => {
    // A paragraph of 140 characters without punctuation, so that no line-breaking rule interferes.
    const perLine = await page.evaluate(() => {
      const p = document.createElement('p');
      p.textContent = '党风廉政建设和反腐败工作'.repeat(12).slice(0, 140);
      document.querySelector('.document')!.append(p);
      const text = p.firstChild!;
      const range = document.createRange();
      const lines = new Map<number, number>();
      for (let i = 0; i < 140; i++) {
        range.setStart(text, i);
        range.setEnd(text, i + 1);
        const top = Math.round(range.getBoundingClientRect().top);
        lines.set(top, (lines.get(top) ?? 0) + 1);
      }
      p.remove();
      return [...lines.values()];
    });
    // The first line is indented by two characters; the last holds what is left.
    expect(perLine).toEqual([26, 28, 28, 28, 28, 2]);
    const line = parseFloat(await style(page, '.document p', 'line-height'));
    const textArea = (225 / 25.4) * 96;
    expect(22 * line).toBeLessThanOrEqual(textArea);
    expect(23 * line).toBeGreaterThan(textArea);
  });

  it('leaves the site off the paper: header, search, buttons, navigation, relations', async () => {
    for (const selector of [
      '.site-header',
      '.search-box',
      '.breadcrumbs',
      '.review-nav',
      '.review-meta',
      '.site-footer',
      '.entry-head',
      '.relations',
    ]) {
      expect(await page.locator(selector).first().isVisible(), selector).toBe(false);
    }
    expect(await page.locator('.document p').first().isVisible()).toBe(true);
  });

  it('prints on A4 pages, numbered “— n —” at the foot', async () => {
    const sizes = pageSizes(await page.pdf({ preferCSSPageSize: true }));
    expect(sizes.length).toBeGreaterThan(0);
    for (const [width, height] of sizes) {
      expect(near(width, A4.short) && near(height, A4.long), `${width}×${height}`).toBe(true);
    }
    // The page numbers are margin boxes of the @page rules, read as Chromium parsed them.
    const footers = await page.evaluate(() => {
      // CSSMarginRule (Chromium 131+) is not in TypeScript's DOM types yet.
      type MarginRule = CSSRule & { name: string; style: CSSStyleDeclaration };
      return [...document.styleSheets].flatMap((sheet) =>
        [...sheet.cssRules].flatMap((rule) =>
          rule instanceof CSSPageRule
            ? [...rule.cssRules].map((inner) => {
                const margin = inner as MarginRule;
                return `${rule.selectorText} @${margin.name} ${margin.style.getPropertyValue('content')}`;
              })
            : [],
        ),
      );
    });
    expect(footers).toContain(`:right @bottom-right "— " counter(page) " —"`);
    expect(footers).toContain(`:left @bottom-left "— " counter(page) " —"`);
  });
});

describe('an entry in print', () => {
  it('prints its permanent address once, under its heading', async () => {
    const page = await printed('demo-2024/measures/2/');
    const url = `${server.url}demo-2024/measures/2/`;
    const text = await page.evaluate(() => document.body.innerText);
    expect(text.split(url).length - 1).toBe(1);
    expect(text.indexOf('转变作风')).toBeLessThan(text.indexOf(url));
    expect(await page.getByRole('button', { name: /复制链接/ }).isVisible()).toBe(false);
    expect(await page.locator('.relation-groups').isVisible()).toBe(false);
    expect(await page.locator('.prev-next').isVisible()).toBe(false);
    expect(await style(page, '.entry-header h1', 'font-family')).toContain('方正小标宋简体');
  });
});

describe('the ledger in print', () => {
  it('prints on A4 landscape, the header row repeated on every page', async () => {
    const page = await printed('ledger/');
    expect(await style(page, 'thead', 'display')).toBe('table-header-group');
    // The sort buttons would not be painted in a repeated header row; their text is.
    expect(await style(page, 'thead th button', 'display')).toBe('contents');
    const sizes = pageSizes(await page.pdf({ preferCSSPageSize: true }));
    expect(sizes.length).toBeGreaterThan(0);
    for (const [width, height] of sizes) {
      expect(near(width, A4.long) && near(height, A4.short), `${width}×${height}`).toBe(true);
    }
  });

  it('keeps every column readable: no cell wider than its column', async () => {
    const page = await printed('ledger/', 257);
    const cramped = await page
      .locator('thead th, tbody th, tbody td')
      .evaluateAll((cells) =>
        cells
          .filter((cell) => cell.scrollWidth > cell.clientWidth + 1)
          .map((cell) => cell.textContent),
      );
    expect(cramped).toEqual([]);
  });
});
