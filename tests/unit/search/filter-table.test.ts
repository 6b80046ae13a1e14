import { describe, expect, it } from 'vitest';
import {
  decodeFilterTable,
  encodeFilterTable,
  FilterTableError,
  type FilterTablePage,
} from '../../../src/search/filter-table.ts';

const pages: FilterTablePage[] = [
  { url: '/b/measures/1/', id: 'und_b1', filters: { 类型: ['措施'], 状态: ['已完成'] } },
  { url: '/a/findings/1-1/', id: 'und_a1', filters: { 类型: ['问题'], 方面: ['（一）学习方面'] } },
  { url: '/a/', id: 'und_a0', filters: { 类型: ['全文'] } },
  { url: '/x/', id: 'und_x', filters: { 标签: ['甲', '乙'] } },
];

describe('the filter table', () => {
  it('gives back every page’s filter values by its id', () => {
    const decoded = decodeFilterTable(JSON.parse(JSON.stringify(encodeFilterTable(pages))));
    expect(Object.fromEntries(decoded)).toEqual(
      Object.fromEntries(pages.map((page) => [page.id, page.filters])),
    );
  });

  it('is the same whatever order the pages come in, with each value written once', () => {
    const table = encodeFilterTable(pages);
    expect(encodeFilterTable([...pages].reverse())).toEqual(table);
    expect(table.ids).toEqual(['und_a0', 'und_a1', 'und_b1', 'und_x']);
    expect(table.values[table.names.indexOf('类型')]).toEqual(['全文', '措施', '问题']);
  });

  it('refuses a table of another version, which the page would misread', () => {
    expect(() => decodeFilterTable({ ...encodeFilterTable(pages), version: 99 })).toThrow(
      FilterTableError,
    );
    expect(() => decodeFilterTable(null)).toThrow(FilterTableError);
  });
});
