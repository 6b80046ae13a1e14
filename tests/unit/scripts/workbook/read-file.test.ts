/**
 * Files that are no ledger are refused before they are parsed, in bounded time and memory: a CSV
 * of millions of rows, a sheet of too many rows, a package of too many files, a FIFO or a device.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { describe, expect, it } from 'vitest';
import { UnreadableDocumentError } from '../../../../scripts/shared/documents/errors.ts';
import { LIMITS } from '../../../../scripts/shared/documents/limits.ts';
import { readWorkbookFile, WORKBOOK_LIMITS } from '../../../../scripts/workbook/read-file.ts';
import { makeZip } from '../../../fixtures/import/make-docx.ts';

const folder = mkdtempSync(join(tmpdir(), 'read-file-'));
const file = (name: string, content: string | Uint8Array) => {
  writeFileSync(join(folder, name), content);
  return join(folder, name);
};

/** The error reading `path` ends in; logs how long it took. */
async function refusal(path: string, what: string): Promise<UnreadableDocumentError> {
  const started = performance.now();
  const error = await readWorkbookFile(path).catch((e: unknown) => e);
  console.log(`${what}: refused in ${Math.round(performance.now() - started)} ms`);
  expect(error).toBeInstanceOf(UnreadableDocumentError);
  return error as UnreadableDocumentError;
}

/** An .xlsx package of these parts besides the workbook itself. */
const xlsx = (parts: Record<string, string>) =>
  makeZip({ 'xl/workbook.xml': '<workbook/>', ...parts });

describe('readWorkbookFile', { timeout: 30_000 }, () => {
  it('refuses a 20 MB CSV of 10 million one-letter rows by counting them, not parsing them', async () => {
    const path = file('ledger.csv', 'a\n'.repeat(9_900_000));
    const error = await refusal(path, 'a 19.8 MB CSV of 9.9 million rows');
    rmSync(path);
    expect(error.message).toBe(
      `${path}：应为行数不超过 20,000 的 CSV 文件，实际是超过 20,000 行的文件。\n  改法：${error.hint}`,
    );
    expect(error.hint).toContain('台账每项措施一行');
    // Rows are records: a cell's line breaks are inside it.
    const cell = `"${'一\n'.repeat(WORKBOOK_LIMITS.rows)}"`;
    const read = await readWorkbookFile(file('cells.csv', `编号,整改进展\n1,${cell}\n`));
    expect(read.sheets[0]!.rows).toHaveLength(2);
  });

  it('refuses a sheet of more than 20,000 rows before ExcelJS reads it', async () => {
    const rows = '<row r="1"><c r="A1"><v>1</v></c></row>'.repeat(WORKBOOK_LIMITS.rows + 1);
    const path = file(
      'rows.xlsx',
      xlsx({ 'xl/worksheets/sheet1.xml': `<sheetData>${rows}</sheetData>` }),
    );
    const error = await refusal(path, 'an .xlsx sheet of 20,001 rows');
    expect(error.message).toContain(
      '应为行数不超过 20,000 的工作表，实际是其中一张工作表（xl/worksheets/sheet1.xml）超过 20,000 行',
    );
  });

  it('refuses an .xlsx that lists more than 10,000 files, before a ZIP reader lists them', async () => {
    const parts: Record<string, string> = {};
    for (let i = 1; i <= LIMITS.zipEntries; i++) parts[`xl/media/image${i}.png`] = '';
    const error = await refusal(file('files.xlsx', xlsx(parts)), 'an .xlsx of 10,002 files');
    expect(error.message).toContain(
      '应为内部文件不超过 1 万个的 Excel 工作簿，实际是内部文件超过 1 万个的压缩包',
    );
  });

  it.skipIf(process.platform === 'win32')(
    'refuses a FIFO and a link to /dev/zero named .csv, which would never end',
    async () => {
      execFileSync('mkfifo', [join(folder, 'fifo.csv')]);
      symlinkSync('/dev/zero', join(folder, 'zero.csv'));
      const fifo = await refusal(join(folder, 'fifo.csv'), 'a FIFO');
      expect(fifo.message).toContain('fifo.csv：应为一个文件，实际是一个命名管道（FIFO）');
      const zero = await refusal(join(folder, 'zero.csv'), 'a link to /dev/zero');
      expect(zero.message).toContain('zero.csv：应为一个文件，实际是一个字符设备（如 /dev/zero');
    },
  );
});
