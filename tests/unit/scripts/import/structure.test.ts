import { describe, expect, it } from 'vitest';
import { DocumentError } from '../../../../scripts/shared/documents/errors';
import { textParagraphs } from '../../../../scripts/shared/documents/text';
import type { Outline } from '../../../../scripts/import/outline';
import { recogniseOutline } from '../../../../scripts/import/structure';

const outline = (lines: string[]) =>
  recogniseOutline({
    file: 'doc.txt',
    unit: 'line',
    paragraphs: textParagraphs(lines.join('\n')),
    links: [],
    encoding: 'utf-8',
  });

/** The review's own text as short strings: paragraphs, `## ` headings, `<Part>` placeholders. */
const body = (o: Outline) =>
  o.body.map((b) =>
    b.type === 'part'
      ? `<${b.kind}>`
      : b.type === 'heading'
        ? `## ${b.paragraph.text}`
        : b.paragraph.text,
  );

const items = (list: { order: number; title: string; paragraphs: { text: string }[] }[]) =>
  list.map((i) => [i.order, i.title, i.paragraphs.map((p) => p.text)]);

const PARTS = ['一、存在的问题', '（一）方面', '一是问题。'];

function failure(lines: string[]): DocumentError {
  try {
    outline(lines);
  } catch (error) {
    if (error instanceof DocumentError) return error;
    throw error;
  }
  throw new Error('recogniseOutline did not throw');
}

describe('recogniseOutline', () => {
  it('reads areas with numbered findings, causes and measures, and the text around them', () => {
    const o = outline([
      'XX局局长巡察整改专题民主生活会对照检查材料',
      '根据要求，现报告如下：',
      '一、存在的主要问题',
      '（一）学习方面。',
      '一是学习不深入。本人……',
      '二是调研不够。本人……',
      '（二）作风方面',
      '一是作风不实。本人……',
      '二、产生问题的原因分析',
      '通过剖析，根源如下：',
      '（一）理论学习不够。一是……二是……',
      '（二）担当不够。',
      '三、下一步努力方向和整改措施',
      '（一）强化学习。每月……',
    ]);
    expect(o.title?.text).toBe('XX局局长巡察整改专题民主生活会对照检查材料');
    expect(o.areas.map((a) => a.text)).toEqual(['（一）学习方面。', '（二）作风方面']);
    expect(o.findings.map((f) => [f.area, f.order, f.title])).toEqual([
      [1, 1, '学习不深入'],
      [1, 2, '调研不够'],
      [2, 1, '作风不实'],
    ]);
    expect(items(o.causes)).toEqual([
      [1, '理论学习不够', ['（一）理论学习不够。一是……二是……']],
      [2, '担当不够', ['（二）担当不够。']],
    ]);
    expect(items(o.measures)).toEqual([[1, '强化学习', ['（一）强化学习。每月……']]]);
    expect(body(o)).toEqual([
      '根据要求，现报告如下：',
      '## 一、存在的主要问题',
      '<finding>',
      '## 二、产生问题的原因分析',
      '通过剖析，根源如下：',
      '<cause>',
      '## 三、下一步努力方向和整改措施',
      '<measure>',
    ]);
    expect(o.notes).toEqual([]);
  });

  it('joins a title set on two lines, up to the line that names the document', () => {
    const o = outline([
      '中共XX乡委员会书记',
      '2023年度巡察整改专题民主生活会个人对照检查材料',
      '李四',
      '一、存在的问题',
      '（一）方面',
      '一是问题。',
    ]);
    expect(o.title?.text).toBe('中共XX乡委员会书记2023年度巡察整改专题民主生活会个人对照检查材料');
    expect(o.title?.lines.map((l) => l.line)).toEqual([1, 2]);
    expect(body(o)[0]).toBe('李四');
    expect(outline(['XX局对照检查材料', '李四', ...PARTS]).title?.lines).toHaveLength(1);
    expect(outline(['XX局', '李四', ...PARTS]).title?.text).toBe('XX局');
  });

  it('keeps the points and follow-on paragraphs of an item with it', () => {
    const o = outline([
      '标题',
      '一、存在的问题',
      '（一）预算方面',
      '1.预算管理不细。主要表现在：',
      '（1）编制粗放；',
      '（2）执行偏慢。',
      '>注：数据截至年底。',
      '2.绩效不实。',
      '二、原因',
      '一是宗旨意识弱化。表现为：',
      '1. 调研少；',
      '2. 回应慢。',
      '二是担当不够。',
    ]);
    expect(items(o.findings)).toEqual([
      [
        1,
        '预算管理不细',
        [
          '1.预算管理不细。主要表现在：',
          '（1）编制粗放；',
          '（2）执行偏慢。',
          '>注：数据截至年底。',
        ],
      ],
      [2, '绩效不实', ['2.绩效不实。']],
    ]);
    expect(items(o.causes)).toEqual([
      [1, '宗旨意识弱化', ['一是宗旨意识弱化。表现为：', '1. 调研少；', '2. 回应慢。']],
      [2, '担当不够', ['二是担当不够。']],
    ]);
  });

  it('uses the part heading as the only area when the findings have no area headings', () => {
    const o = outline([
      '标题',
      '前言。',
      '一、查摆的问题',
      '（一）学习不深入。本人……',
      '（二）作风不实。本人……',
      '二、原因剖析',
      '（一）党性不强。',
    ]);
    expect(o.areas.map((a) => a.text)).toEqual(['一、查摆的问题']);
    expect(o.findings.map((f) => [f.area, f.order, f.title])).toEqual([
      [1, 1, '学习不深入'],
      [1, 2, '作风不实'],
    ]);
    expect(body(o)).toEqual(['前言。', '<finding>', '## 二、原因剖析', '<cause>']);
    expect(o.notes.map((n) => n.line)).toEqual([3]);
    expect(o.notes[0]?.message).toContain('以这个部分的标题作为唯一的方面');
  });

  it('keeps the closing lines and any other section in the review’s own text', () => {
    const o = outline([
      '标题',
      '（2024年3月15日）',
      '一、存在的问题',
      '（一）方面',
      '一是问题。',
      '二、整改措施',
      '1、强化学习。',
      '2、转变作风。',
      '以上对照检查，请同志们批评指正。',
      'XX局领导班子',
      '2024年4月8日',
    ]);
    expect(o.measures.map((m) => m.paragraphs.length)).toEqual([1, 1]);
    expect(body(o).slice(-4)).toEqual([
      '<measure>',
      '以上对照检查，请同志们批评指正。',
      'XX局领导班子',
      '2024年4月8日',
    ]);
    const extra = outline([
      '标题',
      '一、存在的问题',
      '（一）方面',
      '一是问题。',
      '二、个人有关事项',
      '本人如实报告了个人有关事项。',
      '三、整改措施',
      '（一）强化学习。',
      '以上，请批评指正。',
    ]);
    expect(body(extra)).toEqual([
      '## 一、存在的问题',
      '<finding>',
      '## 二、个人有关事项',
      '本人如实报告了个人有关事项。',
      '## 三、整改措施',
      '<measure>',
      '以上，请批评指正。',
    ]);
  });

  it('takes areas from whatever numbering heads the problems part', () => {
    const o = outline([
      '标题',
      '第一部分 存在的问题',
      '一、政治建设方面',
      '1.学习不深入。',
      '2.落实不坚决。',
      '二、作风建设方面',
      '1.调研不够。',
      '第二部分 整改措施',
      '一是加强学习。',
    ]);
    expect(o.areas.map((a) => a.text)).toEqual(['一、政治建设方面', '二、作风建设方面']);
    expect(o.findings.map((f) => `${f.area}-${f.order}`)).toEqual(['1-1', '1-2', '2-1']);
    expect(o.measures).toHaveLength(1);
  });

  it('reads findings with points as findings, not areas, unless every one is a heading', () => {
    const o = outline([
      '标题',
      '一、存在的问题',
      '（一）学习不深入。本人对……',
      '1.学习不系统；',
      '（二）作风不实。',
      '1.调研少。',
    ]);
    expect(o.areas.map((a) => a.text)).toEqual(['一、存在的问题']);
    expect(items(o.findings)).toEqual([
      [1, '学习不深入', ['（一）学习不深入。本人对……', '1.学习不系统；']],
      [2, '作风不实', ['（二）作风不实。', '1.调研少。']],
    ]);
  });

  it('treats 一、 numbering out of turn as numbering inside a part', () => {
    const o = outline([
      '标题',
      '一、存在的问题',
      '（一）方面',
      '一是问题。',
      '二、整改措施',
      '一、加强学习，每月集中学习一次。',
      '二、转变作风，深入一线调研。',
    ]);
    expect(o.measures.map((m) => m.title)).toEqual([
      '加强学习，每月集中学习一次',
      '转变作风，深入一线调研',
    ]);
  });

  it('recognises part headings written without numbers', () => {
    const o = outline([
      '标题',
      '存在的主要问题',
      '（一）学习方面',
      '一是学习不深入。',
      '整改措施',
      '（一）强化学习。',
    ]);
    expect(o.findings).toHaveLength(1);
    expect(o.measures).toHaveLength(1);
  });

  it('publishes text between an area heading and its first finding with that finding', () => {
    const o = outline([
      '标题',
      '一、存在的问题',
      '（一）学习方面',
      '主要表现在：',
      '一是学习不深入。',
    ]);
    expect(items(o.findings)).toEqual([[1, '学习不深入', ['主要表现在：', '一是学习不深入。']]]);
    expect(o.notes[0]?.line).toBe(4);
    expect(o.notes[0]?.message).toBe('方面（一）第一个问题之前的文字，归入这个问题的开头发布');
  });

  it('names the line and what it expected when the document has no problems part', () => {
    const error = failure([
      '标题',
      '一、原因分析',
      '（一）学习不够。',
      '二、整改措施',
      '（一）强化学习。',
    ]);
    expect(error.message).toMatch(
      /^doc\.txt 第 2 行：应为问题部分的标题，如“一、存在的主要问题”.*实际是只有这些标题：“一、原因分析”（第 2 行）、“二、整改措施”（第 4 行）。\n {2}改法：/,
    );
    expect(
      failure(['标题', '根据要求，现报告如下：', '本人存在学习不深入的问题。']).message,
    ).toContain('实际是没有任何部分标题');
  });

  it('names the line of a repeated or skipped number', () => {
    const error = failure(['标题', '一、存在的问题', '（一）方面', '一是问题。', '三是问题。']);
    expect(error.line).toBe(5);
    expect(error.message).toContain(
      'doc.txt 第 5 行：应为方面（一）下一个问题的编号“二是”，实际是“三是问题。”。',
    );
    expect(error.hint).toContain('重复或跳过的编号');
    expect(
      failure(['标题', '一、存在的问题', '（一）方面', '一是问题。', '（三）方面', '一是问题。'])
        .message,
    ).toContain('第 5 行：应为问题部分下一个方面的编号“（二）”');
    expect(
      failure([
        '标题',
        '一、存在的问题',
        '（一）方面',
        '一是问题。',
        '二、整改措施',
        '1.学习。',
        '3.调研。',
      ]).message,
    ).toContain('第 7 行：应为下一项措施的编号“2.”');
  });

  it('names the line when the findings are not numbered', () => {
    const error = failure([
      '标题',
      '一、存在的问题',
      '本人学习不深入，调研不够。',
      '二、整改措施',
      '（一）强化学习。',
    ]);
    expect(error.message).toContain('第 3 行：应为“一、存在的问题”下带编号的问题');
    const area = failure([
      '标题',
      '一、存在的问题',
      '（一）方面',
      '一是问题。',
      '（二）方面',
      '本人作风不实。',
    ]);
    expect(area.message).toContain(
      '第 6 行：应为方面（二）下带编号的问题，编号方式和其他方面相同（一是、二是……）',
    );
  });
});
