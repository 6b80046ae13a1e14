/**
 * Finding one's way, in the built pages: the full text's table of contents (every part heading,
 * area, cause and measure, each link landing on an element of the page), the header's sections
 * with the current one marked, and the page-not-found page's list of every review's entries.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import type { NotFoundData } from '../../src/views/not-found.ts';
import { loadPage } from '../helpers/html.ts';

const seed = inject('seedDist');
const review = 'xx-minzhengju-2023';

describe('the full text’s table of contents', () => {
  it('links every part heading, area, cause and measure of the seed review, in order', async () => {
    const $ = await loadPage(seed, `/${review}/`);
    const toc = $('nav[data-toc]');
    expect(toc.attr('aria-label')).toBe('全文目录');
    const targets = toc
      .find('a')
      .map((_, a) => $(a).attr('href'))
      .get();
    const headings = $('.document h2')
      .map((_, h) => `#${$(h).attr('id') ?? ''}`)
      .get();
    expect(headings).toHaveLength(3);
    const entries = (kind: string, n: number) =>
      Array.from({ length: n }, (_, i) => `#${kind}-${i + 1}`);
    expect(targets).toEqual([
      headings[0],
      ...entries('area', 3),
      headings[1],
      ...entries('cause', 4),
      headings[2],
      ...entries('measure', 4),
    ]);
  });

  it('names each link as the page does: the heading verbatim, the number and title', async () => {
    const $ = await loadPage(seed, `/${review}/`);
    const text = (href: string) => $(`nav[data-toc] a[href="${href}"]`).text();
    $('.document h2').each((_, h) => {
      expect(text(`#${$(h).attr('id') ?? ''}`)).toBe($(h).text());
    });
    expect(text('#area-2')).toBe($('#area-2').text().trim());
    expect(text('#cause-3')).toBe('（三）敢于担当的精神不够');
    expect($('#cause-3').text()).toContain('（三）敢于担当的精神不够。');
    expect(text('#measure-1')).toBe('（一）强化理论学习，在学懂弄通做实上下狠功夫');
  });

  it('lands every link on an element of the page, on every review of the fixtures', async () => {
    for (const [dist, path] of [
      [seed, `/${review}/`],
      [inject('smallDist'), '/demo-2024/'],
      [inject('featuresDist'), '/demo-2024/'],
    ] as const) {
      const $ = await loadPage(dist, path);
      const links = $('nav[data-toc] a');
      expect(links.length, path).toBeGreaterThan(0);
      links.each((_, a) => {
        const id = decodeURIComponent(($(a).attr('href') ?? '').slice(1));
        expect($(`[id="${id}"]`), `${path}#${id}`).toHaveLength(1);
      });
    }
  });

  it('stands outside the main content, before it, with 「回到顶部」 at the end of it', async () => {
    const $ = await loadPage(seed, `/${review}/`);
    expect($('main nav[data-toc]')).toHaveLength(0);
    const aside = $('.with-aside');
    expect(aside.children().first().is('nav[data-toc]')).toBe(true);
    expect(aside.children('main#main')).toHaveLength(1);
    expect($('main a[data-back-to-top]').attr('href')).toBe('#top');
    expect($('body').attr('id')).toBe('top');
  });
});

describe('the header', () => {
  /** The header's sections of the page at `path`: label, address, whether it is marked current. */
  async function sections(dist: string, path: string) {
    const $ = await loadPage(dist, path);
    return $('header nav a')
      .map(
        (_, a) =>
          `${$(a).text().trim()} ${$(a).attr('href') ?? ''}${$(a).attr('aria-current') === 'page' ? ' (current)' : ''}`,
      )
      .get();
  }

  it('links the site’s sections, marking the page it is on', async () => {
    expect(await sections(seed, '/')).toEqual([
      '全部材料 / (current)',
      '整改台账 /ledger/',
      '搜索 /search/',
    ]);
    expect(await sections(seed, '/ledger/')).toContain('整改台账 /ledger/ (current)');
    expect(await sections(seed, '/search/')).toContain('搜索 /search/ (current)');
    expect((await sections(seed, `/${review}/measures/2/`)).join()).not.toContain('(current)');
  });

  it('links the inspections only on a site that has any, under the base path', async () => {
    expect((await sections(seed, '/')).join()).not.toContain('巡察');
    expect(await sections(inject('featuresDist'), '/')).toContain('巡察 /inspections/');
    expect(await sections(inject('deployedDist'), '/')).toContain('整改台账 /zhenggai/ledger/');
  });

  it('has the menu button for phones and the colour switch, and loads the script before paint', async () => {
    const $ = await loadPage(seed, '/');
    const button = $('header button[data-menu-button]');
    expect(button.attr('aria-expanded')).toBe('false');
    expect($(`#${button.attr('aria-controls') ?? ''}`).find('nav a')).toHaveLength(3);
    expect($('header button[data-theme-switch]').text()).toContain('跟随系统');
    const head = $('head script[src]');
    expect(head.attr('src')).toBe('/before-paint.js');
    expect(head.attr('type')).toBeUndefined();
    expect(head.attr('async') ?? head.attr('defer')).toBeUndefined();
  });
});

describe('the page-not-found page', () => {
  it('carries every review’s entries by kind, with labels and titles', async () => {
    const $ = await loadPage(seed, '/404.html');
    const data = JSON.parse($('#not-found-data').text()) as NotFoundData;
    expect(data.reviews.map((r) => r.id)).toEqual([review]);
    const { entries } = data.reviews[0]!;
    expect([entries.finding.length, entries.cause.length, entries.measure.length]).toEqual([
      9, 4, 4,
    ]);
    expect(entries.measure[1]).toEqual([
      '2',
      '措施（二）',
      '强化政治担当，在解决群众反映强烈的问题上下实工夫',
    ]);
  });

  it('says without script that nothing is there, with links home and to search', async () => {
    const $ = await loadPage(seed, '/404.html');
    expect($('main [data-not-found]').attr('hidden')).toBeDefined();
    expect($('main a[href="/"]').text()).toBe('返回首页');
    expect($('main a[href="/search/"]').length).toBe(1);
    expect($('main form[action="/search/"] input[name="q"]').length).toBe(1);
  });

  it('stays small: the seed’s list is a few kilobytes', async () => {
    const html = await readFile(join(seed, '404.html'), 'utf8');
    expect(Buffer.byteLength(html)).toBeLessThan(8_000);
  });
});
