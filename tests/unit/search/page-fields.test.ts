import { describe, expect, it } from 'vitest';
import { pageFilters, parsePageFields } from '../../../src/search/page-fields.ts';

describe('parsePageFields', () => {
  it('reads attributes named in brackets and values written out', () => {
    expect(parsePageFields('title[data-search-title], 类型[data-search-kind], 来源:网站')).toEqual([
      { key: 'title', attribute: 'data-search-title' },
      { key: '类型', attribute: 'data-search-kind' },
      { key: '来源', value: '网站' },
    ]);
  });
});

describe('pageFilters', () => {
  it('reads the filters of the element marked for search, its attributes decoded', () => {
    const html =
      '<html><body><div data-search-filters="类型[data-a]" data-a="导航">' +
      '<main data-pagefind-body data-search-filters="材料[data-review], 状态[data-status], 空[data-none]"' +
      ' data-review="某局 &quot;材料&quot; &amp; 附件" data-status=\'已完成\' data-title="a > b">' +
      '</main></div></body></html>';
    expect(pageFilters(html)).toEqual({ 材料: ['某局 "材料" & 附件'], 状态: ['已完成'] });
  });

  it('reads a marked table row, which HTML parsed alone would drop', () => {
    expect(
      pageFilters('<tr data-pagefind-body data-search-filters="类型[data-k]" data-k="措施">'),
    ).toEqual({ 类型: ['措施'] });
  });

  it('says a page without a marked element is not indexed, and one without filters has none', () => {
    expect(pageFilters('<main><p>data-pagefind-body</p></main>')).toBeUndefined();
    expect(pageFilters('<main data-pagefind-body><p>全文</p></main>')).toEqual({});
  });
});
