import { describe, expect, it } from 'vitest';
import { titlePieces } from '../../../src/text/title-breaks.ts';

describe('the places a title may break', () => {
  it('keeps words whole, a lone character with the word before it', () => {
    expect(titlePieces('XX县民政局长巡察整改专题民主生活会对照检查材料')).toEqual([
      'XX县',
      '民政局长',
      '巡察整改',
      '专题',
      '民主',
      '生活会',
      '对照',
      '检查',
      '材料',
    ]);
  });

  it('keeps punctuation with its phrase, and loses no character', () => {
    const title = '关于巡察示例县示例局党组的反馈意见（示例）';
    const pieces = titlePieces(title);
    expect(pieces.join('')).toBe(title);
    expect(pieces.at(-1)).toBe('（示例）');
    expect(pieces.some((p) => p.startsWith('）') || p.endsWith('（'))).toBe(false);
  });

  it('gives back any text whole, spaces and Latin letters included', () => {
    for (const title of ['', ' ', 'A', '“第一议题”制度落实不到位', '2023年度 民主生活会 (草稿)']) {
      expect(titlePieces(title).join('')).toBe(title);
    }
  });
});
