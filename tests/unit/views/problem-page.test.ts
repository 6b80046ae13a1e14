import { describe, expect, it } from 'vitest';
import { buildSiteIndex } from '../../../src/relations/build.ts';
import { KIND_CLASS, sortFilterValues } from '../../../src/search/meta.ts';
import { problemPageViews } from '../../../src/views/problem-page.ts';
import { inspectionSource } from './inspection-site.ts';

const TODAY = new Date('2024-06-30');
const site = buildSiteIndex(inspectionSource());
const views = (id: string, today = TODAY) =>
  problemPageViews(site.inspectionById.get(id)!, site.inspectionById, today);

describe('problemPageViews', () => {
  it('makes one view per problem, in the feedback’s order, each with its neighbours', () => {
    const all = views('xc');
    expect(all.map((v) => v.path)).toEqual([
      '/inspections/xc/problems/1/',
      '/inspections/xc/problems/2/',
      '/inspections/xc/problems/3/',
    ]);
    expect(all[0]!.prev).toBeNull();
    expect(all[0]!.next).toEqual({
      kind: 'problem',
      label: '反馈问题2',
      title: '问题xc/2',
      path: '/inspections/xc/problems/2/',
    });
  });

  it('holds the text, its feedback and category, a citation and a description', () => {
    const [first] = views('xc');
    expect(first).toMatchObject({
      html: '<p>1.反馈问题xc/1的原文。</p>',
      inspection: { id: 'xc', title: '反馈意见 xc', path: '/inspections/xc/' },
      category: { heading: '（一）甲方面', anchor: 'category-1' },
      citation: '《反馈意见 xc》反馈问题1“问题xc/1”',
      description: '《反馈意见 xc》反馈问题1：1.反馈问题xc/1的原文。',
    });
    expect(first!.search).toMatchObject({
      'data-search-kind': '反馈问题',
      'data-search-title': '反馈问题1 问题xc/1',
    });
  });

  it('groups the findings that answer it by review, each measure with owners, deadline and light', () => {
    const [first] = views('xc');
    expect(first!.today).toBe('2024年6月30日');
    expect(first!.answers).toHaveLength(1);
    const { review, findings } = first!.answers[0]!;
    expect(review).toEqual({ id: 'r', title: '材料 r', path: '/r/' });
    expect(findings.map((f) => [f.label, f.measures.map((m) => m.label)])).toEqual([
      ['问题（一）之一', ['措施（一）']],
      ['问题（一）之二', ['措施（一）', '措施（二）']],
    ]);
    expect(findings[1]!.measures).toEqual([
      expect.objectContaining({
        path: '/r/measures/1/',
        unit: '办公室',
        leader: '张三',
        deadline: '2024-04-30',
        extendedTo: null,
        status: { status: '已完成', light: '已完成', days: null, due: '2024-04-30' },
      }),
      expect.objectContaining({
        path: '/r/measures/2/',
        unit: null,
        leader: null,
        deadline: '2024-05-31',
        status: { status: '推进中', light: '逾期', days: 30, due: '2024-05-31' },
      }),
    ]);
    expect(first!.outcome).toMatchObject({
      unanswered: false,
      counts: { total: 2, done: 1, overdue: 1, underway: 0 },
    });
  });

  it('says when no review answers it, and names no day then', () => {
    const third = views('xc')[2]!;
    expect(third.answers).toEqual([]);
    expect(third.outcome).toMatchObject({ unanswered: true, counts: { total: 0 } });
    expect(third.today).toBeNull();
  });

  it('links the same problem in the earlier round, with its outcome, and in the later one', () => {
    const [later] = views('xc-2');
    expect(later!.recurs).toHaveLength(1);
    expect(later!.recurs[0]).toMatchObject({
      path: '/inspections/xc/problems/1/',
      inspection: { id: 'xc', title: '反馈意见 xc', path: '/inspections/xc/' },
      outcome: { counts: { total: 2, done: 1, overdue: 1, underway: 0 }, rate: '50.0%' },
    });
    expect(views('xc')[0]!.recurredBy.map((p) => p.path)).toEqual([
      '/inspections/xc-2/problems/1/',
    ]);
    expect(views('xc-2')[1]!.recurs).toEqual([]);
  });
});

describe('the search page’s kind filter', () => {
  it('offers 反馈问题 and 反馈意见 after the kinds of a review', () => {
    expect(sortFilterValues('类型', ['反馈意见', '措施', '反馈问题', '全文', '问题'])).toEqual([
      '问题',
      '措施',
      '全文',
      '反馈问题',
      '反馈意见',
    ]);
    expect(KIND_CLASS['反馈问题']).toBe('kind-problem');
  });
});
