import { describe, expect, it } from 'vitest';
import { isProblem, permalinkManifest } from '../../../src/permalinks/manifest.ts';
import { buildSiteIndex } from '../../../src/relations/build.ts';

const index = buildSiteIndex({
  reviews: [
    {
      id: 'r',
      filePath: 'reviews/r/review.mdx',
      body: '<Findings />\n\n<Measures />',
      data: {
        title: '某局材料',
        organization: '某局',
        meeting: '会',
        basis: [],
        areas: ['（一）甲'],
      },
    },
  ],
  findings: [
    {
      id: 'r/1-1',
      body: '原文。',
      filePath: 'reviews/r/findings/1-1.mdx',
      data: {
        area: 1,
        order: 1,
        title: '学习不够',
        causes: [],
        measures: ['1'],
        aliases: [],
        feedback: [],
        recurs: [],
      },
    },
  ],
  causes: [],
  measures: [
    {
      id: 'r/1',
      body: '原文。',
      filePath: 'reviews/r/measures/1.mdx',
      data: { order: 1, title: '强化学习', aliases: ['3', '/old/measures/1/'], progress: [] },
    },
  ],
  inspections: [
    {
      id: 'xc',
      filePath: 'inspections/xc/inspection.mdx',
      body: '<Problems />',
      data: {
        title: '关于巡察某局党组的反馈意见',
        team: '巡察组',
        unit: '某局党组',
        categories: ['（一）甲'],
      },
    },
  ],
  problems: [
    {
      id: 'xc/2',
      filePath: 'inspections/xc/problems/2.mdx',
      body: '2.学习不够。',
      data: {
        category: 1,
        order: 2,
        title: '学习不够',
        recurs: [],
        aliases: ['9', '/inspections/xc-old/problems/4/', '/inspections/xc/list/'],
      },
    },
    {
      id: 'xc/1',
      filePath: 'inspections/xc/problems/1.mdx',
      body: '1.调研不够。',
      data: { category: 1, order: 1, title: '调研不够', recurs: [], aliases: [] },
    },
  ],
});
const { reviews } = index;

describe('permalinkManifest', () => {
  it('lists reviews, entries and aliases with paths under the base, as before inspections', () => {
    const manifest = permalinkManifest({ reviews }, { base: '/sub/', site: undefined });
    expect(manifest).toMatchObject({ site: null, base: '/sub/', inspections: [] });
    expect(manifest.reviews).toEqual([{ review: 'r', title: '某局材料', url: '/sub/r/' }]);
    expect(manifest.entries.map((e) => [e.label, e.url, e.anchor])).toEqual([
      ['问题（一）之一', '/sub/r/findings/1-1/', 'finding-1-1'],
      ['措施（一）', '/sub/r/measures/1/', 'measure-1'],
    ]);
    expect(manifest.aliases).toEqual([
      {
        review: 'r',
        kind: 'measure',
        id: '1',
        label: '措施（一）',
        title: '强化学习',
        url: '/sub/r/measures/3/',
        target: '/sub/r/measures/1/',
        formerAnchor: 'measure-3',
      },
      {
        review: 'r',
        kind: 'measure',
        id: '1',
        label: '措施（一）',
        title: '强化学习',
        url: '/sub/old/measures/1/',
        target: '/sub/r/measures/1/',
        formerAnchor: 'measure-1',
      },
    ]);
  });

  it('gives absolute URLs on a configured origin', () => {
    const manifest = permalinkManifest(index, {
      base: '/',
      site: new URL('https://oa.example.gov.cn'),
    });
    expect(manifest.site).toBe('https://oa.example.gov.cn');
    expect(manifest.entries[1]!.url).toBe('https://oa.example.gov.cn/r/measures/1/');
    expect(manifest.aliases[0]!.target).toBe('https://oa.example.gov.cn/r/measures/1/');
    expect(manifest.inspections![0]!.report).toBe(
      'https://oa.example.gov.cn/inspections/xc/report/',
    );
    expect(manifest.entries.at(-1)!.url).toBe(
      'https://oa.example.gov.cn/inspections/xc/problems/2/',
    );
  });

  it('lists each inspection after the reviews, with its feedback page and its report', () => {
    const manifest = permalinkManifest(index, { base: '/sub/', site: undefined });
    expect(manifest.reviews.map((r) => r.review)).toEqual(['r']);
    expect(manifest.inspections).toEqual([
      {
        inspection: 'xc',
        title: '关于巡察某局党组的反馈意见',
        url: '/sub/inspections/xc/',
        report: '/sub/inspections/xc/report/',
      },
    ]);
  });

  it('lists feedback problems among the entries, in the feedback’s order, after the reviews’', () => {
    const manifest = permalinkManifest(index, { base: '/sub/', site: undefined });
    expect(manifest.entries.map((e) => e.kind)).toEqual([
      'finding',
      'measure',
      'problem',
      'problem',
    ]);
    expect(manifest.entries.slice(2)).toEqual([
      {
        inspection: 'xc',
        kind: 'problem',
        id: '1',
        label: '反馈问题1',
        title: '调研不够',
        url: '/sub/inspections/xc/problems/1/',
        anchor: 'problem-1',
      },
      {
        inspection: 'xc',
        kind: 'problem',
        id: '2',
        label: '反馈问题2',
        title: '学习不够',
        url: '/sub/inspections/xc/problems/2/',
        anchor: 'problem-2',
      },
    ]);
    // What a reader of the manifest before inspections looked at stays as it was.
    expect(manifest.entries.filter((e) => !isProblem(e))).toEqual(
      permalinkManifest({ reviews }, { base: '/sub/', site: undefined }).entries,
    );
  });

  it('lists a problem’s aliases with the anchor it had at a former problem address', () => {
    const manifest = permalinkManifest(index, { base: '/sub/', site: undefined });
    const problem = {
      inspection: 'xc',
      kind: 'problem',
      id: '2',
      label: '反馈问题2',
      title: '学习不够',
    };
    expect(manifest.aliases.filter(isProblem)).toEqual([
      {
        ...problem,
        url: '/sub/inspections/xc/problems/9/',
        target: '/sub/inspections/xc/problems/2/',
        formerAnchor: 'problem-9',
      },
      {
        ...problem,
        url: '/sub/inspections/xc-old/problems/4/',
        target: '/sub/inspections/xc/problems/2/',
        formerAnchor: 'problem-4',
      },
      // Not a problem's address: there is no former anchor to carry over.
      { ...problem, url: '/sub/inspections/xc/list/', target: '/sub/inspections/xc/problems/2/' },
    ]);
  });
});

describe('isProblem', () => {
  it('tells a feedback problem from a review’s entry', () => {
    const manifest = permalinkManifest(index, { base: '/', site: undefined });
    expect(manifest.entries.map(isProblem)).toEqual([false, false, true, true]);
    expect(manifest.aliases.map(isProblem)).toEqual([false, false, true, true, true]);
  });
});
