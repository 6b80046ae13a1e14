import { describe, expect, it } from 'vitest';
import { buildSiteIndex } from '../../../src/relations/build.ts';
import { inspectionPageView } from '../../../src/views/inspection-page.ts';
import { inspectionSource } from './inspection-site.ts';

const TODAY = new Date('2024-06-30');
const site = buildSiteIndex(inspectionSource());
const view = (id: string, today = TODAY) =>
  inspectionPageView(site.inspectionById.get(id)!, site.inspectionById, today);

describe('inspectionPageView', () => {
  it('lists the feedback’s particulars, the rounds before and after it, and its reviews', () => {
    const { details, reviews } = view('xc');
    expect(details).toEqual({
      team: '第一巡察组',
      unit: '示例单位党组',
      number: '示巡发〔2024〕1号',
      inspected: '2024年1月8日至2024年2月2日',
      feedbackOn: { iso: '2024-02-20', text: '2024年2月20日' },
      follows: null,
      followedBy: [{ id: 'xc-2', title: '反馈意见 xc-2', path: '/inspections/xc-2/' }],
    });
    expect(reviews).toEqual([{ id: 'r', title: '材料 r', path: '/r/' }]);
    expect(view('xc-2').details).toMatchObject({
      number: null,
      inspected: null,
      follows: { id: 'xc', title: '反馈意见 xc', path: '/inspections/xc/' },
      followedBy: [],
    });
  });

  it('counts the problems, answered or not, and the measures on the build date', () => {
    expect(view('xc').overview).toEqual({
      today: '2024年6月30日',
      problems: 3,
      answered: 2,
      unanswered: 1,
      measures: { total: 2, done: 1, overdue: 1, underway: 0 },
      rate: '50.0%',
    });
    // Before the deadline, the same measure is under way.
    expect(view('xc', new Date('2024-05-01')).overview.measures).toEqual({
      total: 2,
      done: 1,
      overdue: 0,
      underway: 1,
    });
  });

  it('places the problems under their categories, each with the reviews that answered it', () => {
    const { categories } = view('xc');
    expect(categories.map((c) => [c.heading, c.anchor, c.problems.map((p) => p.label)])).toEqual([
      ['（一）甲方面', 'category-1', ['反馈问题1']],
      ['（二）乙方面', 'category-2', ['反馈问题2', '反馈问题3']],
    ]);
    const [first] = categories[0]!.problems;
    expect(first).toMatchObject({
      kind: 'problem',
      path: '/inspections/xc/problems/1/',
      anchor: 'problem-1',
      citation: '《反馈意见 xc》反馈问题1“问题xc/1”',
      html: '<p>1.反馈问题xc/1的原文。</p>',
      unanswered: false,
    });
    expect(first!.answers).toEqual([
      {
        review: { id: 'r', title: '材料 r', path: '/r/' },
        findings: [
          { kind: 'finding', label: '问题（一）之一', title: '问题1-1', path: '/r/findings/1-1/' },
          { kind: 'finding', label: '问题（一）之二', title: '问题1-2', path: '/r/findings/1-2/' },
        ],
        measures: 2,
        lights: [
          { light: '逾期', count: 1 },
          { light: '已完成', count: 1 },
        ],
      },
    ]);
  });

  it('flags a problem no review answered', () => {
    const third = view('xc').categories[1]!.problems[1]!;
    expect(third).toMatchObject({ label: '反馈问题3', unanswered: true, answers: [] });
  });

  it('names the later round’s problem that recurs from one, and the earlier one it recurs from', () => {
    expect(view('xc').categories[0]!.problems[0]!.recurredBy).toEqual([
      {
        kind: 'problem',
        label: '反馈问题1',
        title: '问题xc-2/1',
        path: '/inspections/xc-2/problems/1/',
        inspection: { id: 'xc-2', title: '反馈意见 xc-2', path: '/inspections/xc-2/' },
      },
    ]);
    expect(view('xc-2').categories[0]!.problems[0]!.recurs.map((p) => p.path)).toEqual([
      '/inspections/xc/problems/1/',
    ]);
  });

  it('looks back on the earlier round: which problems recur, and how the earlier ones ended', () => {
    expect(view('xc').lookback).toBeNull();
    const lookback = view('xc-2').lookback!;
    expect(lookback.follows.path).toBe('/inspections/xc/');
    expect(lookback.today).toBe('2024年6月30日');
    expect(
      lookback.problems.map(({ problem, earlier }) => [problem.label, earlier.length]),
    ).toEqual([
      ['反馈问题1', 1],
      ['反馈问题2', 0],
    ]);
    expect(lookback.problems[0]!.earlier[0]!.outcome).toEqual({
      unanswered: false,
      counts: { total: 2, done: 1, overdue: 1, underway: 0 },
      rate: '50.0%',
      allDone: false,
      lights: [
        { light: '逾期', count: 1 },
        { light: '已完成', count: 1 },
      ],
    });
  });

  it('is indexed for the feedback’s own text, and keeps the MDX that places the problems', () => {
    const { search, body, description } = view('xc');
    expect(search).toMatchObject({
      'data-pagefind-body': '',
      'data-search-kind': '反馈意见',
      'data-search-review': '反馈意见 xc',
    });
    expect(body).toContain('<Problems />');
    expect(description).toBe(
      '第一巡察组对示例单位党组的巡察反馈意见：反馈问题 3 个，1 份对照检查材料作了回应。',
    );
  });
});
