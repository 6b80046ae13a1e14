import { describe, expect, it } from 'vitest';
import type { CheckResult } from '../../../../scripts/check-links/link-check.ts';
import {
  countLinks,
  describePlaces,
  formatReport,
  summarise,
} from '../../../../scripts/check-links/report.ts';

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

describe('formatReport, on links that only seem to lead to the site', () => {
  const misleading: CheckResult = {
    reports: [
      {
        written: 'https://oa.cn@evil.example/r/',
        url: 'https://oa.cn@evil.example/r/',
        places: [{ line: 1, hyperlink: false }],
        misleads: ['网址在“@”前带有用户名“oa.cn”……：应写作 https://oa.cn/r/'],
        ok: false,
        offSite: true,
        target: { ok: true, note: '《某局材料》全文' },
      },
      {
        written: 'http://evil.example/',
        url: 'http://evil.example/',
        places: [{ line: 2, hyperlink: true }],
        misleads: ['这个超链接显示的网址是 https://oa.cn/r/，点开的却是 http://evil.example/：……'],
        ok: false,
        offSite: true,
        target: { ok: false, note: '别的网站 evil.example，不是本站' },
        shownTarget: { ok: true, note: '《某局材料》全文' },
      },
      {
        written: 'https://u:p@oa.cn/r/',
        url: 'https://u:p@oa.cn/r/',
        places: [{ line: 3, hyperlink: false }],
        misleads: ['网址在“@”前带有用户名“u:p”……：应写作 https://oa.cn/r/'],
        ok: false,
        offSite: false,
        target: { ok: true, note: '《某局材料》全文' },
      },
    ],
    skipped: [
      {
        written: 'http://u@www.gov.cn/',
        url: 'http://u@www.gov.cn/',
        places: [{ line: 4, hyperlink: false }],
        misleads: ['网址在“@”前带有用户名“u”……：应写作 http://www.gov.cn/'],
      },
    ],
  };

  it('says why, what the URL to write leads to, and what a hyperlink shows and opens', () => {
    expect(formatReport('通知.docx', 'paragraph', misleading)).toEqual([
      '通知.docx：1 个链接指向本站，1 个无效；另有 2 个链接看似指向本站，实际打开的是别的网站。',
      '  ✗ 第1段 https://oa.cn@evil.example/r/',
      '      网址在“@”前带有用户名“oa.cn”……：应写作 https://oa.cn/r/',
      '      改正后：《某局材料》全文',
      '  ✗ 第2段的超链接 http://evil.example/',
      '      这个超链接显示的网址是 https://oa.cn/r/，点开的却是 http://evil.example/：……',
      '      显示的网址：《某局材料》全文',
      '      实际打开：别的网站 evil.example，不是本站',
      '  ✗ 第3段 https://u:p@oa.cn/r/',
      '      网址在“@”前带有用户名“u:p”……：应写作 https://oa.cn/r/',
      '      改正后：《某局材料》全文',
      '  另有 1 个链接不指向本站，未检查：',
      '    第4段 http://u@www.gov.cn/',
      '      网址在“@”前带有用户名“u”……：应写作 http://www.gov.cn/',
    ]);
  });

  it('counts the links that only seem to lead here apart', () => {
    const posing = { reports: misleading.reports.slice(0, 2), skipped: [] };
    expect(summarise(posing)).toBe(
      '没有找到指向本站的链接；另有 2 个链接看似指向本站，实际打开的是别的网站',
    );
    expect(countLinks(misleading)).toEqual({ linked: 1, broken: 1, offSite: 2 });
  });
});
