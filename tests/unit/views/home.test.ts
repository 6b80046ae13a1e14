import { describe, expect, it } from 'vitest';
import { buildSiteIndex } from '../../../src/relations/build.ts';
import { homeView } from '../../../src/views/home.ts';
import { numbered, source } from './site.ts';

const { reviews } = buildSiteIndex(source());

describe('homeView', () => {
  it('counts each review’s measures, done and overdue on the build date, and the site’s', () => {
    const view = homeView(reviews, new Date('2024-06-30'));
    expect(view.today).toBe('2024年6月30日');
    expect(view.reviews).toEqual({
      r: { total: 2, done: 0, rate: '0.0%', overdue: 1 },
      s: { total: 0, done: 0, rate: '—', overdue: 0 },
    });
    expect(view.site).toEqual({ total: 2, done: 0, rate: '0.0%', overdue: 1 });
  });

  it('is not overdue before the deadline; 已完成 and 已销号 count as done', () => {
    expect(homeView(reviews, new Date('2024-05-31')).site.overdue).toBe(0);
    const site = source();
    site.measures.push(
      numbered('measures', 3, { status: '已完成' }),
      numbered('measures', 4, { status: '已销号', closedOn: new Date('2024-06-01') }),
    );
    const view = homeView(buildSiteIndex(site).reviews, new Date('2024-06-30'));
    expect(view.reviews.r).toEqual({ total: 4, done: 2, rate: '50.0%', overdue: 1 });
  });
});
