/**
 * `npm run workbook`: a review exported as a workbook, edited and saved anew as Excel saves it,
 * imported, and built; every refused workbook leaves the content byte for byte as it was.
 */
import { execFile, spawnSync } from 'node:child_process';
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterEach, beforeEach, describe, expect, inject, it, vi } from 'vitest';
import { recoverInterruptedImports } from '../../scripts/import/interrupted.ts';
import { indexReviews, readReviewFolder } from '../../scripts/workbook/content.ts';
import { importWorkbook } from '../../scripts/workbook/import-workbook.ts';
import { runWorkbookCli } from '../../scripts/workbook/run-cli.ts';
import { ledgerRows } from '../../src/ledger/rows.ts';
import { encodeAs } from '../fixtures/encodings/encode.ts';
import { snapshot } from '../fixtures/import/snapshot.ts';
import { buildSite } from '../helpers/build-site.ts';
import { loadPage } from '../helpers/html.ts';

const small = inject('smallDist');

// The small fixture's build date. Read by the content schemas from the environment, in this
// process as in the command's own.
beforeEach(() => {
  vi.stubEnv('BUILD_DATE', '2024-06-30');
});
afterEach(() => {
  vi.unstubAllEnvs();
});

/**
 * Runs the command in this process, as `npm run workbook` runs it, and collects what it prints.
 * Starting Node and ExcelJS for a run takes seconds on a busy machine; `spawned` does that
 * for the few runs that are about the command as a process (its exit code).
 */
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

/** Runs `npm run workbook`'s script in a Node process of its own, as a user does. */
function spawned(args: string[], contentDir: string) {
  const result = spawnSync(process.execPath, ['scripts/workbook/cli.ts', ...args], {
    encoding: 'utf8',
    env: {
      ...process.env,
      CONTENT_DIR: contentDir,
      BUILD_DATE: '2024-06-30',
      NO_COLOR: '1',
      DEBUG: '',
    },
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** A copy of the small fixture (reviews demo-2024 and older-2022) to import into. */
async function contentCopy(at?: string): Promise<string> {
  const dir = at ?? (await mkdtemp(join(tmpdir(), 'workbook-')));
  await rm(dir, { recursive: true, force: true });
  await cp('tests/fixtures/small', dir, { recursive: true });
  return dir;
}

/** The content and the workbook of demo-2024 exported from it. */
async function exported(at?: string) {
  const dir = await contentCopy(at);
  const file = join(dir, 'demo-2024.xlsx');
  const result = await cli(['export', 'demo-2024', '--out', file], dir);
  expect(result.stderr).toBe('');
  expect(result.status).toBe(0);
  return { dir, file, before: await snapshot(join(dir, 'reviews')) };
}

/** Opens a workbook, changes it, and saves it anew as another file, as Excel does. */
async function edited(file: string, change: (workbook: ExcelJS.Workbook) => void) {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(file);
  change(workbook);
  const out = file.replace(/\.xlsx$/, '-edited.xlsx');
  await workbook.xlsx.writeFile(out);
  return out;
}

const sheet = (workbook: ExcelJS.Workbook, name: string) => workbook.getWorksheet(name)!;

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

/** Runs a command to its end; resolves with the signal that ended it, if one did. */
function run(command: string, args: string[]): Promise<string | null> {
  return new Promise((resolve) => {
    execFile(command, args, { env: { ...process.env, BUILD_DATE: '2024-06-30' } }, (error) => {
      resolve((error as { signal?: string } | null)?.signal ?? null);
    });
  });
}

describe('npm run workbook -- export', { timeout: 60_000 }, () => {
  it('writes the ledger, the relations and the lists, with drop-downs, date cells and print settings', async () => {
    const { file } = await exported();
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(file);
    expect(workbook.worksheets.map((s) => [s.name, s.state])).toEqual([
      ['整改台账', 'visible'],
      ['问题与原因、措施', 'visible'],
      ['原因一览', 'visible'],
      ['措施一览', 'visible'],
      ['导出记录', 'veryHidden'],
    ]);
    const ledger = sheet(workbook, '整改台账');
    expect(ledger.getRow(1).values).toEqual([
      undefined,
      ...['编号', '整改措施', '针对的问题', '责任领导', '责任单位', '完成时限'],
      ...['整改方式', '整改状态', '延期至', '延期理由', '整改进展', '佐证材料', '销号日期'],
    ]);
    expect(ledger.getRow(2).values).toEqual([
      undefined,
      '1',
      '措施（一） 强化学习',
      '问题（一）之一、问题（一）之二',
      '张三',
      '办公室',
      new Date('2024-05-31T00:00:00Z'),
      '限期整改',
      '推进中',
      undefined,
      undefined,
      '2024-04-10 制定年度学习计划。\n2024-05-20 完成第一轮集中学习，共 4 次。',
      '2024-04-10 http://oa.example.gov.cn/zhenggai/xuexi-jihua.pdf',
    ]);
    expect(ledger.getCell('F2').numFmt).toBe('yyyy-mm-dd');
    // 延期至 is a date cell that takes only dates, as 完成时限 is; its header says when it is due.
    expect(ledger.getCell('I2').numFmt).toBe('yyyy-mm-dd');
    expect(ledger.getCell('I2').dataValidation).toMatchObject({ type: 'date' });
    expect(ledger.getCell('I1').note).toContain('“申请延期”时必填');
    expect(ledger.getCell('J2').numFmt).toBe('@');
    expect(ledger.getCell('J2').protection).toMatchObject({ locked: false });
    expect(ledger.getCell('G2').dataValidation).toMatchObject({
      type: 'list',
      formulae: ['"立行立改,限期整改,长期坚持"'],
    });
    expect(ledger.getCell('H3').dataValidation).toMatchObject({
      type: 'list',
      formulae: ['"未启动,推进中,已完成,已销号,申请延期"'],
    });
    expect(ledger.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(ledger.pageSetup).toMatchObject({
      paperSize: 9,
      orientation: 'landscape',
      fitToWidth: 1,
    });
    expect(ledger.getCell('D2').protection).toMatchObject({ locked: false });
    // Locked is the default, which ExcelJS reads as no protection setting at all.
    const locked = ledger.getCell('A2').protection as Partial<ExcelJS.Protection> | undefined;
    expect(locked?.locked).not.toBe(false);
    const relations = sheet(workbook, '问题与原因、措施');
    expect(
      relations
        .getSheetValues()
        .slice(1)
        .map((row) => (row as unknown[]).slice(1)),
    ).toEqual([
      ['编号', '问题', '原因', '措施', '反馈问题'],
      ['1-1', '问题（一）之一 学习不深入', '1', '1、2'],
      ['1-2', '问题（一）之二 调研不够', '1、2', '1'],
      ['2-1', '问题（二）之一 作风不实', '2', '2'],
    ]);
    expect(sheet(workbook, '原因一览').getRow(3).values).toEqual([
      undefined,
      '2',
      '原因（二） 担当不够',
    ]);
  });

  it('does not replace a workbook that is there, unless told to', async () => {
    const { dir, file } = await exported();
    const again = await cli(['export', 'demo-2024', '--out', file], dir);
    expect(again.status).toBe(1);
    expect(again.stderr).toContain('已经存在，没有覆盖');
    expect((await cli(['export', 'demo-2024', '--out', file, '--force'], dir)).status).toBe(0);
  });

  it('names the reviews there are when the one asked for is not', async () => {
    const dir = await contentCopy();
    const result = await cli(['export', 'no-such-review'], dir);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('没有材料“no-such-review”（现有：demo-2024、older-2022）');
  });
});

describe('a workbook filled in, saved anew and imported', { timeout: 300_000 }, () => {
  it('writes only the changed fields, keeps the rest byte for byte, and the build shows the values', async () => {
    const { dir, file } = await exported('test-results/workbook-site');
    const finding = await readFile(join(dir, 'reviews/demo-2024/findings/2-1.mdx'), 'utf8');
    const measure2 = await readFile(join(dir, 'reviews/demo-2024/measures/2.mdx'), 'utf8');
    const out = await edited(file, (workbook) => {
      const ledger = sheet(workbook, '整改台账');
      ledger.getCell('D2').value = '王五';
      // A date typed in a cell formatted the Chinese way, as Excel stores it.
      ledger.getCell('F2').value = new Date(Date.UTC(2024, 6, 15));
      ledger.getCell('F2').numFmt = 'yyyy"年"m"月"d"日"';
      ledger.getCell('H2').value = '已完成';
      ledger.getCell('K2').value =
        '2024-04-10 制定年度学习计划。\n2024-05-20 完成第一轮集中学习，共 4 次。\n2024/6/20 完成第二轮学习。';
      ledger.getCell('L2').value =
        '2024-04-10 http://oa.example.gov.cn/zhenggai/xuexi-jihua.pdf\n2024-06-20 http://oa.example.gov.cn/zhenggai/di-er-lun.pdf';
      ledger.getCell('M2').value = 45468; // a serial number: 2024-06-25
      const relations = sheet(workbook, '问题与原因、措施');
      relations.getCell('C4').value = '原因（一）、2';
    });
    // The command as a user runs it, in a process of its own.
    const result = spawned(['import', out], dir);
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect(result.stdout).toContain(
      [
        '  措施（一） 责任领导：张三 → 王五',
        '  措施（一） 完成时限：2024-05-31 → 2024-07-15',
        '  措施（一） 整改状态：推进中 → 已完成',
        '  措施（一） 整改进展：新增“2024-06-20 完成第二轮学习。”（佐证材料 http://oa.example.gov.cn/zhenggai/di-er-lun.pdf）',
        '  措施（一） 销号日期：未填写 → 2024-06-25',
        '  问题（二）之一 原因：2 → 1、2',
      ].join('\n'),
    );
    // Untouched files stay as they were; the finding keeps its comment and its other fields.
    expect(await readFile(join(dir, 'reviews/demo-2024/measures/2.mdx'), 'utf8')).toBe(measure2);
    expect(await readFile(join(dir, 'reviews/demo-2024/findings/2-1.mdx'), 'utf8')).toBe(
      finding.replace('causes: [2]', 'causes: [1, 2]'),
    );
    const measure1 = await readFile(join(dir, 'reviews/demo-2024/measures/1.mdx'), 'utf8');
    expect(measure1).toContain('leader: 王五\nunit: 办公室\ndeadline: 2024-07-15\n');
    expect(measure1).toContain('closedOn: 2024-06-25\n---');

    // Imported again, the same workbook changes nothing: its values are the files' now.
    const again = await cli(['import', out], dir);
    expect(again.stdout).toContain('与内容一致，没有需要写入的改动');

    const build = await buildSite({
      contentDir: dir,
      name: 'workbook',
      env: { BUILD_DATE: '2024-06-30' },
    });
    expect(build.exitCode, build.output).toBe(0);
    const $ = await loadPage(build.outDir, '/demo-2024/ledger/');
    const cells = $('[data-ledger] tbody tr')
      .first()
      .children('th, td')
      .map((_, c) => $(c).text().replace(/\s+/g, ' ').trim())
      .get();
    expect(cells).toEqual([
      '措施（一） 强化学习',
      '问题（一）之一、问题（一）之二',
      '王五',
      '办公室',
      '2024-07-15',
      '限期整改',
      '已完成 已完成',
      '',
      '',
      '2024-06-20 完成第二轮学习。',
      '2024-06-25',
    ]);
    const page = await loadPage(build.outDir, '/demo-2024/measures/1/');
    expect(page('.timeline a').last().attr('href')).toBe(
      'http://oa.example.gov.cn/zhenggai/di-er-lun.pdf',
    );
    const cause = await loadPage(build.outDir, '/demo-2024/causes/1/');
    expect(cause('main').text()).toContain('作风不实');
  });

  it('writes an extension (申请延期, 延期至, 延期理由) and exports it again as it was filled in', async () => {
    const { dir, file } = await exported();
    const out = await edited(file, (workbook) => {
      const ledger = sheet(workbook, '整改台账');
      ledger.getCell('H2').value = '申请延期';
      ledger.getCell('I2').value = new Date(Date.UTC(2024, 8, 30));
      // Two lines typed with Alt+Enter: one reason, in sentences.
      ledger.getCell('J2').value = '需待上级政策出台\n预计九月完成';
    });
    const result = await cli(['import', out], dir);
    expect(result.stderr).toBe('');
    expect(result.stdout).toContain(
      [
        '  措施（一） 整改状态：推进中 → 申请延期',
        '  措施（一） 延期至：未填写 → 2024-09-30',
        '  措施（一） 延期理由：未填写 → 需待上级政策出台；预计九月完成',
      ].join('\n'),
    );
    const path = join(dir, 'reviews/demo-2024/measures/1.mdx');
    // In the schema's order: after the status, before the reports.
    expect(await readFile(path, 'utf8')).toContain(
      'status: 申请延期\nextendedTo: 2024-09-30\nextensionReason: 需待上级政策出台；预计九月完成\nprogress:\n',
    );
    expect((await cli(['import', out], dir)).stdout).toContain('与内容一致，没有需要写入的改动');

    // The extension runs past the build date: the measure is no longer overdue.
    const folder = await readReviewFolder(join(dir, 'reviews'), 'demo-2024');
    const [row] = ledgerRows(
      indexReviews([folder]).reviewById.get('demo-2024')!,
      day('2024-06-30'),
    );
    expect(row).toMatchObject({ status: '申请延期', overdue: false, light: { light: '正常' } });

    // Exported again, the cells hold what was imported: a date cell and the reason.
    const again = join(dir, 'again.xlsx');
    expect((await cli(['export', 'demo-2024', '--out', again], dir)).status).toBe(0);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(again);
    const ledger = sheet(workbook, '整改台账');
    expect(['H2', 'I2', 'J2'].map((cell) => ledger.getCell(cell).value)).toEqual([
      '申请延期',
      day('2024-09-30'),
      '需待上级政策出台；预计九月完成',
    ]);
    expect((await cli(['import', again], dir)).stdout).toContain('与内容一致');
  });

  it('takes the rows each unit filled in, one copy after another, without undoing the other’s', async () => {
    const { dir, file } = await exported();
    const office = await edited(file, (w) => (sheet(w, '整改台账').getCell('D2').value = '王五'));
    const personnel = join(dir, 'personnel.xlsx');
    await cp(file, personnel);
    const theirs = await edited(personnel, (w) => {
      sheet(w, '整改台账').getCell('E3').value = '人事科';
      sheet(w, '整改台账').getCell('D2').value = '张三'; // retyped as it was
    });
    expect((await cli(['import', office], dir)).status).toBe(0);
    const second = await cli(['import', theirs], dir);
    expect(second.stderr).toBe('');
    expect(second.stdout).toContain('  措施（二） 责任单位：人事科、办公室 → 人事科\n');
    expect(second.stdout).not.toContain('措施（一）');
    const measures = join(dir, 'reviews/demo-2024/measures');
    expect(await readFile(join(measures, '1.mdx'), 'utf8')).toContain('leader: 王五\n');
    expect(await readFile(join(measures, '2.mdx'), 'utf8')).toContain('unit: 人事科\n');
  });

  it('changes nothing when the workbook comes back as it went out', async () => {
    const { dir, file, before } = await exported();
    const result = await cli(['import', await edited(file, () => undefined)], dir);
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('与内容一致，没有需要写入的改动');
    expect(await snapshot(join(dir, 'reviews'))).toEqual(before);
  });

  it('edits a file with a BOM, blank lines and spaces around its front matter, keeping them', async () => {
    const dir = await contentCopy();
    const path = join(dir, 'reviews/demo-2024/measures/2.mdx');
    // Saved by Notepad, a blank line pasted above, spaces typed after the closing ---.
    const text = `\uFEFF\n${(await readFile(path, 'utf8')).replace('---\n\n', '---  \n\n')}`;
    await writeFile(path, text);
    const file = join(dir, 'demo-2024.xlsx');
    expect((await cli(['export', 'demo-2024', '--out', file], dir)).status).toBe(0);
    const out = await edited(file, (w) => (sheet(w, '整改台账').getCell('E3').value = '办公室'));
    const result = await cli(['import', out], dir);
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect(await readFile(path, 'utf8')).toBe(text.replace('unit: 人事科、办公室', 'unit: 办公室'));
  });

  it('only reports with --dry-run', async () => {
    const { dir, file, before } = await exported();
    const out = await edited(file, (w) => (sheet(w, '整改台账').getCell('E3').value = '办公室'));
    const result = await cli(['import', out, '--dry-run'], dir);
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('检查通过（试运行，没有写入任何文件）');
    expect(result.stdout).toContain('措施（二） 责任单位：人事科、办公室 → 办公室');
    expect(await snapshot(join(dir, 'reviews'))).toEqual(before);
  });
});

describe('a workbook with mistakes is refused whole', { timeout: 120_000 }, () => {
  const refused: [string, (workbook: ExcelJS.Workbook) => void, string[]][] = [
    [
      'values the build would refuse',
      (w) => {
        const ledger = sheet(w, '整改台账');
        ledger.getCell('H2').value = '进行中';
        ledger.getCell('F2').value = '下月底';
        ledger.getCell('E3').value = '人事科'; // a good change, not written either
        sheet(w, '问题与原因、措施').getCell('D2').value = '1、9';
      },
      [
        '没有写入任何内容：',
        '中有 3 处问题。',
        '✗ 「整改台账」第 2 行“完成时限”列（F2，措施（一））：“下月底”不是日期',
        '✗ 「整改台账」第 2 行“整改状态”列（H2，措施（一））：“进行中”不是可选的整改状态，应为以下之一：未启动、推进中、已完成、已销号、申请延期',
        '✗ 「问题与原因、措施」第 2 行“措施”列（D2，问题（一）之一）：这份材料没有编号为“9”的措施（现有：1、2）',
      ],
    ],
    [
      '已销号 without 销号日期',
      (w) => {
        sheet(w, '整改台账').getCell('H2').value = '已销号';
      },
      [
        '✗ 「整改台账」第 2 行“销号日期”列（M2，措施（一））：销号日期（closedOn）在整改状态为“已销号”时必须填写',
      ],
    ],
    [
      '申请延期 without 延期至 and 延期理由, and an extension that ends before the deadline',
      (w) => {
        const ledger = sheet(w, '整改台账');
        ledger.getCell('H2').value = '申请延期';
        ledger.getCell('I3').value = '2024/4/1';
      },
      [
        '✗ 「整改台账」第 2 行“延期至”列（I2，措施（一））：延期至（extendedTo）在整改状态为“申请延期”时必须填写：加上批准延期到的日期，如 2024-09-30',
        '✗ 「整改台账」第 2 行“延期理由”列（J2，措施（一））：延期理由（extensionReason）在整改状态为“申请延期”时必须填写',
        '✗ 「整改台账」第 3 行“延期至”列（I3，措施（二））：延期至（extendedTo）2024-04-01 不晚于完成时限 2024-04-30',
      ],
    ],
    [
      'progress reported for a day after today',
      (w) => {
        sheet(w, '整改台账').getCell('K3').value = '2025-04-20 班子成员到一线调研。';
      },
      [
        '「整改台账」第 3 行“整改进展”列（K3，措施（二））：日期（date）2025-04-20 晚于生成网站的日期 2024-06-30',
      ],
    ],
    [
      'a direction override pasted into a cell',
      (w) => {
        sheet(w, '整改台账').getCell('E3').value = '办公室\u202e';
      },
      [
        '✗ 「整改台账」第 3 行“责任单位”列（E3，措施（二））：“办公室”后面有看不见的文字方向控制符（U+202E），不能发布',
      ],
    ],
    [
      'an id changed, a row repeated and a row added',
      (w) => {
        const ledger = sheet(w, '整改台账');
        ledger.getCell('A3').value = '7';
        ledger.addRow(['1', '措施（一） 强化学习', '', '张三']);
        ledger.addRow([null, '措施（三） 新措施', '', '赵六']);
      },
      [
        '✗ 「整改台账」第 3 行“编号”列（A3）：编号“7”不是导出时的编号（导出时这张表有：1、2）',
        '✗ 「整改台账」第 4 行“编号”列（A4）：编号“1”在第 2 行已经出现过',
        '✗ 「整改台账」第 5 行“编号”列（A5）：这一行没有编号，是新加的行',
      ],
    ],
    [
      'a sheet and a column missing',
      (w) => {
        w.removeWorksheet(sheet(w, '问题与原因、措施').id);
        sheet(w, '整改台账').getCell('G1').value = '方式';
      },
      [
        '✗ 「整改台账」第 1 行“整改方式”列：缺少“整改方式”列',
        '✗ 「问题与原因、措施」：工作簿中没有这张工作表',
      ],
    ],
  ];

  it.each(refused)(
    '%s: says where, quotes the value, writes nothing',
    async (_, change, messages) => {
      const { dir, file, before } = await exported();
      const result = await cli(['import', await edited(file, change)], dir);
      expect(result.stdout).toBe('');
      for (const message of messages) expect(result.stderr).toContain(message);
      expect(result.stderr).toContain('改法：');
      expect(result.status).toBe(1);
      expect(await snapshot(join(dir, 'reviews'))).toEqual(before);
    },
  );

  it('refuses a field changed both on disk and in the workbook since the export, unless --force', async () => {
    const { dir, file } = await exported();
    const path = join(dir, 'reviews/demo-2024/measures/1.mdx');
    await writeFile(path, (await readFile(path, 'utf8')).replace('leader: 张三', 'leader: 孙八'));
    const changed = await snapshot(join(dir, 'reviews'));
    const out = await edited(file, (w) => {
      sheet(w, '整改台账').getCell('D2').value = '李四';
      sheet(w, '整改台账').getCell('E2').value = '党建办';
    });
    const refused = await cli(['import', out], dir);
    expect(refused.status).toBe(1);
    expect(refused.stderr).toContain('导出之后，下列条目的文件又被修改过');
    expect(refused.stderr).toContain('✗ 措施（一）（');
    expect(refused.stderr).toContain(
      '责任领导：导出时是“张三”，之后文件中改成了“孙八”；工作簿要改的是：责任领导：孙八 → 李四',
    );
    expect(refused.stderr).not.toContain('责任单位：导出时');
    expect(refused.stderr).toContain('加上 --force');
    expect(await snapshot(join(dir, 'reviews'))).toEqual(changed);
    const forced = await cli(['import', out, '--force'], dir);
    expect(forced.status).toBe(0);
    expect(forced.stdout).toContain('--force：措施（一） 在导出之后被修改过，已以工作簿为准覆盖。');
    expect(await readFile(path, 'utf8')).toContain('leader: 李四\nunit: 党建办\n');
  });

  it('keeps both edits when the file and the workbook changed different fields', async () => {
    const { dir, file } = await exported();
    const path = join(dir, 'reviews/demo-2024/measures/1.mdx');
    await writeFile(path, (await readFile(path, 'utf8')).replace('leader: 张三', 'leader: 孙八'));
    const out = await edited(file, (w) => (sheet(w, '整改台账').getCell('E2').value = '党建办'));
    const result = await cli(['import', out], dir);
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('  措施（一） 责任单位：办公室 → 党建办\n');
    expect(result.stdout).toContain('两边的修改都保留了');
    expect(await readFile(path, 'utf8')).toContain('leader: 孙八\nunit: 党建办\n');
  });

  it('refuses content files not in UTF-8, naming each, and rewrites none of them', async () => {
    const { dir, file } = await exported();
    // Saved again in Notepad as “ANSI”: GB18030 on a Chinese Windows.
    const files = ['reviews/demo-2024/findings/1-1.mdx', 'reviews/demo-2024/review.mdx'] as const;
    const ansi: Buffer[] = [];
    for (const path of files) {
      ansi.push(encodeAs(await readFile(join(dir, path), 'utf8'), 'gb18030'));
      await writeFile(join(dir, path), ansi.at(-1)!);
    }
    // Read as UTF-8, the finding's title and the review's text would be written back as “�”.
    const out = await edited(file, (w) => (sheet(w, '问题与原因、措施').getCell('D2').value = '1'));
    const result = await cli(['import', out], dir);
    expect(result.stdout).toBe('');
    expect(result.status).toBe(1);
    expect(result.stderr).toContain(
      `没有写入任何内容：内容文件夹中的材料本身有 2 处问题（与 ${out} 无关），请先改正它们再导入：`,
    );
    // The first line that is not ASCII: the title.
    for (const [path, line] of [
      [files[0], 4],
      [files[1], 2],
    ] as const) {
      expect(result.stderr).toContain(
        `✗ ${join(dir, path)} 第 ${line} 行：编码应为 UTF-8，实际像是 GB18030/GBK（记事本的“ANSI”）`,
      );
    }
    expect(result.stderr).toContain('“编码”选 UTF-8');
    for (const [i, path] of files.entries()) {
      expect((await readFile(join(dir, path))).equals(ansi[i]!)).toBe(true);
    }
    // Nor is a workbook made of text read wrong.
    const exportedAgain = await cli(['export', 'demo-2024', '--out', join(dir, 'again.xlsx')], dir);
    expect(exportedAgain.status).toBe(1);
    expect(exportedAgain.stderr).toContain('✗ 材料内容有 2 处问题，工作簿没有导出：\n');
    expect(exportedAgain.stderr).not.toContain('网站');
    expect(exportedAgain.stderr).toContain('实际像是 GB18030/GBK');
  });

  it('exits 2 at once for a CSV of 10 million rows and for a FIFO, and writes nothing', async () => {
    const { dir, before } = await exported();
    const csv = join(dir, 'ledger.csv');
    await writeFile(csv, 'a\n'.repeat(9_900_000));
    const rows = await cli(['import', csv], dir);
    await rm(csv);
    expect(rows.stderr).toContain('应为行数不超过 20,000 的 CSV 文件，实际是超过 20,000 行的文件');
    expect(rows.status).toBe(2);
    if (process.platform !== 'win32') {
      const fifo = join(dir, 'fifo.csv');
      spawnSync('mkfifo', [fifo]);
      const result = await cli(['import', fifo], dir);
      expect(result.stderr).toContain('应为一个文件，实际是一个命名管道（FIFO）');
      expect(result.status).toBe(2);
    }
    expect(await snapshot(join(dir, 'reviews'))).toEqual(before);
  });

  it('exits 2 for a file that is no workbook, and writes nothing', async () => {
    const { dir, before } = await exported();
    const fake = join(dir, 'fake.xlsx');
    await writeFile(fake, '编号,整改措施\n');
    // In a process of its own: the exit code is the process's.
    const result = spawned(['import', fake], dir);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('fake.xlsx：应为 Excel 工作簿（.xlsx），实际是其他格式的文件');
    expect((await cli(['import', join(dir, 'missing.xlsx')], dir)).status).toBe(2);
    expect(await snapshot(join(dir, 'reviews'))).toEqual(before);
  });
});

describe('the site’s own ledger, edited and imported', { timeout: 60_000 }, () => {
  it('reads ledger.csv in UTF-8 with BOM, by its 编号 column', async () => {
    const dir = await contentCopy();
    const csv = (await readFile(join(small, 'demo-2024/ledger.csv'), 'utf8')).replace(
      '"李四"',
      '"钱七"',
    );
    const file = join(dir, 'ledger.csv');
    await writeFile(file, csv);
    const result = await cli(['import', file], dir);
    expect(result.stderr).toBe('');
    expect(result.stdout).toContain('  措施（二） 责任领导：李四 → 钱七\n');
    expect(result.stdout).toContain('网站导出的台账不记录导出时的内容');
    expect(await readFile(join(dir, 'reviews/demo-2024/measures/2.mdx'), 'utf8')).toContain(
      'leader: 钱七\n',
    );
  });

  it('reads the extension’s columns of ledger.xlsx, and ignores the light and the days overdue', async () => {
    const dir = await contentCopy();
    const file = join(dir, 'ledger.xlsx');
    await cp(join(small, 'demo-2024/ledger.xlsx'), file);
    const out = await edited(file, (w) => {
      const ledger = w.worksheets[0]!;
      expect(['G1', 'H1', 'I1', 'J1', 'K1'].map((c) => ledger.getCell(c).value)).toEqual([
        '整改状态',
        '灯',
        '逾期天数',
        '延期至',
        '延期理由',
      ]);
      ledger.getCell('G2').value = '申请延期';
      ledger.getCell('H2').value = '正常'; // worked out at each build: not read
      ledger.getCell('I2').value = null;
      ledger.getCell('J2').value = new Date(Date.UTC(2024, 8, 30));
      ledger.getCell('K2').value = '需待上级政策出台后实施';
    });
    const result = await cli(['import', out], dir);
    expect(result.stderr).toBe('');
    expect(result.stdout).toContain(
      [
        '  措施（一） 整改状态：推进中 → 申请延期',
        '  措施（一） 延期至：未填写 → 2024-09-30',
        '  措施（一） 延期理由：未填写 → 需待上级政策出台后实施',
      ].join('\n'),
    );
    expect(result.stdout).not.toContain('措施（二）');
  });

  it('reads a ledger.csv saved by WPS in GB18030, its dates rewritten as 2024/6/30', async () => {
    // Downloaded before the ledger had the light, the days overdue and the extension's columns.
    const dir = await contentCopy();
    const result = await cli(['import', 'tests/fixtures/workbook/ledger.wps.gb18030.csv'], dir);
    expect(result.stderr).toBe('');
    expect(result.stdout).toContain(
      [
        '  措施（一） 责任领导：张三 → 赵六',
        '  措施（一） 完成时限：2024-05-31 → 2024-06-30',
        '  措施（一） 整改进展：新增“2024-06-10 完成第二轮集中学习。”',
      ].join('\n'),
    );
    expect(result.stdout).not.toContain('措施（二）');
  });

  it('reads ledger.xlsx edited in Excel, and the site-wide one unchanged as no change', async () => {
    const dir = await contentCopy();
    const file = join(dir, 'ledger.xlsx');
    await cp(join(small, 'demo-2024/ledger.xlsx'), file);
    const out = await edited(file, (w) => (w.worksheets[0]!.getCell('F3').value = '长期坚持'));
    const result = await cli(['import', out], dir);
    expect(result.stdout).toContain('  措施（二） 整改方式：立行立改 → 长期坚持\n');
    const other = await contentCopy();
    const all = join(other, 'all.xlsx');
    await cp(join(small, 'ledger.xlsx'), all);
    const before = await snapshot(join(other, 'reviews'));
    expect((await cli(['import', all], other)).stdout).toContain('与内容一致');
    expect(await snapshot(join(other, 'reviews'))).toEqual(before);
  });
});

describe('an import stopped while writing', { timeout: 120_000 }, () => {
  // A kill needs a process of its own (the journal names the importing process, and recovery
  // leaves alone an import whose process is alive): a second or more each on a small machine. Every step of the folder write is killed in tests/unit/scripts/import/write.test.ts;
  // here, one kill in each stage of it shows what the workbook import leaves: while the new files
  // are staged (the old ones stay), between the two renames (the old ones are only in the backup,
  // and are put back), and after the swap (the new ones stay).
  const KILLS = ['write measures/1.mdx', 'move-new', 'unlock'];

  it('leaves the old files or the new ones, whole, wherever it is killed', async () => {
    const { file, before } = await exported();
    const out = await edited(file, (w) => {
      sheet(w, '整改台账').getCell('D2').value = '王五';
      sheet(w, '问题与原因、措施').getCell('C2').value = '1、2';
    });
    const after = await contentCopy();
    expect((await cli(['import', out], after)).status).toBe(0);
    const wanted = await snapshot(join(after, 'reviews'));
    await Promise.all(
      KILLS.map(async (step) => {
        const dir = await contentCopy();
        const died = await run(process.execPath, [
          'tests/fixtures/workbook/import-and-die.ts',
          dir,
          out,
          step,
        ]);
        expect(died, step).toBe('SIGKILL');
        await recoverInterruptedImports(join(dir, 'reviews'));
        const recovered = await snapshot(join(dir, 'reviews'));
        expect([before, wanted], step).toContainEqual(recovered);
        expect(recovered, step).toEqual(step === 'unlock' ? wanted : before);
      }),
    );
  });

  it('undoes a write that fails, leaving the content as it was', async () => {
    const { dir, file, before } = await exported();
    const out = await edited(file, (w) => (sheet(w, '整改台账').getCell('D2').value = '王五'));
    await expect(
      importWorkbook({
        file: out,
        contentDir: dir,
        beforeStep: (name) => {
          if (name === 'move-new') throw Object.assign(new Error('disk full'), { code: 'ENOSPC' });
        },
      }),
    ).rejects.toThrow('磁盘空间不足');
    expect(await snapshot(join(dir, 'reviews'))).toEqual(before);
  });
});
