import { describe, expect, it } from 'vitest';
import { areaBlocks, bodyParagraphCount } from '../../../src/relations/paragraphs.ts';

const finding = (id: string, continues = false) => ({ id, continues });

/** The blocks as short strings: `h`, `p:<text>`, `f:<id>`, `[h <text> | ids]` for a shared paragraph. */
const layout = (area: Parameters<typeof areaBlocks<ReturnType<typeof finding>>>[0]) =>
  areaBlocks(area).map((b) =>
    b.type === 'heading'
      ? 'h'
      : b.type === 'paragraph'
        ? `p:${b.text}`
        : b.type === 'finding'
          ? `f:${b.finding.id}`
          : `[${b.heading ? 'h ' : ''}${b.text ?? ''}|${b.findings.map((f) => f.id).join(',')}]`,
  );

describe('areaBlocks', () => {
  it('gives the heading and each finding a block of its own when no paragraph is shared', () => {
    expect(
      layout({ lead: undefined, paragraphs: [], findings: [finding('1'), finding('2')] }),
    ).toEqual(['h', 'f:1', 'f:2']);
  });

  it('keeps a lead-in in the heading’s paragraph and a summary as the area’s paragraphs', () => {
    expect(
      layout({ lead: '，主要是：', paragraphs: ['总的看。'], findings: [finding('1')] }),
    ).toEqual(['[h ，主要是：|]', 'p:总的看。', 'f:1']);
  });

  it('joins continuing findings into the paragraph they continue', () => {
    const inHeading = [finding('1', true), finding('2', true), finding('3', true)];
    expect(layout({ lead: undefined, paragraphs: [], findings: inHeading })).toEqual([
      '[h |1,2,3]',
    ]);
    expect(
      layout({ lead: '，表现在：', paragraphs: [], findings: [finding('1', true), finding('2')] }),
    ).toEqual(['[h ，表现在：|1]', 'f:2']);
    expect(
      layout({ lead: undefined, paragraphs: ['主要是：'], findings: [finding('1', true)] }),
    ).toEqual(['h', '[主要是：|1]']);
    expect(
      layout({
        lead: undefined,
        paragraphs: [],
        findings: [finding('1'), finding('2', true), finding('3'), finding('4', true)],
      }),
    ).toEqual(['h', '[|1,2]', '[|3,4]']);
  });
});

describe('bodyParagraphCount', () => {
  it('counts the blocks between blank lines', () => {
    expect(bodyParagraphCount('一是甲。\n')).toBe(1);
    expect(bodyParagraphCount('一是甲。\n\n如：例子。\n\n\n（1）小点。\n')).toBe(3);
    expect(bodyParagraphCount('一是甲。\r\n\r\n如：例子。\r\n')).toBe(2);
  });
});
