/**
 * Rectification status beside every measure a page names: finding and cause pages, the measure's
 * ledger panel, the relation map, the full text, and the overview on the home page. The small
 * fixture is built on 2024-06-30: 措施（一） (推进中, due 2024-05-31) is 30 days overdue and
 * 措施（二） (已销号) is done.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { blockTexts, loadPage } from '../helpers/html.ts';

const dist = inject('smallDist');
type Page = Awaited<ReturnType<typeof loadPage>>;

const text = ($: Page, el: Parameters<Page>[0]) => $(el).text().replace(/\s+/g, ' ').trim();

/** Each element's text, whitespace collapsed. */
const texts = ($: Page, selector: string) =>
  $(selector)
    .map((_, el) => text($, el))
    .get();

/** The attributes the lights script reads to measure a light again in the browser. */
const lightData = ($: Page, selector: string) =>
  $(selector)
    .map((_, el) => ({
      text: $(el).text().trim(),
      light: $(el).attr('data-light'),
      status: $(el).attr('data-status'),
      due: $(el).attr('data-due'),
    }))
    .get();

const OVERDUE = { text: '逾期 30 天', light: '逾期', status: '推进中', due: '2024-05-31' };
const DONE = { text: '已完成', light: '已完成', status: '已销号', due: '2024-04-30' };

/** Whether the page loads the script that measures the lights again against the reader's today. */
async function loadsLightsScript($: Page): Promise<boolean> {
  const sources = $('script[type="module"][src]')
    .map((_, s) => $(s).attr('src'))
    .get();
  const scripts = await Promise.all(sources.map((src) => readFile(join(dist, src), 'utf8')));
  return scripts.some((script) => script.includes('ledger-lights'));
}

describe('a finding’s page', () => {
  it('says each measure’s status and light beside its link, in words', async () => {
    const $ = await loadPage(dist, '/demo-2024/findings/1-1/');
    const [causes, measures] = $('.relation-groups section').toArray();
    expect($(causes).find('.measure-status')).toHaveLength(0);
    expect(
      $(measures)
        .find('li')
        .map((_, li) => text($, li))
        .get(),
    ).toEqual([
      '措施（一）强化学习整改状态：推进中 逾期 30 天',
      '措施（二）转变作风整改状态：已销号 已完成',
    ]);
    expect(lightData($, '.relation-groups .light')).toEqual([OVERDUE, DONE]);
    expect($('.relation-groups .light-overdue').text()).toBe('逾期 30 天');
    expect(await loadsLightsScript($)).toBe(true);
  });
});

describe('a cause’s page', () => {
  it('says the status of the measures answering its findings, not of the findings', async () => {
    const $ = await loadPage(dist, '/demo-2024/causes/2/');
    const [findings, measures] = $('.relation-groups section').toArray();
    expect($(findings).find('.measure-status')).toHaveLength(0);
    expect(
      $(measures)
        .find('.measure-status')
        .map((_, el) => text($, el))
        .get(),
    ).toEqual(['整改状态：推进中 逾期 30 天', '整改状态：已销号 已完成']);
  });
});

describe('a measure’s page', () => {
  it('shows its light beside the ledger panel’s heading, the fields as they were', async () => {
    const $ = await loadPage(dist, '/demo-2024/measures/1/');
    expect(lightData($, '.ledger-panel .light')).toEqual([OVERDUE]);
    expect($('.ledger-panel h2').text()).toBe('整改台账');
    expect(texts($, '.ledger-panel dl div')).toContain('整改状态推进中');
    expect(
      lightData(await loadPage(dist, '/demo-2024/measures/2/'), '.ledger-panel .light'),
    ).toEqual([DONE]);
  });
});

describe('the relation map', () => {
  it('writes each measure box’s light in its box, as text the script measures again', async () => {
    const $ = await loadPage(dist, '/demo-2024/map/');
    expect(lightData($, '#map-measure-1 text.light')).toEqual([OVERDUE]);
    expect(lightData($, '#map-measure-2 text.light')).toEqual([DONE]);
    expect($('a.node.kind-finding .light, a.node.kind-cause .light')).toHaveLength(0);
    expect($('[data-lights-date]').text()).toBe(
      '逾期、临期按 2024年6月30日（生成网站的日期）计算。',
    );
    expect(await loadsLightsScript($)).toBe(true);
  });

  it('says each measure’s status in the table below the map', async () => {
    const $ = await loadPage(dist, '/demo-2024/map/');
    const measures = $('.relation-table tbody tr')
      .map((_, tr) => text($, $(tr).children('td').last()))
      .get();
    expect(measures).toEqual([
      '措施（一）强化学习整改状态：推进中 逾期 30 天措施（二）转变作风整改状态：已销号 已完成',
      '措施（一）强化学习整改状态：推进中 逾期 30 天',
      '措施（二）转变作风整改状态：已销号 已完成',
    ]);
  });
});

describe('the full text', () => {
  it('shows a measure’s status on its label’s line, outside the document’s words', async () => {
    const $ = await loadPage(dist, '/demo-2024/');
    expect(texts($, '#measure-1 .entry-head .measure-status')).toEqual([
      '整改状态：推进中 逾期 30 天',
    ]);
    expect(texts($, '#measure-2 .entry-head .measure-status')).toEqual(['整改状态：已销号 已完成']);
    // Only on the label's line, which print leaves off, and nowhere in the text.
    expect($('.measure-status').length).toBe($('.entry-head .measure-status').length);
    expect(
      $('.entry-block.kind-finding .measure-status, .kind-cause .measure-status'),
    ).toHaveLength(0);
    expect(blockTexts($).filter((t) => /逾期|已完成|推进中/.test(t))).toEqual([]);
    expect($('#measure-2 > p').text()).toBe('（二）转变作风。深入一线调研。');
  });
});

describe('the home page', () => {
  it('gives each review card an overview of its measures, with a link to its ledger', async () => {
    const $ = await loadPage(dist, '/');
    const [demo, older] = $('.review-card').toArray();
    expect(text($, $(demo).find('.progress'))).toBe(
      '整改进度整改措施 2 项，完成率 50.0%，逾期 1 项整改台账',
    );
    expect($(demo).find('.progress strong.overdue').text()).toBe('逾期 1 项');
    expect($(demo).find('.progress a').attr('href')).toBe('/demo-2024/ledger/');
    expect(text($, $(older).find('.progress'))).toBe('尚无整改措施。');
  });

  it('says the whole site’s overview on the build date, with the site-wide ledger', async () => {
    const $ = await loadPage(dist, '/');
    expect(text($, '.site-progress')).toBe(
      '截至 2024年6月30日（生成网站的日期），全部材料共有整改措施 2 项，完成率 50.0%，逾期 1 项。整改台账（全部材料）',
    );
    expect($('.site-progress a').attr('href')).toBe('/ledger/');
  });
});
