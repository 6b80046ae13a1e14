import { describe, expect, it } from 'vitest';
import { excerpt } from '../../../src/text/excerpt.ts';

describe('excerpt', () => {
  it('keeps a short text whole, on one line', () => {
    expect(excerpt('（一）强化学习。\n\n每月集中学习一次。', 50)).toBe(
      '（一）强化学习。 每月集中学习一次。',
    );
  });

  it('cuts a long text to the limit, ending in …', () => {
    const cut = excerpt('一是学习不深入。'.repeat(10), 12);
    expect(cut).toHaveLength(12);
    expect(cut).toBe('一是学习不深入。一是学…');
  });
});
