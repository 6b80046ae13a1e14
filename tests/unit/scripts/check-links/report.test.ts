import { describe, expect, it } from 'vitest';
import type { CheckResult } from '../../../../scripts/check-links/link-check.ts';
import { describePlaces, formatReport, summarise } from '../../../../scripts/check-links/report.ts';

describe('describePlaces', () => {
  it.each<[Parameters<typeof describePlaces>[0], 'line' | 'paragraph', string]>([
    [[{ line: 3, hyperlink: false }], 'line', '第3行'],
    [[{ line: 3, hyperlink: false }], 'paragraph', '第3段'],
    [
      [
        { line: 2, hyperlink: false },
        { line: 5, hyperlink: true },
        { line: 5, hyperlink: false },
      ],
      'line',
      '第2、5行',
    ],
    [[{ line: 4, hyperlink: true }], 'paragraph', '第4段的超链接'],
    [[{ hyperlink: true }], 'paragraph', '超链接'],
  ])('%j in %s', (places, unit, text) => {
    expect(describePlaces(places, unit)).toBe(text);
  });
});

const result: CheckResult = {
  reports: [
    {
      written: 'http://x/r/',
      url: 'http://x/r/',
      places: [{ line: 1, hyperlink: false }],
      ok: true,
      target: { ok: true, note: '《某局材料》全文' },
    },
    {
      written: 'http://x／r/measures/2/',
      url: 'http://x/r/measures/2/',
      places: [{ line: 2, hyperlink: false }],
      fix: '网址中有全角字符“／”，浏览器打不开：应写作 http://x/r/measures/2/',
      ok: false,
      target: { ok: true, note: '措施（二）“强化担当”' },
    },
    {
      written: 'http://x／r/measures/9/',
      url: 'http://x/r/measures/9/',
      places: [{ line: 3, hyperlink: true }],
      fix: '网址中有全角字符“／”，浏览器打不开：应写作 http://x/r/measures/9/',
      ok: false,
      target: { ok: false, note: '本站没有这个页面' },
    },
  ],
  skipped: [
    {
      written: 'https：//www.gov.cn/',
      url: 'https://www.gov.cn/',
      places: [{ line: 4, hyperlink: false }],
      fix: '网址中有全角字符“：”，浏览器打不开：应写作 https://www.gov.cn/',
    },
  ],
};

describe('summarise', () => {
  it('counts the links to the site and the broken ones', () => {
    expect(summarise(result)).toBe('3 个链接指向本站，2 个无效');
    expect(summarise({ reports: [result.reports[0]!], skipped: [] })).toBe(
      '1 个链接指向本站，全部有效',
    );
    expect(summarise({ reports: [], skipped: result.skipped })).toBe('没有找到指向本站的链接');
  });
});

describe('formatReport', () => {
  it('gives each link its place, what it leads to, and for one written wrongly the fix', () => {
    expect(formatReport('通知.txt', 'line', result, { unsure: true })).toEqual([
      '通知.txt：3 个链接指向本站，2 个无效。',
      '  ✓ 第1行 http://x/r/',
      '      《某局材料》全文',
      '  ✗ 第2行 http://x／r/measures/2/',
      '      网址中有全角字符“／”，浏览器打不开：应写作 http://x/r/measures/2/',
      '      改正后：措施（二）“强化担当”',
      '  ✗ 第3行的超链接 http://x／r/measures/9/',
      '      网址中有全角字符“／”，浏览器打不开：应写作 http://x/r/measures/9/',
      '      改正后仍然无效：本站没有这个页面',
      '  另有 1 个链接不指向本站，未检查：',
      '    第4行 https：//www.gov.cn/',
      '      网址中有全角字符“：”，浏览器打不开：应写作 https://www.gov.cn/',
      '  （未设置网站地址，只检查路径以本站材料代号开头的链接；可用 --site 或 SITE_URL 指定网站地址。）',
    ]);
  });
});
