import { describe, expect, it } from 'vitest';
import { toCsv } from '../../../src/ledger/csv';

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
