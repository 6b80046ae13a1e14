/** The list of inspections, and what the home page, entry pages and a review's particulars show of them. */
import { describe, expect, it } from 'vitest';
import { buildSiteIndex } from '../../../src/relations/build.ts';
import { entryPageViews } from '../../../src/views/entry-page.ts';
import { homeView } from '../../../src/views/home.ts';
import { inspectionsView } from '../../../src/views/inspections.ts';
import { reviewMeta } from '../../../src/views/review-meta.ts';
import { inspectionSource } from './inspection-site.ts';

const TODAY = new Date('2024-06-30');
const site = buildSiteIndex(inspectionSource());

describe('inspectionsView', () => {
  const view = inspectionsView(site.inspections, TODAY);

  it('lists every inspection, newest feedback first, with its reviews and figures', () => {
    expect(view.today).toBe('2024年6月30日');
    expect(view.inspections.map((i) => i.id)).toEqual(['xc-2', 'xc']);
    expect(view.inspections[1]).toEqual({
      id: 'xc',
      title: '反馈意见 xc',
      path: '/inspections/xc/',
      team: '第一巡察组',
      unit: '示例单位党组',
      number: '示巡发〔2024〕1号',
      feedbackOn: { iso: '2024-02-20', text: '2024年2月20日' },
      follows: null,
      reviews: [{ id: 'r', title: '材料 r', path: '/r/' }],
      problems: 3,
      unanswered: 1,
      measures: { total: 2, done: 1, overdue: 1, underway: 0 },
      rate: '50.0%',
    });
    expect(view.inspections[0]!.follows?.id).toBe('xc');
  });

  it('lists, unit by unit, the problems that recur from an earlier round and how those ended', () => {
    expect(view.units).toHaveLength(1);
    const [unit] = view.units;
    expect(unit!.unit).toBe('示例单位党组');
    expect(unit!.rounds.map((r) => r.id)).toEqual(['xc', 'xc-2']);
    expect(unit!.recurring).toHaveLength(1);
    const { problem, earlier } = unit!.recurring[0]!;
    expect(problem).toMatchObject({ path: '/inspections/xc-2/problems/1/' });
    expect(problem.inspection.id).toBe('xc-2');
    expect(earlier.map((e) => [e.path, e.outcome.counts.done, e.outcome.lights])).toEqual([
      [
        '/inspections/xc/problems/1/',
        1,
        [
          { light: '逾期', count: 1 },
          { light: '已完成', count: 1 },
        ],
      ],
    ]);
  });

  it('names no day when it counts nothing', () => {
    expect(inspectionsView([], TODAY)).toEqual({ today: null, inspections: [], units: [] });
  });
});

describe('homeView', () => {
  it('lists the inspections with the reviews that answer each', () => {
    const view = homeView(site.reviews, TODAY, site.inspections);
    expect(view.inspections.map((i) => [i.id, i.reviews.map((r) => r.id)])).toEqual([
      ['xc-2', ['t']],
      ['xc', ['r']],
    ]);
    expect(homeView(site.reviews, TODAY).inspections).toEqual([]);
  });
});

describe('entryPageViews', () => {
  const pages = new Map(
    site.reviews.flatMap((review) =>
      entryPageViews(review, TODAY, site.reviewById).map((v) => [v.path, v] as const),
    ),
  );

  it('names the feedback problems a finding answers, in its review’s inspection', () => {
    expect(pages.get('/r/findings/1-2/')!.feedback).toEqual({
      inspection: { id: 'xc', title: '反馈意见 xc', path: '/inspections/xc/' },
      problems: [
        {
          kind: 'problem',
          label: '反馈问题1',
          title: '问题xc/1',
          path: '/inspections/xc/problems/1/',
        },
        {
          kind: 'problem',
          label: '反馈问题2',
          title: '问题xc/2',
          path: '/inspections/xc/problems/2/',
        },
      ],
    });
    expect(pages.get('/r/findings/2-1/')!.feedback?.problems).toEqual([]);
    expect(pages.get('/r/measures/1/')!.feedback).toBeNull();
  });

  it('links a finding to the same problem in earlier and later reviews, naming each review', () => {
    expect(pages.get('/t/findings/1-1/')!.recurs).toEqual([
      {
        kind: 'finding',
        label: '问题（一）之一',
        title: '问题1-1',
        path: '/r/findings/1-1/',
        review: { id: 'r', title: '材料 r', path: '/r/' },
      },
    ]);
    expect(pages.get('/r/findings/1-1/')!.recurredBy.map((f) => [f.path, f.review.title])).toEqual([
      ['/t/findings/1-1/', '材料 t'],
    ]);
    expect(pages.get('/r/findings/1-2/')!.recurs).toEqual([]);
  });
});

describe('reviewMeta', () => {
  it('links the inspection a review answers, and says nothing of one it does not', () => {
    const review = site.reviewById.get('r')!;
    expect(reviewMeta(review.entry.data, review.inspection).inspection).toEqual({
      title: '反馈意见 xc',
      path: '/inspections/xc/',
    });
    expect(reviewMeta(review.entry.data)).not.toHaveProperty('inspection');
  });
});
