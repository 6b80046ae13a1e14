import { describe, expect, it } from 'vitest';
import { ContentError } from '../../../src/model/content-error.ts';
import { buildSiteIndex } from '../../../src/relations/build.ts';
import type { SiteSource, SourceEntries } from '../../../src/relations/nodes.ts';

type Source = SiteSource<SourceEntries>;

const review = (id: string, inspection?: string) => ({
  id,
  filePath: `content/reviews/${id}/review.mdx`,
  body: '<Findings />\n\n<Causes />\n\n<Measures />',
  data: {
    title: `材料 ${id}`,
    organization: '单位',
    meeting: '会议',
    basis: [],
    areas: ['（一）甲方面'],
    ...(inspection ? { inspection } : {}),
  },
});
const finding = (
  review: string,
  id: string,
  order: number,
  refs: { feedback?: string[]; recurs?: string[] } = {},
) => ({
  id: `${review}/${id}`,
  filePath: `content/reviews/${review}/findings/${id}.mdx`,
  body: `问题${id}的原文。`,
  data: {
    area: 1,
    order,
    title: `问题${id}`,
    causes: [],
    measures: [],
    aliases: [],
    feedback: refs.feedback ?? [],
    recurs: refs.recurs ?? [],
  },
});
const inspection = (id: string, follows?: string, feedbackOn?: Date) => ({
  id,
  filePath: `content/inspections/${id}/inspection.mdx`,
  body: '反馈如下：\n\n<Problems />',
  data: {
    title: `巡察 ${id} 的反馈意见`,
    team: '巡察组',
    unit: '单位党组',
    categories: ['（一）甲方面', '（二）乙方面'],
    ...(follows ? { follows } : {}),
    ...(feedbackOn ? { feedbackOn } : {}),
  },
});
const problem = (
  inspection: string,
  id: string,
  category: number,
  order: number,
  recurs: string[] = [],
) => ({
  id: `${inspection}/${id}`,
  filePath: `content/inspections/${inspection}/problems/${id}.mdx`,
  body: `${id}.问题的原文。`,
  data: { category, order, title: `反馈问题${id}`, recurs, aliases: [] },
});

/** Two rounds: a (2023) and b (2025, follows a); reviews r (answers a) and s (answers b). */
const source = (): Source => ({
  reviews: [review('s', 'b'), review('r', 'a')],
  findings: [
    finding('r', '1-1', 1, { feedback: ['2', '1'] }),
    finding('r', '1-2', 2, { feedback: ['1'] }),
    finding('s', '1-1', 1, { feedback: ['1'], recurs: ['r/1-2'] }),
  ],
  causes: [],
  measures: [],
  inspections: [
    inspection('b', 'a', new Date(Date.UTC(2025, 5, 1))),
    inspection('a', undefined, new Date(Date.UTC(2023, 5, 1))),
  ],
  problems: [
    problem('a', '3', 2, 1),
    problem('a', '1', 1, 1),
    problem('a', '2', 1, 2),
    problem('b', '1', 1, 1, ['a/2']),
  ],
});

const problemsOf = (s: Source, partial = false) => {
  try {
    buildSiteIndex(s, { partial });
  } catch (error) {
    if (error instanceof ContentError)
      return error.problems.map((p) => `${p.file} → ${p.field}：${p.message}`);
    throw error;
  }
  throw new Error('expected the index to refuse this content');
};

describe('inspections in the relation index', () => {
  it('orders problems by category and order, and categories hold their own', () => {
    const a = buildSiteIndex(source()).inspectionById.get('a')!;
    expect(a.problems.map((p) => p.id)).toEqual(['1', '2', '3']);
    expect(a.categories.map((c) => c.problems.map((p) => p.id))).toEqual([['1', '2'], ['3']]);
    expect(a.problems.map((p) => p.label)).toEqual(['反馈问题1', '反馈问题2', '反馈问题3']);
    expect(a.problems[1]!.prev).toBe(a.problems[0]);
    expect(a.problems[1]!.next).toBe(a.problems[2]);
    expect(a.problems[1]!.path).toBe('/inspections/a/problems/2/');
  });

  it('links reviews, findings and problems both ways', () => {
    const site = buildSiteIndex(source());
    const a = site.inspectionById.get('a')!;
    const r = site.reviewById.get('r')!;
    expect(r.inspection).toBe(a);
    expect(a.reviews).toEqual([r]);
    expect(r.findings[0]!.feedback.map((p) => p.id)).toEqual(['1', '2']);
    expect(a.problems[0]!.findings.map((f) => f.id)).toEqual(['1-1', '1-2']);
    expect(a.problems[2]!.findings).toEqual([]);
  });

  it('links rounds and recurrences both ways, and sorts inspections newest first', () => {
    const site = buildSiteIndex(source());
    const [b, a] = site.inspections;
    expect([b!.id, a!.id]).toEqual(['b', 'a']);
    expect(b!.follows).toBe(a);
    expect(a!.followedBy).toEqual([b]);
    expect(b!.problems[0]!.recurs).toEqual([a!.problems[1]]);
    expect(a!.problems[1]!.recurredBy).toEqual([b!.problems[0]]);
    const later = site.reviewById.get('s')!.findings[0]!;
    const earlier = site.reviewById.get('r')!.findings[1]!;
    expect(later.recurs).toEqual([earlier]);
    expect(earlier.recurredBy).toEqual([later]);
  });

  it('refuses every dangling or doubled reference, naming file and field', () => {
    const s = source();
    s.findings = [
      finding('r', '1-1', 1, { feedback: ['1', '1', '9'], recurs: ['r/1-2', 'x/1', 's/9'] }),
      finding('r', '1-2', 2),
      finding('s', '1-1', 1),
    ];
    s.reviews = [review('s', 'nope'), review('r', 'a')];
    s.problems!.push(
      problem('a', '4', 3, 1),
      problem('a', '5', 1, 1),
      problem('b', '2', 1, 2, ['b/1', 'a/8']),
    );
    s.problems!.push(problem('gone', '1', 1, 1));
    expect(problemsOf(s)).toEqual(
      expect.arrayContaining([
        'content/inspections/gone/problems/1.mdx → undefined：属于巡察文件夹“gone”，但该文件夹中没有 inspection.mdx',
        'content/inspections/a/problems/4.mdx → category：是 3，但巡察“a”只列出了 2 个方面',
        'content/inspections/a/problems/5.mdx → category/order：与 content/inspections/a/problems/1.mdx 的位置相同（方面 1，第 1 个）',
        'content/inspections/b/problems/2.mdx → recurs[0]：“b/1”是同一次巡察的问题',
        'content/inspections/b/problems/2.mdx → recurs[1]：巡察“a”中没有编号为“8”的反馈问题（现有：1、5、2、3）',
        'content/reviews/s/review.mdx → inspection：“nope”不是已有的巡察（现有：b、a）',
        'content/reviews/r/findings/1-1.mdx → feedback[1]：“1”写了两次',
        'content/reviews/r/findings/1-1.mdx → feedback[2]：巡察“a”中没有编号为“9”的反馈问题（现有：1、5、2、3）',
        'content/reviews/r/findings/1-1.mdx → recurs[0]：“r/1-2”是同一份材料的问题',
        'content/reviews/r/findings/1-1.mdx → recurs[1]：“x”不是已有的材料',
        'content/reviews/r/findings/1-1.mdx → recurs[2]：材料“s”中没有编号为“9”的问题（现有：1-1）',
      ]),
    );
  });

  it('refuses a cycle of rounds', () => {
    const s = source();
    s.inspections = [inspection('a', 'b'), inspection('b', 'a')];
    expect(problemsOf(s)).toEqual(
      expect.arrayContaining([
        'content/inspections/a/inspection.mdx → follows：形成循环：a → b → a',
      ]),
    );
  });

  it('refuses feedback from a review that names no inspection', () => {
    const s = source();
    s.reviews = [review('s', 'b'), review('r')];
    expect(problemsOf(s)).toEqual([
      'content/reviews/r/findings/1-1.mdx → feedback[0]：写了反馈问题“2”，但材料 content/reviews/r/review.mdx 没有写 inspection',
      'content/reviews/r/findings/1-1.mdx → feedback[1]：写了反馈问题“1”，但材料 content/reviews/r/review.mdx 没有写 inspection',
      'content/reviews/r/findings/1-2.mdx → feedback[0]：写了反馈问题“1”，但材料 content/reviews/r/review.mdx 没有写 inspection',
    ]);
  });

  it('leaves references to documents it was not given to the build, when told it has some only', () => {
    const s = source();
    s.reviews = [review('s', 'b')];
    s.findings = [finding('s', '1-1', 1, { feedback: ['1'], recurs: ['r/1-2'] })];
    s.inspections = [];
    s.problems = [];
    expect(() => buildSiteIndex(s, { partial: true })).not.toThrow();
    expect(problemsOf(s).length).toBeGreaterThan(0);
  });

  it('refuses a review folder or a problem alias outside the inspections’ addresses', () => {
    const s = source();
    s.reviews.push(review('inspections'));
    s.problems![0] = {
      ...problem('a', '3', 2, 1),
      data: { ...problem('a', '3', 2, 1).data, aliases: ['/r/findings/1-1/'] },
    };
    expect(problemsOf(s)).toEqual(
      expect.arrayContaining([
        expect.stringContaining(
          'content/reviews/inspections/review.mdx → undefined：材料文件夹名“inspections”使材料全文的网址成为 /inspections/',
        ),
        expect.stringContaining(
          'content/inspections/a/problems/3.mdx → aliases[0]：“/r/findings/1-1/”不在 /inspections/ 之下',
        ),
      ]),
    );
  });
});
