/**
 * The progress report of an inspection, against the fictional example (examples/shili) counted by
 * hand on 2024-06-25: xc-2023-shili has 6 problems in 3 categories, answered by two reviews.
 * 局长's measures: 1 已完成, 2 推进中 due 2024-06-30 (临期, 5 days left), 3 已销号, 4 已完成;
 * 副局长's: 1 推进中 due 2024-03-31 (逾期 86 days: 30 + 31 + 25), 2 申请延期 to 2025-06-30.
 * So 6 measures, 3 done (50.0%), 2 under way, 1 overdue; problems 1, 3, 4 all done; 6 unanswered.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { indexContentFolder } from '../../../scripts/shared/content-folder.ts';
import {
  blockText,
  progressReport,
  reportBlocks,
  type ProgressReport,
} from '../../../src/inspections/report.ts';
import { buildSiteIndex } from '../../../src/relations/build.ts';
import type { SiteIndex, SiteSource, SourceEntries } from '../../../src/relations/nodes.ts';
import { parseIsoDate } from '../../../src/text/dates.ts';
import { reportView } from '../../../src/views/report.ts';

let site: SiteIndex;
beforeAll(async () => {
  site = await indexContentFolder('examples/shili');
});

const on = (day: string) => parseIsoDate(day)!;
const reportOn = (day: string) =>
  progressReport(site.inspectionById.get('xc-2023-shili')!, on(day));
const texts = (report: ProgressReport) => reportBlocks(report).map(blockText);
const problemOf = (report: ProgressReport, id: string) =>
  report.categories.flatMap((c) => c.problems).find((p) => p.id === id)!;

describe('progressReport', () => {
  it('counts the example as counted by hand', () => {
    const report = reportOn('2024-06-25');
    expect(report.heading).toBe('关于示例县示例局党组巡察整改进展情况的报告');
    expect(report.asOf).toEqual({ text: '2024年6月25日', iso: '2024-06-25' });
    expect(report.totals).toEqual({
      problems: 6,
      categories: 3,
      reviews: 2,
      answered: 5,
      measures: 6,
      done: 3,
      rate: '50.0%',
      underway: 2,
      overdue: 1,
      allDone: 3,
      unanswered: 1,
    });
    expect(report.unansweredTitles).toEqual(['基层党组织建设薄弱']);
  });

  it('keeps the feedback’s categories verbatim, with their problems in order', () => {
    const report = reportOn('2024-06-25');
    expect(report.categories.map((c) => [c.heading, c.problems.map((p) => p.id)])).toEqual([
      ['（一）贯彻落实党的理论和路线方针政策方面（示例）', ['1', '2']],
      ['（二）落实全面从严治党战略部署方面（示例）', ['3', '4']],
      ['（三）落实新时代党的组织路线方面（示例）', ['5', '6']],
    ]);
    expect(problemOf(report, '3').heading).toBe('关于“主体责任落实不到位”问题的整改情况');
  });

  it('gives each answering review with its findings and the state of each measure', () => {
    const two = problemOf(reportOn('2024-06-25'), '2');
    expect(two.counts).toEqual({ total: 2, done: 0, underway: 1, overdue: 1 });
    expect(two.answers.map((a) => [a.review.person, a.findings.map((f) => f.label)])).toEqual([
      ['示例乙', ['问题（一）之一']],
      ['示例甲', ['问题（一）之二']],
    ]);
    const [late, soon] = two.answers.map((a) => a.measures[0]!);
    expect(late).toMatchObject({
      label: '措施（一）',
      status: '推进中',
      light: '逾期',
      lightWords: '逾期86天',
      unit: '示例局项目股',
      deadline: '2024年3月31日',
      progress: null,
    });
    expect(soon).toMatchObject({
      status: '推进中',
      light: '临期',
      lightWords: '临期，还有5天到期',
      progress: { date: '2024年5月10日', note: '示例项目主体完工（示例）。' },
    });
  });

  it('quotes only the progress reported by the report’s day', () => {
    const soon = problemOf(reportOn('2024-05-09'), '2').answers[1]!.measures[0]!;
    expect(soon.progress).toBeNull();
  });

  it('counts the lights on the day it is made', () => {
    const early = reportOn('2024-01-01');
    expect(early.totals).toMatchObject({ done: 3, underway: 3, overdue: 0 });
    const late = reportOn('2026-12-06');
    expect(late.totals).toMatchObject({ done: 3, underway: 0, overdue: 3 });
  });
});

describe('reportBlocks', () => {
  it('states the headline numbers in the first part', () => {
    const [opening, part1, ...rest] = texts(reportOn('2024-06-25'));
    expect(opening).toBe(
      '示例县委第一巡察组于2023年4月10日至2023年5月20日对示例县示例局党组进行了巡察，于2023年6月15日反馈了《关于巡察示例县示例局党组的反馈意见（示例）》（示巡办发〔2023〕1号）。现将截至2024年6月25日的整改进展情况报告如下。',
    );
    expect(part1).toBe('一、总体进展情况');
    expect(rest.slice(0, 3)).toEqual([
      '巡察反馈问题6个，分为3个方面。2份对照检查材料回应了其中5个问题，材料中共有整改措施6项。',
      '截至2024年6月25日，已完成（含已销号）3项，完成率50.0%；推进中2项；逾期1项。',
      '所有措施均已完成的问题3个。整改空白（尚无对照检查材料回应）的问题1个：“基层党组织建设薄弱”。',
    ]);
  });

  it('sets each problem under its category, as 公文 number their levels', () => {
    const blocks = reportBlocks(reportOn('2024-06-25'));
    const headings = blocks
      .filter((b) => b.kind.startsWith('heading'))
      .map((b) => `${b.kind}:${blockText(b)}`);
    expect(headings).toEqual([
      'heading1:一、总体进展情况',
      'heading1:二、各问题整改情况',
      'heading2:（一）贯彻落实党的理论和路线方针政策方面（示例）',
      'heading3:1.关于“理论学习不够深入系统”问题的整改情况',
      'heading3:2.关于“落实重大决策部署有差距”问题的整改情况',
      'heading2:（二）落实全面从严治党战略部署方面（示例）',
      'heading3:1.关于“主体责任落实不到位”问题的整改情况',
      'heading3:2.关于“违反中央八项规定精神问题仍有发生”问题的整改情况',
      'heading2:（三）落实新时代党的组织路线方面（示例）',
      'heading3:1.关于“干部队伍建设有短板”问题的整改情况',
      'heading3:2.关于“基层党组织建设薄弱”问题的整改情况',
    ]);
    expect(blocks.find((b) => b.kind === 'heading3')?.anchor).toBe('problem-1');
    expect(blocks.slice(-2).map((b) => [b.kind, blockText(b)])).toEqual([
      ['signature', '示例县示例局党组'],
      ['date', '2024年6月25日'],
    ]);
  });

  it('says what answered a problem and where each measure stands, with its latest progress', () => {
    const all = texts(reportOn('2024-06-25'));
    const at = all.indexOf('2.关于“落实重大决策部署有差距”问题的整改情况');
    expect(all.slice(at + 1, at + 6)).toEqual([
      '（反馈问题2）2份对照检查材料回应此问题，制定整改措施2项，已完成0项，推进中1项，逾期1项。',
      '示例乙《示例局副局长巡察整改专题民主生活会对照检查材料（示例）》查摆的问题（一）之一“分管领域项目推进慢”，整改措施1项：',
      '措施（一）“跟踪项目进度”。整改状态：推进中，逾期86天；责任单位：示例局项目股；完成时限：2024年3月31日。尚未填报整改进展。',
      '示例甲《示例局局长巡察整改专题民主生活会对照检查材料（示例）》查摆的问题（一）之二“推进重点项目不力”，整改措施1项：',
      '措施（二）“加快项目推进”。整改状态：推进中，临期，还有5天到期；责任单位：示例局项目股；完成时限：2024年6月30日。最新进展（2024年5月10日）：示例项目主体完工（示例）。',
    ]);
    expect(all).toContain(
      '措施（二）“加强年轻干部培养”。整改状态：申请延期；责任单位：示例局人事股；完成时限：2024年12月31日，延期至2025年6月30日；延期理由：需待全县干部培养规划出台后实施（示例）。尚未填报整改进展。',
    );
    expect(all).toContain(
      '（反馈问题1）1份对照检查材料回应此问题，制定整改措施1项，已完成1项，推进中0项，逾期0项，措施均已完成。',
    );
  });

  it('lists a problem no review answered as such', () => {
    const all = texts(reportOn('2024-06-25'));
    const at = all.indexOf('2.关于“基层党组织建设薄弱”问题的整改情况');
    expect(all[at + 1]).toBe('（反馈问题6）尚无对照检查材料回应此问题。');
  });

  it('links the entries it names and marks the lights', () => {
    const blocks = reportBlocks(reportOn('2024-06-25'));
    const runs = blocks.flatMap((b) => b.runs);
    expect(runs).toContainEqual({
      text: '反馈问题2',
      path: '/inspections/xc-2023-shili/problems/2/',
    });
    expect(runs).toContainEqual({
      text: '《示例局局长巡察整改专题民主生活会对照检查材料（示例）》',
      path: '/shili-juzhang-2023/',
    });
    expect(runs).toContainEqual({
      text: '措施（一）“跟踪项目进度”',
      path: '/shili-fujuzhang-2023/measures/1/',
    });
    expect(runs).toContainEqual({ text: '逾期86天', light: '逾期' });
  });
});

describe('a report with little to say', () => {
  /** One inspection without dates or number, one review: a finding with a bare measure, one without. */
  const source = (): SiteSource<SourceEntries> => ({
    reviews: [
      {
        id: 'r',
        filePath: 'content/reviews/r/review.mdx',
        body: '<Findings />\n\n<Causes />\n\n<Measures />',
        data: {
          title: '某材料',
          organization: '某单位',
          role: '主任',
          meeting: '会议',
          basis: [],
          areas: ['（一）甲方面'],
          inspection: 'x',
        },
      },
    ],
    findings: [1, 2].map((order) => ({
      id: `r/1-${order}`,
      filePath: `content/reviews/r/findings/1-${order}.mdx`,
      body: '原文。',
      data: {
        area: 1,
        order,
        title: `问题${order}`,
        causes: [],
        measures: order === 1 ? ['1'] : [],
        aliases: [],
        feedback: [String(order)],
        recurs: [],
      },
    })),
    causes: [],
    measures: [
      {
        id: 'r/1',
        filePath: 'content/reviews/r/measures/1.mdx',
        body: '（一）措施。',
        data: { order: 1, title: '措施一', aliases: [], progress: [] },
      },
    ],
    inspections: [
      {
        id: 'x',
        filePath: 'content/inspections/x/inspection.mdx',
        body: '<Problems />',
        data: {
          title: '反馈意见',
          team: '巡察组',
          unit: '某单位党组',
          categories: ['（一）甲方面'],
        },
      },
    ],
    problems: [1, 2, 3].map((n) => ({
      id: `x/${n}`,
      filePath: `content/inspections/x/problems/${n}.mdx`,
      body: `${n}.问题。`,
      data: { category: 1, order: n, title: `反馈${n}`, recurs: [], aliases: [] },
    })),
  });

  it('says what is not filled in, and what has no measures', () => {
    const index = buildSiteIndex(source());
    const report = progressReport(index.inspectionById.get('x')!, on('2024-06-30'));
    expect(report.totals).toMatchObject({ measures: 1, done: 0, rate: '0.0%', unanswered: 1 });
    const all = texts(report);
    expect(all[0]).toBe(
      '巡察组对某单位党组进行了巡察，反馈了《反馈意见》。现将截至2024年6月30日的整改进展情况报告如下。',
    );
    expect(all).toContain(
      '措施（一）“措施一”。整改状态：未填写；责任单位：未填写；完成时限：未填写。尚未填报整改进展。',
    );
    expect(all).toContain('某单位主任《某材料》查摆的问题（一）之二“问题2”，尚未制定整改措施。');
    expect(all).toContain('（反馈问题2）1份对照检查材料回应此问题，尚未制定整改措施。');
  });

  it('says there are no measures rather than a rate of nothing', () => {
    const bare = source();
    bare.reviews = [];
    bare.findings = [];
    bare.measures = [];
    const index = buildSiteIndex(bare);
    const all = texts(progressReport(index.inspectionById.get('x')!, on('2024-06-30')));
    expect(all.slice(2, 5)).toEqual([
      '巡察反馈问题3个，分为1个方面。尚无对照检查材料回应反馈意见。',
      '截至2024年6月30日，尚无整改措施。',
      '所有措施均已完成的问题0个。整改空白（尚无对照检查材料回应）的问题3个：“反馈1”“反馈2”“反馈3”。',
    ]);
  });
});

describe('reportView', () => {
  it('is the report with its text and the feedback’s page, as plain data', () => {
    const view = reportView(site.inspectionById.get('xc-2023-shili')!, on('2024-06-25'));
    expect(view.inspectionPath).toBe('/inspections/xc-2023-shili/');
    expect(view.blocks).toEqual(reportBlocks(view));
    expect(JSON.parse(JSON.stringify(view))).toEqual(view);
  });
});
