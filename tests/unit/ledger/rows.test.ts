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
        data: { area: 1, order: 1, title: '问题', causes: [], measures: ['1'], aliases: [] },
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
  it('flags a passed deadline until the measure is done', () => {
    expect(isOverdue(d('2024-05-31'), '推进中', today)).toBe(true);
    expect(isOverdue(d('2024-05-31'), undefined, today)).toBe(true);
    expect(isOverdue(d('2024-05-31'), '申请延期', today)).toBe(true);
    expect(isOverdue(d('2024-05-31'), '已完成', today)).toBe(false);
    expect(isOverdue(d('2024-05-31'), '已销号', today)).toBe(false);
  });

  it('does not flag a deadline that is today or later, or none', () => {
    expect(isOverdue(today, '推进中', today)).toBe(false);
    expect(isOverdue(d('2024-07-01'), '未启动', today)).toBe(false);
    expect(isOverdue(undefined, '未启动', today)).toBe(false);
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

  it('writes 未填写 for every empty field, 已逾期 beside an overdue status, and the 编号 last', () => {
    const [header, first, second] = ledgerTable(rows);
    expect(header).toEqual([
      '整改措施',
      '针对的问题',
      '责任领导',
      '责任单位',
      '完成时限',
      '整改方式',
      '整改状态',
      '最新进展',
      '销号日期',
      '编号',
    ]);
    expect(first).toEqual([
      '措施（一） 措施1',
      '问题（一）之一',
      '张三',
      '办公室',
      '2024-05-31',
      '限期整改',
      '推进中（已逾期）',
      '2024-05-20 完成学习',
      '未填写',
      'r/measures/1',
    ]);
    expect(second).toEqual([
      '措施（二） 措施2',
      '未填写',
      '未填写',
      '未填写',
      '未填写',
      '未填写',
      '未填写',
      '未填写',
      '未填写',
      'r/measures/2',
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
});
