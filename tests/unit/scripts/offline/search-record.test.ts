import { fromHtml } from 'hast-util-from-html';
import { describe, expect, it } from 'vitest';
import { searchRecord } from '../../../../scripts/offline/search-record.ts';

const page = (body: string) =>
  fromHtml(`<!doctype html><html lang="zh-CN"><body><nav>首页</nav>${body}</body></html>`);

describe('searchRecord', () => {
  it('records the indexed part, its meta and its filters', () => {
    const tree = page(
      `<div data-pagefind-body data-pagefind-meta="title[data-search-title], 类型[data-search-kind]"
        data-search-filters="类型[data-search-kind], 方面[data-search-area]"
        data-search-title="问题（一）之一 学习不深" data-search-kind="问题" data-search-area="（一）学习方面">
        <header data-pagefind-ignore><h1>学习不深</h1></header>
        <p>一是学习<a href="#x">领会</a>不深。</p><p>二是不够。</p>
        <script>var x = 1;</script>
      </div>`,
    );
    expect(searchRecord(tree, '../xx/findings/1-1/index.html')).toEqual({
      url: '../xx/findings/1-1/index.html',
      meta: { title: '问题（一）之一 学习不深', 类型: '问题' },
      filters: { 类型: ['问题'], 方面: ['（一）学习方面'] },
      text: '一是学习领会不深。 二是不够。',
      sections: [],
    });
  });

  it('records where each heading with an id starts, for links to the section', () => {
    const tree = page(
      `<div data-pagefind-body><p>前言。</p><h2 id="part-1">一、存在的问题</h2>
        <article data-pagefind-ignore><p>条目</p></article><h3 id="area-1">（一）学习方面<a aria-label="链接"></a></h3><p>说明。</p></div>`,
    );
    const record = searchRecord(tree, 'x');
    expect(record?.text).toBe('前言。 一、存在的问题 （一）学习方面 说明。');
    expect(record?.sections).toEqual([
      { anchor: 'part-1', title: '一、存在的问题', start: 4 },
      { anchor: 'area-1', title: '（一）学习方面', start: 12 },
    ]);
  });

  it('records nothing for a page without an indexed part', () => {
    expect(searchRecord(page('<p>首页</p>'), 'x')).toBeUndefined();
  });
});
