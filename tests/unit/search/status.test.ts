import { describe, expect, it } from 'vitest';
import { resultsStatus, statusWithoutSearch } from '../../../src/search/status.ts';

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
