/**
 * Permalinks in the built pages of the small fixture: sub-item anchors, alias pages, the
 * manifest, link previews; and the same fixture deployed under /zhenggai/ on a known origin. The
 * features fixture has inspections: its problems' alias pages and their place in the manifest.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import type { PermalinkManifest } from '../../src/permalinks/manifest.ts';
import { loadPage } from '../helpers/html.ts';

const dist = inject('smallDist');
const deployed = inject('deployedDist');
const features = inject('featuresDist');

const ids = ($: Awaited<ReturnType<typeof loadPage>>, selector: string) =>
  $(selector)
    .map((_, el) => $(el).attr('id'))
    .get();
const manifestOf = async (dir: string) =>
  JSON.parse(await readFile(join(dir, 'permalinks.json'), 'utf8')) as PermalinkManifest;

describe('sub-item anchors', () => {
  it('names every numbered point of an entry, nested points included', async () => {
    const $ = await loadPage(dist, '/demo-2024/');
    expect(ids($, '#measure-1 .sub-item')).toEqual([
      'measure-1-item-1',
      'measure-1-item-2',
      'measure-1-item-2-1',
      'measure-1-item-2-2',
      'measure-1-item-3',
    ]);
    expect($('#measure-1-item-2-1').text()).toBe('（1）班子成员领学；');
    expect($('#measure-1-item-2').text()).toBe(
      '二是每季度交流研讨：（1）班子成员领学；（2）干部职工发言。',
    );
  });

  it("does not take a finding's own 一是 for a point, and reads 1. 2. inside it", async () => {
    const $ = await loadPage(dist, '/demo-2024/');
    expect(ids($, '#finding-1-2 .sub-item')).toEqual(['finding-1-2-item-1', 'finding-1-2-item-2']);
    expect(ids($, '#finding-1-1 .sub-item')).toEqual([]);
  });

  it('keeps every paragraph exactly as written, bold numbering included', async () => {
    const $ = await loadPage(dist, '/demo-2024/');
    expect($('#cause-1 p').text()).toBe('（一）理论学习不够。一是重视不够。二是方法单一。');
    expect($('#cause-1-item-1 strong').text()).toBe('一是');
    expect($('#measure-1 p').text()).toBe(
      '（一）强化学习。一是每月集中学习一次；二是每季度交流研讨：（1）班子成员领学；（2）干部职工发言。三是年底考学。',
    );
  });

  it('makes the numbering a link to its own point', async () => {
    const $ = await loadPage(dist, '/demo-2024/');
    const link = $('#finding-2-1-item-2 > a.sub-item-link');
    expect(link.text()).toBe('（2）');
    expect(link.attr('href')).toBe('#finding-2-1-item-2');
  });

  it('uses the same ids on the entry page as on the full text', async () => {
    const full = await loadPage(dist, '/demo-2024/');
    const page = await loadPage(dist, '/demo-2024/measures/1/');
    expect(ids(page, '.document .sub-item')).toEqual(ids(full, '#measure-1 .sub-item'));
  });
});

describe('link affordances on the full text', () => {
  it('puts a § link to the anchor of every block and area heading', async () => {
    const $ = await loadPage(dist, '/demo-2024/');
    expect($('#finding-2-1 .anchor-link').attr('href')).toBe('#finding-2-1');
    expect($('#area-2 .anchor-link').attr('href')).toBe('#area-2');
    expect($('#area-2 .anchor-link').attr('aria-label')).toBe('方面（二）的链接');
    expect($('#area-2').text()).toBe('（二）作风方面');
  });

  it('keeps anchors under the ids an entry had before, on the full text', async () => {
    const $ = await loadPage(dist, '/demo-2024/');
    expect($('#finding-1-3').closest('article').attr('id')).toBe('finding-2-1');
  });
});

describe('copy buttons without script', () => {
  it('shows the URL as text on the entry page, and hides the buttons until script runs', async () => {
    const $ = await loadPage(dist, '/demo-2024/measures/2/');
    const box = $('.entry-permalink [data-permalink]');
    expect(box.attr('data-url')).toBe('/demo-2024/measures/2/');
    expect(box.attr('data-citation')).toBe('《示例单位班子成员对照检查材料》措施（二）“转变作风”');
    expect(box.find('[data-permalink-url]').text()).toBe('/demo-2024/measures/2/');
    expect(box.find('.actions[hidden] button')).toHaveLength(2);
  });

  it('puts the URL in a noscript beside every block of the full text', async () => {
    const $ = await loadPage(dist, '/demo-2024/');
    expect($('article.entry-block [data-permalink]')).toHaveLength(7);
    expect($('#cause-2 noscript').text()).toContain('/demo-2024/causes/2/');
  });

  it('loads the copy script only where there is something to copy', async () => {
    // Pages that show a measure's light load the lights' script too: the copy script is the one
    // that writes to the clipboard, itself or through a module it imports (the copy code the
    // ledger shares).
    const withImports = async (src: string): Promise<string> => {
      const code = await readFile(join(dist, src), 'utf8');
      const imported = [...code.matchAll(/(?:from|import)\s*"(\.\/[^"]+\.js)"/g)].map(
        ([, relative]) => new URL(relative!, `file://${src}`).pathname,
      );
      return [code, ...(await Promise.all(imported.map(withImports)))].join('\n');
    };
    const scripted = async (path: string) => {
      const $ = await loadPage(dist, path);
      const sources = $('script[type="module"]')
        .map((_, script) => $(script).attr('src'))
        .get();
      const scripts = await Promise.all(sources.map(withImports));
      return scripts.filter((script) => script.includes('navigator.clipboard')).length;
    };
    expect(await scripted('/demo-2024/')).toBe(1);
    expect(await scripted('/demo-2024/causes/1/')).toBe(1);
    expect(await scripted('/')).toBe(0);
    expect(await scripted('/demo-2024/map/')).toBe(0);
  });
});

describe('alias pages', () => {
  it('forwards a former id to the entry with a meta refresh and a plain link', async () => {
    const $ = await loadPage(dist, '/demo-2024/findings/1-3/');
    expect($('meta[http-equiv="refresh"]').attr('content')).toBe('0; url=/demo-2024/findings/2-1/');
    expect($('meta[name="robots"]').attr('content')).toBe('noindex');
    expect($('main a[href="/demo-2024/findings/2-1/"]').text()).toBe('/demo-2024/findings/2-1/');
    expect($('h1').text()).toBe('网址已更新');
    expect($('main').text()).toContain('问题（二）之一“作风不实”');
    expect($('title').text()).toBe('问题（二）之一 作风不实 - 对照检查材料');
  });

  it('forwards a former path in another review', async () => {
    const $ = await loadPage(dist, '/older-2022/causes/5/');
    expect($('meta[http-equiv="refresh"]').attr('content')).toBe('0; url=/demo-2024/causes/2/');
  });
});

describe('permalinks.json', () => {
  it('lists every entry with review, kind, id, label, title and URL', async () => {
    const manifest = await manifestOf(dist);
    expect(manifest.site).toBeNull();
    expect(manifest.base).toBe('/');
    expect(manifest.entries).toHaveLength(8);
    expect(manifest.entries.find((e) => e.url === '/demo-2024/measures/2/')).toEqual({
      review: 'demo-2024',
      kind: 'measure',
      id: '2',
      label: '措施（二）',
      title: '转变作风',
      url: '/demo-2024/measures/2/',
      anchor: 'measure-2',
    });
  });

  it('lists every alias with the entry it leads to', async () => {
    const manifest = await manifestOf(dist);
    expect(manifest.aliases).toEqual([
      {
        review: 'demo-2024',
        kind: 'finding',
        id: '2-1',
        label: '问题（二）之一',
        title: '作风不实',
        url: '/demo-2024/findings/1-3/',
        target: '/demo-2024/findings/2-1/',
        formerAnchor: 'finding-1-3',
      },
      {
        review: 'demo-2024',
        kind: 'cause',
        id: '2',
        label: '原因（二）',
        title: '担当不够',
        url: '/older-2022/causes/5/',
        target: '/demo-2024/causes/2/',
        formerAnchor: 'cause-5',
      },
    ]);
  });
});

describe('alias pages of feedback problems', () => {
  it('forwards a former number to the problem with a meta refresh and a plain link', async () => {
    const $ = await loadPage(features, '/inspections/xc-2024/problems/9/');
    expect($('meta[http-equiv="refresh"]').attr('content')).toBe(
      '0; url=/inspections/xc-2024/problems/2/',
    );
    expect($('meta[name="robots"]').attr('content')).toBe('noindex');
    const link = $('main a[data-alias-target]');
    expect(link.attr('href')).toBe('/inspections/xc-2024/problems/2/');
    expect(link.text()).toBe('/inspections/xc-2024/problems/2/');
    expect($('h1').text()).toBe('网址已更新');
    expect($('main').text()).toContain(
      '/inspections/xc-2024/problems/9/ 是反馈问题2“调查研究不深入”原来的网址。该问题调整了编号或位置',
    );
    expect($('title').text()).toBe('反馈问题2 调查研究不深入 - 对照检查材料');
    expect($('meta[name="description"]').attr('content')).toBe(
      '《关于巡察示例单位党组的反馈意见》反馈问题2：调查研究不深入',
    );
  });

  it('carries the anchor the problem had at its former address over to its new one', async () => {
    const [byNumber, byPath] = await Promise.all([
      loadPage(features, '/inspections/xc-2024/problems/9/'),
      loadPage(features, '/inspections/xc-2023/problems/5/'),
    ]);
    const anchors = ($: typeof byNumber) => {
      const link = $('a[data-alias-target]');
      return [link.attr('data-former'), link.attr('data-anchor')];
    };
    expect(anchors(byNumber)).toEqual(['problem-9', 'problem-2']);
    expect(anchors(byPath)).toEqual(['problem-5', 'problem-2']);
    expect(byPath('meta[http-equiv="refresh"]').attr('content')).toBe(
      '0; url=/inspections/xc-2024/problems/2/',
    );
  });

  it('loads the redirect script, which the entries’ alias pages load too', async () => {
    const src = (await loadPage(features, '/inspections/xc-2024/problems/9/'))(
      'script[type="module"]',
    ).attr('src');
    expect(src).toBeTruthy();
    expect(
      (await loadPage(features, '/demo-2024/findings/1-3/'))('script[type="module"]').attr('src'),
    ).toBe(src);
  });
});

describe('permalinks.json of a site with inspections', () => {
  it('lists each inspection with its feedback page and its report', async () => {
    const manifest = await manifestOf(features);
    expect(manifest.inspections).toEqual([
      {
        inspection: 'xc-2024-hkk',
        title: '关于对示例单位党组开展巡察回头看的反馈意见',
        url: '/inspections/xc-2024-hkk/',
        report: '/inspections/xc-2024-hkk/report/',
      },
      {
        inspection: 'xc-2024',
        title: '关于巡察示例单位党组的反馈意见',
        url: '/inspections/xc-2024/',
        report: '/inspections/xc-2024/report/',
      },
    ]);
  });

  it('lists every feedback problem among the entries, after the reviews’ entries', async () => {
    const manifest = await manifestOf(features);
    const kinds = manifest.entries.map((e) => e.kind);
    expect(kinds.slice(kinds.indexOf('problem'))).toEqual(Array(4).fill('problem'));
    expect(manifest.entries.find((e) => e.url === '/inspections/xc-2024/problems/2/')).toEqual({
      inspection: 'xc-2024',
      kind: 'problem',
      id: '2',
      label: '反馈问题2',
      title: '调查研究不深入',
      url: '/inspections/xc-2024/problems/2/',
      anchor: 'problem-2',
    });
  });

  it('lists a problem’s aliases with the problem they lead to', async () => {
    const manifest = await manifestOf(features);
    const problem = {
      inspection: 'xc-2024',
      kind: 'problem',
      id: '2',
      label: '反馈问题2',
      title: '调查研究不深入',
      target: '/inspections/xc-2024/problems/2/',
    };
    expect(manifest.aliases.filter((a) => a.kind === 'problem')).toEqual([
      { ...problem, url: '/inspections/xc-2024/problems/9/', formerAnchor: 'problem-9' },
      { ...problem, url: '/inspections/xc-2023/problems/5/', formerAnchor: 'problem-5' },
    ]);
  });

  it('lists no inspections for a site without them', async () => {
    const manifest = await manifestOf(dist);
    expect(manifest.inspections).toEqual([]);
    expect(manifest.entries.every((e) => e.kind !== 'problem')).toBe(true);
  });
});

describe('link previews', () => {
  it('gives an entry page its label and title, a description from its text, and og tags', async () => {
    const $ = await loadPage(dist, '/demo-2024/measures/1/');
    const meta = (property: string) => $(`meta[property="${property}"]`).attr('content');
    expect($('title').text()).toBe('措施（一） 强化学习 - 对照检查材料');
    expect(meta('og:title')).toBe('措施（一） 强化学习');
    expect(meta('og:type')).toBe('article');
    expect(meta('og:locale')).toBe('zh_CN');
    expect(meta('og:site_name')).toBe('对照检查材料');
    expect(meta('og:description')).toMatch(
      /^《示例单位班子成员对照检查材料》措施（一）：（一）强化学习。一是/,
    );
    expect($('meta[name="description"]').attr('content')).toBe(meta('og:description'));
  });

  it('leaves out canonical and og:url when the origin is not configured', async () => {
    const $ = await loadPage(dist, '/demo-2024/measures/1/');
    expect($('link[rel="canonical"]')).toHaveLength(0);
    expect($('meta[property="og:url"]')).toHaveLength(0);
  });

  it('describes every page', async () => {
    for (const path of [
      '/',
      '/demo-2024/',
      '/demo-2024/map/',
      '/demo-2024/causes/2/',
      '/404.html',
    ]) {
      const $ = await loadPage(dist, path);
      expect($('title').text().length, path).toBeGreaterThan(4);
      expect($('meta[name="description"]').attr('content')?.length, path).toBeGreaterThan(4);
      expect($('meta[property="og:title"]').attr('content'), path).toBeTruthy();
    }
  });
});

describe('the site deployed under /zhenggai/ on https://oa.example.gov.cn', () => {
  const origin = 'https://oa.example.gov.cn';

  it('gives every page its canonical URL and og:url', async () => {
    for (const path of ['/', '/demo-2024/', '/demo-2024/measures/2/']) {
      const $ = await loadPage(deployed, path);
      const url = `${origin}/zhenggai${path}`;
      expect($('link[rel="canonical"]').attr('href'), path).toBe(url);
      expect($('meta[property="og:url"]').attr('content'), path).toBe(url);
    }
    const notFound = await loadPage(deployed, '/404.html');
    expect(notFound('link[rel="canonical"]')).toHaveLength(0);
  });

  it('shows and copies the absolute URL', async () => {
    const $ = await loadPage(deployed, '/demo-2024/measures/2/');
    const url = `${origin}/zhenggai/demo-2024/measures/2/`;
    expect($('.entry-permalink [data-permalink]').attr('data-url')).toBe(url);
    expect($('.entry-permalink [data-permalink-url]').text()).toBe(url);
  });

  it('puts alias pages under the base and points their canonical at the entry', async () => {
    const $ = await loadPage(deployed, '/demo-2024/findings/1-3/');
    expect($('meta[http-equiv="refresh"]').attr('content')).toBe(
      '0; url=/zhenggai/demo-2024/findings/2-1/',
    );
    expect($('link[rel="canonical"]').attr('href')).toBe(
      `${origin}/zhenggai/demo-2024/findings/2-1/`,
    );
  });

  it('lists absolute URLs in permalinks.json', async () => {
    const manifest = await manifestOf(deployed);
    expect(manifest.site).toBe(origin);
    expect(manifest.base).toBe('/zhenggai/');
    expect(manifest.aliases[0]).toMatchObject({
      url: `${origin}/zhenggai/demo-2024/findings/1-3/`,
      target: `${origin}/zhenggai/demo-2024/findings/2-1/`,
    });
  });
});
