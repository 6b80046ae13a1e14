import { describe, expect, it } from 'vitest';
import { readChoice, readDate, readText } from '../../../../scripts/workbook/cells.ts';

const utc = (iso: string) => new Date(`${iso}T00:00:00Z`);

describe('readDate', () => {
  it('reads a date cell, whatever its time of day', () => {
    expect(readDate(utc('2024-06-30'))).toEqual({ ok: true, value: '2024-06-30' });
    expect(readDate(new Date('2024-06-30T13:45:00Z'))).toEqual({ ok: true, value: '2024-06-30' });
  });

  it('reads an Excel serial number, in the 1900 and the 1904 date systems', () => {
    expect(readDate(45473)).toEqual({ ok: true, value: '2024-06-30' });
    expect(readDate('45473')).toEqual({ ok: true, value: '2024-06-30' });
    expect(readDate(45473 - 1462, { date1904: true })).toEqual({ ok: true, value: '2024-06-30' });
  });

  it.each([
    '2024-06-30',
    '2024-6-30',
    '2024/6/30',
    '2024.6.30',
    ' 2024/06/30 ',
    '2024年6月30日',
    '2024 年 6 月 30 日',
    '２０２４年６月３０日',
    '二〇二四年六月三十日',
    '2024/6/30 0:00:00',
  ])('reads %j as typed', (typed) => {
    expect(readDate(typed)).toEqual({ ok: true, value: '2024-06-30' });
  });

  it('leaves the field unset for an empty cell and for 未填写', () => {
    expect(readDate(null)).toEqual({ ok: true, value: undefined });
    expect(readDate('  ')).toEqual({ ok: true, value: undefined });
    expect(readDate('未填写')).toEqual({ ok: true, value: undefined });
  });

  it('refuses a day that does not exist, in the schema’s words', () => {
    const read = readDate('2024/2/30');
    expect(read).toMatchObject({ ok: false });
    expect(!read.ok && read.message).toBe('“2024/2/30”不是真实的日期：2024 年 2 月没有 30 日');
  });

  it('refuses what is no date, and a number too small or large to be one, saying how to write it', () => {
    for (const value of ['6月底', 'TBD', 2024, true]) {
      const read = readDate(value);
      expect(read.ok).toBe(false);
      expect(!read.ok && read.hint).toContain('2024-06-30');
    }
    const read = readDate(2024);
    expect(!read.ok && read.message).toContain('不在 1970 年到 2099 年之间');
  });

  it('names an error value of a formula', () => {
    const read = readDate({ error: '#REF!' });
    expect(!read.ok && read.message).toBe('单元格显示错误值 #REF!');
  });
});

describe('readText', () => {
  it('trims the text and joins lines typed with Alt+Enter with 、', () => {
    expect(readText('  张三 ')).toEqual({ ok: true, value: '张三' });
    expect(readText('办公室\r\n 人事科\n')).toEqual({ ok: true, value: '办公室、人事科' });
  });

  it('treats empty and 未填写 as not set', () => {
    expect(readText(null)).toEqual({ ok: true, value: undefined });
    expect(readText('未填写')).toEqual({ ok: true, value: undefined });
  });

  it('refuses a date where a name belongs', () => {
    expect(readText(utc('2024-01-02')).ok).toBe(false);
  });
});

describe('readChoice', () => {
  const statuses = ['未启动', '推进中', '已完成', '已销号', '申请延期'];

  it('accepts a term of the list, spaces and the site’s （已逾期） aside', () => {
    expect(readChoice(' 推进中 ', statuses, '整改状态')).toEqual({ ok: true, value: '推进中' });
    expect(readChoice('推进中（已逾期）', statuses, '整改状态')).toEqual({
      ok: true,
      value: '推进中',
    });
  });

  it('refuses any other word, listing the choices', () => {
    const read = readChoice('进行中', statuses, '整改状态');
    expect(read).toEqual({
      ok: false,
      message: '“进行中”不是可选的整改状态，应为以下之一：未启动、推进中、已完成、已销号、申请延期',
      hint: expect.stringContaining('下拉列表') as string,
    });
  });
});
