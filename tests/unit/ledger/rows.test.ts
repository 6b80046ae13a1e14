import { describe, expect, it } from 'vitest';
import {
  deadlineWarnings,
  isOverdue,
  ledgerRows,
  ledgerTable,
  progressByDate,
  statusCounts,
} from '../../../src/ledger/rows.ts';
import { buildSiteIndex } from '../../../src/relations/build.ts';
import type { MeasureData } from '../../../src/schemas/measure.ts';

const d = (iso: string) => new Date(`${iso}T00:00:00Z`);
const today = d('2024-06-30');

function site(measures: Partial<MeasureData>[], reviewDate?: Date) {
  return buildSiteIndex({
    reviews: [
      {
        id: 'r',
        body: '<Findings />\n<Causes />\n<Measures />',
        data: {
          title: '某局对照检查材料',
          organization: '某局',
          meeting: '会',
          basis: [],
          areas: ['（一）甲'],
          ...(reviewDate ? { date: reviewDate } : {}),
        },
      },
    ],
    findings: [
      {
        id: 'r/1-1',
        body: '原文。',
        data: {
          area: 1,
          order: 1,
          title: '问题',
          causes: [],
          measures: ['1'],
          aliases: [],
          feedback: [],
          recurs: [],
        },
      },
    ],
    causes: [],
    measures: measures.map((m, i) => ({
      id: `r/${i + 1}`,
      body: '原文。',
      filePath: `content/reviews/r/measures/${i + 1}.mdx`,
      data: { order: i + 1, title: `措施${i + 1}`, aliases: [], progress: [], ...m },
    })),
  });
}

describe('isOverdue', () => {
  const late = d('2024-05-31');

  it('flags a passed deadline until the measure is done', () => {
    expect(isOverdue({ deadline: late, status: '推进中' }, today)).toBe(true);
    expect(isOverdue({ deadline: late }, today)).toBe(true);
    expect(isOverdue({ deadline: late, status: '申请延期' }, today)).toBe(true);
    expect(isOverdue({ deadline: late, status: '已完成' }, today)).toBe(false);
    expect(isOverdue({ deadline: late, status: '已销号' }, today)).toBe(false);
  });

  it('does not flag a deadline that is today or later, or none', () => {
    expect(isOverdue({ deadline: today, status: '推进中' }, today)).toBe(false);
    expect(isOverdue({ deadline: d('2024-07-01'), status: '未启动' }, today)).toBe(false);
    expect(isOverdue({ status: '未启动' }, today)).toBe(false);
  });

  it('measures an extension under 申请延期 by the day it runs to', () => {
    const extended = { deadline: late, status: '申请延期' as const };
    expect(isOverdue({ ...extended, extendedTo: d('2024-09-30') }, today)).toBe(false);
    expect(isOverdue({ ...extended, extendedTo: d('2024-06-15') }, today)).toBe(true);
    // Under another status the extension was not granted, or is over: the deadline counts.
    expect(
      isOverdue({ deadline: late, status: '推进中', extendedTo: d('2024-09-30') }, today),
    ).toBe(true);
  });
});

describe('progressByDate', () => {
  it('orders reports oldest first', () => {
    const later = { date: d('2024-05-20'), note: '后' };
    const earlier = { date: d('2024-04-10'), note: '先' };
    expect(progressByDate([later, earlier])).toEqual([earlier, later]);
  });
});

describe('ledgerRows and ledgerTable', () => {
  const review = site([
    {
      leader: '张三',
      unit: '办公室',
      deadline: d('2024-05-31'),
      mode: '限期整改',
      status: '推进中',
      progress: [
        { date: d('2024-05-20'), note: '完成学习' },
        { date: d('2024-04-10'), note: '制定计划' },
      ],
    },
    {},
  ]).reviewById.get('r')!;
  const rows = ledgerRows(review, today);

  it('makes one row per measure, with its findings and latest progress', () => {
    expect(rows).toHaveLength(2);
    expect(rows[0]).toMatchObject({
      measureLabel: '措施（一）',
      findingLabels: ['问题（一）之一'],
      overdue: true,
    });
    expect(rows[0]!.lastProgress?.note).toBe('完成学习');
    expect(rows[0]!.measurePath).toBe('/r/measures/1/');
  });

  it('writes empty cells for empty fields, the status, light and days overdue apart, and the 编号 last', () => {
    const [header, first, second] = ledgerTable(rows);
    expect(header).toEqual([
      '整改措施',
      '针对的问题',
      '责任领导',
      '责任单位',
      '完成时限',
      '整改方式',
      '整改状态',
      '灯',
      '逾期天数',
      '延期至',
      '延期理由',
      '最新进展',
      '销号日期',
      '编号',
    ]);
    expect(first).toEqual([
      '措施（一） 措施1',
      '问题（一）之一',
      '张三',
      '办公室',
      d('2024-05-31'),
      '限期整改',
      '推进中',
      '逾期',
      30,
      undefined,
      undefined,
      '2024-05-20 完成学习',
      undefined,
      'r/measures/1',
    ]);
    expect(second).toEqual([
      '措施（二） 措施2',
      undefined,
      undefined,
      undefined,
      undefined,
      undefined,
      undefined,
      '正常',
      undefined,
      undefined,
      undefined,
      undefined,
      undefined,
      'r/measures/2',
    ]);
  });

  it('does not flag a measure overdue whose extension runs past today', () => {
    const extension = { deadline: d('2024-05-31'), status: '申请延期' as const };
    const [granted, lapsed] = ledgerRows(
      site([
        { ...extension, extendedTo: d('2024-09-30'), extensionReason: '需待上级政策出台' },
        { ...extension, extendedTo: d('2024-06-20'), extensionReason: '需待上级政策出台' },
      ]).reviewById.get('r')!,
      today,
    );
    expect(granted).toMatchObject({ overdue: false, light: { light: '正常', days: 92 } });
    expect(lapsed).toMatchObject({ overdue: true, light: { light: '逾期', days: 10 } });
    expect(ledgerTable([granted!, lapsed!]).map((row) => row.slice(6, 10))).toEqual([
      ['整改状态', '灯', '逾期天数', '延期至'],
      ['申请延期', '正常', undefined, d('2024-09-30')],
      ['申请延期', '逾期', 10, d('2024-06-20')],
    ]);
  });

  it('puts the review first when the ledger spans reviews', () => {
    const [header, first] = ledgerTable(rows, true);
    expect(header![0]).toBe('材料');
    expect(first![0]).toBe('某局对照检查材料');
    expect(header!.at(-1)).toBe('编号');
    expect(first!.at(-1)).toBe('r/measures/1');
  });
});

describe('statusCounts', () => {
  it('counts every status, 未填写 for measures without one', () => {
    const review = site([{ status: '推进中' }, { status: '推进中' }, {}]).reviewById.get('r')!;
    expect(statusCounts(ledgerRows(review, today))).toEqual([
      ['未启动', 0],
      ['推进中', 2],
      ['已完成', 0],
      ['已销号', 0],
      ['申请延期', 0],
      ['未填写', 1],
    ]);
  });
});

describe('deadlineWarnings', () => {
  it('warns about a deadline before the review was written, naming file and field', () => {
    const index = site(
      [{ deadline: d('2023-12-31') }, { deadline: d('2024-12-31') }],
      d('2024-03-15'),
    );
    expect(deadlineWarnings(index.reviews)).toEqual([
      {
        file: 'content/reviews/r/measures/1.mdx',
        field: 'deadline',
        message: '完成时限 2023-12-31 早于材料本身的日期 2024-03-15',
        hint: expect.stringContaining('检查完成时限的年份') as string,
      },
    ]);
  });

  it('says nothing when the review has no date', () => {
    expect(deadlineWarnings(site([{ deadline: d('2000-01-01') }]).reviews)).toEqual([]);
  });

  it('warns about an extension kept under 未启动, 推进中 or no status: the deadline counts', () => {
    const extension = { extendedTo: d('2024-09-30'), extensionReason: '需待上级政策出台' };
    const index = site([
      { status: '推进中', ...extension },
      { extensionReason: '需待上级政策出台' },
      { status: '申请延期', ...extension },
      { status: '已完成', ...extension },
      { status: '已销号', closedOn: d('2024-06-01'), ...extension },
    ]);
    expect(deadlineWarnings(index.reviews)).toEqual([
      {
        file: 'content/reviews/r/measures/1.mdx',
        field: 'extendedTo',
        message:
          '填写了延期至 2024-09-30，但整改状态是“推进中”而不是“申请延期”：逾期仍按完成时限计算',
        hint: expect.stringContaining('把整改状态改为“申请延期”') as string,
      },
      {
        file: 'content/reviews/r/measures/2.mdx',
        field: 'extensionReason',
        message: '填写了延期理由，但整改状态是“未填写”而不是“申请延期”：逾期仍按完成时限计算',
        hint: expect.stringContaining('删去延期的字段') as string,
      },
    ]);
  });
});
