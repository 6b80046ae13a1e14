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
