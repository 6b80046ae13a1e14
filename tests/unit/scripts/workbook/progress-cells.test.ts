import { describe, expect, it } from 'vitest';
import {
  evidenceCellText,
  progressCellText,
  readProgress,
} from '../../../../scripts/workbook/progress-cells.ts';

describe('readProgress', () => {
  it('reads one dated report a line, in any date form, with its link by date', () => {
    const read = readProgress(
      '2024-04-10 制定年度学习计划。\r\n\n2024/5/20：完成第一轮集中学习。\n2024年6月1日 召开推进会。',
      '2024-5-20 http://oa.example.gov.cn/a.pdf',
    );
    expect(read).toEqual({
      ok: true,
      value: [
        { date: '2024-04-10', note: '制定年度学习计划。' },
        {
          date: '2024-05-20',
          note: '完成第一轮集中学习。',
          evidence: 'http://oa.example.gov.cn/a.pdf',
        },
        { date: '2024-06-01', note: '召开推进会。' },
      ],
    });
  });

  it('gives the links of one day to that day’s reports in turn', () => {
    const read = readProgress(
      '2024-04-10 甲\n2024-04-10 乙',
      '2024-04-10 /a.pdf\n2024-04-10 /b.pdf',
    );
    expect(read.ok && read.value.map((r) => r.evidence)).toEqual(['/a.pdf', '/b.pdf']);
  });

  it('reads empty cells as no reports', () => {
    expect(readProgress(null, null)).toEqual({ ok: true, value: [] });
    expect(readProgress('未填写', '')).toEqual({ ok: true, value: [] });
  });

  it('refuses a line without a date, or with a date and nothing done, naming the line', () => {
    expect(readProgress('2024-04-10 甲\n完成了乙', null)).toMatchObject({
      ok: false,
      cell: 'progress',
      message: '第 2 行“完成了乙”不是以日期开头',
    });
    expect(readProgress('2024-04-10', null)).toMatchObject({
      ok: false,
      message: '第 1 行只有日期，没有写做了什么',
    });
    expect(readProgress('2024-02-30 甲', null)).toMatchObject({
      ok: false,
      message: '第 1 行的日期“2024-02-30”不是真实的日期：2024 年 2 月没有 30 日',
    });
  });

  it('refuses a link to no report, and one that is not a link the site may publish', () => {
    expect(readProgress('2024-04-10 甲', '2024-04-11 /a.pdf')).toMatchObject({
      ok: false,
      cell: 'evidence',
      message: '第 1 行的日期 2024-04-11 在“整改进展”中没有对应的一条',
    });
    const script = readProgress('2024-04-10 甲', '2024-04-10 javascript:alert(1)');
    expect(script).toMatchObject({ ok: false, cell: 'evidence' });
  });
});

describe('progressCellText and evidenceCellText', () => {
  const reports = [
    { date: '2024-04-10', note: '甲', evidence: '/a.pdf' },
    { date: '2024-05-20', note: '乙' },
  ];

  it('write one line per report, and one per link, each with its date', () => {
    expect(progressCellText(reports)).toBe('2024-04-10 甲\n2024-05-20 乙');
    expect(evidenceCellText(reports)).toBe('2024-04-10 /a.pdf');
  });

  it('are read back as the same reports', () => {
    expect(readProgress(progressCellText(reports), evidenceCellText(reports))).toEqual({
      ok: true,
      value: [{ ...reports[0] }, { ...reports[1] }],
    });
  });
});
