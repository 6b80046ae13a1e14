/**
 * Quality gates over a built site: valid HTML, internal links and fragments that resolve, and, in
 * a real browser, accessibility (axe), no request leaving the site, no console errors, visible
 * keyboard focus. Each returns what it found, so a test can assert both that a good site has
 * nothing and that a broken one is caught.
 */
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import * as cheerio from 'cheerio';
import { HtmlValidate } from 'html-validate';
import type { ConsoleMessage, Page, Request } from 'playwright-core';
import { listPages } from './html.ts';

/**
 * html-validate's recommended rules over every page, or those `only` keeps; one line per error.
 * Validating no page at all is an error too, so that a filter that keeps nothing cannot pass.
 */
export async function htmlErrors(
  outDir: string,
  only: (url: string) => boolean = () => true,
): Promise<string[]> {
  const validator = new HtmlValidate({ extends: ['html-validate:recommended'] });
  const errors: string[] = [];
  const pages = (await listPages(outDir)).filter(([url]) => only(url));
  if (pages.length === 0) return [`${outDir}: no page to validate`];
  for (const [url, file] of pages) {
    const report = await validator.validateString(await readFile(file, 'utf8'), file);
    for (const result of report.results) {
      for (const m of result.messages)
        errors.push(`${url}:${m.line}:${m.column} ${m.ruleId}: ${m.message}`);
    }
  }
  return errors;
}

/**
 * Every `href`/`src` on every page that points into the site and does not resolve to a file, or
 * whose `#fragment` names no element id of its target page.
 */
export async function brokenLinks(outDir: string, base = '/'): Promise<string[]> {
  const pages = await listPages(outDir);
  const ids = new Map<string, Set<string>>();
  const docs = new Map<string, cheerio.CheerioAPI>();
  for (const [url, file] of pages) {
    const $ = cheerio.load(await readFile(file, 'utf8'));
    docs.set(url, $);
    ids.set(
      url,
      new Set(
        $('[id]')
          .map((_, el) => $(el).attr('id'))
          .get(),
      ),
    );
  }
  const broken: string[] = [];
  for (const [url, $] of docs) {
    $('a[href], link[href], script[src], img[src]').each((_, el) => {
      const raw = $(el).attr('href') ?? $(el).attr('src') ?? '';
      if (/^(mailto|tel|data|javascript):/i.test(raw)) return;
      const target = new URL(raw, `http://site${base}${url.slice(1)}`);
      if (target.origin !== 'http://site') return; // external: the browser gate reports those
      if (!target.pathname.startsWith(base)) {
        broken.push(`${url} → ${raw} (outside the site's base ${base})`);
        return;
      }
      const path = `/${decodeURIComponent(target.pathname.slice(base.length))}`;
      const page = path.endsWith('/') ? path : path.replace(/\/index\.html$/, '/');
      const exists = ids.has(page) || existsSync(join(outDir, path));
      if (!exists) {
        broken.push(`${url} → ${raw} (no such page or file)`);
        return;
      }
      const fragment = decodeURIComponent(target.hash.slice(1));
      if (fragment && !ids.get(page)?.has(fragment))
        broken.push(`${url} → ${raw} (no element with id "${fragment}")`);
    });
  }
  return broken;
}

const axePath = createRequire(import.meta.url).resolve('axe-core/axe.min.js');
let axeSource: Promise<string> | undefined;

/**
 * The WCAG 2.1 A and AA rules that depend on colours alone: all that another colour scheme of
 * the same page can change (the markup, names, roles and order are the same).
 */
const COLOUR_RULES = ['color-contrast', 'link-in-text-block'];

/**
 * axe-core's WCAG 2.1 A and AA violations on the page as loaded, one line per failing node;
 * `colours` runs only the rules about colours, for a page already checked in another scheme.
 */
export async function axeViolations(page: Page, { colours = false } = {}): Promise<string[]> {
  // Evaluated through the browser's debugging protocol, which a page's Content-Security-Policy
  // does not govern: a script element would be refused by the strict policy the sites are
  // served with.
  if (!(await page.evaluate(() => 'axe' in window))) {
    await page.evaluate(await (axeSource ??= readFile(axePath, 'utf8')));
  }
  const runOnly = colours
    ? { type: 'rule', values: COLOUR_RULES }
    : { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] };
  const violations = await page.evaluate(async (only) => {
    const axe = (
      window as unknown as {
        axe: {
          run(o: unknown): Promise<{
            violations: { id: string; help: string; nodes: { target: unknown[] }[] }[];
          }>;
        };
      }
    ).axe;
    const result = await axe.run({
      runOnly: only,
      // Every rule still runs on every node; only the passes go uncollected.
      resultTypes: ['violations'],
    });
    return result.violations.map((v) => ({
      id: v.id,
      help: v.help,
      targets: v.nodes.map((n) => JSON.stringify(n.target)),
    }));
  }, runOnly);
  return violations.flatMap((v) => v.targets.map((t) => `${v.id} (${v.help}): ${t}`));
}

/**
 * Records requests to other origins and console errors while a page loads and is used, until
 * `stop()` (a tab that goes on to another page is watched again there).
 */
export function watchPage(
  page: Page,
  origin: string,
): { external: string[]; consoleErrors: string[]; stop(): void } {
  const external: string[] = [];
  const consoleErrors: string[] = [];
  const onRequest = (request: Request) => {
    const url = request.url();
    if (!url.startsWith(origin) && !url.startsWith('data:') && !url.startsWith('blob:'))
      external.push(url);
  };
  const onConsole = (message: ConsoleMessage) => {
    if (message.type() === 'error') consoleErrors.push(message.text());
  };
  const onPageError = (error: Error) => consoleErrors.push(error.message);
  page.on('request', onRequest);
  page.on('console', onConsole);
  page.on('pageerror', onPageError);
  return {
    external,
    consoleErrors,
    stop() {
      page.off('request', onRequest);
      page.off('console', onConsole);
      page.off('pageerror', onPageError);
    },
  };
}

/**
 * Presses Tab until `selector` has focus (at most `limit` times) and says whether focus is visible
 * there: an outline, a box shadow, or for SVG links a thicker stroke on their box.
 */
export async function tabTo(
  page: Page,
  selector: string,
  limit = 40,
): Promise<{ reached: boolean; visible: boolean }> {
  for (let i = 0; i < limit; i++) {
    await page.keyboard.press('Tab');
    const state = await page.evaluate((sel) => {
      const el = document.activeElement;
      if (!el?.matches(sel)) return null;
      const style = getComputedStyle(el);
      const outline = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0;
      const shadow = style.boxShadow !== 'none';
      const rect = el.querySelector('rect');
      const stroke = rect ? parseFloat(getComputedStyle(rect).strokeWidth) >= 2.5 : false;
      return { visible: outline || shadow || stroke };
    }, selector);
    if (state) return { reached: true, visible: state.visible };
  }
  return { reached: false, visible: false };
}
