/** A small fixture site with two reviews: pages, two-way links, anchors, navigation. */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { loadPage } from '../helpers/html.ts';

const dist = inject('smallDist');
const hrefs = ($: Awaited<ReturnType<typeof loadPage>>, selector: string) =>
  $(selector)
    .map((_, a) => $(a).attr('href'))
    .get();

describe('the small fixture site', () => {
  it('builds every page type for both reviews', () => {
    for (const path of [
      'index.html',
      '404.html',
      'demo-2024/index.html',
      'demo-2024/map/index.html',
      'demo-2024/findings/1-1/index.html',
      'demo-2024/findings/2-1/index.html',
      'demo-2024/causes/2/index.html',
      'demo-2024/measures/2/index.html',
      'older-2022/index.html',
      'older-2022/findings/1-1/index.html',
    ]) {
      expect(existsSync(join(dist, path)), path).toBe(true);
    }
  });

  it('lists reviews newest first', async () => {
    const $ = await loadPage(dist, '/');
    expect(
      $('.review-card h2')
        .map((_, h) => $(h).text())
        .get(),
    ).toEqual(['示例单位班子成员对照检查材料', '另一单位对照检查材料']);
  });

  it('links a finding to its causes and measures', async () => {
    const $ = await loadPage(dist, '/demo-2024/findings/1-2/');
    expect(hrefs($, '.relation-groups a')).toEqual([
      '/demo-2024/causes/1/',
      '/demo-2024/causes/2/',
      '/demo-2024/measures/1/',
    ]);
  });

  it('links a cause back to the findings it explains and on to their measures', async () => {
    const $ = await loadPage(dist, '/demo-2024/causes/2/');
    const [findingsGroup, measuresGroup] = $('.relation-groups section').toArray();
    expect($(findingsGroup).find('h2').text()).toContain('由此导致的问题');
    expect(hrefs($, '.relation-groups section:nth-of-type(1) a')).toEqual([
      '/demo-2024/findings/1-2/',
      '/demo-2024/findings/2-1/',
    ]);
    expect($(measuresGroup).find('a').length).toBe(2);
  });

  it('links a measure back to the findings it answers', async () => {
    const $ = await loadPage(dist, '/demo-2024/measures/2/');
    expect(hrefs($, '.relation-groups section:nth-of-type(1) a')).toEqual([
      '/demo-2024/findings/1-1/',
      '/demo-2024/findings/2-1/',
    ]);
  });

  it('says so when a finding has no relations yet', async () => {
    const $ = await loadPage(dist, '/older-2022/findings/1-1/');
    expect($('.relation-groups').text()).toContain('尚未关联原因。');
    expect($('.relation-groups').text()).toContain('尚未关联整改措施。');
  });

  it('gives every block of the full text an anchor and a link to its page', async () => {
    const $ = await loadPage(dist, '/demo-2024/');
    expect(
      $('article.entry-block')
        .map((_, a) => $(a).attr('id'))
        .get(),
    ).toEqual([
      'finding-1-1',
      'finding-1-2',
      'finding-2-1',
      'cause-1',
      'cause-2',
      'measure-1',
      'measure-2',
    ]);
    expect($('#finding-2-1 .entry-label').attr('href')).toBe('/demo-2024/findings/2-1/');
    expect($('#area-2').text()).toBe('（二）作风方面');
  });

  it('keeps the review text around the parts, and renders < and { as text', async () => {
    const $ = await loadPage(dist, '/demo-2024/');
    const paragraphs = $('.document > p')
      .map((_, p) => $(p).text())
      .get();
    expect(paragraphs[0]).toBe(
      '根据《关于<示例>的通知》要求，现将对照检查情况报告如下：{不是表达式}',
    );
    expect(paragraphs.at(-1)).toBe('以上对照检查，请同志们批评指正。');
  });

  it('walks the document with previous and next, across parts', async () => {
    const $ = await loadPage(dist, '/demo-2024/findings/2-1/');
    expect(hrefs($, '.prev-next a')).toEqual(['/demo-2024/findings/1-2/', '/demo-2024/causes/1/']);
  });

  it('shows the breadcrumb down to the entry', async () => {
    const $ = await loadPage(dist, '/demo-2024/measures/1/');
    expect(
      $('.breadcrumbs li')
        .map((_, li) => $(li).text().trim())
        .get(),
    ).toEqual(['首页', '示例单位班子成员对照检查材料', '整改措施', '措施（一）']);
  });

  it('draws the map with the relations of the review only', async () => {
    const $ = await loadPage(dist, '/demo-2024/map/');
    expect($('svg a.node')).toHaveLength(7);
    // 1-1: one cause, two measures; 1-2: two causes, one measure; 2-1: one and one.
    expect($('svg path.edge')).toHaveLength(8);
    expect($('svg a.node').first().attr('href')).toBe('/demo-2024/causes/1/');
  });
});
