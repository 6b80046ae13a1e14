/**
 * `npm run workbook`: the 反馈问题 column of 「问题与原因、措施」, each finding's `feedback`,
 * exported beside its causes and measures, with the inspection's problems listed in 「反馈问题一览」,
 * and read back: an edit is written to the finding's file, a number the inspection does not have
 * or a cell filled in for a review that answers no inspection is refused, naming the row and the
 * column. No site is built.
 */
import { cp, mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { runWorkbookCli } from '../../scripts/workbook/run-cli.ts';
import { snapshot } from '../fixtures/import/snapshot.ts';

// The features fixture's build date: its measures' reports are dated before it.
beforeEach(() => {
  vi.stubEnv('BUILD_DATE', '2024-06-30');
});
afterEach(() => {
  vi.unstubAllEnvs();
});

/** Runs the command in this process, as `npm run workbook` runs it, and collects what it prints. */
async function cli(args: string[], contentDir: string) {
  let stdout = '';
  let stderr = '';
  const status = await runWorkbookCli(args, {
    stdout: (text) => (stdout += text),
    stderr: (text) => (stderr += text),
    env: { CONTENT_DIR: contentDir, NO_COLOR: '1', DEBUG: '' },
  });
  return { status, stdout, stderr };
}

/** A copy of a content folder, and a workbook of `reviews` exported from it. */
async function exported(fixture: string, reviews: string[]) {
  const dir = await mkdtemp(join(tmpdir(), 'workbook-feedback-'));
  await cp(fixture, dir, { recursive: true });
  const file = join(dir, 'export.xlsx');
  const result = await cli(['export', ...reviews, '--out', file], dir);
  expect(result.stderr).toBe('');
  expect(result.status).toBe(0);
  return { dir, file };
}

async function open(file: string) {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(file);
  return workbook;
}

/** A sheet's rows as arrays of cell values, without ExcelJS's empty first column. */
const values = (sheet: ExcelJS.Worksheet) =>
  sheet
    .getSheetValues()
    .slice(1)
    .map((row) => (row as unknown[]).slice(1));

/** Opens a workbook, changes it, and saves it anew as another file, as Excel does. */
async function edited(file: string, change: (workbook: ExcelJS.Workbook) => void) {
  const workbook = await open(file);
  change(workbook);
  const out = file.replace(/\.xlsx$/, '-edited.xlsx');
  await workbook.xlsx.writeFile(out);
  return out;
}

const relations = (workbook: ExcelJS.Workbook) => workbook.getWorksheet('问题与原因、措施')!;

describe('the 反馈问题 column', { timeout: 60_000 }, () => {
  it('exports each finding’s feedback problems, and lists the inspection’s problems', async () => {
    const { file } = await exported('tests/fixtures/features', ['demo-2024']);
    const workbook = await open(file);
    expect(workbook.worksheets.map((s) => s.name)).toEqual([
      '整改台账',
      '问题与原因、措施',
      '原因一览',
      '措施一览',
      '反馈问题一览',
      '导出记录',
    ]);
    expect(values(relations(workbook))).toEqual([
      ['编号', '问题', '原因', '措施', '反馈问题'],
      ['1-1', '问题（一）之一 学习不深入', '1', '1、2', '1'],
      ['1-2', '问题（一）之二 调研不够', '1、2', '1'],
      ['2-1', '问题（二）之一 作风不实', '2', '2', '1、2'],
    ]);
    expect(relations(workbook).getCell('E2').protection).toMatchObject({ locked: false });
    expect(relations(workbook).getCell('E1').note).toContain('编号见「反馈问题一览」');
    expect(values(workbook.getWorksheet('反馈问题一览')!)).toEqual([
      ['编号', '反馈问题'],
      ['1', '反馈问题1 理论学习不扎实'],
      ['2', '反馈问题2 调查研究不深入'],
      ['3', '反馈问题3 公务用车管理不规范'],
    ]);
  });

  it('exports the example’s three reviews with their inspections’ problems, review by review', async () => {
    const { file } = await exported('examples/shili', ['--all']);
    const workbook = await open(file);
    const rows = values(relations(workbook));
    expect(rows[0]).toEqual(['材料', '编号', '问题', '原因', '措施', '反馈问题']);
    const feedback = rows.slice(1).map((row) => [row[0], row[1], row[5]]);
    expect(feedback).toContainEqual(['shili-juzhang-2023', '2-1', '3']);
    expect(feedback).toContainEqual(['shili-juzhang-2025', '1-1', '1']);
    const listed = values(workbook.getWorksheet('反馈问题一览')!).slice(1);
    expect(listed.filter((row) => row[0] === 'shili-juzhang-2023')).toHaveLength(6);
    expect(listed.filter((row) => row[0] === 'shili-juzhang-2025')).toHaveLength(3);
  });

  it('reads the content folder --content names, whatever CONTENT_DIR says', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'workbook-content-'));
    const file = join(dir, 'export.xlsx');
    const result = await cli(
      ['export', '--all', '--content', 'examples/shili', '--out', file],
      'no-such-folder',
    );
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    const reviews = values(relations(await open(file)))
      .slice(1)
      .map((row) => row[0]);
    expect(new Set(reviews)).toEqual(
      new Set(['shili-juzhang-2023', 'shili-fujuzhang-2023', 'shili-juzhang-2025']),
    );
  });

  it('writes an edit of the column to the finding’s file, and nothing else of it', async () => {
    const { dir, file } = await exported('tests/fixtures/features', ['demo-2024']);
    const finding = join(dir, 'reviews/demo-2024/findings/1-2.mdx');
    const before = await readFile(finding, 'utf8');
    const changed = await edited(file, (workbook) => {
      relations(workbook).getCell('E3').value = '反馈问题3、1';
      relations(workbook).getCell('E4').value = '2';
    });
    const { status, stdout, stderr } = await cli(['import', changed], dir);
    expect(stderr).toBe('');
    expect(status).toBe(0);
    expect(stdout).toContain('问题（一）之二 反馈问题：无 → 1、3');
    expect(stdout).toContain('问题（二）之一 反馈问题：1、2 → 2');
    // A field that was not there goes where the schema has it: after aliases, at the end here.
    expect(await readFile(finding, 'utf8')).toBe(
      before.replace('measures: [1]\n', 'measures: [1]\nfeedback: [1, 3]\n'),
    );
    expect(await readFile(join(dir, 'reviews/demo-2024/findings/2-1.mdx'), 'utf8')).toContain(
      'feedback: [2]\n# Numbered 问题（一）之三 in an earlier draft.\n',
    );
    // Imported again, the same workbook changes nothing more.
    const again = await cli(['import', changed], dir);
    expect(again.status).toBe(0);
    expect(again.stdout).not.toContain('反馈问题：');
  });

  it('refuses a number the inspection does not have, naming the row, the column and the numbers there are', async () => {
    const { dir, file } = await exported('tests/fixtures/features', ['demo-2024']);
    const before = await snapshot(join(dir, 'reviews'));
    const changed = await edited(file, (workbook) => {
      relations(workbook).getCell('E2').value = '1、9';
    });
    const { status, stdout, stderr } = await cli(['import', changed], dir);
    expect(status).toBe(1);
    expect(stdout).toBe('');
    expect(stderr).toContain(
      '✗ 「问题与原因、措施」第 2 行“反馈问题”列（E2，问题（一）之一）：巡察“xc-2024”中没有编号为“9”的反馈问题（现有：1、2、3）',
    );
    expect(stderr).toContain('改法：编号见「反馈问题一览」工作表');
    expect(await snapshot(join(dir, 'reviews'))).toEqual(before);
  });

  it('refuses feedback problems for a review that names no inspection', async () => {
    const { dir, file } = await exported('tests/fixtures/features', ['ext-2024']);
    const workbook = await open(file);
    expect(values(relations(workbook))[0]).toEqual(['编号', '问题', '原因', '措施', '反馈问题']);
    expect(workbook.getWorksheet('反馈问题一览')).toBeUndefined();
    const before = await snapshot(join(dir, 'reviews'));
    const changed = await edited(file, (book) => {
      relations(book).getCell('E2').value = '1';
    });
    const { status, stderr } = await cli(['import', changed], dir);
    expect(status).toBe(1);
    expect(stderr).toContain(
      '✗ 「问题与原因、措施」第 2 行“反馈问题”列（E2，问题（一）之一）：材料“ext-2024”没有写明回应哪次巡察（review.mdx 中没有 inspection），这一列不能填反馈问题',
    );
    expect(stderr).toContain('inspection: 巡察文件夹名');
    expect(await snapshot(join(dir, 'reviews'))).toEqual(before);
  });
});
