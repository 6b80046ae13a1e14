import { describe, expect, it } from 'vitest';
import { pageLines } from '../../../../scripts/import/debris.ts';
import { textParagraphs } from '../../../../scripts/shared/documents/text.ts';

const read = (lines: string[]) => {
  const { dropped, unsure, rest } = pageLines(textParagraphs(lines.join('\n')));
  return {
    dropped: dropped.map((d) => d.paragraph.line),
    unsure: unsure.map((p) => p.line),
    start: rest[0]?.line,
  };
};

const TITLE = 'XX局局长巡察整改专题民主生活会对照检查材料';
const DOCUMENT = [
  TITLE,
  '根据要求，本人认真查摆问题，现将有关情况报告如下：',
  '一、存在的问题',
  '（一）方面',
];

describe('pageLines', () => {
  it('leaves a document that starts with its title alone', () => {
    expect(read(DOCUMENT)).toEqual({ dropped: [], unsure: [], start: 1 });
    expect(
      read(['XX局党组书记', '巡察整改专题民主生活会对照检查材料', ...DOCUMENT.slice(1)]),
    ).toEqual({
      dropped: [],
      unsure: [],
      start: 1,
    });
  });

  it('drops the greeting, the outline, the page heading and its counts above the title', () => {
    expect(
      read([
        'XX文库，欢迎您！',
        '一、存在的问题',
        TITLE,
        '浏览次数：356 发布时间：2025-01-05',
        ...DOCUMENT,
      ]),
    ).toEqual({ dropped: [1, 2, 3, 4], unsure: [], start: 5 });
  });

  it('takes a title with a site’s words in it for the title, not for the page’s', () => {
    const title = 'XX市政府网站管理中心主任巡察整改专题民主生活会对照检查材料';
    expect(read([title, ...DOCUMENT.slice(1)])).toEqual({ dropped: [], unsure: [], start: 1 });
    expect(read(['欢迎访问XX文库', title, ...DOCUMENT.slice(1)])).toEqual({
      dropped: [1],
      unsure: [],
      start: 2,
    });
  });

  it('keeps a line above the title that it cannot place', () => {
    expect(read(['XX文库，欢迎您！', '内部资料', ...DOCUMENT])).toEqual({
      dropped: [1],
      unsure: [2],
      start: 3,
    });
  });

  it('without a title, drops only the page lines at the very top', () => {
    expect(read(['浏览次数：356', '材料', '根据要求，本人认真查摆问题，现报告如下：'])).toEqual({
      dropped: [1],
      unsure: [],
      start: 2,
    });
  });

  it('does not look for the title past the start of the document’s own text', () => {
    const later = ['第一段不像标题', '根据要求，本人认真查摆问题，现将有关情况报告如下：', TITLE];
    expect(read(later)).toEqual({ dropped: [], unsure: [], start: 1 });
  });
});
