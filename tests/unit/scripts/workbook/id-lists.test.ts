import { describe, expect, it } from 'vitest';
import { idListText, readFeedbackList, readIdList } from '../../../../scripts/workbook/id-lists.ts';

const causes = [
  { id: '1', order: 1 },
  { id: '2', order: 2 },
  { id: '3', order: 3 },
  { id: 'extra-4', order: 4 },
];
const read = (value: Parameters<typeof readIdList>[0]) =>
  readIdList(value, 'cause', causes, '原因一览');

describe('readIdList', () => {
  it.each([
    '1、3',
    '1，3',
    '1,3',
    '1;3',
    '1；3',
    '1 3',
    '3、1',
    ' 1 、 ３ ',
    '原因（一）、原因(三)',
    '（一）、3',
  ])('reads %j as causes 1 and 3, in document order', (typed) => {
    expect(read(typed)).toEqual({ ok: true, value: ['1', '3'] });
  });

  it('reads a lone number cell and ids with letters and hyphens', () => {
    expect(read(2)).toEqual({ ok: true, value: ['2'] });
    expect(read('EXTRA-4、原因（二）')).toEqual({ ok: true, value: ['2', 'extra-4'] });
  });

  it('reads labels past 九十九, as an area of a hundred causes numbers them', () => {
    const many = Array.from({ length: 120 }, (_, i) => ({ id: String(i + 1), order: i + 1 }));
    expect(readIdList('原因（一百零一）、（一百二十）', 'cause', many, '原因一览')).toEqual({
      ok: true,
      value: ['101', '120'],
    });
  });

  it('reads empty and 未填写 as no causes', () => {
    expect(read(null)).toEqual({ ok: true, value: [] });
    expect(read('未填写')).toEqual({ ok: true, value: [] });
  });

  it('refuses an id the review does not have, listing those it has', () => {
    const result = read('1、9');
    expect(result).toMatchObject({
      ok: false,
      message: '这份材料没有编号为“9”的原因（现有：1、2、3、extra-4）',
    });
    expect(!result.ok && result.hint).toContain('「原因一览」');
  });

  it('refuses a measure’s label in the causes column, a repeated id, and a label past the last', () => {
    expect(read('措施（一）')).toMatchObject({
      ok: false,
      message: '“措施（一）”是措施，这一列只填原因',
    });
    expect(read('1、原因（一）')).toMatchObject({ ok: false, message: '原因 1 写了两次' });
    expect(read('原因（九）').ok).toBe(false);
  });

  it('explains ids that Excel turned into a date or a decimal', () => {
    const date = read(new Date('2024-01-03T00:00:00Z'));
    expect(!date.ok && date.message).toContain('被当成了日期');
    const decimal = read(1.3);
    expect(!decimal.ok && decimal.message).toContain('被当成了数字 1.3');
  });
});

describe('readFeedbackList', () => {
  // Problems 1, 2 and 5 of an inspection, in the feedback's order (5 before 2: another category).
  const problems = [
    { id: '1', order: 1 },
    { id: '5', order: 2 },
    { id: '2', order: 3 },
  ];
  const feedback = (value: Parameters<typeof readFeedbackList>[0]) =>
    readFeedbackList(value, problems, 'xc-2024', '反馈问题一览');

  it.each(['2、5', '5,2', '反馈问题2、反馈问题 5', '２；反馈问题5'])(
    'reads %j as problems 5 and 2, in the feedback’s order',
    (typed) => {
      expect(feedback(typed)).toEqual({ ok: true, value: ['5', '2'] });
    },
  );

  it('refuses a number the inspection does not have, naming it and those it has', () => {
    const result = feedback('1、9');
    expect(result).toMatchObject({
      ok: false,
      message: '巡察“xc-2024”中没有编号为“9”的反馈问题（现有：1、5、2）',
    });
    expect(!result.ok && result.hint).toContain('「反馈问题一览」');
    expect(feedback('反馈问题7')).toMatchObject({
      ok: false,
      message: '巡察“xc-2024”中没有编号为“7”的反馈问题（现有：1、5、2）',
    });
    expect(feedback('1、反馈问题1')).toMatchObject({ ok: false, message: '反馈问题 1 写了两次' });
  });

  it('reads empty and 未填写 as none', () => {
    expect(feedback(null)).toEqual({ ok: true, value: [] });
    expect(feedback('未填写')).toEqual({ ok: true, value: [] });
  });
});

describe('idListText', () => {
  it('joins ids with 、', () => {
    expect(idListText(['1', '3'])).toBe('1、3');
    expect(idListText([])).toBe('');
  });
});
