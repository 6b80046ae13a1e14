import { describe, expect, it } from 'vitest';
import { buildSiteIndex } from '../../../src/relations/build.ts';
import {
  entrySearchAttributes,
  fullTextSearchAttributes,
  sortFilterValues,
} from '../../../src/search/meta.ts';

const site = buildSiteIndex({
  reviews: [
    {
      id: 'r',
      body: '<Findings />\n<Causes />\n<Measures />',
      data: {
        title: '某局对照检查材料',
        organization: '某局',
        meeting: '会',
        basis: [],
        areas: ['（一）学习方面。'],
      },
    },
  ],
  findings: [
    {
      id: 'r/1-1',
      body: '原文。',
      data: {
        area: 1,
        order: 1,
        title: '学习不深入, 不系统',
        causes: ['1'],
        measures: [],
        aliases: [],
        feedback: [],
        recurs: [],
      },
    },
  ],
  causes: [{ id: 'r/1', body: '原文。', data: { order: 1, title: '认识不到位', aliases: [] } }],
  measures: [],
});
const review = site.reviewById.get('r')!;

describe('entrySearchAttributes', () => {
  it('indexes a finding with its label, kind, review and area', () => {
    const attrs = entrySearchAttributes(review.findings[0]!, review);
    expect(attrs).toMatchObject({
      'data-pagefind-body': '',
      'data-search-title': '问题（一）之一 学习不深入, 不系统',
      'data-search-kind': '问题',
      'data-search-review': '某局对照检查材料',
      'data-search-area': '（一）学习方面',
    });
    expect(attrs['data-search-filters']).toBe(
      '材料[data-search-review], 类型[data-search-kind], 方面[data-search-area]',
    );
    // Values are read from attributes, so the comma in the title cannot split the meta list.
    expect(attrs['data-pagefind-meta']).toBe(
      'title[data-search-title], 类型[data-search-kind], 材料[data-search-review]',
    );
  });

  it('gives causes and measures no area', () => {
    const attrs = entrySearchAttributes(review.causes[0]!, review);
    expect(attrs['data-search-kind']).toBe('原因');
    expect(attrs).not.toHaveProperty('data-search-area');
    expect(attrs['data-search-filters']).not.toContain('方面');
  });
});

describe('fullTextSearchAttributes', () => {
  it('marks the full text as its own kind', () => {
    expect(fullTextSearchAttributes(review)).toMatchObject({
      'data-search-title': '某局对照检查材料（全文）',
      'data-search-kind': '全文',
    });
  });
});

describe('sortFilterValues', () => {
  it('lists kinds in document order', () => {
    expect(sortFilterValues('类型', ['措施', '全文', '问题', '原因'])).toEqual([
      '问题',
      '原因',
      '措施',
      '全文',
    ]);
  });

  it('lists areas by their number, not by pronunciation', () => {
    expect(
      sortFilterValues('方面', ['（十一）乙', '（二）甲', '（三）丙', '（一）丁', '（十）戊']),
    ).toEqual(['（一）丁', '（二）甲', '（三）丙', '（十）戊', '（十一）乙']);
  });

  it('puts 十 before 十一 and 二十 before 二十一, however the numeral is written', () => {
    expect(sortFilterValues('方面', ['（一十一）乙', '（十一）丙', '（十）甲'])).toEqual([
      '（十）甲',
      '（十一）丙',
      '（一十一）乙',
    ]);
    expect(sortFilterValues('方面', ['（二十一）乙', '（二十）甲', '（十九）丙'])).toEqual([
      '（十九）丙',
      '（二十）甲',
      '（二十一）乙',
    ]);
  });

  it('lists areas past 九十九 by their number', () => {
    // By pronunciation 二百 (èr) would come before 一百零一 (yī).
    expect(sortFilterValues('方面', ['（二百）乙', '（一百零一）甲', '（九十九）丙'])).toEqual([
      '（九十九）丙',
      '（一百零一）甲',
      '（二百）乙',
    ]);
  });

  it('lists other values by name', () => {
    // By pinyin: jiǎ before yǐ.
    expect(sortFilterValues('材料', ['乙材料', '甲材料'])).toEqual(['甲材料', '乙材料']);
  });
});
