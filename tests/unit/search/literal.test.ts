import { describe, expect, it } from 'vitest';
import { containsTerms, literalSearch, type PagefindApi } from '../../../src/search/literal.ts';
import { spaceCharacters } from '../../../src/search/tokens.ts';

/**
 * A stand-in for Pagefind: pages as plain text, phrase queries matched as substrings of the text
 * without its punctuation and case (the index holds neither), each page's data with its text
 * spaced by character as Pagefind's `content` is.
 */
function fakePagefind(pages: Record<string, { text: string; kind: string }>) {
  const calls: { query: string }[] = [];
  const loads: string[] = [];
  const indexed = (text: string) => text.replace(/[^\p{L}\p{N}]/gu, '').toLowerCase();
  const api: PagefindApi = {
    search(query) {
      calls.push({ query });
      const needle = indexed(query);
      const results = Object.entries(pages)
        .filter(([, p]) => indexed(p.text).includes(needle))
        .map(([id, p]) => ({
          id,
          score: indexed(p.text).split(needle).length - 1,
          data: () => {
            loads.push(id);
            return Promise.resolve({
              url: `/${id}/`,
              content: spaceCharacters(p.text),
              excerpt: '',
              meta: {},
              sub_results: [],
            });
          },
        }));
      return Promise.resolve({ results });
    },
  };
  return { api, calls, loads };
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

  it('keeps only pages that hold a term with its punctuation as typed', async () => {
    const { api } = fakePagefind({
      plain: { text: '学习领会A总书记的讲话', kind: '问题' },
      ascii: { text: '附件(A)所列事项', kind: '问题' },
      wide: { text: '方案（A）所列事项', kind: '措施' },
    });
    const ids = async (query: string) => (await literalSearch(api, query)).map((r) => r.id).sort();
    // Every page holds the phrase A; only one holds (A).
    expect(await ids('(A)')).toEqual(['ascii']);
    expect(await ids('（A）')).toEqual(['wide']);
    expect(await ids('(a)')).toEqual(['ascii']);
    expect(await ids('(B)')).toEqual([]);
    expect(await ids('A')).toEqual(['ascii', 'plain', 'wide']);
  });

  it('checks a punctuation-only term beside others in the pages the others find', async () => {
    const { api } = fakePagefind(pages);
    expect((await literalSearch(api, '养老 ，')).map((r) => r.id)).toEqual(['a']);
    expect((await literalSearch(api, '改革，养老')).map((r) => r.id)).toEqual(['a']);
    expect(await literalSearch(api, '改革、养老')).toEqual([]);
  });

  it('loads no page for terms without punctuation, and each page once for those with it', async () => {
    const { api, loads } = fakePagefind(pages);
    await literalSearch(api, '养老 殡葬');
    expect(loads).toEqual([]);
    const [result] = await literalSearch(api, '改革，养老');
    expect((await result!.data()).url).toBe('/a/');
    expect(loads).toEqual(['a']);
  });

  it('searches nothing for a blank or punctuation-only query', async () => {
    const { api, calls } = fakePagefind(pages);
    expect(await literalSearch(api, ' 、 ')).toEqual([]);
    expect(calls).toEqual([]);
  });
});

describe('containsTerms', () => {
  it('reads the spaced text Pagefind returns as the page has it', () => {
    const content = spaceCharacters('根据《通知》（A B）要求');
    expect(containsTerms(content, ['《通知》', '（A', 'B）'])).toBe(true);
    expect(containsTerms(content, ['（AB）'])).toBe(false);
    expect(containsTerms(content, ['(A'])).toBe(false);
  });

  it('ignores the case of Latin letters, as the phrase search does', () => {
    expect(containsTerms(spaceCharacters('附件(A)'), ['(a)'])).toBe(true);
  });
});
