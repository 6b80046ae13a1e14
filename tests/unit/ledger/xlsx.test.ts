import ExcelJS from 'exceljs';
import readXlsxFile from 'read-excel-file/node';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { columnLetters, ledgerWorkbook } from '../../../src/ledger/xlsx.ts';

const d = (iso: string) => new Date(`${iso}T00:00:00Z`);

describe('ledgerWorkbook', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it('gives the same bytes for the same ledger, whenever it is written', async () => {
    const table = [
      ['编号', '整改状态'],
      ['1', '推进中'],
    ];
    vi.useFakeTimers({ now: new Date('2024-01-02T03:04:05Z'), toFake: ['Date'] });
    const first = await ledgerWorkbook(table);
    vi.setSystemTime(new Date('2025-06-07T08:09:10Z'));
    const second = await ledgerWorkbook(table);
    expect(second.equals(first)).toBe(true);
    // A zip archive: "PK\x03\x04".
    expect(first.subarray(0, 4).toString('latin1')).toBe('PK\u0003\u0004');
  });

  const table = [
    ['整改状态', '完成时限', '逾期天数', '销号日期', '编号'],
    ['推进中', d('2024-05-31'), 30, undefined, 'r/measures/1'],
    ['已销号', d('2024-04-30'), undefined, d('2024-04-28'), 'r/measures/2'],
  ];

  it('writes dates as date cells in YYYY-MM-DD, numbers as numbers and blanks as no cell', async () => {
    const bytes = await ledgerWorkbook(table);
    const [sheet] = await readXlsxFile(bytes);
    expect(sheet!.data).toEqual([
      table[0],
      ['推进中', d('2024-05-31'), 30, null, 'r/measures/1'],
      ['已销号', d('2024-04-30'), null, d('2024-04-28'), 'r/measures/2'],
    ]);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(bytes as unknown as Parameters<typeof workbook.xlsx.load>[0]);
    const ledger = workbook.getWorksheet('整改台账')!;
    expect(ledger.getCell('B2').type).toBe(ExcelJS.ValueType.Date);
    expect(ledger.getCell('B2').numFmt).toBe('yyyy-mm-dd');
    expect(ledger.getCell('C2').type).toBe(ExcelJS.ValueType.Number);
    expect(ledger.getCell('D2').type).toBe(ExcelJS.ValueType.Null);
    expect(ledger.getCell('A2').type).toBe(ExcelJS.ValueType.String);
  });

  it('keeps the header row in view and puts the filter over the whole table', async () => {
    const workbook = new ExcelJS.Workbook();
    const bytes = await ledgerWorkbook(table);
    await workbook.xlsx.load(bytes as unknown as Parameters<typeof workbook.xlsx.load>[0]);
    const ledger = workbook.getWorksheet('整改台账')!;
    expect(ledger.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(ledger.autoFilter).toBe('A1:E3');
    expect(workbook.definedNames.getRanges('_xlnm._FilterDatabase').ranges).toEqual([
      "'整改台账'!$A$1:$E$3",
    ]);
  });
});

describe('columnLetters', () => {
  it('names columns as Excel does', () => {
    expect([1, 5, 26, 27, 52, 53, 702, 703].map(columnLetters)).toEqual([
      'A',
      'E',
      'Z',
      'AA',
      'AZ',
      'BA',
      'ZZ',
      'AAA',
    ]);
  });
});
