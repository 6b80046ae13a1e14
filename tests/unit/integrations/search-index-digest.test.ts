import { describe, expect, it } from 'vitest';
import { indexedPart, SearchIndexDigest } from '../../../src/integrations/search-index-digest.ts';

/** An entry page as the site builds it: a searchable body between parts the index leaves out. */
function entryPage({
  text = '加强殡仪馆建设。',
  status = '推进中',
  kind = '措施',
  title = '（1）完善制度',
  header = '（1）完善制度',
  ledger = '整改状态：推进中',
} = {}): string {
  return [
    `<!doctype html><html lang="zh-CN"><head><title>${title}</title></head><body>`,
    '<nav><a href="/">首页</a></nav>',
    `<div data-pagefind-body data-pagefind-meta="title[data-search-title], 类型[data-search-kind]" data-search-filters="类型[data-search-kind], 状态[data-search-status]" data-search-title="${title}" data-search-kind="${kind}" data-search-status="${status}">`,
    `<header data-pagefind-ignore><p>措施1</p><h1>${header}</h1></header>`,
    `<div class="entry-permalink" data-pagefind-ignore><span class="light light-${status}">${status}</span></div>`,
    `<section class="document"><p id="item-1">${text}</p></section>`,
    '</div>',
    `<section class="ledger"><p>${ledger}</p></section>`,
    '</body></html>',
  ].join('');
}

const digestOf = (...pages: [string, string][]) => {
  const digest = new SearchIndexDigest({ pagefind: '1.6.0' });
  for (const [url, html] of pages) digest.addPage(url, html);
  return digest.digest();
};

const pageDigest = (options: Parameters<typeof entryPage>[0] = {}) =>
  digestOf(['/demo/measures/1/', entryPage(options)]);

describe('indexedPart', () => {
  it('keeps the indexed text, the marked tags and the ids, not the ignored text or the rest', () => {
    const part = indexedPart(entryPage());
    expect(part).toContain('加强殡仪馆建设。');
    expect(part).toContain('<p id="item-1">');
    expect(part).toContain('data-search-kind="措施"');
    // The search page's filters stand beside the index, not in it (src/search/filter-table.ts).
    expect(part).not.toContain('data-search-status');
    expect(part).not.toContain('data-search-filters');
    expect(part).toContain('<html lang="zh-CN">');
    expect(part).not.toContain('措施1');
    expect(part).not.toContain('整改状态');
    expect(part).not.toContain('首页');
  });

  it('keeps the text of the title and of every h1, which Pagefind falls back on', () => {
    const part = indexedPart(entryPage({ header: '标题甲' }));
    expect(part).toContain('标题甲');
  });

  it('does not take a void element or a comment for an open element', () => {
    const part = indexedPart(
      '<html><body><main data-pagefind-body><p>甲<br>乙<img src="a.png"></p><!-- 注 --><p>丙</p></main><p>丁</p></body></html>',
    );
    expect(part).toContain('丙');
    expect(part).not.toContain('丁');
    expect(part).not.toContain('注');
  });

  it('keeps ignored parts out until they end, nested elements of the same name included', () => {
    const part = indexedPart(
      '<html><body><main data-pagefind-body><div data-pagefind-ignore><div>甲</div>乙</div><div>丙</div></main></body></html>',
    );
    expect(part).not.toContain('甲');
    expect(part).not.toContain('乙');
    expect(part).toContain('丙');
  });
});

describe('SearchIndexDigest', () => {
  it('is the same for the same pages', () => {
    expect(pageDigest()).toBe(pageDigest());
  });

  it('changes when the indexed text changes', () => {
    expect(pageDigest({ text: '加强殡仪馆建设！' })).not.toBe(pageDigest());
  });

  it('changes when a meta value changes', () => {
    expect(pageDigest({ kind: '原因' })).not.toBe(pageDigest());
    expect(pageDigest({ title: '（1）健全制度' })).not.toBe(pageDigest());
  });

  it('does not change with a filter value only the search page reads, such as a status', () => {
    expect(pageDigest({ status: '已完成' })).toBe(pageDigest());
  });

  it('changes with a data- attribute a data-pagefind- attribute names, wherever it is listed', () => {
    const handed = (status: string) =>
      digestOf([
        '/demo/measures/1/',
        entryPage({ status }).replace(
          'data-search-filters=',
          'data-pagefind-filter="状态[data-search-status]" data-search-filters=',
        ),
      ]);
    expect(handed('已完成')).not.toBe(handed('推进中'));
  });

  it('does not change when an ignored part or the page outside the body changes', () => {
    expect(pageDigest({ ledger: '整改状态：已完成' })).toBe(pageDigest());
    const ignoredOnly = entryPage().replace('<p>措施1</p>', '<p>措施一</p>');
    expect(digestOf(['/demo/measures/1/', ignoredOnly])).toBe(pageDigest());
  });

  it('changes with the URL, the order of the pages, and the settings', () => {
    const [a, b] = [entryPage(), entryPage({ text: '另一段。' })];
    expect(digestOf(['/demo/measures/2/', a])).not.toBe(pageDigest());
    expect(digestOf(['/a/', a], ['/b/', b])).not.toBe(digestOf(['/b/', b], ['/a/', a]));
    const other = new SearchIndexDigest({ pagefind: '1.7.0' });
    other.addPage('/demo/measures/1/', a);
    expect(other.digest()).not.toBe(pageDigest());
  });
});
