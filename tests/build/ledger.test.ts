/** The rectification ledger: pages and their overview, exports read back, the measure panel and search (the table in a browser: tests/browser/ledger.test.ts). */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type * as cheerio from 'cheerio';
import ExcelJS from 'exceljs';
import readXlsxFile from 'read-excel-file/node';
import { describe, expect, inject, it } from 'vitest';
import { loadPage } from '../helpers/html.ts';

const small = inject('smallDist');
const seed = inject('seedDist');

/** Parses the exported CSV back into rows (the exporter quotes every field). */
function parseCsv(text: string): string[][] {
  expect(text.startsWith('\uFEFF')).toBe(true);
  const rows: string[][] = [];
  let row: string[] = [];
  for (const match of text.slice(1).matchAll(/"((?:[^"]|"")*)"(,|\r\n)/g)) {
    row.push(match[1]!.replace(/""/g, '"'));
    if (match[2] === '\r\n') {
      rows.push(row);
      row = [];
    }
  }
  return rows;
}

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

/** The exports' header: the page's columns, the light and days overdue after the status, 编号. */
const EXPORT_HEADER = [
  ...['整改措施', '针对的问题', '责任领导', '责任单位', '完成时限', '整改方式', '整改状态'],
  ...['灯', '逾期天数', '延期至', '延期理由', '最新进展', '销号日期', '编号'],
];

/**
 * demo-2024's ledger as ledger.xlsx holds it on the build date, 2024-06-30: dates as dates, the
 * days overdue a number, and nothing (null) where nothing is filled in.
 */
const DEMO_ROWS = [
  [
    ...['措施（一） 强化学习', '问题（一）之一、问题（一）之二', '张三', '办公室'],
    ...[day('2024-05-31'), '限期整改', '推进中', '逾期', 30, null, null],
    ...['2024-05-20 完成第一轮集中学习，共 4 次。', null, 'demo-2024/measures/1'],
  ],
  [
    ...['措施（二） 转变作风', '问题（一）之一、问题（二）之一', '李四', '人事科、办公室'],
    ...[day('2024-04-30'), '立行立改', '已销号', '已完成', null, null, null],
    ...['2024-04-20 班子成员到一线调研 6 次，形成调研报告。', day('2024-04-28')],
    'demo-2024/measures/2',
  ],
];

/** A row of ledger.xlsx as ledger.csv writes it: a date as YYYY-MM-DD, a blank as "". */
const asCsv = (row: (string | number | Date | null)[]) =>
  row.map((v) => (v instanceof Date ? v.toISOString().slice(0, 10) : v === null ? '' : String(v)));

/** The worksheet of a ledger.xlsx as ExcelJS reads it. */
async function xlsxSheet(path: string): Promise<ExcelJS.Worksheet> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(path);
  return workbook.getWorksheet('整改台账')!;
}

/** The build date of the small fixture's and the extension's builds. */
const BUILT = day('2024-06-30');

/** The overview's figures on a built ledger page, by key. */
function figures($: cheerio.CheerioAPI): Record<string, string> {
  return Object.fromEntries(
    $('[data-overview] [data-figure]')
      .map((_, el) => [[$(el).attr('data-figure')!, $(el).text().trim()]])
      .get() as [string, string][],
  );
}

/**
 * The figures an overview should show, worked out here from what its ledger's rows say on the
 * page (status, 整改方式, unit, leader, deadline or 延期至, and the light's word), on `today`.
 */
function rowFigures($: cheerio.CheerioAPI, today: Date): Record<string, string> {
  const rows = $('[data-ledger] tbody tr')
    .toArray()
    .map((tr) => {
      const cell = (name: string) => $(tr).find(`td.${name}`).text().trim();
      const light = $(tr).find('.light').text().trim();
      const status = $(tr).find('.status-text').text().trim();
      const due = status === '申请延期' ? cell('extendedTo') : cell('deadline');
      return {
        status,
        mode: cell('mode'),
        units: cell('unit').split('、'),
        leaders: cell('leader').split('、'),
        light: light.startsWith('逾期') ? '逾期' : light.startsWith('临期') ? '临期' : light,
        daysLeft: due === '未填写' ? NaN : (day(due).getTime() - today.getTime()) / 86_400_000,
      };
    });
  const count = (test: (row: (typeof rows)[number]) => boolean) => String(rows.filter(test).length);
  const done = rows.filter((row) => row.light === '已完成').length;
  const expected: Record<string, string> = {
    total: String(rows.length),
    done: String(done),
    rate: rows.length ? `${((done / rows.length) * 100).toFixed(1)}%` : '—',
    overdue: count((row) => row.light === '逾期'),
    'due-within-30': count(
      (row) => (row.light === '正常' || row.light === '临期') && row.daysLeft <= 30,
    ),
  };
  for (const status of ['未启动', '推进中', '已完成', '已销号', '申请延期', '未填写'])
    expected[`status:${status}`] = count((row) => row.status === status);
  for (const mode of ['立行立改', '限期整改', '长期坚持', '未填写'])
    expected[`mode:${mode}`] = count((row) => row.mode === mode);
  for (const light of ['逾期', '临期', '正常', '已完成'])
    expected[`light:${light}`] = count((row) => row.light === light);
  for (const [by, names] of [
    ['unit', (row: (typeof rows)[number]) => row.units],
    ['leader', (row: (typeof rows)[number]) => row.leaders],
  ] as const) {
    for (const name of new Set(rows.flatMap(names))) {
      const of = rows.filter((row) => names(row).includes(name));
      expected[`${by}-total:${name}`] = String(of.length);
      expected[`${by}-done:${name}`] = String(of.filter((row) => row.light === '已完成').length);
      expected[`${by}-overdue:${name}`] = String(of.filter((row) => row.light === '逾期').length);
    }
  }
  return expected;
}

/** The ledger table of a built page as text cells, header first. */
async function pageTable(dist: string, path: string): Promise<string[][]> {
  const $ = await loadPage(dist, path);
  return $('[data-ledger] tr')
    .toArray()
    .map((tr) =>
      $(tr)
        .children('th, td')
        .toArray()
        .map((cell) => $(cell).text().replace(/\s+/g, ' ').trim()),
    );
}

describe('the ledger of a review with filled-in fields', () => {
  it('shows one row per measure with leader, unit, deadline, status and last progress', async () => {
    const [header, first, second] = await pageTable(small, '/demo-2024/ledger/');
    expect(header).toEqual([
      '整改措施',
      '针对的问题',
      '责任领导',
      '责任单位',
      '完成时限',
      '整改方式',
      '整改状态',
      '延期至',
      '延期理由',
      '最新进展',
      '销号日期',
    ]);
    expect(first).toEqual([
      '措施（一） 强化学习',
      '问题（一）之一、问题（一）之二',
      '张三',
      '办公室',
      '2024-05-31',
      '限期整改',
      '推进中 逾期 30 天',
      '',
      '',
      '2024-05-20 完成第一轮集中学习，共 4 次。',
      '未填写',
    ]);
    expect(second).toEqual([
      '措施（二） 转变作风',
      '问题（一）之一、问题（二）之一',
      '李四',
      '人事科、办公室',
      '2024-04-30',
      '立行立改',
      '已销号 已完成',
      '',
      '',
      '2024-04-20 班子成员到一线调研 6 次，形成调研报告。',
      '2024-04-28',
    ]);
  });

  it('marks the overdue row with its light, as of the build date it names', async () => {
    const $ = await loadPage(small, '/demo-2024/ledger/');
    const lights = $('[data-ledger] tbody tr')
      .map((_, tr) => $(tr).find('.light').attr('data-light'))
      .get();
    expect(lights).toEqual(['逾期', '已完成']);
    expect($('[data-ledger] tbody tr').first().find('.light').attr('data-due')).toBe('2024-05-31');
    expect($('[data-lights-date]').text()).toBe(
      '逾期、临期按 2024年6月30日（生成网站的日期）计算。',
    );
  });

  it('sums the rows up in the overview: 完成率, the counts, and links that filter the ledger', async () => {
    const $ = await loadPage(small, '/demo-2024/ledger/');
    expect(figures($)).toEqual(rowFigures($, BUILT));
    expect(figures($)).toMatchObject({
      total: '2',
      done: '1',
      rate: '50.0%',
      overdue: '1',
      'status:推进中': '1',
      'unit-total:办公室': '2',
      'unit-overdue:办公室': '1',
    });
    const link = (name: string) => $('[data-overview] a').filter((_, a) => $(a).text() === name);
    expect(link('推进中').attr('href')).toBe(
      `/demo-2024/ledger/?status=${encodeURIComponent('推进中')}#ledger-rows`,
    );
    expect(link('逾期').attr('href')).toBe(
      `/demo-2024/ledger/?light=${encodeURIComponent('逾期')}#ledger-rows`,
    );
    expect(link('人事科').attr('href')).toBe(
      `/demo-2024/ledger/?unit=${encodeURIComponent('人事科')}#ledger-rows`,
    );
    // Every chart is a table of its numbers; its bars are drawn for the eye alone.
    expect($('[data-overview] svg').length).toBeGreaterThan(0);
    expect($('[data-overview] svg:not([aria-hidden="true"])')).toHaveLength(0);
    expect(
      $('[data-overview] table caption')
        .map((_, c) => $(c).text())
        .get(),
    ).toEqual(['按整改状态', '按灯', '按整改方式', '按责任单位', '按责任领导']);
  });

  it('exports the rows as ledger.csv (UTF-8 with BOM): the status, light and days apart, blanks empty', async () => {
    const csv = parseCsv(await readFile(join(small, 'demo-2024/ledger.csv'), 'utf8'));
    expect(csv).toEqual([EXPORT_HEADER, ...DEMO_ROWS.map(asCsv)]);
    expect(csv.flat()).not.toContain('未填写');
  });

  it('exports ledger.xlsx to filter: date cells, empty blanks, a frozen header and an autofilter', async () => {
    const file = join(small, 'demo-2024/ledger.xlsx');
    const [sheet] = await readXlsxFile(await readFile(file));
    expect(sheet!.sheet).toBe('整改台账');
    expect(sheet!.data).toEqual([EXPORT_HEADER, ...DEMO_ROWS]);
    const ledger = await xlsxSheet(file);
    expect(ledger.getCell('E2').type).toBe(ExcelJS.ValueType.Date);
    expect(ledger.getCell('E2').numFmt).toBe('yyyy-mm-dd');
    expect(ledger.getCell('M3').type).toBe(ExcelJS.ValueType.Date);
    expect(ledger.getCell('I2').type).toBe(ExcelJS.ValueType.Number);
    expect(ledger.getCell('M2').type).toBe(ExcelJS.ValueType.Null);
    expect(ledger.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(ledger.autoFilter).toBe('A1:N3');
  });

  it('links the exports from the page', async () => {
    const $ = await loadPage(small, '/demo-2024/ledger/');
    expect(
      $('.exports a')
        .map((_, a) => $(a).attr('href'))
        .get(),
    ).toEqual(['/demo-2024/ledger.csv', '/demo-2024/ledger.xlsx']);
  });

  it('lists every review in the site-wide ledger and its exports, with a 材料 column', async () => {
    const table = await pageTable(small, '/ledger/');
    expect(table[0]![0]).toBe('材料');
    const title = '示例单位班子成员对照检查材料';
    expect(table.slice(1).map((r) => r[0])).toEqual([title, title]);
    // The site-wide ledger's overview is of all of them; its lists offer what the rows have.
    const $ = await loadPage(small, '/ledger/');
    expect(figures($)).toEqual(rowFigures($, BUILT));
    const options = (filter: string) =>
      $(`[data-filter="${filter}"] option`)
        .map((_, o) => $(o).text())
        .get();
    expect(options('review')).toEqual(['全部', title]);
    expect(options('unit')).toEqual(['全部', '办公室', '人事科']);
    expect(options('light')).toEqual(['全部', '逾期', '临期', '正常', '已完成']);
    const rows = [['材料', ...EXPORT_HEADER], ...DEMO_ROWS.map((row) => [title, ...row])];
    const csv = parseCsv(await readFile(join(small, 'ledger.csv'), 'utf8'));
    expect(csv).toEqual(rows.map(asCsv));
    const [sheet] = await readXlsxFile(await readFile(join(small, 'ledger.xlsx')));
    expect(sheet!.data).toEqual(rows);
    const ledger = await xlsxSheet(join(small, 'ledger.xlsx'));
    expect(ledger.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(ledger.autoFilter).toBe('A1:O3');
  });

  it('shows the fields and the progress timeline, oldest first, on the measure page', async () => {
    const $ = await loadPage(small, '/demo-2024/measures/1/');
    const fields = $('.ledger-panel dl div')
      .map((_, d) => $(d).text().replace(/\s+/g, ''))
      .get();
    expect(fields).toEqual([
      '责任领导张三',
      '责任单位办公室',
      '完成时限2024-05-31（已逾期）',
      '整改方式限期整改',
      '整改状态推进中',
      '销号日期未填写',
    ]);
    expect(
      $('.timeline time')
        .map((_, t) => $(t).text())
        .get(),
    ).toEqual(['2024-04-10', '2024-05-20']);
    expect($('.timeline a').attr('href')).toBe('http://oa.example.gov.cn/zhenggai/xuexi-jihua.pdf');
  });
});

describe('the seed review’s ledger', () => {
  it('shows 未填写 for every field of every measure, without errors', async () => {
    const [, ...rows] = await pageTable(seed, '/xx-minzhengju-2023/ledger/');
    expect(rows).toHaveLength(4);
    // An extension (延期至, 延期理由) is asked of a measure under 申请延期 only: left blank.
    const [fields, rest] = [Array<string>(4).fill('未填写'), Array<string>(2).fill('未填写')];
    for (const row of rows)
      expect(row.slice(2)).toEqual([...fields, '未填写 正常', '', '', ...rest]);
    // The exports leave every blank empty, and the light says none of them is late.
    const page = await loadPage(seed, '/xx-minzhengju-2023/ledger/');
    expect(figures(page)).toEqual(rowFigures(page, new Date()));
    expect(figures(page)).toMatchObject({ total: '4', rate: '0.0%', 'unit-total:未填写': '4' });
    const csv = parseCsv(await readFile(join(seed, 'xx-minzhengju-2023/ledger.csv'), 'utf8'));
    for (const row of csv.slice(1)) {
      expect(row.slice(2, -1)).toEqual(['', '', '', '', '', '正常', '', '', '', '', '']);
    }
    const $ = await loadPage(seed, '/xx-minzhengju-2023/measures/1/');
    expect(
      $('.ledger-panel dd')
        .map((_, d) => $(d).text().trim())
        .get(),
    ).toEqual(Array(6).fill('未填写'));
    expect($('.ledger-panel .empty').last().text()).toBe('未填写');
  });
});

describe('a measure extended under 申请延期', () => {
  const built = { exitCode: 0, outDir: inject('featuresDist'), output: inject('featuresLog') };

  it('builds, warning about an extension kept under 推进中 (the deadline counts)', () => {
    expect(built.exitCode, built.output).toBe(0);
    expect(built.output).toContain(
      '填写了延期至 2024-08-31，但整改状态是“推进中”而不是“申请延期”：逾期仍按完成时限计算',
    );
    expect(built.output).toContain('measures/2.mdx');
    expect(built.output).not.toMatch(/measures\/1\.mdx[^\n]*延期/);
  });

  it('is not overdue once its deadline has passed, and shows the extension in its columns', async () => {
    const [header, extended, other] = await pageTable(built.outDir, '/ext-2024/ledger/');
    expect(header!.slice(6, 9)).toEqual(['整改状态', '延期至', '延期理由']);
    expect(extended!.slice(6, 9)).toEqual([
      '申请延期 正常',
      '2024-09-30',
      '需待上级政策出台后实施',
    ]);
    expect(other!.slice(6, 9)).toEqual(['推进中 逾期 30 天', '2024-08-31', '延期申请未获批准']);
    const $ = await loadPage(built.outDir, '/ext-2024/ledger/');
    // The light counts from the extension's date, which the badge carries for the browser.
    expect($('[data-ledger] tbody tr').first().find('.light').attr('data-due')).toBe('2024-09-30');
    expect(figures($)).toEqual(rowFigures($, BUILT));
    expect(figures($)).toMatchObject({ overdue: '1', 'due-within-30': '0' });
  });

  it('lists the extension on the measure’s page, 已逾期 beside the day that has passed only', async () => {
    const fields = async (id: string) => {
      const $ = await loadPage(built.outDir, `/ext-2024/measures/${id}/`);
      return $('.ledger-panel dl div')
        .map((_, d) => $(d).text().replace(/\s+/g, ''))
        .get();
    };
    expect(await fields('1')).toEqual([
      '责任领导王五',
      '责任单位办公室',
      '完成时限2024-05-31',
      '整改方式限期整改',
      '整改状态申请延期',
      '延期至2024-09-30',
      '延期理由需待上级政策出台后实施',
      '销号日期未填写',
    ]);
    expect(await fields('2')).toContain('完成时限2024-05-31（已逾期）');
    expect(await fields('2')).toContain('延期至2024-08-31');
  });

  it('is 正常 in ledger.csv and ledger.xlsx, with the day it runs to as a date', async () => {
    const csv = parseCsv(await readFile(join(built.outDir, 'ext-2024/ledger.csv'), 'utf8'));
    expect(csv.map((row) => row.slice(6, 11))).toEqual([
      ['整改状态', '灯', '逾期天数', '延期至', '延期理由'],
      ['申请延期', '正常', '', '2024-09-30', '需待上级政策出台后实施'],
      ['推进中', '逾期', '30', '2024-08-31', '延期申请未获批准'],
    ]);
    const [sheet] = await readXlsxFile(await readFile(join(built.outDir, 'ext-2024/ledger.xlsx')));
    expect(sheet!.data.map((row) => row.slice(6, 11))).toEqual([
      ['整改状态', '灯', '逾期天数', '延期至', '延期理由'],
      ['申请延期', '正常', null, day('2024-09-30'), '需待上级政策出台后实施'],
      ['推进中', '逾期', 30, day('2024-08-31'), '延期申请未获批准'],
    ]);
  });
});
