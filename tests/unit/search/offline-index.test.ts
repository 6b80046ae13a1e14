import { describe, expect, it } from 'vitest';
import {
  createOfflineSearch,
  excerptAround,
  filterCounts,
  foldCase,
  passesFilters,
  type OfflineRecord,
} from '../../../src/search/offline-index.ts';

function record(url: string, text: string, filters: Record<string, string[]> = {}): OfflineRecord {
  return { url, meta: { title: url }, filters, text, sections: [] };
}

const finding = record('a', '殡葬改革，养老服务，养老服务阵地。', { 类型: ['问题'] });
const measure = record('b', '推进养老服务高质量发展。', { 类型: ['措施'], 状态: ['推进中'] });
const cause = record('c', '殡葬执法思考较少，养 老。', { 类型: ['原因'] });
const index = { records: [finding, measure, cause] };
const urls = (query: string, selected = {}) =>
  createOfflineSearch(index)
    .search(query, selected)
    .map((hit) => hit.record.url);

describe('createOfflineSearch', () => {
  it('finds the pages holding a term literally, and no page holding only its characters apart', () => {
    expect(urls('养老服务').sort()).toEqual(['a', 'b']);
    expect(urls('养老')).not.toContain('c');
  });

  it('needs every term of the query in a page', () => {
    expect(urls('养老 殡葬')).toEqual(['a']);
    expect(urls('养老 执法')).toEqual([]);
  });

  it('matches a term with its punctuation as typed', () => {
    expect(urls('改革，养老')).toEqual(['a']);
    expect(urls('改革养老')).toEqual([]);
  });

  it('ignores the quotes of a quoted query and the case of Latin letters', () => {
    const latin = createOfflineSearch({ records: [record('x', '学习A总书记的讲话')] });
    expect(latin.search('“a总书记”').map((h) => h.record.url)).toEqual(['x']);
  });

  it('ranks the page where the term is more frequent first', () => {
    expect(urls('养老服务')).toEqual(['a', 'b']);
  });

  it('weighs a term few pages hold more than one most pages hold', () => {
    const search = createOfflineSearch({
      records: [
        record('common', '学习学习学习，担当'),
        record('rare', '学习，担当担当担当'),
        record('x', '学习'),
        record('y', '学习'),
      ],
    });
    expect(search.search('学习 担当').map((hit) => hit.record.url)).toEqual(['rare', 'common']);
  });

  it('marks the matches in the excerpt', () => {
    const [hit] = createOfflineSearch(index).search('养老 殡葬');
    expect(hit?.excerpt()).toBe(
      '<mark>殡葬</mark>改革，<mark>养老</mark>服务，<mark>养老</mark>服务阵地。',
    );
  });

  it('keeps only pages with a selected value of every filter', () => {
    expect(urls('养老服务', { 类型: ['措施'] })).toEqual(['b']);
    expect(urls('养老服务', { 类型: ['问题', '措施'] }).sort()).toEqual(['a', 'b']);
    expect(urls('养老服务', { 类型: ['问题'], 状态: ['推进中'] })).toEqual([]);
  });

  it('returns nothing for an empty query', () => {
    expect(urls('   ')).toEqual([]);
  });

  it('lists the sections of a page that hold a match, with their own excerpt', () => {
    const text = '前言。一、存在的问题 养老服务不到位。二、原因分析 学习不够。';
    const page: OfflineRecord = {
      ...record('../xx/index.html', text),
      sections: [
        { anchor: 'part-1', title: '一、存在的问题', start: text.indexOf('一、') },
        { anchor: 'part-2', title: '二、原因分析', start: text.indexOf('二、') },
      ],
    };
    const [hit] = createOfflineSearch({ records: [page] }).search('养老');
    expect(hit?.subResults()).toEqual([
      {
        url: '../xx/index.html#part-1',
        title: '一、存在的问题',
        excerpt: '一、存在的问题 <mark>养老</mark>服务不到位。',
      },
    ]);
  });

  it('counts the pages of each filter value over the whole index', () => {
    expect(createOfflineSearch(index).filters()).toEqual(filterCounts(index));
  });
});

describe('excerptAround', () => {
  it('marks every match and escapes the text', () => {
    expect(
      excerptAround('<b>养老</b>与养老', [
        [3, 5],
        [10, 12],
      ]),
    ).toBe('&lt;b&gt;<mark>养老</mark>&lt;/b&gt;与<mark>养老</mark>');
  });

  it('marks overlapping matches once', () => {
    expect(
      excerptAround('养老服务', [
        [0, 2],
        [1, 4],
      ]),
    ).toBe('<mark>养老服务</mark>');
  });

  it('shows a window of the text a little before the match', () => {
    const text = `${'甲'.repeat(100)}养老${'乙'.repeat(100)}`;
    const excerpt = excerptAround(text, [[100, 102]], 0, text.length, 20);
    expect(excerpt).toBe(`${'甲'.repeat(4)}<mark>养老</mark>${'乙'.repeat(14)}`);
  });
});

describe('passesFilters', () => {
  it('passes every page when nothing is selected', () => {
    expect(passesFilters(cause, {})).toBe(true);
    expect(passesFilters(cause, { 类型: [] })).toBe(true);
  });
});

describe('filterCounts', () => {
  it('counts pages by filter and value', () => {
    expect(filterCounts(index)).toEqual({
      类型: { 问题: 1, 措施: 1, 原因: 1 },
      状态: { 推进中: 1 },
    });
  });
});

describe('foldCase', () => {
  it('lower-cases Latin letters and keeps the length', () => {
    expect(foldCase('A总书记')).toBe('a总书记');
    expect(foldCase('İ')).toBe('İ');
  });
});
