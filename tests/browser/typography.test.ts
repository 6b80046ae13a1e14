/**
 * Chinese typesetting as a reader on a phone sees it: the body's fonts start with a Chinese face
 * (a Latin face first draws “” and other shared punctuation half-width), the full text is
 * justified, the title breaks only between words, and the relation map's table, stacked on a
 * phone, has no box drawn one character wide.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { serveStatic, type StaticServer } from '../../scripts/shared/static-server.ts';
import { sharedBrowser } from '../helpers/browser.ts';

const review = 'xx-minzhengju-2023';
const CJK_FACES = ['PingFang SC', 'Hiragino Sans GB', 'Microsoft YaHei', 'Noto Sans CJK SC'];

describe('Chinese typesetting on a phone', () => {
  let server: StaticServer;
  let browser: Browser;
  let page: Page;
  beforeAll(async () => {
    server = await serveStatic(inject('seedDist'));
    browser = await sharedBrowser();
    const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
    page = await context.newPage();
  });
  afterAll(async () => {
    await browser.close();
    await server.close();
  });

  it('sets the full text in a Chinese face, justified, its title broken between words only', async () => {
    await page.goto(`${server.url}${review}/`);
    const fonts = await page.evaluate(() => getComputedStyle(document.body).fontFamily);
    const first = fonts
      .split(',')[0]!
      .trim()
      .replace(/^["']|["']$/g, '');
    expect(CJK_FACES).toContain(first);
    const align = await page
      .locator('.document p')
      .first()
      .evaluate((p) => getComputedStyle(p).textAlign);
    expect(align).toBe('justify');
    // Each line of the title ends where a word ends: at a <wbr>, or at the end of the title.
    const lines = await page.locator('h1').evaluate((h1) => {
      const ends: string[] = [];
      const range = document.createRange();
      let top: number | undefined;
      let line = '';
      for (const node of h1.childNodes) {
        if (node.nodeType !== Node.TEXT_NODE) continue;
        const text = node.textContent ?? '';
        for (let i = 0; i < text.length; i++) {
          range.setStart(node, i);
          range.setEnd(node, i + 1);
          const y = range.getBoundingClientRect().top;
          if (top !== undefined && y > top + 4) {
            ends.push(line);
            line = '';
          }
          top = y;
          line += text.charAt(i);
        }
      }
      ends.push(line);
      return { ends, pieces: [...h1.childNodes].map((n) => n.textContent ?? '') };
    });
    expect(lines.ends.length).toBeGreaterThan(1);
    const pieces = lines.pieces.filter(Boolean);
    // Every line is a run of whole pieces.
    let at = 0;
    for (const line of lines.ends) {
      let taken = '';
      while (taken.length < line.length) taken += pieces[at++] ?? '';
      expect(taken, `line “${line}”`).toBe(line);
    }
  });

  it('stacks the relation map’s table with no text squeezed to a character a line', async () => {
    await page.goto(`${server.url}${review}/map/`);
    // A box of text narrower than three characters and taller than five lines: what a caption or
    // cell squeezed to one character a line looks like. Drawings (the map's SVG) and the table's
    // header, hidden for the eye and read by screen readers, are not text boxes.
    const narrow = await page.evaluate(() =>
      [...document.querySelectorAll('main *')]
        .filter((el) => !(el instanceof SVGElement) && el.textContent.trim() !== '')
        .filter((el) => {
          for (let up = el.parentElement; up; up = up.parentElement) {
            if (up.getBoundingClientRect().width <= 1) return false;
          }
          return true;
        })
        .map((el) => {
          const { width, height } = el.getBoundingClientRect();
          const em = parseFloat(getComputedStyle(el).fontSize);
          return { el, width, height, em };
        })
        .filter(({ width, height, em }) => width > 0 && width < 3 * em && height > 5 * em * 1.5)
        .map(
          ({ el, width, height }) =>
            `${el.tagName.toLowerCase()} “${el.textContent.slice(0, 12)}” (${Math.round(width)}×${Math.round(height)})`,
        ),
    );
    expect(narrow).toEqual([]);
  });
});
