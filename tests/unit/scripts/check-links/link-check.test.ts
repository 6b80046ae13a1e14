import { describe, expect, it } from 'vitest';
import {
  checkLink,
  checkLinks,
  locate,
  type BuiltSite,
  type NoticeLink,
} from '../../../../scripts/check-links/link-check.ts';
import { readUrl } from '../../../../scripts/check-links/url-in-text.ts';
import type { PermalinkManifest } from '../../../../src/permalinks/manifest.ts';

const manifest = (base = '/', site: string | null = null): PermalinkManifest => {
  const url = (path: string) => `${site ?? ''}${base}${path}`;
  return {
    site,
    base,
    reviews: [{ review: 'r', title: '某局材料', url: url('r/') }],
    entries: [
      {
        review: 'r',
        kind: 'measure',
        id: '2',
        label: '措施（二）',
        title: '强化担当',
        url: url('r/measures/2/'),
        anchor: 'measure-2',
      },
    ],
    aliases: [
      {
        review: 'r',
        kind: 'measure',
        id: '2',
        label: '措施（二）',
        title: '强化担当',
        url: url('r/measures/5/'),
        target: url('r/measures/2/'),
        formerAnchor: 'measure-5',
      },
    ],
  };
};

/** A built site holding the review's pages, with the given ids on the measure's page. */
const site = (m = manifest()): BuiltSite => {
  const pages = new Map<string, string[]>([
    ['', []],
    ['r/', ['measure-2', 'measure-2-item-1']],
    ['r/map/', []],
    ['r/measures/2/', ['measure-2-item-1', 'measure-2-item-2']],
    ['r/measures/5/', []],
  ]);
  return {
    manifest: m,
    hasPage: (path) => pages.has(path),
    idsOf: (path) => new Set(pages.get(path) ?? []),
  };
};

describe('locate', () => {
  it('takes any origin when none is configured, if the path starts with a review or alias', () => {
    expect(locate('http://10.0.0.5/r/measures/2/#measure-2-item-1', manifest(), undefined)).toEqual(
      {
        path: 'r/measures/2/',
        fragment: 'measure-2-item-1',
      },
    );
    expect(locate('http://www.gov.cn/zhengce/', manifest(), undefined)).toBeUndefined();
  });

  it('requires the configured origin, and the base', () => {
    const m = manifest('/zg/', 'https://oa.cn');
    expect(locate('https://oa.cn/zg/r/', m, 'https://oa.cn')).toEqual({ path: 'r/', fragment: '' });
    expect(locate('https://oa.cn/zg', m, 'https://oa.cn')).toEqual({ path: '', fragment: '' });
    expect(locate('https://oa.cn/other/r/', m, 'https://oa.cn')).toBeUndefined();
    expect(locate('https://elsewhere.cn/zg/r/', m, 'https://oa.cn')).toBeUndefined();
  });

  it('decodes percent-encoded paths and anchors, and raw Chinese ones', () => {
    expect(locate('http://x/r/%E5%85%A8/#%E4%B8%80', manifest(), undefined)).toEqual({
      path: 'r/全/',
      fragment: '一',
    });
    expect(locate('http://x/r/全/#措施二', manifest(), undefined)).toEqual({
      path: 'r/全/',
      fragment: '措施二',
    });
  });

  it('names a percent-escape that is no character, keeping the part as written', () => {
    expect(locate('http://x/r/%E6%8E/', manifest(), undefined)).toEqual({
      path: 'r/%E6%8E/',
      fragment: '',
      undecodable: '%E6%8E',
    });
    expect(locate('http://x/r/#%E4%B8%80100%', manifest(), undefined)).toMatchObject({
      undecodable: '%',
    });
  });

  it('leaves other schemes alone', () => {
    expect(locate('mailto:r@oa.cn', manifest(), undefined)).toBeUndefined();
  });
});

describe('checkLink', () => {
  const check = (url: string) => checkLink(url, site(), undefined);

  it('accepts an entry page, and names the point an anchor names', () => {
    expect(check('http://x/r/measures/2/')).toEqual({
      ok: true,
      note: '措施（二）“强化担当”',
    });
    expect(check('http://x/r/measures/2/#measure-2-item-2')?.note).toBe(
      '措施（二）“强化担当”第2项',
    );
    expect(check('http://x/r/#measure-2-item-1')?.note).toBe(
      '《某局材料》全文中的措施（二）“强化担当”第1项',
    );
  });

  it('reports a page that does not exist, with the entries there are', () => {
    expect(check('http://x/r/measures/9/')).toMatchObject({
      ok: false,
      note: '本站没有这个页面：《某局材料》中没有编号为“9”的措施（现有：2）',
    });
    expect(check('http://x/r/findings/1-1/')?.note).toContain('的问题（现有：无）');
  });

  it('reports an anchor the page does not have, with the anchors of the entry’s points', () => {
    expect(check('http://x/r/measures/2/#measure-2-item-3')).toEqual({
      ok: false,
      note: '措施（二）“强化担当”页面上没有“#measure-2-item-3”这个位置（这一条的分项：#measure-2-item-1、#measure-2-item-2）',
    });
    expect(check('http://x/r/measures/2/#措施二')?.note).toContain('没有“#措施二”这个位置');
    expect(check('http://x/r/#措施二')?.note).toBe('《某局材料》全文页面上没有“#措施二”这个位置');
  });

  it('says so when an entry without points is linked with an anchor', () => {
    const full = site();
    const bare: BuiltSite = {
      ...full,
      idsOf: (path) => (path === 'r/measures/2/' ? new Set(['main']) : full.idsOf(path)),
    };
    expect(checkLink('http://x/r/measures/2/#measure-2-item-1', bare, undefined)?.note).toBe(
      '措施（二）“强化担当”页面上没有“#measure-2-item-1”这个位置（这一条没有分项：去掉“#”及其后的字符，即打开这一条）',
    );
  });

  it('reports a percent-escape cut short', () => {
    expect(check('http://x/r/measures/2/#%E6%8E')).toEqual({
      ok: false,
      note: '网址中的“%E6%8E”不是完整的百分号编码（可能复制时漏了字符），浏览器打不开：请从网站上重新复制这个网址',
    });
  });

  it('follows an alias, moving an anchor named by the former id to the new one', () => {
    expect(check('http://x/r/measures/5/#measure-5-item-2')).toMatchObject({
      ok: true,
      note: expect.stringContaining('/r/measures/2/#measure-2-item-2') as string,
    });
    expect(check('http://x/r/measures/5/#measure-5-item-7')).toMatchObject({ ok: false });
  });

  it('accepts an address without its trailing slash, as servers redirect it', () => {
    expect(check('http://x/r/measures/2')).toMatchObject({ ok: true });
  });
});

describe('checkLinks', () => {
  const link = (written: string, line?: number, hyperlink = false): NoticeLink => ({
    ...readUrl(written),
    line,
    hyperlink,
  });

  it('checks each URL once, with every place it is named, and lists the ones for other sites', () => {
    const result = checkLinks(
      [link('http://x/r/', 1), link('http://www.gov.cn/', 2), link('http://x/r/', 3, true)],
      site(),
      undefined,
    );
    expect(result.reports).toEqual([
      {
        written: 'http://x/r/',
        url: 'http://x/r/',
        places: [
          { line: 1, hyperlink: false },
          { line: 3, hyperlink: true },
        ],
        fix: undefined,
        ok: true,
        target: { ok: true, note: '《某局材料》全文' },
      },
    ]);
    expect(result.skipped).toEqual([
      {
        written: 'http://www.gov.cn/',
        url: 'http://www.gov.cn/',
        places: [{ line: 2, hyperlink: false }],
        fix: undefined,
      },
    ]);
  });

  it('checks the URL meant, and counts one written wrongly as broken even when that works', () => {
    const [report] = checkLinks([link('http://x／r/measures/2/', 4)], site(), undefined).reports;
    expect(report).toMatchObject({
      written: 'http://x／r/measures/2/',
      url: 'http://x/r/measures/2/',
      ok: false,
      fix: '网址中有全角字符“／”，浏览器打不开：应写作 http://x/r/measures/2/',
      target: { ok: true, note: '措施（二）“强化担当”' },
    });
  });

  it('reports the full-width colon that used to hide a link', () => {
    const result = checkLinks([link('http：//x/r/measures/9/')], site(), undefined);
    expect(result.reports[0]).toMatchObject({ ok: false, target: { ok: false } });
    expect(result.reports[0]!.fix).toContain('应写作 http://x/r/measures/9/');
  });

  it('keeps two writings of one URL apart: one may be wrong', () => {
    const result = checkLinks([link('http://x/r/', 1), link('http://x／r/', 2)], site(), undefined);
    expect(result.reports.map((r) => [r.written, r.ok])).toEqual([
      ['http://x/r/', true],
      ['http://x／r/', false],
    ]);
  });

  it('says how to write a link for another site written wrongly', () => {
    const { skipped } = checkLinks([link('https：//www.gov.cn/')], site(), undefined);
    expect(skipped[0]!.fix).toBe('网址中有全角字符“：”，浏览器打不开：应写作 https://www.gov.cn/');
  });
});

describe('checkLinks, on links that only seem to lead to the site', () => {
  const OA = 'https://oa.example.gov.cn';
  const known = site(manifest('/', OA));
  const link = (written: string, line = 1): NoticeLink => ({
    ...readUrl(written),
    line,
    hyperlink: false,
  });
  const hyperlink = (href: string, shown: string, line = 1): NoticeLink => ({
    ...readUrl(href),
    line,
    hyperlink: true,
    shown: readUrl(shown),
  });

  it('reports the site’s host written as a user name before @, with the host it opens', () => {
    const written = `${OA}@evil.example/r/measures/2/`;
    for (const origin of [OA, undefined]) {
      const { reports, skipped } = checkLinks([link(written)], origin ? known : site(), origin);
      expect(skipped).toEqual([]);
      expect(reports).toEqual([
        {
          written,
          url: written,
          places: [{ line: 1, hyperlink: false }],
          fix: undefined,
          misleads: [
            `网址在“@”前带有用户名“oa.example.gov.cn”，浏览器只把它当作登录用户名，实际打开的是“@”之后的 evil.example，不是本站：应写作 ${OA}/r/measures/2/`,
          ],
          ok: false,
          offSite: true,
          target: { ok: true, note: '措施（二）“强化担当”' },
        },
      ]);
    }
  });

  it('reports a user name and password before the site’s own host', () => {
    const { reports } = checkLinks([link('https://zhang:pw@oa.example.gov.cn/r/')], known, OA);
    expect(reports[0]).toMatchObject({ ok: false, offSite: false, target: { ok: true } });
    expect(reports[0]!.misleads![0]).toContain('实际打开的是“@”之后的 oa.example.gov.cn：应写作');
  });

  it('lists another site’s link with a user name as unchecked, saying what it opens', () => {
    const { reports, skipped } = checkLinks([link('http://zhang@www.gov.cn/')], known, OA);
    expect(reports).toEqual([]);
    expect(skipped[0]!.misleads).toEqual([
      '网址在“@”前带有用户名“zhang”，浏览器只把它当作登录用户名，实际打开的是“@”之后的 www.gov.cn：应写作 http://www.gov.cn/',
    ]);
  });

  it('reports a host that looks like the site’s: Cyrillic, Greek, or its punycode', () => {
    const written = [
      'https://оa.example.gov.cn/r/measures/2/',
      'https://οa.example.gov.cn/r/',
      'https://xn--a-0tb.example.gov.cn/r/measures/9/',
    ];
    const { reports, skipped } = checkLinks(
      written.map((url) => link(url)),
      known,
      OA,
    );
    expect(skipped).toEqual([]);
    expect(reports.map((r) => [r.written, r.ok, r.offSite, r.target.note])).toEqual([
      [written[0], false, true, '措施（二）“强化担当”'],
      [written[1], false, true, '《某局材料》全文'],
      [written[2], false, true, '本站没有这个页面：《某局材料》中没有编号为“9”的措施（现有：2）'],
    ]);
    expect(reports[1]!.misleads).toEqual([
      `域名 οa.example.gov.cn（xn--a-rmb.example.gov.cn）不是本站的 oa.example.gov.cn，只是看起来像：其中“ο”是希腊字母，不是英文的“o”，浏览器会打开另一个网站：应写作 ${OA}/r/`,
    ]);
  });

  it('reports a look-alike host on one of the site’s paths when the origin is not known', () => {
    const { reports } = checkLinks([link('http://оa.example.gov.cn/r/')], site(), undefined);
    expect(reports[0]).toMatchObject({ ok: false, offSite: true, target: { ok: true } });
    expect(reports[0]!.misleads![0]).toContain('只是看起来像 oa.example.gov.cn');
  });

  it('checks a hyperlink by its target, naming the site URL its text shows', () => {
    const { reports, skipped } = checkLinks(
      [hyperlink('http://evil.example/login', `${OA}/r/measures/2/`, 3)],
      known,
      OA,
    );
    expect(skipped).toEqual([]);
    expect(reports).toEqual([
      {
        written: 'http://evil.example/login',
        url: 'http://evil.example/login',
        places: [{ line: 3, hyperlink: true }],
        fix: undefined,
        misleads: [
          `这个超链接显示的网址是 ${OA}/r/measures/2/，点开的却是 http://evil.example/login：读者看到的和实际打开的不是同一个网址。请在 Word 或 WPS 中右键单击这个超链接，选“编辑超链接”，让“要显示的文字”和“地址”是同一个网址`,
        ],
        ok: false,
        offSite: true,
        target: { ok: false, note: '别的网站 evil.example，不是本站' },
        shownTarget: { ok: true, note: '措施（二）“强化担当”' },
      },
    ]);
  });

  it('tells a hyperlink showing another page of the site from the same one linked plainly', () => {
    const { reports } = checkLinks(
      [
        link(`${OA}/r/measures/2/`, 1),
        hyperlink(`${OA}/r/measures/2/`, `${OA}/r/`, 2),
        hyperlink('http://evil.example/r/measures/2/', `http://oa.example.gov.cn/r/`, 3),
      ],
      site(),
      undefined,
    );
    expect(reports.map((r) => [r.places[0]!.line, r.ok, r.offSite, r.target.note])).toEqual([
      [1, true, undefined, '措施（二）“强化担当”'],
      [2, false, false, '措施（二）“强化担当”'],
      // Without the site's origin, the host shown is taken for the site's.
      [3, false, true, '别的网站 evil.example，不是本站'],
    ]);
    expect(reports[1]!.shownTarget).toEqual({ ok: true, note: '《某局材料》全文' });
  });

  it('lists a hyperlink showing another site’s URL and opening a third as unchecked', () => {
    const { reports, skipped } = checkLinks(
      [hyperlink('https://www.gov.cn/zhengce/', 'http://www.baidu.com/')],
      known,
      OA,
    );
    expect(reports).toEqual([]);
    expect(skipped[0]!.misleads![0]).toContain('这个超链接显示的网址是 http://www.baidu.com/');
  });
});
