import { afterEach, describe, expect, it, vi } from 'vitest';
import { ledgerWorkbook } from '../../../src/ledger/xlsx.ts';

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
});
