/** Reading a feedback document's structure and facts, line by line, with what it is unsure of. */
import { describe, expect, it } from 'vitest';
import { feedbackFacts } from '../../../../scripts/import/inspection/facts.ts';
import type { FeedbackOutline } from '../../../../scripts/import/inspection/outline.ts';
import {
  CATEGORY_PLACEHOLDER,
  numberOfLine,
  recogniseFeedback,
} from '../../../../scripts/import/inspection/structure.ts';
import { DocumentError } from '../../../../scripts/shared/documents/errors.ts';
import { textParagraphs } from '../../../../scripts/shared/documents/text.ts';

const outline = (lines: string[]) =>
  recogniseFeedback({
    file: 'fk.txt',
    unit: 'line',
    paragraphs: textParagraphs(lines.join('\n')),
    links: [],
    encoding: 'utf-8',
  });

/** The feedback's own text as short strings: paragraphs, `## ` headings, `<Problems />`. */
const body = (o: FeedbackOutline) =>
  o.body.map((b) =>
    b.type === 'problems'
      ? '<Problems />'
      : b.type === 'heading'
        ? `## ${b.paragraph.text}`
        : b.paragraph.text,
  );

/** Each problem as [file name, category, order, title, its paragraphs]. */
const problems = (o: FeedbackOutline) =>
  o.problems.map((p) => [p.id, p.category, p.order, p.title, p.paragraphs.map((q) => q.text)]);

const notes = (o: FeedbackOutline) => o.notes.map((n) => `${n.line ?? '-'} ${n.message}`);

const FEEDBACK = [
  '关于巡察示例县示例局党组的反馈意见',
  '示巡办发〔2024〕7号',
  '示例县示例局党组：',
  '根据示例县委统一部署，2024年3月4日至4月19日，示例县委第二巡察组对示例县示例局党组进行了常规巡察。2024年5月10日，巡察组向示例局党组反馈了巡察意见。现将巡察发现的主要问题反馈如下：',
  '一、巡察发现的主要问题',
  '（一）贯彻落实党的理论和路线方针政策方面',
  '1.理论学习不够深入。中心组学习少。',
  '2.落实重大决策部署打折扣。项目推进缓慢。',
  '（二）落实全面从严治党战略部署方面，主要表现在：',
  '3.主体责任落实不到位。研究次数偏少。',
  '（1）“一岗双责”落实不够；',
  '二、整改意见建议',
  '1.提高政治站位。',
  '请示例局党组认真研究，逐条整改。',
  '示例县委第二巡察组',
  '2024年5月10日',
];

describe('recogniseFeedback', () => {
  it('reads the title, the number, the categories and the problems, the text around them in order', () => {
    const o = outline(FEEDBACK);
    expect(o.title?.text).toBe('关于巡察示例县示例局党组的反馈意见');
    expect(o.numberLine?.number).toBe('示巡办发〔2024〕7号');
    expect(o.categories.map((c) => [c.heading, c.lead])).toEqual([
      ['（一）贯彻落实党的理论和路线方针政策方面', undefined],
      ['（二）落实全面从严治党战略部署方面', '，主要表现在：'],
    ]);
    expect(problems(o)).toEqual([
      ['1', 1, 1, '理论学习不够深入', ['1.理论学习不够深入。中心组学习少。']],
      ['2', 1, 2, '落实重大决策部署打折扣', ['2.落实重大决策部署打折扣。项目推进缓慢。']],
      [
        '3',
        2,
        1,
        '主体责任落实不到位',
        ['3.主体责任落实不到位。研究次数偏少。', '（1）“一岗双责”落实不够；'],
      ],
    ]);
    // The list's part heading stays with the text; the suggestions part is the feedback's own.
    expect(body(o)).toEqual([
      '示例县示例局党组：',
      FEEDBACK[3],
      '## 一、巡察发现的主要问题',
      '<Problems />',
      '## 二、整改意见建议',
      '1.提高政治站位。',
      '请示例局党组认真研究，逐条整改。',
      '示例县委第二巡察组',
      '2024年5月10日',
    ]);
    expect(o.numbering).toBe('printed');
    expect(notes(o)).toEqual([]);
  });

  it('ends the list at the words that close a feedback, and says which unnumbered paragraphs it gave a problem', () => {
    const o = outline([
      '关于巡察某局党组的反馈意见',
      '（一）学习方面',
      '1.学习不深入。',
      '中心组学习只有4次。',
      '2.调研不够。',
      '以上问题，请认真整改。',
      '某巡察组',
    ]);
    expect(problems(o).map((p) => p[4])).toEqual([
      ['1.学习不深入。', '中心组学习只有4次。'],
      ['2.调研不够。'],
    ]);
    expect(body(o)).toEqual(['<Problems />', '以上问题，请认真整改。', '某巡察组']);
    expect(notes(o)).toEqual([
      '3 反馈问题1之后的 1 段没有编号（第 4 行），作为这个问题的正文导入；如果其中有另一个问题（漏了编号），请补上编号后重新导入',
    ]);
  });

  it('takes categories numbered 一、 and problems （一）, and numbers problems that start again 1…N', () => {
    const o = outline([
      '关于巡察某局党组的反馈意见',
      '一、政治建设方面',
      '（一）学习不深入。学习少。',
      '（二）调研不够。调研少。',
      '二、作风建设方面',
      '（一）作风不实。好人主义。',
    ]);
    expect(o.categories.map((c) => c.heading)).toEqual(['一、政治建设方面', '二、作风建设方面']);
    expect(problems(o).map((p) => p.slice(0, 4))).toEqual([
      ['1', 1, 1, '学习不深入'],
      ['2', 1, 2, '调研不够'],
      ['3', 2, 1, '作风不实'],
    ]);
    expect(o.numbering).toBe('sequence');
    expect(notes(o)).toEqual([
      '- 反馈意见在每个方面下重新编号：文件按问题在全文中的顺序命名为 problems/1.mdx 到 problems/3.mdx（结构中逐条列出），问题的 feedback 要写这个编号',
    ]);
  });

  it('ends the list at a suggestions heading numbered like the categories', () => {
    const o = outline([
      '关于巡察某局党组的反馈意见',
      '一、政治建设方面',
      '（一）学习不深入。学习少。',
      '二、作风建设方面',
      '（一）作风不实。好人主义。',
      '三、整改意见建议',
      '（一）提高站位。',
      '某巡察组',
    ]);
    expect(o.categories.map((c) => c.heading)).toEqual(['一、政治建设方面', '二、作风建设方面']);
    expect(problems(o).map((p) => p[4])).toEqual([
      ['（一）学习不深入。学习少。'],
      ['（一）作风不实。好人主义。'],
    ]);
    expect(body(o)).toEqual([
      '<Problems />',
      '## 三、整改意见建议',
      '（一）提高站位。',
      '某巡察组',
    ]);
  });

  it('names files by the printed numbers across a gap, and says where the gap is', () => {
    const o = outline([
      '关于巡察某局党组的反馈意见',
      '（一）学习方面',
      '1.甲。',
      '2.乙。',
      '4.丁。',
    ]);
    expect(o.problems.map((p) => p.id)).toEqual(['1', '2', '4']);
    expect(notes(o)).toEqual([
      '5 问题的编号应为“3”，实际是“4.丁。”：文件按原文的编号命名为 problems/4.mdx，没有 3.mdx。如果原文漏掉了问题，请补上后重新导入；如果是编号写错了，请改正原文后重新导入',
    ]);
  });

  it('numbers repeated or decreasing numbers 1…N, and says so', () => {
    const o = outline([
      '关于巡察某局党组的反馈意见',
      '（一）学习方面',
      '1.甲。',
      '2.乙。',
      '2.丙。',
    ]);
    expect(o.problems.map((p) => p.id)).toEqual(['1', '2', '3']);
    expect(notes(o).at(-1)).toContain('问题的编号没有依次递增（1、2、2）');
  });

  it('puts a list without categories under one placeholder, and says so', () => {
    const o = outline(['关于巡察某局党组的反馈意见', '现将问题反馈如下：', '1.甲。', '2.乙。']);
    expect(o.categorised).toBe(false);
    expect(o.categories.map((c) => c.heading)).toEqual([CATEGORY_PLACEHOLDER]);
    expect(problems(o).map((p) => p.slice(0, 3))).toEqual([
      ['1', 1, 1],
      ['2', 1, 2],
    ]);
    expect(notes(o)[0]).toMatch(/^3 没有找到（一）（二）……这样的方面标题：2 个问题都归入一个方面/);
  });

  it('says which category has no problems, and which paragraph holds several items it left whole', () => {
    const o = outline([
      '关于巡察某局党组的反馈意见',
      '（一）学习方面',
      '1.甲。',
      '（二）作风方面。一是作风不实；二是纪律松弛。',
    ]);
    expect(o.categories).toHaveLength(2);
    expect(o.categories[1]).toMatchObject({
      heading: '（二）作风方面。',
      lead: '一是作风不实；二是纪律松弛。',
    });
    expect(notes(o)).toEqual([
      '4 这个方面标题的段落中写着几项（一是、二是……），没有拆开：反馈问题须各自成段。如果它们是几个问题，请在编号处分段后重新导入',
      '4 方面“（二）作风方面。”下没有带编号的问题，只导入了它的标题；如果其下有问题，请给它们编号（如“1.”“2.”）后重新导入',
    ]);
  });

  it('says when what it took for problems read like categories holding items in one paragraph', () => {
    const o = outline([
      '关于巡察某局党组的反馈意见',
      '（一）学习方面。一是学习不深入；二是调研不够。',
      '（二）作风方面。一是作风不实；二是纪律松弛。',
    ]);
    expect(o.categorised).toBe(false);
    expect(problems(o).map((p) => p[3])).toEqual(['学习方面', '作风方面']);
    expect(notes(o)).toContain(
      '2 这一段像方面标题（……方面），段中写着几项（一是、二是……），整段作为一个问题导入：反馈问题须各自成段。如果它是一个方面、那几项是它的问题，请在编号处分段后重新导入',
    );
  });

  it('keeps a numbered paragraph before the first category in the text, and says so', () => {
    const o = outline([
      '关于巡察某局党组的反馈意见',
      '1.总体情况良好。',
      '一、巡察发现的主要问题',
      '（一）学习方面',
      '1.甲。',
    ]);
    expect(body(o).slice(0, 2)).toEqual(['1.总体情况良好。', '## 一、巡察发现的主要问题']);
    expect(notes(o)).toEqual([
      '2 “1.总体情况良好。”有问题那样的编号，但在第一个方面之前，作为反馈意见的正文导入；如果它是一个问题，请把它移到所属方面的标题之下',
    ]);
  });

  it('imports the text alone when nothing is numbered, and says so', () => {
    const o = outline(['关于巡察某局党组的反馈意见', '巡察组认为，总体情况良好。']);
    expect(o.problems).toEqual([]);
    expect(body(o)).toEqual(['巡察组认为，总体情况良好。', '<Problems />']);
    expect(notes(o)[0]).toMatch(/^- 没有找到带编号的问题/);
  });

  it('leaves the title to fill in when the first line is a sentence, and refuses an empty document', () => {
    const o = outline(['巡察组认为，总体情况良好。', '1.甲。']);
    expect(o.title).toBeUndefined();
    expect(notes(o)).toContain('1 第一段不像反馈意见的标题，标题留待填写');
    expect(() => outline([])).toThrow(DocumentError);
  });
});

describe('numberOfLine', () => {
  it.each([
    ['示巡办发〔2024〕7号', '示巡办发〔2024〕7号'],
    ['（城巡办发〔2023〕21 号）', '城巡办发〔2023〕21号'],
    ['根据城巡办发〔2023〕21号', undefined],
  ])('reads %j', (text, number) => {
    expect(numberOfLine(text)).toBe(number);
  });
});

describe('feedbackFacts', () => {
  it('takes the team, unit, number and dates from where the feedback states them', () => {
    const facts = feedbackFacts(outline(FEEDBACK));
    expect(facts).toMatchObject({
      title: '关于巡察示例县示例局党组的反馈意见',
      team: '示例县委第二巡察组',
      unit: '示例县示例局党组',
      number: '示巡办发〔2024〕7号',
      inspectedFrom: '2024-03-04',
      inspectedTo: '2024-04-19',
      feedbackOn: '2024-05-10',
      missing: [],
      notes: [],
    });
    expect(facts.sources.team).toEqual({ value: '示例县委第二巡察组', line: 4, from: '正文' });
  });

  it('reads the team and unit from the title, the salutation and the signature', () => {
    expect(
      feedbackFacts(
        outline([
          '县委第一巡察组关于对县民政局党组开展巡察“回头看”的反馈意见',
          '（一）学习方面',
          '1.甲。',
        ]),
      ),
    ).toMatchObject({ team: '县委第一巡察组', unit: '县民政局党组', missing: [] });
    expect(
      feedbackFacts(
        outline([
          '巡察反馈意见',
          '县民政局党组：',
          '（一）学习方面',
          '1.甲。',
          '县委第三巡察组',
          '2024年5月10日',
        ]),
      ),
    ).toMatchObject({ team: '县委第三巡察组', unit: '县民政局党组', missing: [] });
  });

  it('writes placeholders for what is not stated in a set form, and says where two sources disagree', () => {
    const unsure = feedbackFacts(
      outline([
        '反馈意见',
        '根据统一部署县委第一巡察组对有关单位进行了巡察。',
        '（一）学习方面',
        '1.甲。',
      ]),
    );
    expect(unsure).toMatchObject({
      team: '待填写：巡察组名称',
      unit: '待填写：被巡察的党组织名称',
      missing: ['team', 'unit'],
    });
    expect(unsure.inspectedFrom).toBeUndefined();
    const both = feedbackFacts(
      outline([
        '关于巡察县民政局党组的反馈意见',
        '县委第一巡察组于2024年3月4日至2024年2月1日对县民政局领导班子进行了巡察。',
        '（一）学习方面',
        '1.甲。',
      ]),
    );
    expect(both.unit).toBe('县民政局领导班子');
    // A stay that ends before it starts is no date to take.
    expect(both.inspectedFrom).toBeUndefined();
    expect(both.notes.map((n) => n.message)).toEqual([
      '被巡察单位：标题写的是“县民政局党组”，而正文（第 2 行）写的是“县民政局领导班子”，已用后者，请核对',
    ]);
  });
});
