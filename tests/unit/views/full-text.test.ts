import { describe, expect, it } from 'vitest';
import { buildSiteIndex } from '../../../src/relations/build.ts';
import { fullTextView, outline } from '../../../src/views/full-text.ts';
import { source } from './site.ts';

const review = buildSiteIndex(source()).reviewById.get('r')!;
const view = fullTextView(review, new Date('2024-06-30'));

describe('fullTextView', () => {
  it('describes the review and lists its particulars', () => {
    expect(view.description).toBe('单位会议对照检查材料全文：3 个问题、2 条原因、2 项整改措施。');
    expect(view.meta).toEqual({
      organization: '单位',
      person: '主任 张三',
      personLabel: '撰写人',
      meeting: '会议',
      date: { iso: '2024-03-15', text: '2024年3月15日' },
      basis: ['《通知》（示发〔2024〕1号）', '示发〔2024〕2号'],
    });
    expect(view.body).toBe('<Findings />\n\n<Causes />\n\n<Measures />');
  });

  it('places each area’s findings in its blocks, a continued paragraph shared', () => {
    expect(view.areas.map((area) => area.blocks.map((block) => block.type))).toEqual([
      ['heading', 'finding', 'finding'],
      ['shared'],
    ]);
    const shared = view.areas[1]!.blocks[0]!;
    expect(shared).toMatchObject({ type: 'shared', heading: true, text: '，主要是：' });
    expect(shared.type === 'shared' && shared.findings.map((f) => f.lead)).toEqual([
      '问题2-1的原文。',
    ]);
  });

  it('gives each block its text, relations, citation and former anchors', () => {
    const block = view.areas[1]!.blocks[0]!;
    const finding = block.type === 'shared' ? block.findings[0]! : undefined;
    expect(finding).toMatchObject({
      anchor: 'finding-2-1',
      html: '<p>问题2-1的原文。</p>',
      continues: true,
      formerAnchors: ['finding-1-3'],
      citation: '《材料 r》问题（二）之一“问题2-1”',
    });
    expect(view.causes[1]!.findings.map((link) => link.label)).toEqual([
      '问题（一）之一',
      '问题（一）之二',
    ]);
  });

  it('gives each measure its status and light on the build date, and a cause none', () => {
    expect(view.measures.map((block) => block.status)).toEqual([
      { status: '推进中', light: '正常', days: null, due: null },
      { status: '推进中', light: '逾期', days: 30, due: '2024-05-31' },
    ]);
    expect(view.causes.map((block) => block.status)).toEqual([null, null]);
    const earlier = fullTextView(review, new Date('2024-05-28'));
    expect(earlier.measures[1]!.status).toMatchObject({ light: '临期', days: 3 });
  });

  it('counts from the build date when none is given, as the part components ask for it', () => {
    const env = process.env.BUILD_DATE;
    process.env.BUILD_DATE = '2024-06-30';
    try {
      expect(fullTextView(review)).toEqual(view);
    } finally {
      if (env === undefined) delete process.env.BUILD_DATE;
      else process.env.BUILD_DATE = env;
    }
  });
});

describe('outline', () => {
  /** Review r with `body` as its text. */
  const withBody = (body: string) => {
    const s = source();
    s.reviews[0] = { ...s.reviews[0]!, body };
    return buildSiteIndex(s).reviewById.get('r')!;
  };

  it('puts each part’s areas, causes and measures under the heading its text places them after', () => {
    const review = withBody(
      [
        '前言。',
        '## 一、存在的问题',
        '<Findings />',
        '## 二、原因分析 ##',
        '通过剖析：',
        '<Causes />',
        '## 三、整改措施',
        '<Measures />',
        '## 四、上年度整改落实情况',
        '结尾。',
      ].join('\n\n'),
    );
    expect(outline(review)).toEqual([
      {
        heading: '一、存在的问题',
        entries: [
          { anchor: 'area-1', text: '（一）甲方面' },
          { anchor: 'area-2', text: '（二）乙方面' },
        ],
      },
      {
        heading: '二、原因分析',
        entries: [
          { anchor: 'cause-1', text: '（一）causes1' },
          { anchor: 'cause-2', text: '（二）causes2' },
        ],
      },
      {
        heading: '三、整改措施',
        entries: [
          { anchor: 'measure-1', text: '（一）measures1' },
          { anchor: 'measure-2', text: '（二）measures2' },
        ],
      },
      { heading: '四、上年度整改落实情况', entries: [] },
    ]);
  });

  it('lists the parts placed before any heading first, and is in the full text’s view', () => {
    expect(view.outline).toEqual([{ heading: null, entries: expect.any(Array) as unknown }]);
    expect(view.outline[0]!.entries.map((entry) => entry.anchor)).toEqual([
      'area-1',
      'area-2',
      'cause-1',
      'cause-2',
      'measure-1',
      'measure-2',
    ]);
  });

  it('reads headings as the text writes them: escapes undone, none in fenced code or deeper', () => {
    const review = withBody(
      [
        '## 一、关于\\<通知>的问题',
        '<Findings />',
        '```',
        '## 不是标题',
        '```',
        '### （一）小标题',
        '#不是标题',
        '## 二、其他',
        '<Causes />',
        '<Measures />',
      ].join('\n\n'),
    );
    expect(outline(review).map((section) => section.heading)).toEqual([
      '一、关于<通知>的问题',
      '二、其他',
    ]);
    expect(outline(review)[1]!.entries).toHaveLength(4);
  });
});
