import { describe, expect, it } from 'vitest';
import { DocumentError } from '../../../../scripts/shared/documents/errors.ts';
import { textParagraphs } from '../../../../scripts/shared/documents/text.ts';
import type { Outline } from '../../../../scripts/import/outline.ts';
import { recogniseOutline } from '../../../../scripts/import/structure.ts';
import { chineseNumeral } from '../../../../src/model/numerals.ts';

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

/** Each area as [heading, lead, its paragraphs]. */
const areas = (o: Outline) =>
  o.areas.map((a) => [a.heading, a.lead, a.paragraphs.map((p) => p.text)]);

/** Each finding as `area-order`, with `+` when it continues the paragraph before it. */
const findingIds = (o: Outline) =>
  o.findings.map((f) => `${f.area}-${f.order}${f.continues ? '+' : ''}`);

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
    expect(o.areas.map((a) => a.heading)).toEqual(['（一）学习方面。', '（二）作风方面']);
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
    expect(o.areas.map((a) => a.heading)).toEqual(['一、查摆的问题']);
    expect(o.findings.map((f) => [f.area, f.order, f.title])).toEqual([
      [1, 1, '学习不深入'],
      [1, 2, '作风不实'],
    ]);
    expect(body(o)).toEqual(['前言。', '<finding>', '## 二、原因剖析', '<cause>']);
    expect(o.notes.map((n) => n.line)).toEqual([3, undefined]);
    expect(o.notes[0]?.message).toContain('以这个部分的标题作为唯一的方面');
    expect(o.notes[1]?.message).toContain('没有找到措施部分');
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
    expect(o.areas.map((a) => a.heading)).toEqual(['一、政治建设方面', '二、作风建设方面']);
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
    expect(o.areas.map((a) => a.heading)).toEqual(['一、存在的问题']);
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

  it('keeps the text between an area heading and its first finding with the area', () => {
    const o = outline([
      '标题',
      '一、存在的问题',
      '（一）学习方面',
      '总的看，学习有差距。',
      '一是学习不深入。',
    ]);
    expect(items(o.findings)).toEqual([[1, '学习不深入', ['一是学习不深入。']]]);
    expect(areas(o)).toEqual([['（一）学习方面', undefined, ['总的看，学习有差距。']]]);
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

  it('reads an area heading followed by its lead-in in the same paragraph', () => {
    const o = outline([
      '标题',
      '一、存在的问题',
      '（一）关于班子建设方面，主要是作用发挥还不够：经过征求意见，发现以下问题',
      '一是学习不深入。本人……',
      '二是调研不够。本人……',
      '（二）作风方面',
      '一是作风不实。本人……',
    ]);
    expect(areas(o)).toEqual([
      ['（一）关于班子建设方面', '，主要是作用发挥还不够：经过征求意见，发现以下问题', []],
      ['（二）作风方面', undefined, []],
    ]);
    expect(findingIds(o)).toEqual(['1-1', '1-2', '2-1']);
    expect(o.notes.filter((n) => n.line)).toEqual([]);
  });

  it('gives each finding inside an area’s paragraph an entry of its own', () => {
    const o = outline([
      '标题',
      '一、存在的问题',
      '（一）带头强化政治忠诚方面。一是学习不深入。二是调研不够，走过场。三是落实不力。',
      '（二）作风方面',
      '主要表现在：一是作风不实；二是文风不正。',
      '（三）纪律方面',
      '一是纪律松弛。本人……。二是规矩意识淡薄。',
      '三是监督不够。',
    ]);
    expect(findingIds(o)).toEqual(['1-1+', '1-2+', '1-3+', '2-1+', '2-2+', '3-1', '3-2+', '3-3']);
    expect(o.findings.map((f) => f.paragraphs.map((p) => p.text).join('|'))).toEqual([
      '一是学习不深入。',
      '二是调研不够，走过场。',
      '三是落实不力。',
      '一是作风不实；',
      '二是文风不正。',
      '一是纪律松弛。本人……。',
      '二是规矩意识淡薄。',
      '三是监督不够。',
    ]);
    expect(areas(o)).toEqual([
      ['（一）带头强化政治忠诚方面。', undefined, []],
      ['（二）作风方面', undefined, ['主要表现在：']],
      ['（三）纪律方面', undefined, []],
    ]);
    expect(o.findings[1]?.title).toBe('调研不够，走过场');
  });

  it('keeps numbers inside a paragraph as its points when they are not the next items', () => {
    const o = outline([
      '标题',
      '一、存在的问题',
      '（一）学习方面，存在三个问题：一是学习不深入；二是调研不够；三是落实不力。',
      '一是学习不深入。本人……',
      '二是调研不够。',
      '三是落实不力。',
      '（二）作风方面',
      '一是作风不实，主要是：一是会多；二是文多。',
    ]);
    expect(findingIds(o)).toEqual(['1-1', '1-2', '1-3', '2-1']);
    expect(areas(o)[0]).toEqual([
      '（一）学习方面',
      '，存在三个问题：一是学习不深入；二是调研不够；三是落实不力。',
      [],
    ]);
  });

  it('joins the paragraphs after findings inside an area’s paragraph to the last of them', () => {
    const o = outline([
      '标题',
      '一、存在的问题',
      '（一）政治建设方面。一是学习不深入。二是落实有温差。',
      '比如，有的政策宣传不及时。',
    ]);
    expect(items(o.findings)).toEqual([
      [1, '学习不深入', ['一是学习不深入。']],
      [2, '落实有温差', ['二是落实有温差。', '比如，有的政策宣传不及时。']],
    ]);
  });

  it('takes a case study for the review’s own text, and the usual causes heading for the causes', () => {
    const o = outline([
      '标题',
      '一、上年度民主生活会整改措施落实情况',
      '已整改完成。',
      '二、对照检查情况',
      '（一）方面',
      '一是问题。本人……',
      '三、反面典型案例剖析情况',
      '对照案例，深刻剖析。',
      '四、深刻剖析',
      '剖析如下。',
      '五、产生问题的原因',
      '（一）学习不够。',
      '六、整改措施',
      '（一）强化学习。',
    ]);
    expect(o.parts.map((p) => [p.heading.line, p.kind])).toEqual([
      [2, 'extra'],
      [4, 'finding'],
      [7, 'extra'],
      [9, 'extra'],
      [11, 'cause'],
      [13, 'measure'],
    ]);
    expect(o.causes.map((c) => c.title)).toEqual(['学习不够']);
    expect(o.notes.map((n) => n.line)).toEqual([9]);
    expect(o.notes[0]?.message).toContain('第 11 行“五、产生问题的原因”更像');
  });

  it('finds a causes or measures heading that is not numbered like the other parts', () => {
    const o = outline([
      '标题',
      '一、存在的问题',
      '（一）方面',
      '一是问题。',
      '原因分析',
      '（一）学习不够。',
      '整改措施',
      '（一）强化学习。',
    ]);
    expect(o.parts.map((p) => p.kind)).toEqual(['finding', 'cause', 'measure']);
    expect(o.findings[0]?.paragraphs).toHaveLength(1);
  });

  it('warns of a missing part and of a finding that is only a heading', () => {
    const o = outline([
      '标题',
      '一、存在的问题',
      '（一）方面',
      '一是工作作风不够扎实',
      '（二）方面',
    ]);
    expect(o.notes.map((n) => [n.line, n.message.slice(0, 8)])).toEqual([
      [5, '文档在方面（二）'],
      [4, '这个问题只有一句'],
      [undefined, '没有找到原因部分'],
      [undefined, '没有找到措施部分'],
    ]);
  });

  it('reads a document that stops in its first area heading as an area, and warns', () => {
    const cut = outline([
      '标题',
      '一、存在的主要问题',
      '对照要求，查摆问题如下：',
      '（一）在带头强化政治',
    ]);
    expect(areas(cut)).toEqual([['（一）在带头强化政治', undefined, []]]);
    expect(cut.findings).toEqual([]);
    expect(body(cut)).toEqual(['## 一、存在的主要问题', '对照要求，查摆问题如下：', '<finding>']);
    expect(cut.notes[0]).toEqual({
      line: 4,
      message:
        '文档在这里结束：“（一）在带头强化政治”像方面（一）的标题，已作为方面导入，其下没有问题。请核对文档是否完整（是否只复制或保存了一部分），补全后重新导入',
    });
    // A heading that names its area, a lead-in cut off after it.
    const lead = outline(['标题', '一、存在的问题', '（一）关于班子建设方面，主要是']);
    expect(areas(lead)).toEqual([['（一）关于班子建设方面', '，主要是', []]]);
    expect(lead.notes[0]?.message).toMatch(/^文档在这里结束/);
  });

  it('still reads a last paragraph as a finding when it is one, or when more follows it', () => {
    // A finding's headline ends with its full stop; 一是 never numbers an area.
    for (const last of ['（一）学习不深入。', '一是在带头强化政治', '（一）学习不深入，本人对']) {
      const o = outline(['标题', '一、存在的问题', last]);
      expect(o.findings).toHaveLength(1);
      expect(o.notes.some((n) => n.message.startsWith('文档在这里结束'))).toBe(false);
    }
    const dated = outline(['标题', '一、存在的问题', '（一）在带头强化政治', '2024年1月5日']);
    expect(dated.findings).toHaveLength(1);
    // Numbered out of turn, the heading is named: the document does not start with 方面（一）.
    expect(failure(['标题', '一、存在的问题', '（二）在带头强化政治']).message).toContain(
      '问题部分第一个方面的编号“（一）”',
    );
  });

  it('leaves out the lines a web page put above the title, and reports each', () => {
    const o = outline([
      'XX文库，欢迎您！',
      '一、存在的问题',
      '二、整改措施',
      'XX局局长巡察整改专题民主生活会对照检查材料',
      '浏览次数：356',
      'XX局局长巡察整改专题民主生活会对照检查材料',
      '根据要求，本人认真查摆问题，现将有关情况报告如下：',
      '一、存在的问题',
      '（一）方面',
      '一是问题。',
      '二、整改措施',
      '（一）强化学习。',
    ]);
    expect(o.title?.lines.map((l) => l.line)).toEqual([6]);
    expect(o.dropped.map((d) => [d.paragraph.line, d.why])).toEqual([
      [1, '网页上网站的文字'],
      [2, '网页上的目录（与正文中的标题相同）'],
      [3, '网页上的目录（与正文中的标题相同）'],
      [4, '网页上重复的标题'],
      [5, '网页上的发布信息'],
    ]);
    expect(body(o)[0]).toBe('根据要求，本人认真查摆问题，现将有关情况报告如下：');
    expect(o.findings).toHaveLength(1);
  });

  it('keeps a line above the title that may be the document’s, and says so', () => {
    const o = outline(['内部资料', 'XX局局长巡察整改专题民主生活会对照检查材料', ...PARTS]);
    expect(o.title?.text).toBe('XX局局长巡察整改专题民主生活会对照检查材料');
    expect(body(o)[0]).toBe('内部资料');
    expect(o.notes[0]).toMatchObject({ line: 1 });
    expect(o.notes[0]?.message).toContain('不能确定是不是材料的内容');
  });

  it('joins lines broken mid-sentence, unless told to keep them', () => {
    const lines = [
      'XX局党组巡察整改专题民主生活会对照检',
      '查材料（含案例）',
      '一、存在的问题',
      '（一）学习方面',
      '一是学习不深入。班子集中学习以读原文为主，结合重点工',
      '作开展研讨不多，学习成果转化为推动工作的具体举措还',
      '不够有力。',
      '二是调研不够。到基层调研多是听汇报、看材料，直接听',
      '取群众意见少。',
    ];
    const o = outline(lines);
    expect(o.title?.text).toBe('XX局党组巡察整改专题民主生活会对照检查材料（含案例）');
    expect(items(o.findings)).toEqual([
      [1, '学习不深入', [lines.slice(4, 7).join('')]],
      [2, '调研不够', [lines.slice(7, 9).join('')]],
    ]);
    expect(o.joined).toEqual([
      { line: 5, lastLine: 7, lines: 3 },
      { line: 8, lastLine: 9, lines: 2 },
    ]);
    const kept = recogniseOutline(
      {
        file: 'doc.txt',
        unit: 'line',
        paragraphs: textParagraphs(lines.join('\n')),
        links: [],
        encoding: 'utf-8',
      },
      { keepLines: true },
    );
    expect(kept.findings[0]?.paragraphs).toHaveLength(3);
    expect(kept.joined).toEqual([]);
  });

  it('reads 第一，第二， inside a paragraph as findings too', () => {
    const o = outline([
      '标题',
      '第一部分 问题查摆',
      '一、在理论学习方面',
      '第一，学习的主动性不够。第二，学习的深度不够。',
      '二、在作风纪律方面',
      '第一，工作标准不高。',
    ]);
    expect(findingIds(o)).toEqual(['1-1', '1-2+', '2-1']);
  });

  it.each([
    ['一是', (n: number) => `${chineseNumeral(n)}是`],
    ['1.', (n: number) => `${n}.`],
    ['（1）', (n: number) => `（${n}）`],
  ])('reads an area of more than ninety-nine findings numbered %s', (_, marker) => {
    const numbers = Array.from({ length: 120 }, (_, i) => i + 1);
    const o = outline([
      '标题',
      '一、存在的问题',
      '（一）学习方面。',
      ...numbers.map((n) => `${marker(n)}问题${n}。`),
      '二、原因分析',
      ...numbers.map((n) => `（${chineseNumeral(n)}）原因${n}。`),
    ]);
    expect(o.findings.map((f) => [f.order, f.title])).toEqual(numbers.map((n) => [n, `问题${n}`]));
    expect(o.causes.at(-1)).toMatchObject({ order: 120, title: '原因120' });
  });

  it('imports causes written in one paragraph as one, and says so', () => {
    const o = outline([
      '标题',
      ...PARTS,
      '二、原因分析',
      '一是理想信念不够坚定。二是党性修养不够扎实。',
      '三、整改措施',
      '（一）强化学习。一是每月读书；二是每周研讨。',
    ]);
    expect(o.causes).toHaveLength(1);
    const notes = o.notes.filter((n) => n.message.includes('下一条'));
    expect(notes.map((n) => n.line)).toEqual([6]);
    expect(notes[0]?.message).toBe(
      '这一段中还有下一条原因（“二是党性修养不够扎实。”），整段作为一条原因导入；如果它们是几条原因，请在编号处分段后重新导入',
    );
  });
});
