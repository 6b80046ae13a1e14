import { describe, expect, it } from 'vitest';
import { titleLines, titleText } from '../../../../scripts/import/title.ts';
import { textParagraphs } from '../../../../scripts/shared/documents/text.ts';

const title = (lines: string[], start = 0, strict = false) =>
  titleText(titleLines(textParagraphs(lines.join('\n')), start, strict));

describe('titleLines', () => {
  it('joins a title broken mid-word when together the lines say what the document is', () => {
    expect(title(['XX县自然资源局党组领导班子对照检', '查材料（含案例）', '根据……'])).toBe(
      'XX县自然资源局党组领导班子对照检查材料（含案例）',
    );
  });

  it('joins the unit and post above the meeting, not a line above a whole title', () => {
    expect(title(['中共XX乡委员会书记', '2023年度民主生活会个人对照检查材料'])).toBe(
      '中共XX乡委员会书记2023年度民主生活会个人对照检查材料',
    );
    expect(title(['内部资料', 'XX局局长巡察整改专题民主生活会对照检查材料'])).toBe('内部资料');
    expect(title(['内部资料', 'XX局局长巡察整改专题民主生活会对照检查材料'], 0, true)).toBe('');
    expect(title(['内部资料', 'XX局局长巡察整改专题民主生活会对照检查材料'], 1, true)).toBe(
      'XX局局长巡察整改专题民主生活会对照检查材料',
    );
  });
});
