import { describe, expect, it } from 'vitest';
import { parseIsoDate } from '../../../src/text/dates.ts';
import { dueDate, lightOf, lightText, localToday } from '../../../src/ledger/lights.ts';

const day = (text: string) => parseIsoDate(text)!;
const today = day('2024-06-30');

describe('lightOf', () => {
  it('is 已完成 for a measure done or closed out, whatever its deadline', () => {
    expect(lightOf({ status: '已完成', deadline: day('2024-01-01') }, today).light).toBe('已完成');
    expect(lightOf({ status: '已销号', deadline: day('2024-01-01') }, today).light).toBe('已完成');
  });

  it('counts the days past the deadline', () => {
    expect(lightOf({ status: '推进中', deadline: day('2024-06-18') }, today)).toMatchObject({
      light: '逾期',
      days: 12,
    });
    expect(lightOf({ deadline: day('2024-06-29') }, today)).toMatchObject({
      light: '逾期',
      days: 1,
    });
  });

  it('turns 临期 seven days before the deadline, and 正常 before that', () => {
    expect(lightOf({ deadline: day('2024-06-30') }, today)).toMatchObject({
      light: '临期',
      days: 0,
    });
    expect(lightOf({ deadline: day('2024-07-07') }, today)).toMatchObject({
      light: '临期',
      days: 7,
    });
    expect(lightOf({ deadline: day('2024-07-08') }, today)).toMatchObject({
      light: '正常',
      days: 8,
    });
  });

  it('measures an extension by its new date while 申请延期', () => {
    const extended = {
      status: '申请延期',
      deadline: day('2024-05-31'),
      extendedTo: day('2024-09-30'),
    } as const;
    expect(dueDate(extended)).toEqual(day('2024-09-30'));
    expect(lightOf(extended, today).light).toBe('正常');
    expect(lightOf({ ...extended, status: '推进中' }, today).light).toBe('逾期');
  });

  it('is 正常 without a deadline: nothing says it is late', () => {
    expect(lightOf({ status: '推进中' }, today)).toEqual({
      light: '正常',
      due: undefined,
      days: undefined,
    });
  });
});

describe('lightText', () => {
  it('says how far off the deadline is', () => {
    expect(lightText({ light: '逾期', due: today, days: 12 })).toBe('逾期 12 天');
    expect(lightText({ light: '临期', due: today, days: 3 })).toBe('临期（还有 3 天）');
    expect(lightText({ light: '临期', due: today, days: 0 })).toBe('今天到期');
    expect(lightText({ light: '正常', due: today, days: 30 })).toBe('正常');
  });
});

describe('localToday', () => {
  it('is the reader’s calendar day, at UTC midnight like every date of the site', () => {
    const evening = new Date(2024, 5, 30, 23, 59);
    expect(localToday(evening)).toEqual(day('2024-06-30'));
  });
});
