import { describe, expect, it } from 'vitest';
import { headline, isHeadingLike } from '../../../../scripts/import/headline';

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

  it('leaves out full-width numbering too', () => {
    expect(headline('１．理论学习不够深入。本人……')).toBe('理论学习不够深入');
  });
});

describe('isHeadingLike', () => {
  it('accepts one clause, with at most a full stop at its end', () => {
    expect(isHeadingLike('（一）用新思想引领推动民政工作，履行政治责任方面。')).toBe(true);
    expect(isHeadingLike('（一）学习不深入。本人对……')).toBe(false);
    expect(isHeadingLike('（二）作风方面'.padEnd(70, '长'))).toBe(false);
  });
});
