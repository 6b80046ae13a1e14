import { describe, expect, it } from 'vitest';
import { filtersSummary, resultsStatus, statusWithoutSearch } from '../../../src/search/status.ts';

describe('statusWithoutSearch', () => {
  it('says nothing for an empty query', () => {
    expect(statusWithoutSearch([])).toBe('');
  });

  it.each([['（）'], ['、。'], ['()']])('says %s holds only punctuation, and what to type', (q) => {
    expect(statusWithoutSearch([q])).toBe(
      `“${q}”只有标点符号，搜索不能单独查找标点。` +
        '请输入要找的文字或数字；标点可以和文字连在一起输入，例如“问题（一）”。',
    );
  });

  it('lets a query with a letter or digit in any term be searched', () => {
    expect(statusWithoutSearch(['(A)'])).toBeUndefined();
    expect(statusWithoutSearch(['、', '养老'])).toBeUndefined();
  });
});

describe('resultsStatus', () => {
  it('counts the entries holding the terms, or says none holds them all', () => {
    expect(resultsStatus(['养老', '殡葬'], 3)).toBe('3 个条目包含“养老”、“殡葬”。');
    expect(resultsStatus(['(A)'], 0)).toBe('没有条目同时包含“(A)”。');
  });
});

describe('resultsStatus with filters', () => {
  it('names the kind counted when one kind is the only filter', () => {
    expect(resultsStatus(['学习'], 3, { 类型: ['措施'] })).toBe('3 个措施包含“学习”。');
    expect(resultsStatus(['学习'], 2, { 类型: ['反馈问题'] })).toBe('2 个反馈问题包含“学习”。');
    expect(resultsStatus(['学习'], 0, { 类型: ['原因'] })).toBe('没有原因同时包含“学习”。');
  });

  it('counts a full text as 份', () => {
    expect(resultsStatus(['学习'], 1, { 类型: ['全文'] })).toBe('1 份全文包含“学习”。');
    expect(resultsStatus(['学习'], 1, { 类型: ['反馈意见'] })).toBe('1 份反馈意见包含“学习”。');
  });

  it('lists the filters after the count otherwise', () => {
    expect(resultsStatus(['学习'], 3, { 材料: ['甲'], 类型: ['措施'] })).toBe(
      '3 个条目包含“学习”（已按 材料：甲、类型：措施 筛选）。',
    );
    expect(resultsStatus(['学习'], 5, { 类型: ['措施', '问题'] })).toBe(
      '5 个条目包含“学习”（已按 类型：问题或措施 筛选）。',
    );
    expect(resultsStatus(['学习'], 0, { 状态: ['已销号'] })).toBe(
      '没有条目同时包含“学习”（已按 状态：已销号 筛选）。',
    );
  });

  it('ignores a filter with no value chosen', () => {
    expect(resultsStatus(['学习'], 9, { 类型: [] })).toBe('9 个条目包含“学习”。');
  });
});

describe('filtersSummary', () => {
  it('says how many filters are chosen', () => {
    expect(filtersSummary({})).toBe('筛选');
    expect(filtersSummary({ 类型: ['措施', '问题'], 材料: ['甲'] })).toBe('筛选（已选 3 项）');
  });
});
