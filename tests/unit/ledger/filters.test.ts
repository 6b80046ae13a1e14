import { describe, expect, it } from 'vitest';
import {
  filterQuery,
  filterSummary,
  matchesFilter,
  readFilter,
  type FilterableRow,
} from '../../../src/ledger/filters.ts';

const row: FilterableRow = {
  review: 'demo-2024',
  reviewTitle: '示例单位班子成员对照检查材料',
  unit: '人事股、纪检组',
  leader: '李明',
  status: '推进中',
  light: '逾期',
  text: '措施（一） 强化理论学习 李明 人事股、纪检组 推进中 逾期 12 天',
};

describe('readFilter', () => {
  it('reads the filters of an address, as typed or percent-encoded, empty ones left out', () => {
    expect(readFilter('?unit=%E5%8A%9E%E5%85%AC%E5%AE%A4&light=逾期&q=&other=1')).toEqual({
      unit: '办公室',
      light: '逾期',
    });
  });
});

describe('filterQuery', () => {
  it('writes the filters in a fixed order, and nothing for none', () => {
    expect(filterQuery({ light: '逾期', unit: '办公室' })).toBe(
      '?unit=%E5%8A%9E%E5%85%AC%E5%AE%A4&light=%E9%80%BE%E6%9C%9F',
    );
    expect(readFilter(filterQuery({ light: '逾期', unit: '办公室' }))).toEqual({
      unit: '办公室',
      light: '逾期',
    });
    expect(filterQuery({})).toBe('');
  });
});

describe('matchesFilter', () => {
  it('matches every row without filters', () => {
    expect(matchesFilter(row, {})).toBe(true);
  });

  it('takes a review by its id or its title', () => {
    expect(matchesFilter(row, { review: 'demo-2024' })).toBe(true);
    expect(matchesFilter(row, { review: '示例单位班子成员对照检查材料' })).toBe(true);
    expect(matchesFilter(row, { review: 'other' })).toBe(false);
  });

  it('counts a row for each unit its cell names, and only whole names', () => {
    expect(matchesFilter(row, { unit: '纪检组' })).toBe(true);
    expect(matchesFilter(row, { unit: '人事' })).toBe(false);
  });

  it('needs every filter in force to pass', () => {
    expect(matchesFilter(row, { unit: '人事股', light: '逾期', status: '推进中' })).toBe(true);
    expect(matchesFilter(row, { unit: '人事股', light: '临期' })).toBe(false);
    expect(matchesFilter(row, { q: '理论学习' })).toBe(true);
    expect(matchesFilter(row, { q: '作风' })).toBe(false);
    expect(matchesFilter(row, { leader: '王强' })).toBe(false);
  });
});

describe('filterSummary', () => {
  it('says the filters in force in the page’s words, a review by its title', () => {
    expect(filterSummary({ light: '逾期', unit: '办公室', q: '学习' })).toBe(
      '责任单位：办公室；灯：逾期；查找：“学习”',
    );
    expect(filterSummary({ review: 'demo-2024' }, () => '示例材料')).toBe('材料：示例材料');
    expect(filterSummary({ review: 'demo-2024' })).toBe('材料：demo-2024');
    expect(filterSummary({})).toBe('');
  });
});
