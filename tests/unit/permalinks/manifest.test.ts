import { describe, expect, it } from 'vitest';
import { permalinkManifest } from '../../../src/permalinks/manifest.ts';
import { buildSiteIndex } from '../../../src/relations/build.ts';

const { reviews } = buildSiteIndex({
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
      data: { area: 1, order: 1, title: '学习不够', causes: [], measures: ['1'], aliases: [], feedback: [], recurs: [] },
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
});

describe('permalinkManifest', () => {
  it('lists reviews, entries and aliases with paths under the base', () => {
    const manifest = permalinkManifest(reviews, { base: '/sub/', site: undefined });
    expect(manifest).toMatchObject({ site: null, base: '/sub/' });
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
    const manifest = permalinkManifest(reviews, {
      base: '/',
      site: new URL('https://oa.example.gov.cn'),
    });
    expect(manifest.site).toBe('https://oa.example.gov.cn');
    expect(manifest.entries[1]!.url).toBe('https://oa.example.gov.cn/r/measures/1/');
    expect(manifest.aliases[0]!.target).toBe('https://oa.example.gov.cn/r/measures/1/');
  });
});
