import { describe, expect, it } from 'vitest';
import { countCsvRowsUpTo } from '../../../../scripts/workbook/csv-rows.ts';

describe('countCsvRowsUpTo', () => {
  it('counts records, not the lines inside quoted cells', () => {
    expect(countCsvRowsUpTo('', 10)).toBe(0);
    expect(countCsvRowsUpTo('编号,整改措施', 10)).toBe(1);
    expect(countCsvRowsUpTo('编号,整改措施\n1,强化学习\n', 10)).toBe(2);
    expect(
      countCsvRowsUpTo(
        '编号,整改进展\r\n1,"2024-06-10 学习。\r\n2024-05-20 ""调研""。"\r\n2,\r\n',
        10,
      ),
    ).toBe(3);
    // Old Mac line ends, and a blank line, which the reader gives as an empty row.
    expect(countCsvRowsUpTo('a\rb\r\rc', 10)).toBe(4);
  });

  it('stops one past the limit', () => {
    expect(countCsvRowsUpTo('a\n'.repeat(1000), 10)).toBe(11);
    expect(countCsvRowsUpTo('a\n'.repeat(10), 10)).toBe(10);
    expect(countCsvRowsUpTo(`${'a\n'.repeat(10)}a`, 10)).toBe(11);
  });
});
