import { describe, expect, it } from 'vitest';
import { atSentenceStart, endsParagraph } from '../../../../scripts/import/punctuation.ts';

describe('endsParagraph', () => {
  it('is a sentence end, a colon, an ellipsis or a dash, in either width, before closing quotes', () => {
    for (const text of [
      '……报告如下：',
      '……不够。',
      '……整改?',
      '……如下:',
      '……等等……',
      '……“走过场”。”',
    ]) {
      expect(endsParagraph(text), text).toBe(true);
    }
  });

  it('is not a word, a comma or a figure', () => {
    for (const text of ['……深入开展谈心谈', '……人次，', '（一）在带头强化政治忠诚方面']) {
      expect(endsParagraph(text), text).toBe(false);
    }
  });
});

describe('atSentenceStart', () => {
  it('follows a sentence end or a colon, or the start of the text', () => {
    expect(atSentenceStart('')).toBe(true);
    expect(atSentenceStart('……不深入。')).toBe(true);
    expect(atSentenceStart('主要表现在：')).toBe(true);
    expect(atSentenceStart('……不深入; ')).toBe(true);
    expect(atSentenceStart('……“走过场”。”')).toBe(true);
    expect(atSentenceStart('……学习不深入，')).toBe(false);
  });
});
