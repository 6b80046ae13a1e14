import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { clausePool } from '../../../bench/lib/clauses.ts';

const seed = readFileSync('content/reviews/xx-minzhengju-2023/source.txt', 'utf8');

describe('clausePool', () => {
  it('takes headlines from the opening sentences of numbered paragraphs, without numbering', () => {
    const { headline } = clausePool(seed);
    expect(headline).toContain('学习领会A总书记关于民政工作的指示批示精神不上心，');
    expect(headline).toContain('对政治理论学习的重要性认识不到位。');
    expect(headline.some((c) => /^(?:[一二三四]是|（[一二三四]）)/.test(c))).toBe(false);
  });

  it('cuts body paragraphs at clause punctuation and leaves headings and web markers out', () => {
    const { body } = clausePool(seed);
    expect(body).toContain('殡仪馆火化车间建设作为十三五既定任务，');
    expect(body.every((c) => !c.includes('##paid'))).toBe(true);
    expect(body).not.toContain('一、存在的主要问题');
  });

  it('drops clauses that would leave a quotation open', () => {
    const text = `一是${'甲'.repeat(100)}，“引号跨过了，逗号”。乙乙乙。`;
    expect(clausePool(text).body).toEqual([`${'甲'.repeat(100)}，`, '乙乙乙。']);
  });

  it('says what it needs when the text has no numbered paragraphs', () => {
    expect(() => clausePool('一行。')).toThrow(/numbered paragraphs/);
  });
});
