/**
 * The inspections' pages of the features fixture, as a reader meets them: inspection xc-2024
 * (three problems, the third answered by no review) answered by demo-2024; xc-2024-hkk looks back
 * on it, its problem 1 recurring xc-2024's problem 1; ext-2024's finding 1-1 recurs demo-2024's
 * 1-2. Built once on 2024-06-30, when demo-2024's measure 1 is 30 days overdue and its measure 2 is
 * closed (已销号).
 */
import { describe, expect, inject, it } from 'vitest';
import { brokenLinks, htmlErrors } from '../helpers/gates.ts';
import { indexedText, loadPage } from '../helpers/html.ts';

const dist = inject('featuresDist');

type Page = Awaited<ReturnType<typeof loadPage>>;

/** The text of each element `selector` finds (inside `within`), its white space collapsed. */
const texts = ($: Page, selector: string, within?: ReturnType<Page>) =>
  (within ? within.find(selector) : $(selector))
    .map((_, el) => $(el).text().replace(/\s+/g, ' ').trim())
    .get();

/** Each `dt` and its `dd` in `dl`, as "name value". */
const fields = ($: Page, dl: ReturnType<Page>) =>
  dl
    .find('dt')
    .map((_, dt) => `${$(dt).text().trim()} ${$(dt).next('dd').text().replace(/\s+/g, ' ').trim()}`)
    .get();

const hrefs = ($: Page, selector: string) =>
  $(selector)
    .map((_, a) => $(a).attr('href'))
    .get();

describe('the inspection’s page', () => {
  it('lists the particulars, the reviews answering it and the round that looks back on it', async () => {
    const $ = await loadPage(dist, '/inspections/xc-2024/');
    expect($('h1').text()).toBe('关于巡察示例单位党组的反馈意见');
    const details = fields($, $('.inspection-details'));
    expect(details).toEqual(
      expect.arrayContaining([
        '巡察组 示例巡察组',
        '被巡察单位 示例单位党组',
        '文号 示巡发〔2024〕1号',
        '反馈日期 2024年2月20日',
        '回头看 关于对示例单位党组开展巡察回头看的反馈意见',
        '整改材料 示例单位班子成员对照检查材料',
      ]),
    );
    expect(hrefs($, '.inspection-details a')).toEqual(['/inspections/xc-2024-hkk/', '/demo-2024/']);
    expect($('.inspection-details time').attr('datetime')).toBe('2024-02-20');
  });

  it('counts the problems and the measures on the build date, and links the progress report', async () => {
    const $ = await loadPage(dist, '/inspections/xc-2024/');
    expect(fields($, $('.inspection-overview dl'))).toEqual([
      '反馈问题 3 个',
      '已回应 2 个',
      '整改空白 1 个',
      '整改措施 2 项',
      '已完成 1 项',
      '完成率 50.0%',
      '推进中 0 项',
      '逾期 1 项',
    ]);
    expect($('.inspection-overview').text()).toContain('截至 2024年6月30日');
    expect(hrefs($, '.inspection-overview a')).toEqual(['/inspections/xc-2024/report/']);
  });

  it('renders the feedback’s text with the problems in place, under their categories verbatim', async () => {
    const $ = await loadPage(dist, '/inspections/xc-2024/');
    const sequence = $('.document')
      .find('p, h3, .problem-block')
      .filter((_, el) => $(el).closest('.problem-block').length === 0 || $(el).is('.problem-block'))
      .map((_, el) => ($(el).is('.problem-block') ? `#${$(el).attr('id')}` : $(el).text().trim()))
      .get();
    expect(sequence).toEqual([
      '现将巡察发现的问题反馈如下：',
      '（一）学习方面',
      '#problem-1',
      '（二）作风方面',
      '#problem-2',
      '#problem-3',
      '请认真整改。',
    ]);
    expect($('#problem-1 > p').first().text()).toBe('1.理论学习不扎实。中心组学习不经常。');
    expect($('#problem-1-label').attr('href')).toBe('/inspections/xc-2024/problems/1/');
  });

  it('keeps a renumbered problem’s former anchor in this feedback, and no other', async () => {
    // xc-2024's problem 2 was problem 9 here, and problem 5 of an inspection folder renamed since.
    const $ = await loadPage(dist, '/inspections/xc-2024/');
    expect($('#problem-9').closest('article').attr('id')).toBe('problem-2');
    expect($('#problem-5')).toHaveLength(0);
  });

  it('flags the problem no review answered in words, and only that one', async () => {
    const $ = await loadPage(dist, '/inspections/xc-2024/');
    expect(texts($, '#problem-3 .unanswered-flag')).toEqual(['整改空白']);
    expect($('#problem-3').text()).toContain('尚无对照检查材料回应这个问题。');
    expect($('#problem-1 .unanswered-flag, #problem-2 .unanswered-flag')).toHaveLength(0);
  });

  it('gives each answered problem the reviews’ findings and the lights of their measures', async () => {
    const $ = await loadPage(dist, '/inspections/xc-2024/');
    const answer = $('#problem-1 .answers > li').first();
    expect(answer.find('a.review').attr('href')).toBe('/demo-2024/');
    expect(hrefs($, '#problem-1 .answers .entry-link')).toEqual([
      '/demo-2024/findings/1-1/',
      '/demo-2024/findings/2-1/',
    ]);
    expect(texts($, '#problem-1 .light-tally li')).toEqual(['逾期 1 项', '已完成 1 项']);
    expect(texts($, '#problem-2 .light-tally li')).toEqual(['已完成 1 项']);
  });

  it('links the later round’s recurring problem from the problem, and looks back on a page of its own', async () => {
    const $ = await loadPage(dist, '/inspections/xc-2024/');
    expect(hrefs($, '#problem-1 .problem-link')).toEqual(['/inspections/xc-2024-hkk/problems/1/']);
    expect($('.lookback')).toHaveLength(0);
    const later = await loadPage(dist, '/inspections/xc-2024-hkk/');
    expect(hrefs(later, '.inspection-details a')).toContain('/inspections/xc-2024/');
    const lookback = later('.lookback');
    expect(lookback.find('h2').text()).toBe('回头看');
    const item = lookback.find('.lookback-list > li').first();
    expect(item.find('.recurs').text()).toBe('反复出现');
    expect(hrefs(later, '.lookback-list .problem-link')).toEqual([
      '/inspections/xc-2024-hkk/problems/1/',
      '/inspections/xc-2024/problems/1/',
    ]);
    expect(item.text().replace(/\s+/g, '')).toContain(
      '整改措施2项，已完成1项（50.0%）逾期1项已完成1项',
    );
  });

  it('is indexed for the feedback’s own text only: each problem’s page is the result for it', async () => {
    const $ = await loadPage(dist, '/inspections/xc-2024/');
    expect($('[data-pagefind-body]').attr('data-search-kind')).toBe('反馈意见');
    const text = indexedText($);
    expect(text).toContain('现将巡察发现的问题反馈如下：');
    expect(text).not.toContain('中心组学习不经常');
    expect(text).not.toContain('整改概况');
  });
});

describe('a problem’s page', () => {
  it('shows the text, and leads from problem 1 to demo-2024’s findings and their measures with lights', async () => {
    const $ = await loadPage(dist, '/inspections/xc-2024/problems/1/');
    expect($('h1').text()).toBe('理论学习不扎实');
    expect($('.document').text().trim()).toBe('1.理论学习不扎实。中心组学习不经常。');
    const answer = $('.problem-answers .answer');
    expect(answer).toHaveLength(1);
    expect(answer.find('h3 a').attr('href')).toBe('/demo-2024/');
    expect(hrefs($, '.findings > li > .entry-link')).toEqual([
      '/demo-2024/findings/1-1/',
      '/demo-2024/findings/2-1/',
    ]);
    const measures = $('.findings > li').first().find('.measures > li');
    expect(measures).toHaveLength(2);
    const first = measures.first();
    expect(first.find('.entry-link').attr('href')).toBe('/demo-2024/measures/1/');
    expect(first.find('.light').text()).toBe('逾期 30 天');
    expect(first.find('.light').attr('data-due')).toBe('2024-05-31');
    expect(fields($, first.find('dl'))).toEqual([
      '责任单位 办公室',
      '责任领导 张三',
      '完成时限 2024-05-31',
    ]);
    expect(measures.last().find('.light').text()).toBe('已完成');
    expect($('.problem-answers .summary').text()).toContain('截至 2024年6月30日');
  });

  it('says so when no review answers it', async () => {
    const $ = await loadPage(dist, '/inspections/xc-2024/problems/3/');
    expect(texts($, '.entry-header .unanswered-flag')).toEqual(['整改空白']);
    expect($('.problem-answers').text()).toContain('还没有对照检查材料中的问题回应这个反馈问题。');
    expect($('.problem-answers .answer')).toHaveLength(0);
  });

  it('links the same problem both ways between the rounds', async () => {
    const later = await loadPage(dist, '/inspections/xc-2024-hkk/problems/1/');
    expect(hrefs(later, '.recurrences .problem-link')).toEqual([
      '/inspections/xc-2024/problems/1/',
    ]);
    expect(later('.recurrences h3').text()).toBe('以前的巡察中指出过');
    expect(later('.recurrences .outcome').text()).toContain('已完成 1 项');
    const earlier = await loadPage(dist, '/inspections/xc-2024/problems/1/');
    expect(earlier('.recurrences h3').text()).toBe('以后的巡察中再次指出');
    expect(hrefs(earlier, '.recurrences .problem-link')).toEqual([
      '/inspections/xc-2024-hkk/problems/1/',
    ]);
  });

  it('has breadcrumbs, its neighbours, its place in the feedback and the copy buttons', async () => {
    const $ = await loadPage(dist, '/inspections/xc-2024/problems/2/');
    expect(texts($, '.breadcrumbs li')).toEqual([
      '首页',
      '巡察反馈',
      '关于巡察示例单位党组的反馈意见',
      '反馈问题2',
    ]);
    expect(hrefs($, '.prev-next a')).toEqual([
      '/inspections/xc-2024/problems/1/',
      '/inspections/xc-2024/problems/3/',
    ]);
    expect(hrefs($, '.in-context a')).toEqual(['/inspections/xc-2024/#problem-2']);
    expect(hrefs($, '.entry-header a')).toContain('/inspections/xc-2024/#category-2');
    const copy = $('.entry-permalink [data-permalink]');
    expect(copy.attr('data-url')).toBe('/inspections/xc-2024/problems/2/');
    expect(copy.attr('data-citation')).toBe(
      '《关于巡察示例单位党组的反馈意见》反馈问题2“调查研究不深入”',
    );
  });

  it('is indexed under the kind 反馈问题, filtered by kind and by its feedback', async () => {
    const $ = await loadPage(dist, '/inspections/xc-2024/problems/2/');
    const body = $('[data-pagefind-body]');
    expect(body.attr('data-search-kind')).toBe('反馈问题');
    expect(body.attr('data-search-title')).toBe('反馈问题2 调查研究不深入');
    expect(body.attr('data-search-filters')).toContain('类型[data-search-kind]');
    expect(body.attr('data-search-filters')).toContain('材料[data-search-review]');
    expect(body.attr('data-search-review')).toBe('关于巡察示例单位党组的反馈意见');
    expect(indexedText($).trim()).toBe('2.调查研究不深入。深入基层少。');
  });
});

describe('a finding’s page', () => {
  it('links back to the feedback problems it answers', async () => {
    const $ = await loadPage(dist, '/demo-2024/findings/2-1/');
    const section = $('#feedback-heading').closest('section');
    expect(section.find('h2').text()).toContain('回应的巡察反馈问题');
    expect(hrefs($, '.feedback-links .problem-link')).toEqual([
      '/inspections/xc-2024/problems/1/',
      '/inspections/xc-2024/problems/2/',
    ]);
    const none = await loadPage(dist, '/demo-2024/findings/1-2/');
    expect(none('.feedback-links').first().text()).toContain('尚未写明回应哪个反馈问题。');
    const elsewhere = await loadPage(dist, '/ext-2024/findings/1-1/');
    expect(elsewhere('#feedback-heading')).toHaveLength(0);
  });

  it('links the same problem in earlier and later reviews, both ways', async () => {
    const earlier = await loadPage(dist, '/demo-2024/findings/1-2/');
    expect(earlier('#recurred-by-heading').text()).toContain('同一问题在以后材料中');
    expect(hrefs(earlier, '#recurred-by-heading + ul .entry-link')).toEqual([
      '/ext-2024/findings/1-1/',
    ]);
    const later = await loadPage(dist, '/ext-2024/findings/1-1/');
    expect(later('#recurs-heading').text()).toContain('同一问题在以前材料中');
    expect(hrefs(later, '#recurs-heading + ul .entry-link')).toEqual(['/demo-2024/findings/1-2/']);
    expect(later('#recurs-heading + ul').text()).toContain('示例单位班子成员对照检查材料');
  });

  it('and the review’s full text names the inspection it answers', async () => {
    const $ = await loadPage(dist, '/demo-2024/');
    expect(hrefs($, '.review-meta a')).toEqual(['/inspections/xc-2024/']);
  });
});

describe('the lists of inspections', () => {
  it('the home page lists them with their reviews, and links to /inspections/', async () => {
    const $ = await loadPage(dist, '/');
    expect(texts($, '.inspection-card .title')).toEqual([
      '关于对示例单位党组开展巡察回头看的反馈意见',
      '关于巡察示例单位党组的反馈意见',
    ]);
    expect(hrefs($, '.inspection-card .reviews a')).toEqual(['/demo-2024/']);
    expect(hrefs($, 'main a')).toContain('/inspections/');
  });

  it('/inspections/ lists every inspection and, per unit, the problems that recur', async () => {
    const $ = await loadPage(dist, '/inspections/');
    expect(hrefs($, '.inspection-card .title a')).toEqual([
      '/inspections/xc-2024-hkk/',
      '/inspections/xc-2024/',
    ]);
    const earlier = $('.inspection-card').last();
    expect(fields($, earlier.find('dl'))).toEqual([
      '反馈问题 3 个',
      '整改空白 1 个',
      '整改措施 2 项',
      '完成率 50.0%',
      '逾期 1 项',
    ]);
    expect(texts($, '.unit h3')).toEqual(['示例单位党组']);
    expect(hrefs($, '.recurring .problem-link')).toEqual([
      '/inspections/xc-2024-hkk/problems/1/',
      '/inspections/xc-2024/problems/1/',
    ]);
    expect($('.recurring .outcome').text()).toContain('已完成 1 项');
  });
});

describe('the pages of inspections', () => {
  it('are valid HTML', async () => {
    expect(await htmlErrors(dist, (url) => url.startsWith('/inspections/') || url === '/')).toEqual(
      [],
    );
    expect(await htmlErrors(dist, (url) => /\/findings\//.test(url))).toEqual([]);
  });

  it('link only to pages and anchors that exist', async () => {
    expect(await brokenLinks(dist)).toEqual([]);
  });
});
