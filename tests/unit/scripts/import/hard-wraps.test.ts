import { describe, expect, it } from 'vitest';
import {
  brokenLineWidth,
  displayWidth,
  joinBrokenLines,
} from '../../../../scripts/import/hard-wraps.ts';
import { textParagraphs } from '../../../../scripts/shared/documents/text.ts';

const texts = (lines: string[]) => joinBrokenLines(textParagraphs(lines.join('\n')));

describe('displayWidth', () => {
  it('counts a Chinese character or full-width mark as one, a half-width character as half', () => {
    expect(displayWidth('谈心谈话')).toBe(4);
    expect(displayWidth('话30余人次，')).toBe(6);
  });
});

describe('brokenLineWidth', () => {
  it('is the width most lines that stop mid-sentence share', () => {
    expect(brokenLineWidth([28, 27.5, 26, 28, 13], [28, 27.5, 26, 28, 13, 9])).toBe(28);
  });

  it('is undefined for too few such lines, or where paragraphs run far wider', () => {
    expect(brokenLineWidth([28, 28], [28, 28, 10])).toBeUndefined();
    expect(brokenLineWidth([22, 21, 22], [22, 21, 22, 120, 240, 180, 300])).toBeUndefined();
  });
});

describe('joinBrokenLines', () => {
  const broken = [
    '一是学习不深入。班子集中学习以读原文为主，结合重点工',
    '作开展研讨不多，学习成果转化为推动工作的具体举措还',
    '不够有力。',
    '二是调研不够。到基层调研多是听汇报、看材料，直接听',
    '取群众意见少，深入开展谈心谈话30余人次，听取意见',
    '建议。',
  ];

  it('joins the lines of a paragraph broken at the end of each printed line', () => {
    const { paragraphs, joined } = texts(broken);
    expect(paragraphs.map((p) => p.text)).toEqual([
      broken.slice(0, 3).join(''),
      broken.slice(3).join(''),
    ]);
    expect(paragraphs.map((p) => [p.line, p.lastLine])).toEqual([
      [1, 3],
      [4, 6],
    ]);
    expect(joined).toEqual([
      { line: 1, lastLine: 3, lines: 3 },
      { line: 4, lastLine: 6, lines: 3 },
    ]);
  });

  it('never joins a line to one that opens a paragraph: numbered, a heading, a date', () => {
    const { paragraphs } = texts([
      '（一）在学习贯彻党的创新理论、落实上级决策部署方面',
      '1.理论学习与业务工作结合不够紧密，集中学习以读原文为',
      '主，结合重点工作开展研讨不多，学习成果转化为推动工作',
      '的具体举措还不够有力，学用结合还不够紧密。',
      '二、产生问题的原因',
      ...broken,
    ]);
    expect(paragraphs.map((p) => p.line)).toEqual([1, 2, 5, 6, 9]);
  });

  it('leaves a document of whole paragraphs as it is: headings stay headings', () => {
    const lines = [
      '（一）在带头强化政治忠诚、提高政治能力方面',
      '总的看，本人能够坚定拥护“两个确立”，坚决做到“两个维护”，但对照要求还有差距，主要是理论学习的系统性还不够，学用结合还不够紧密。',
      '（二）在带头强化党性修养、提高道德修养方面',
      '总的看，本人能够严守纪律规矩，但在一些小事小节上要求有所放松，主要是自我要求有所降低，对身边工作人员管得不够严。',
      '（三）在带头强化责任担当、提高履职能力方面',
      '总的看，本人能够履职尽责，但推动工作的闯劲还不够，主要是创新意识不强，攻坚克难劲头不足，有的工作推进缓慢。',
    ];
    expect(texts(lines).joined).toEqual([]);
  });

  it('joins a line that ends in a comma in any document', () => {
    const { paragraphs } = texts(['本人存在以下问题，', '现报告如下。', '以上。']);
    expect(paragraphs.map((p) => p.text)).toEqual(['本人存在以下问题，现报告如下。', '以上。']);
  });
});
