import { describe, expect, it } from 'vitest';
import {
  headline,
  isHeadingLike,
  markerFor,
  numberingOf,
} from '../../../../scripts/import/numbering';

describe('numberingOf', () => {
  it.each([
    ['（一）用新思想引领……方面。', 'cn-paren', 1, '（一）'],
    ['(十二)半角括号', 'cn-paren', 12, '(十二)'],
    ['三是贯彻执行上级决策部署不够坚决。', 'cn-shi', 3, '三是'],
    ['二、产生问题的原因分析', 'cn-dun', 2, '二、'],
    ['第三，担当精神不够。', 'cn-ordinal', 3, '第三，'],
    ['1.理论学习不够深入。', 'arabic', 1, '1.'],
    ['12、干部培训', 'arabic', 12, '12、'],
    ['2． 全角点', 'arabic', 2, '2．'],
    ['（1）预算编制不够精细', 'arabic-paren', 1, '（1）'],
    ['3)半角右括号', 'arabic-paren', 3, '3)'],
    ['② 对群众举报线索的核查', 'circled', 2, '②'],
  ])('reads %s', (text, scheme, number, marker) => {
    expect(numberingOf(text)).toEqual({ scheme, number, marker });
  });

  it('does not take numbers, dates or words for numbering', () => {
    for (const text of [
      '1.5万元资金未及时拨付。',
      '2023年7月28日才正式开工。',
      '十分重视。',
      '第一议题制度',
      '一方面……另一方面……',
      '（征求意见稿）',
      '本人深入学习。',
    ]) {
      expect(numberingOf(text), text).toBeUndefined();
    }
  });
});

describe('markerFor', () => {
  it('writes a number the way each scheme does', () => {
    expect(markerFor('cn-paren', 3)).toBe('（三）');
    expect(markerFor('cn-shi', 11)).toBe('十一是');
    expect(markerFor('arabic', 2)).toBe('2.');
    expect(markerFor('circled', 3)).toBe('③');
  });
});

describe('headline', () => {
  it('is the clause after the numbering, up to the first full stop', () => {
    expect(headline('一是学习领会不上心，推进工作有短板。本人虽然……')).toBe(
      '学习领会不上心，推进工作有短板',
    );
    expect(headline('（三）持续推进领导班子建设方面')).toBe('持续推进领导班子建设方面');
    expect(headline('1. 理论学习不够深入：对党的创新理论……')).toBe('理论学习不够深入');
    expect(headline('二是宗旨意识有所弱化；对……')).toBe('宗旨意识有所弱化');
    expect(headline('一是：理论学习不深入。本人……')).toBe('理论学习不深入');
    expect(headline('（二）、作风不实')).toBe('作风不实');
  });
});

describe('isHeadingLike', () => {
  it('accepts one clause, with at most a full stop at its end', () => {
    expect(isHeadingLike('（一）用新思想引领推动民政工作，履行政治责任方面。')).toBe(true);
    expect(isHeadingLike('（一）学习不深入。本人对……')).toBe(false);
    expect(isHeadingLike('（二）作风方面'.padEnd(70, '长'))).toBe(false);
  });
});
