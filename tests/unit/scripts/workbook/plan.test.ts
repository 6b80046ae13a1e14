import { describe, expect, it } from 'vitest';
import type { CellValue } from '../../../../scripts/workbook/cells.ts';
import { indexReviews, readReviewFolder } from '../../../../scripts/workbook/content.ts';
import { planChanges, progressChange } from '../../../../scripts/workbook/plan.ts';
import type { EntryRow } from '../../../../scripts/workbook/rows.ts';

const folder = await readReviewFolder('tests/fixtures/small/reviews', 'demo-2024');
const index = indexReviews([folder]);

/** A row of the ledger (measure) or relations (finding) sheet with these cells by field. */
function row(
  kind: 'measure' | 'finding',
  id: string,
  cells: Record<string, CellValue>,
  exported?: Record<string, string>,
): EntryRow {
  const columns = Object.keys(cells);
  return {
    sheet: kind === 'measure' ? '整改台账' : '问题与原因、措施',
    row: 2,
    review: 'demo-2024',
    kind,
    id,
    fingerprint: undefined,
    exported,
    cells: new Map(
      columns.map((field, i) => [
        field,
        { value: cells[field] ?? null, column: field, cell: `${'DEFGHIJK'[i]}2` },
      ]),
    ),
    readOnly: new Map(),
  };
}

/** Measure 1 of the fixture exactly as the workbook exports it. */
const measure1 = {
  leader: '张三',
  unit: '办公室',
  deadline: new Date('2024-05-31T00:00:00Z'),
  mode: '限期整改',
  status: '推进中',
  progress: '2024-04-10 制定年度学习计划。\n2024-05-20 完成第一轮集中学习，共 4 次。',
  evidence: '2024-04-10 http://oa.example.gov.cn/zhenggai/xuexi-jihua.pdf',
  closedOn: null,
};

describe('planChanges', () => {
  it('changes nothing for cells left as exported, however a date was typed', () => {
    const plan = planChanges(
      [row('measure', '1', { ...measure1, deadline: '2024/5/31' })],
      index,
      {},
    );
    expect(plan).toEqual({ entries: [], problems: [], notes: [] });
  });

  it('says each changed field as from → to', () => {
    const plan = planChanges(
      [
        row('measure', '1', {
          ...measure1,
          leader: '王五',
          unit: '未填写',
          status: '已完成',
          closedOn: 45471,
        }),
      ],
      index,
      {},
    );
    expect(plan.entries).toHaveLength(1);
    expect(plan.entries[0]!.label).toBe('措施（一）');
    expect(plan.entries[0]!.path).toBe('measures/1.mdx');
    expect(plan.entries[0]!.changes.map((c) => [c.field, c.value, c.summary])).toEqual([
      ['leader', '王五', '责任领导：张三 → 王五'],
      ['unit', undefined, '责任单位：办公室 → 未填写'],
      ['status', '已完成', '整改状态：推进中 → 已完成'],
      ['closedOn', '2024-06-28', '销号日期：未填写 → 2024-06-28'],
    ]);
  });

  it('says an extension as from → to, in the ledger’s column order', () => {
    const plan = planChanges(
      [
        row('measure', '1', {
          ...measure1,
          status: '申请延期',
          extendedTo: '2024年9月30日',
          extensionReason: '需待上级政策出台\n预计九月完成',
        }),
      ],
      index,
      {},
    );
    expect(plan.problems).toEqual([]);
    expect(plan.entries[0]!.changes.map((c) => [c.field, c.value, c.summary])).toEqual([
      ['status', '申请延期', '整改状态：推进中 → 申请延期'],
      ['extendedTo', '2024-09-30', '延期至：未填写 → 2024-09-30'],
      [
        'extensionReason',
        '需待上级政策出台；预计九月完成',
        '延期理由：未填写 → 需待上级政策出台；预计九月完成',
      ],
    ]);
  });

  it('places each unreadable cell, naming the entry', () => {
    const plan = planChanges(
      [row('measure', '1', { ...measure1, status: '进行中', deadline: '下月底' })],
      index,
      {},
    );
    expect(plan.entries).toEqual([]);
    expect(plan.problems.map((p) => [p.sheet, p.column, p.entry, p.message])).toEqual([
      ['整改台账', 'deadline', '措施（一）', '“下月底”不是日期'],
      [
        '整改台账',
        'status',
        '措施（一）',
        expect.stringContaining('“进行中”不是可选的整改状态') as string,
      ],
    ]);
  });

  it('reads relations as ids or labels, in document order, and ignores a reordering', () => {
    const same = planChanges(
      [row('finding', '1-2', { causes: '2、1', measures: '措施（一）' })],
      index,
      {},
    );
    expect(same.entries).toEqual([]);
    const plan = planChanges(
      [row('finding', '1-2', { causes: '原因（二）', measures: '1、2' })],
      index,
      {},
    );
    expect(plan.entries[0]!.changes.map((c) => [c.field, c.value, c.summary])).toEqual([
      ['causes', [2], '原因：1、2 → 2'],
      ['measures', [1, 2], '措施：1 → 1、2'],
    ]);
  });

  it('leaves a field as the file has it when its cell is as exported, though the file changed since', () => {
    // Exported when 措施（一）'s 责任领导 was 赵六; the file says 张三 now.
    const plan = planChanges(
      [row('measure', '1', { leader: '赵六' }, { leader: '赵六' })],
      index,
      {},
    );
    expect(plan.entries).toEqual([]);
  });

  it('marks a field edited in the workbook and changed in the file since the export', () => {
    const plan = planChanges(
      [row('measure', '1', { leader: '李四', unit: '党建办' }, { leader: '赵六', unit: '办公室' })],
      index,
      {},
    );
    expect(plan.entries[0]!.changes.map((c) => [c.field, c.conflict])).toEqual([
      ['leader', { exported: '赵六', current: '张三' }],
      ['unit', undefined],
    ]);
  });

  it('refuses a row whose entry is no longer in the content', () => {
    const plan = planChanges([row('measure', '9', measure1)], index, {});
    expect(plan.problems[0]!.message).toBe(
      '材料“demo-2024”中已经没有措施 9（导出之后被删除或改了编号）',
    );
  });

  it('adds a report typed in the site’s 最新进展 column, and corrects the latest one’s note on its day', () => {
    const added = planChanges(
      [row('measure', '1', { latestProgress: '2024-6-10 完成第二轮学习。' })],
      index,
      {},
    );
    expect(added.entries[0]!.changes[0]!.summary).toBe(
      '整改进展：新增“2024-06-10 完成第二轮学习。”',
    );
    const corrected = planChanges(
      [row('measure', '1', { latestProgress: '2024-05-20 完成第一轮集中学习，共 5 次。' })],
      index,
      {},
    );
    expect(corrected.entries[0]!.changes[0]).toMatchObject({
      value: [
        {
          date: '2024-04-10',
          note: '制定年度学习计划。',
          evidence: 'http://oa.example.gov.cn/zhenggai/xuexi-jihua.pdf',
        },
        { date: '2024-05-20', note: '完成第一轮集中学习，共 5 次。' },
      ],
      summary:
        '整改进展：新增“2024-05-20 完成第一轮集中学习，共 5 次。”；删去“2024-05-20 完成第一轮集中学习，共 4 次。”',
    });
  });
});

describe('progressChange', () => {
  const a = { date: '2024-04-10', note: '甲' };
  const b = { date: '2024-05-20', note: '乙', evidence: '/b.pdf' };

  it('is nothing when only the order differs', () => {
    expect(progressChange([b, a], [a, b])).toBeUndefined();
  });

  it('keeps the file’s order for the reports kept and adds new ones after them', () => {
    const c = { date: '2024-06-01', note: '丙' };
    expect(progressChange([b, a], [a, b, c])).toEqual({
      value: [b, a, c],
      summary: '整改进展：新增“2024-06-01 丙”',
    });
  });

  it('says links changed, reports removed, and removes the field when none are left', () => {
    expect(progressChange([a, b], [{ ...a, evidence: '/a.pdf' }])?.summary).toBe(
      '整改进展：2024-04-10 的佐证材料：未填写 → /a.pdf；删去“2024-05-20 乙”',
    );
    expect(progressChange([a], [])).toEqual({
      value: undefined,
      summary: '整改进展：删去“2024-04-10 甲”',
    });
  });
});
