import { describe, expect, it } from 'vitest';
import type { ReviewData } from '../../../src/schemas/review.ts';
import { reviewMeta } from '../../../src/views/review-meta.ts';

const data = (extra: Partial<ReviewData>): ReviewData => ({
  title: '材料',
  organization: 'XX县民政局',
  meeting: '巡察整改专题民主生活会',
  basis: [],
  areas: ['（一）学习方面'],
  ...extra,
});

describe('the particulars under a review’s title', () => {
  it('names a role without an author 职务, not 撰写人', () => {
    expect(reviewMeta(data({ role: '局党组书记、局长' }))).toMatchObject({
      person: '局党组书记、局长',
      personLabel: '职务',
    });
  });

  it('names the author with the role before the name 撰写人', () => {
    expect(reviewMeta(data({ role: '局长', author: '张三' }))).toMatchObject({
      person: '局长 张三',
      personLabel: '撰写人',
    });
    expect(reviewMeta(data({ author: '张三' })).personLabel).toBe('撰写人');
  });
});
