/** The ledger pages' view models: the overview beside the rows, the filters' values, 材料 titles. */
import { describe, expect, it } from 'vitest';
import { buildSiteIndex } from '../../../src/relations/build.ts';
import { commonEnding, ledgerView, siteLedgerView } from '../../../src/views/ledger.ts';
import { source } from './site.ts';

const TODAY = new Date('2024-06-30');
const site = buildSiteIndex(source());

describe('ledgerView', () => {
  const view = ledgerView(site.reviewById.get('r')!, TODAY);

  it('holds the overview of its rows on the build date, and the page its links filter', () => {
    expect(view.path).toBe('/r/ledger/');
    expect(view.overview).toMatchObject({ total: 2, done: 0, rate: '0.0%', overdue: 1 });
    expect(view.overview.byLight).toEqual([
      ['逾期', 1],
      ['临期', 0],
      ['正常', 1],
      ['已完成', 0],
    ]);
  });

  it('offers the names its rows have, 未填写 last; no reviews to pick on a review’s own', () => {
    expect(view.choices).toEqual({ reviews: [], units: ['未填写'], leaders: ['未填写'] });
  });
});

describe('siteLedgerView', () => {
  it('takes every review with measures, each with its title short of the words all end in', () => {
    const view = siteLedgerView(site.reviews, TODAY);
    expect(view.path).toBe('/ledger/');
    expect(view.rows).toHaveLength(2);
    // Review s has no measures: nothing to pick it for.
    expect(view.choices.reviews).toEqual([{ id: 'r', title: '材料 r', short: '材料 r' }]);
  });
});

describe('commonEnding', () => {
  it('finds the words every title ends in, never a whole title', () => {
    expect(
      commonEnding([
        '示例单位班子成员对照检查材料',
        'XX县民政局长巡察整改专题民主生活会对照检查材料',
      ]),
    ).toBe('对照检查材料');
    expect(commonEnding(['对照检查材料', '局长对照检查材料'])).toBe('照检查材料');
    expect(commonEnding(['甲', '乙'])).toBe('');
  });

  it('leaves one title whole', () => {
    expect(commonEnding(['示例单位班子成员对照检查材料'])).toBe('');
    expect(commonEnding([])).toBe('');
  });
});
