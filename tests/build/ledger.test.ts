/** The rectification ledger: pages, exports read back, the measure panel and search (the table in a browser: tests/browser/ledger.test.ts). */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
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

/** A page's ledger table with the exports' last column, 编号, added: `ids` are its rows'. */
function withIds(table: string[][], ids: string[]): string[][] {
  return table.map((row, i) => [...row, i === 0 ? '编号' : ids[i - 1]!]);
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
      '推进中（已逾期）',
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
      '已销号',
      '2024-04-20 班子成员到一线调研 6 次，形成调研报告。',
      '2024-04-28',
    ]);
  });

  it('flags the overdue row in words and colour, and counts by status', async () => {
    const $ = await loadPage(small, '/demo-2024/ledger/');
    expect($('tbody tr.overdue')).toHaveLength(1);
    expect($('tbody tr.overdue .status').text()).toContain('已逾期');
    const counts = $('.status-counts div')
      .map((_, d) => $(d).text().replace(/\s+/g, ''))
      .get();
    expect(counts).toEqual([
      '整改措施2项',
      '未启动0项',
      '推进中1项',
      '已完成0项',
      '已销号1项',
      '申请延期0项',
      '未填写0项',
      '已逾期1项',
    ]);
  });

  it('exports the page’s rows and columns, and the 编号 of each row, as CSV (UTF-8 with BOM) and XLSX', async () => {
    const page = withIds(await pageTable(small, '/demo-2024/ledger/'), [
      'demo-2024/measures/1',
      'demo-2024/measures/2',
    ]);
    const csv = parseCsv(await readFile(join(small, 'demo-2024/ledger.csv'), 'utf8'));
    expect(csv).toEqual(page);
    const [sheet] = await readXlsxFile(await readFile(join(small, 'demo-2024/ledger.xlsx')));
    expect(sheet!.sheet).toBe('整改台账');
    expect(sheet!.data).toEqual(page);
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
    const table = withIds(await pageTable(small, '/ledger/'), [
      'demo-2024/measures/1',
      'demo-2024/measures/2',
    ]);
    expect(table[0]![0]).toBe('材料');
    expect(table.slice(1).map((r) => r[0])).toEqual([
      '示例单位班子成员对照检查材料',
      '示例单位班子成员对照检查材料',
    ]);
    const csv = parseCsv(await readFile(join(small, 'ledger.csv'), 'utf8'));
    expect(csv).toEqual(table);
    const [sheet] = await readXlsxFile(await readFile(join(small, 'ledger.xlsx')));
    expect(sheet!.data).toEqual(table);
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
    for (const row of rows) expect(row.slice(2)).toEqual(Array(7).fill('未填写'));
    const $ = await loadPage(seed, '/xx-minzhengju-2023/measures/1/');
    expect(
      $('.ledger-panel dd')
        .map((_, d) => $(d).text().trim())
        .get(),
    ).toEqual(Array(6).fill('未填写'));
    expect($('.ledger-panel .empty').last().text()).toBe('未填写');
  });
});
