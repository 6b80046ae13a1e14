/** The seed review, built from content/: every page, the relations, and the text verbatim. */
import { readFile } from 'node:fs/promises';
import { describe, expect, inject, it } from 'vitest';
import { sourceParagraphs } from '../../scripts/shared/documents/text.ts';
import { blockTexts, loadPage } from '../helpers/html.ts';

const dist = inject('seedDist');
const review = 'xx-minzhengju-2023';
const findings = ['1-1', '1-2', '1-3', '2-1', '2-2', '2-3', '3-1', '3-2', '3-3'];
const numbered = ['1', '2', '3', '4'];

describe('the seed review', () => {
  it('is listed on the home page with its counts', async () => {
    const $ = await loadPage(dist, '/');
    const card = $('.review-card');
    expect(card).toHaveLength(1);
    expect(card.find('h2').text()).toBe('XX县民政局长巡察整改专题民主生活会对照检查材料');
    expect(card.find('.counts').text().replace(/\s+/g, '')).toBe(
      '存在的问题9条原因分析4条整改措施4条',
    );
  });

  it('has a page for every finding, cause and measure, labelled in the document numbering', async () => {
    const pages = [
      ...findings.map((id) => [
        `findings/${id}`,
        `问题（${'一二三'[Number(id[0]) - 1]}）之${'一二三'[Number(id[2]) - 1]}`,
      ]),
      ...numbered.map((id) => [`causes/${id}`, `原因（${'一二三四'[Number(id) - 1]}）`]),
      ...numbered.map((id) => [`measures/${id}`, `措施（${'一二三四'[Number(id) - 1]}）`]),
    ];
    for (const [path, label] of pages) {
      const $ = await loadPage(dist, `/${review}/${path}/`);
      expect($('html').attr('lang')).toBe('zh-CN');
      expect($('.entry-header .entry-label').text(), path).toBe(label);
      expect($('h1').text().length, path).toBeGreaterThan(4);
    }
  });

  it('links every finding to at least one cause and one measure, and back', async () => {
    for (const id of findings) {
      const $ = await loadPage(dist, `/${review}/findings/${id}/`);
      const links = $('.relation-groups a')
        .map((_, a) => $(a).attr('href'))
        .get();
      expect(
        links.some((l) => l.includes('/causes/')),
        id,
      ).toBe(true);
      expect(
        links.some((l) => l.includes('/measures/')),
        id,
      ).toBe(true);
    }
    for (const path of [
      ...numbered.map((n) => `causes/${n}`),
      ...numbered.map((n) => `measures/${n}`),
    ]) {
      const $ = await loadPage(dist, `/${review}/${path}/`);
      const links = $('.relation-groups a')
        .map((_, a) => $(a).attr('href'))
        .get();
      expect(
        links.some((l) => l.includes('/findings/')),
        path,
      ).toBe(true);
    }
  });

  it('publishes every paragraph of the source verbatim on the full-text page', async () => {
    const source = await readFile(`content/reviews/${review}/source.txt`, 'utf8');
    const paragraphs = sourceParagraphs(source);
    expect(paragraphs).toHaveLength(26);
    const blocks = new Set(blockTexts(await loadPage(dist, `/${review}/`)));
    const missing = paragraphs.filter((p) => !blocks.has(p));
    expect(missing).toEqual([]);
  });

  it('keeps the document order on the full-text page', async () => {
    const $ = await loadPage(dist, `/${review}/`);
    const text = $('main').text();
    const paragraphs = sourceParagraphs(
      await readFile(`content/reviews/${review}/source.txt`, 'utf8'),
    );
    const positions = paragraphs.map((p) => text.indexOf(p));
    expect(positions).toEqual([...positions].sort((a, b) => a - b));
  });

  it('has a map with a link for every entry', async () => {
    const $ = await loadPage(dist, `/${review}/map/`);
    expect($('svg a.node')).toHaveLength(17);
    expect($('.relation-table tbody tr')).toHaveLength(9);
  });
});
