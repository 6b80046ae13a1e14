import { describe, expect, it } from 'vitest';
import {
  activeFilters,
  areaCounts,
  areaGroups,
  facetCounts,
  filterText,
  passesFilters,
  withFilter,
  withoutFilter,
  type PageFilters,
} from '../../../src/search/facets.ts';

const A = '甲单位对照检查材料';
const B = '乙单位对照检查材料';

/** Two reviews; both number their areas from （一）, and one heading is the same in both. */
const pages: PageFilters[] = [
  { 材料: [A], 类型: ['问题'], 方面: ['（二）作风方面'] },
  { 材料: [A], 类型: ['问题'], 方面: ['（一）学习方面'] },
  { 材料: [A], 类型: ['措施'], 状态: ['未填写'] },
  { 材料: [A], 类型: ['全文'] },
  { 材料: [B], 类型: ['问题'], 方面: ['（一）学习方面'] },
  { 材料: [B], 类型: ['措施'], 状态: ['已销号'] },
];

describe('passesFilters', () => {
  it('needs one of the chosen values of every filter with a choice', () => {
    expect(passesFilters(pages[0]!, {})).toBe(true);
    expect(passesFilters(pages[0]!, { 类型: [] })).toBe(true);
    expect(passesFilters(pages[0]!, { 类型: ['措施', '问题'] })).toBe(true);
    expect(passesFilters(pages[0]!, { 类型: ['问题'], 材料: [B] })).toBe(false);
  });

  it('leaves out the filter it is told to', () => {
    expect(passesFilters(pages[0]!, { 类型: ['措施'], 材料: [A] }, '类型')).toBe(true);
  });
});

describe('facetCounts', () => {
  it('counts every value of the index, 0 for those the results do not carry', () => {
    const counts = facetCounts(pages, [pages[2]!], {});
    expect(counts['类型']).toEqual({ 问题: 0, 措施: 1, 全文: 0 });
    expect(counts['材料']).toEqual({ [A]: 1, [B]: 0 });
  });

  it('counts a filter with the others applied, not itself', () => {
    const counts = facetCounts(pages, pages, { 类型: ['措施'], 材料: [A] });
    // Other kinds keep their counts within 甲: choosing 问题 as well would add 2.
    expect(counts['类型']).toEqual({ 问题: 2, 措施: 1, 全文: 1 });
    // Reviews are counted among the measures.
    expect(counts['材料']).toEqual({ [A]: 1, [B]: 1 });
    expect(counts['状态']).toEqual({ 未填写: 1, 已销号: 0 });
  });
});

describe('areaCounts', () => {
  it('counts each review’s areas apart, though two share a heading', () => {
    expect(areaCounts(pages, {})).toEqual({
      [A]: { '（二）作风方面': 1, '（一）学习方面': 1 },
      [B]: { '（一）学习方面': 1 },
    });
    expect(areaCounts(pages, { 材料: [B], 方面: ['（二）作风方面'] })).toEqual({
      [B]: { '（一）学习方面': 1 },
    });
  });
});

describe('areaGroups', () => {
  it('groups the areas under their review, in document order', () => {
    expect(areaGroups(pages)).toEqual([
      { review: A, areas: ['（一）学习方面', '（二）作风方面'] },
      { review: B, areas: ['（一）学习方面'] },
    ]);
  });

  it('has no group where no page has an area', () => {
    expect(areaGroups([{ 材料: [A], 类型: ['措施'] }])).toEqual([]);
  });
});

describe('activeFilters', () => {
  it('lists the chosen values in the order the filters are offered, each once', () => {
    expect(
      activeFilters({ 状态: ['未填写'], 类型: ['措施', '问题', '措施'], 材料: [A], 空: [] }),
    ).toEqual([
      { name: '材料', value: A },
      { name: '类型', value: '问题' },
      { name: '类型', value: '措施' },
      { name: '状态', value: '未填写' },
    ]);
  });
});

describe('filterText', () => {
  it('names the filter and the value', () => {
    expect(filterText({ name: '类型', value: '措施' })).toBe('类型：措施');
  });
});

describe('withFilter and withoutFilter', () => {
  it('adds a value once, and drops a filter left without values', () => {
    const one = withFilter({}, { name: '类型', value: '措施' });
    expect(one).toEqual({ 类型: ['措施'] });
    expect(withFilter(one, { name: '类型', value: '措施' })).toEqual({ 类型: ['措施'] });
    const two = withFilter(one, { name: '材料', value: A });
    expect(withoutFilter(two, { name: '类型', value: '措施' })).toEqual({ 材料: [A] });
  });
});
