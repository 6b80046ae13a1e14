import { describe, expect, it } from 'vitest';
import { formatOutline } from '../../../../scripts/import/report.ts';
import { recogniseOutline } from '../../../../scripts/import/structure.ts';
import { textParagraphs } from '../../../../scripts/shared/documents/text.ts';

const outline = (lines: string[]) =>
  recogniseOutline({
    file: 'doc.txt',
    unit: 'line',
    paragraphs: textParagraphs(lines.join('\n')),
    links: [],
    encoding: 'utf-8',
  });

describe('formatOutline', () => {
  it('lists the title, each part, area and entry with its line, label and title', () => {
    const lines = formatOutline(
      outline([
        'XX局局长巡察整改专题民主生活会对照检查材料',
        '一、存在的问题',
        '（一）学习方面。一是学习不深入。二是调研不够。',
        '（二）作风方面',
        '一是作风不实。本人……',
        '二、典型案例剖析',
        '对照案例，深刻剖析。',
        '三、原因分析',
        '（一）理论学习不够。',
        '四、整改措施',
        '1.强化学习。',
      ]),
      'line',
    );
    expect(lines).toEqual([
      '结构（请对照原文核对）：',
      '  第 1 行  标题：XX局局长巡察整改专题民主生活会对照检查材料',
      '  第 2 行  一、存在的问题（问题部分）',
      '    第 3 行  方面（一）：（一）学习方面。',
      '      第 3 行  问题（一）之一：学习不深入（接在上文同一段中）',
      '      第 3 行  问题（一）之二：调研不够（接在上文同一段中）',
      '    第 4 行  方面（二）：（二）作风方面',
      '      第 5 行  问题（二）之一：作风不实',
      '  第 6 行  二、典型案例剖析（材料正文中的一节）',
      '  第 8 行  三、原因分析（原因部分）',
      '      第 9 行  原因（一）：理论学习不够',
      '  第 10 行  四、整改措施（措施部分）',
      '      第 11 行  措施（一）：强化学习',
    ]);
  });

  it('says when the part heading stands for the one area, and gives joined lines as a span', () => {
    const lines = formatOutline(
      outline([
        '标题',
        '一、查摆的问题',
        '（一）学习不深入。班子集中学习以读原文为主，结合重点工',
        '作开展研讨不多，学习成果转化为推动工作的具体举措还',
        '不够有力。',
        '（二）调研不够。到基层调研多是听汇报、看材料，直接听',
        '取群众意见少。',
      ]),
      'paragraph',
    );
    expect(lines.slice(2)).toEqual([
      '  第 2 段  一、查摆的问题（问题部分）',
      '    第 2 段  方面（一）：以这个部分的标题为唯一的方面',
      '      第 3–5 段  问题（一）之一：学习不深入',
      '      第 6–7 段  问题（一）之二：调研不够',
    ]);
  });
});
