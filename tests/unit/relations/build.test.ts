import { describe, expect, it } from 'vitest';
import { ContentError } from '../../../src/model/content-error.ts';
import { buildSiteIndex } from '../../../src/relations/build.ts';
import type { SiteSource, SourceEntries } from '../../../src/relations/nodes.ts';

type Source = SiteSource<SourceEntries>;

type AreaInput = string | { heading: string; lead?: string; paragraphs: string[] };

const review = (id: string, extra: { date?: Date; areas?: AreaInput[]; body?: string } = {}) => ({
  id,
  filePath: `content/reviews/${id}/review.mdx`,
  body: extra.body ?? '<Findings />\n\n<Causes />\n\n<Measures />',
  data: {
    title: `材料 ${id}`,
    organization: '单位',
    meeting: '会议',
    basis: [],
    areas: extra.areas ?? ['（一）甲方面', '（二）乙方面'],
    ...(extra.date ? { date: extra.date } : {}),
  },
});
const finding = (
  review: string,
  id: string,
  area: number,
  order: number,
  causes: string[],
  measures: string[],
  aliases: string[] = [],
  text: { body?: string; paragraph?: 'continues' } = {},
) => ({
  id: `${review}/${id}`,
  filePath: `content/reviews/${review}/findings/${id}.mdx`,
  body: text.body ?? `问题${id}的原文。`,
  data: {
    area,
    order,
    title: `问题${id}`,
    causes,
    measures,
    aliases,
    feedback: [],
    recurs: [],
    ...(text.paragraph ? { paragraph: text.paragraph } : {}),
  },
});
const numbered =
  (folder: string) =>
  (review: string, order: number, aliases: string[] = []) => ({
    id: `${review}/${order}`,
    filePath: `content/reviews/${review}/${folder}/${order}.mdx`,
    body: `${folder} ${order} 的原文。`,
    // `progress` is the one ledger field with a default; causes simply ignore it.
    data: { order, title: `${folder}${order}`, aliases, progress: [] },
  });
const cause = numbered('causes');
const measure = numbered('measures');

/** r: two areas; 2-1 before 1-2 in input order to prove sorting; cause 2 explains two findings. */
const source = (): Source => ({
  reviews: [review('r')],
  findings: [
    finding('r', '2-1', 2, 1, ['2'], ['1']),
    finding('r', '1-1', 1, 1, ['1', '2'], ['2', '1']),
    finding('r', '1-2', 1, 2, [], []),
  ],
  causes: [cause('r', 2), cause('r', 1)],
  measures: [measure('r', 1), measure('r', 2)],
});

const problemsOf = (s: Source) => {
  try {
    buildSiteIndex(s);
  } catch (error) {
    if (error instanceof ContentError) return error.problems;
    throw error;
  }
  throw new Error('expected the index to refuse this content');
};

describe('buildSiteIndex', () => {
  it('orders entries as the document does and labels them in its numbering', () => {
    const r = buildSiteIndex(source()).reviewById.get('r')!;
    expect(r.findings.map((f) => f.label)).toEqual([
      '问题（一）之一',
      '问题（一）之二',
      '问题（二）之一',
    ]);
    expect(r.causes.map((c) => c.label)).toEqual(['原因（一）', '原因（二）']);
    expect(r.entries.map((e) => e.anchor)).toEqual([
      'finding-1-1',
      'finding-1-2',
      'finding-2-1',
      'cause-1',
      'cause-2',
      'measure-1',
      'measure-2',
    ]);
    expect(r.areas.map((a) => a.findings.map((f) => f.id))).toEqual([['1-1', '1-2'], ['2-1']]);
  });

  it('numbers an area of more than ninety-nine findings, and causes and measures past 九十九', () => {
    const s = source();
    s.findings = Array.from({ length: 120 }, (_, i) =>
      finding('r', `1-${i + 1}`, 1, i + 1, [], []),
    );
    s.causes = Array.from({ length: 101 }, (_, i) => cause('r', i + 1));
    s.measures = [measure('r', 1), measure('r', 110)];
    const r = buildSiteIndex(s).reviewById.get('r')!;
    expect(r.findings.slice(98, 102).map((f) => f.label)).toEqual([
      '问题（一）之九十九',
      '问题（一）之一百',
      '问题（一）之一百零一',
      '问题（一）之一百零二',
    ]);
    expect(r.findings.at(-1)!.label).toBe('问题（一）之一百二十');
    expect(r.causes.at(-1)!.label).toBe('原因（一百零一）');
    expect(r.measures.at(-1)!.label).toBe('措施（一百一十）');
  });

  it('resolves relations written on findings, sorted by number', () => {
    const r = buildSiteIndex(source()).reviewById.get('r')!;
    const f11 = r.findings[0]!;
    expect(f11.causes.map((c) => c.id)).toEqual(['1', '2']);
    expect(f11.measures.map((m) => m.id)).toEqual(['1', '2']);
  });

  it('derives every reverse link, in document order', () => {
    const r = buildSiteIndex(source()).reviewById.get('r')!;
    const [c1, c2] = r.causes;
    const [m1, m2] = r.measures;
    expect(c2!.findings.map((f) => f.id)).toEqual(['1-1', '2-1']);
    expect(c1!.findings.map((f) => f.id)).toEqual(['1-1']);
    expect(m1!.findings.map((f) => f.id)).toEqual(['1-1', '2-1']);
    expect(m2!.findings.map((f) => f.id)).toEqual(['1-1']);
    // Through the findings: cause 2 → findings 1-1, 2-1 → measures 1, 2.
    expect(c2!.measures.map((m) => m.id)).toEqual(['1', '2']);
    expect(m2!.causes.map((c) => c.id)).toEqual(['1', '2']);
  });

  it('chains previous and next through the whole document', () => {
    const r = buildSiteIndex(source()).reviewById.get('r')!;
    const f21 = r.findings[2]!;
    expect(f21.prev?.anchor).toBe('finding-1-2');
    expect(f21.next?.anchor).toBe('cause-1');
    expect(r.entries[0]!.prev).toBeUndefined();
    expect(r.entries.at(-1)!.next).toBeUndefined();
  });

  it('keeps reviews apart and lists the newest first', () => {
    const s = source();
    s.reviews = [
      review('old', { date: new Date('2021-01-01') }),
      review('r', { date: new Date('2024-01-01') }),
      review('undated'),
    ];
    s.findings.push(finding('old', '1-1', 1, 1, ['1'], []));
    s.causes.push(cause('old', 1));
    const site = buildSiteIndex(s);
    expect(site.reviews.map((r) => r.id)).toEqual(['r', 'old', 'undated']);
    expect(site.reviewById.get('old')!.causes[0]!.findings.map((f) => f.review)).toEqual(['old']);
    expect(site.reviewById.get('r')!.causes[0]!.findings.map((f) => f.review)).toEqual(['r']);
  });

  it('refuses a relation to a missing entry, naming file and field', () => {
    const s = source();
    s.findings[0] = finding('r', '2-1', 2, 1, ['9'], ['1']);
    const [p] = problemsOf(s);
    expect(p).toMatchObject({ file: 'content/reviews/r/findings/2-1.mdx', field: 'causes[0]' });
    expect(p!.message).toBe('材料“r”中没有编号为“9”的原因（现有：1、2）');
    expect(p!.hint).toContain('causes/9.mdx');
  });

  it("refuses a relation to another review's entry", () => {
    const s = source();
    s.reviews.push(review('other'));
    s.measures.push(measure('other', 1));
    s.findings[0] = finding('r', '2-1', 2, 1, [], ['other/1']);
    const [p] = problemsOf(s);
    expect(p).toMatchObject({ field: 'measures[0]' });
    expect(p!.message).toBe('“other/1”指向另一份材料“other”的措施');
  });

  it('accepts an explicit prefix of its own review', () => {
    const s = source();
    s.findings[0] = finding('r', '2-1', 2, 1, ['r/2'], []);
    expect(
      buildSiteIndex(s)
        .reviewById.get('r')!
        .findings[2]!.causes.map((c) => c.id),
    ).toEqual(['2']);
  });

  it('refuses the same relation listed twice', () => {
    const s = source();
    s.findings[0] = finding('r', '2-1', 2, 1, ['2', '2'], []);
    expect(problemsOf(s)[0]).toMatchObject({ field: 'causes[1]', message: '“2”写了两次' });
  });

  it('refuses two entries with one number, naming both files', () => {
    const s = source();
    s.findings.push(finding('r', '1-1b', 1, 1, [], []));
    s.causes.push({ ...cause('r', 2), id: 'r/two', filePath: 'content/reviews/r/causes/two.mdx' });
    const problems = problemsOf(s);
    expect(problems).toHaveLength(2);
    expect(problems[0]!.message).toContain('问题（一）之一');
    expect(problems[0]!.message).toMatch(/findings\/1-1(b)?\.mdx/);
    expect(problems[1]!.message).toContain('原因（二）');
  });

  it('reads an area as its heading alone or with its text, and a finding that continues a paragraph', () => {
    const s = source();
    s.reviews = [
      review('r', {
        areas: [
          '（一）甲方面',
          { heading: '（二）乙方面', lead: '，主要是：', paragraphs: ['总的看。'] },
        ],
      }),
    ];
    s.findings[2] = finding('r', '1-2', 1, 2, [], [], [], { paragraph: 'continues' });
    const r = buildSiteIndex(s).reviewById.get('r')!;
    expect(r.areas.map(({ heading, lead, paragraphs }) => ({ heading, lead, paragraphs }))).toEqual(
      [
        { heading: '（一）甲方面', lead: undefined, paragraphs: [] },
        { heading: '（二）乙方面', lead: '，主要是：', paragraphs: ['总的看。'] },
      ],
    );
    expect(r.findings.map((f) => f.continues)).toEqual([false, true, false]);
  });

  it('refuses a finding of several paragraphs that the next finding continues', () => {
    const s = source();
    s.findings[1] = finding('r', '1-1', 1, 1, [], [], [], { body: '一是甲。\n\n如：例子。\n' });
    s.findings[2] = finding('r', '1-2', 1, 2, [], [], [], { paragraph: 'continues' });
    expect(problemsOf(s)[0]).toMatchObject({
      file: 'content/reviews/r/findings/1-1.mdx',
      field: '正文',
      message: '有 2 段，但问题（一）之二（paragraph: continues）接着它的段落写，它只能有一段',
    });
  });

  it('refuses an area the review does not list', () => {
    const s = source();
    s.findings.push(finding('r', '3-1', 3, 1, [], []));
    expect(problemsOf(s)[0]).toMatchObject({
      field: 'area',
      message: '是 3，但材料“r”只列出了 2 个方面',
    });
  });

  it('refuses an entry whose review folder has no review.mdx', () => {
    const s = source();
    s.causes.push(cause('orphan', 1));
    expect(problemsOf(s)[0]).toMatchObject({ file: 'content/reviews/orphan/causes/1.mdx' });
  });

  it('refuses a review text that leaves out or repeats a part placeholder', () => {
    const s = source();
    s.reviews = [review('r', { body: '<Findings />\n\n<Findings />\n\n<Measures/>' })];
    const problems = problemsOf(s);
    expect(problems.map((p) => p.message)).toEqual([
      '正文中写了 2 次 <Findings />',
      '有 2 个原因，但正文中没有 <Causes />，它们不会出现在全文中',
    ]);
    expect(problems[0]).toMatchObject({ file: 'content/reviews/r/review.mdx', field: '正文' });
  });

  it('reports every problem at once', () => {
    const s = source();
    s.findings[0] = finding('r', '2-1', 2, 1, ['8', '9'], ['7']);
    expect(problemsOf(s)).toHaveLength(3);
  });
});

describe('ContentError', () => {
  it('prints each problem with its place and its fix', () => {
    const error = new ContentError([
      { file: 'a.mdx', field: 'causes[0]', message: '不对', hint: '改正它。' },
    ]);
    expect(error.message).toBe(
      '材料内容有 1 处问题，网站没有生成：\n  ✗ a.mdx → causes[0]：不对\n    改法：改正它。',
    );
  });

  it('resolves aliases to addresses, a bare id in the same review and folder', () => {
    const s = source();
    s.findings[0] = finding('r', '2-1', 2, 1, ['2'], ['1'], ['1-4', '/old/findings/2/']);
    const f21 = buildSiteIndex(s).reviewById.get('r')!.findings[2]!;
    expect(f21.aliases).toEqual([
      {
        path: '/r/findings/1-4/',
        field: 'aliases[0]',
        former: { review: 'r', kind: 'finding', id: '1-4' },
      },
      {
        path: '/old/findings/2/',
        field: 'aliases[1]',
        former: { review: 'old', kind: 'finding', id: '2' },
      },
    ]);
  });

  it("refuses an alias that is another entry's address, naming both files", () => {
    const s = source();
    s.measures[1] = measure('r', 2, ['1']);
    const [p] = problemsOf(s);
    expect(p).toMatchObject({ file: 'content/reviews/r/measures/2.mdx', field: 'aliases[0]' });
    expect(p!.message).toBe(
      '“/r/measures/1/”是措施（一）的网址（content/reviews/r/measures/1.mdx）',
    );
  });

  it('refuses one alias on two entries, naming both files', () => {
    const s = source();
    s.causes = [cause('r', 2, ['/old/causes/1/']), cause('r', 1, ['/old/causes/1/'])];
    const problems = problemsOf(s);
    expect(problems).toHaveLength(1);
    // Reported on the later entry in document order.
    expect(problems[0]!.file).toBe('content/reviews/r/causes/2.mdx');
    expect(problems[0]!.message).toContain('content/reviews/r/causes/1.mdx → aliases[0]');
  });

  it('refuses an alias on the full text or map of a review', () => {
    const s = source();
    s.causes[0] = cause('r', 2, ['/r/map/']);
    expect(problemsOf(s)[0]!.message).toBe(
      '“/r/map/”是材料“r”的关系图的网址（content/reviews/r/review.mdx）',
    );
  });

  it("refuses an alias to the entry's own address", () => {
    const s = source();
    s.causes[0] = cause('r', 2, ['2']);
    expect(problemsOf(s)[0]!.message).toBe('“/r/causes/2/”就是本条目自己的网址');
  });

  it('refuses an entry id that reads like a sub-item anchor', () => {
    const s = source();
    s.findings.push(finding('r', '1-1-item-2', 1, 3, [], []));
    expect(problemsOf(s)[0]!.message).toContain('编号“1-1-item-2”含有“-item-数字”');
  });
});

describe('buildSiteIndex: addresses of the site itself', () => {
  it('refuses an alias on an address the site serves or reserves, naming file and field', () => {
    for (const [alias, what] of [
      ['/search/', '搜索页'],
      ['/ledger/', '全部材料的整改台账'],
      ['/404/', '“找不到页面”页'],
      ['/pagefind/', '搜索索引文件夹'],
      ['/pagefind/fragment/', '搜索索引文件夹'],
    ] as const) {
      const s = source();
      s.causes[0] = cause('r', 2, [alias]);
      const [p] = problemsOf(s);
      expect(p, alias).toMatchObject({
        file: 'content/reviews/r/causes/2.mdx',
        field: 'aliases[0]',
      });
      expect(p!.message, alias).toContain(`是网站的${what}`);
    }
  });

  it("refuses an alias on a review's ledger page", () => {
    const s = source();
    s.causes[0] = cause('r', 2, ['/r/ledger/']);
    expect(problemsOf(s)[0]!.message).toBe(
      '“/r/ledger/”是材料“r”的整改台账的网址（content/reviews/r/review.mdx）',
    );
  });

  it('refuses a review folder whose full text would take a page of the site', () => {
    const s = source();
    s.reviews.push(review('search'));
    expect(problemsOf(s)[0]).toMatchObject({ file: 'content/reviews/search/review.mdx' });
    expect(problemsOf(s)[0]!.message).toContain('那是网站的搜索页');
  });
});

describe('buildSiteIndex: entry texts', () => {
  it('refuses an entry whose file has front matter but no text', () => {
    const s = source();
    s.causes[0] = { ...cause('r', 2), body: '\n  \n' };
    s.measures[0] = { ...measure('r', 1), body: undefined };
    const [p, q] = problemsOf(s);
    expect(p).toMatchObject({ file: 'content/reviews/r/causes/2.mdx', field: '正文' });
    expect(p!.message).toBe('原因（二）没有正文，页面上将只有标题');
    // Astro stores no body at all for a file that ends with its front matter.
    expect(q).toMatchObject({ file: 'content/reviews/r/measures/1.mdx', field: '正文' });
  });
});
