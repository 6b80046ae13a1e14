import { describe, expect, it } from 'vitest';
import { literalSearch, toPagefindFilters, type PagefindApi } from '../../../src/search/literal.ts';

/** A stand-in for Pagefind: pages as plain text, phrase queries matched as substrings. */
function fakePagefind(pages: Record<string, { text: string; kind: string }>) {
  const calls: { query: string; filters: unknown }[] = [];
  const api: PagefindApi = {
    search(query, options) {
      calls.push({ query, filters: options?.filters });
      const needle = query.replace(/^"|"$/g, '').replace(/ /g, '');
      const kinds = options?.filters?.['类型']?.any;
      const results = Object.entries(pages)
        .filter(([, p]) => p.text.includes(needle) && (!kinds || kinds.includes(p.kind)))
        .map(([id, p]) => ({
          id,
          score: p.text.split(needle).length - 1,
          data: () => Promise.resolve({ url: `/${id}/`, excerpt: '', meta: {}, sub_results: [] }),
        }));
      return Promise.resolve({ results });
    },
  };
  return { api, calls };
}

const pages = {
  a: { text: '殡葬改革，养老服务，养老', kind: '问题' },
  b: { text: '养老服务', kind: '措施' },
  c: { text: '殡葬', kind: '问题' },
};

describe('literalSearch', () => {
  it('searches one character phrase per term', async () => {
    const { api, calls } = fakePagefind(pages);
    await literalSearch(api, '养老 殡葬');
    expect(calls.map((c) => c.query)).toEqual(['"养 老"', '"殡 葬"']);
  });

  it('keeps only pages that match every term', async () => {
    const { api } = fakePagefind(pages);
    expect((await literalSearch(api, '养老 殡葬')).map((r) => r.id)).toEqual(['a']);
    expect((await literalSearch(api, '养老')).map((r) => r.id).sort()).toEqual(['a', 'b']);
  });

  it('ranks by the summed scores of the terms', async () => {
    const { api } = fakePagefind(pages);
    expect((await literalSearch(api, '养老')).map((r) => r.id)).toEqual(['a', 'b']);
  });

  it('passes the selected filters to every phrase search', async () => {
    const { api, calls } = fakePagefind(pages);
    const results = await literalSearch(api, '养老', { 类型: ['措施'], 材料: [] });
    expect(results.map((r) => r.id)).toEqual(['b']);
    expect(calls[0]!.filters).toEqual({ 类型: { any: ['措施'] } });
  });

  it('searches nothing for a blank or punctuation-only query', async () => {
    const { api, calls } = fakePagefind(pages);
    expect(await literalSearch(api, ' 、 ')).toEqual([]);
    expect(calls).toEqual([]);
  });
});

describe('toPagefindFilters', () => {
  it('turns selections into any-of filters and drops empty ones', () => {
    expect(toPagefindFilters({ 类型: ['问题', '原因'], 方面: [] })).toEqual({
      类型: { any: ['问题', '原因'] },
    });
  });
});
