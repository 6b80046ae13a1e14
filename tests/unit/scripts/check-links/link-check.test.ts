import { describe, expect, it } from 'vitest';
import {
  checkLink,
  checkLinks,
  findUrls,
  locate,
  type BuiltSite,
} from '../../../../scripts/check-links/link-check';
import type { PermalinkManifest } from '../../../../src/permalinks/manifest';

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

describe('findUrls', () => {
  it('ends a URL at Chinese text and full-width punctuation', () => {
    expect(
      findUrls('见http://oa.cn/r/measures/2/。另见（http://oa.cn/r/）和http://oa.cn/r/#x，'),
    ).toEqual(['http://oa.cn/r/measures/2/', 'http://oa.cn/r/', 'http://oa.cn/r/#x']);
  });

  it('drops sentence punctuation and an unmatched closing bracket after a URL', () => {
    expect(
      findUrls('See http://oa.cn/r/. And [x](http://oa.cn/r/measures/2/), or (http://oa.cn/r/).'),
    ).toEqual(['http://oa.cn/r/', 'http://oa.cn/r/measures/2/', 'http://oa.cn/r/']);
    expect(findUrls('http://oa.cn/wiki/A_(b)')).toEqual(['http://oa.cn/wiki/A_(b)']);
  });
});

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

  it('decodes percent-encoded paths and anchors', () => {
    expect(locate('http://x/r/%E5%85%A8/#%E4%B8%80', manifest(), undefined)).toEqual({
      path: 'r/全/',
      fragment: '一',
    });
  });
});

describe('checkLink', () => {
  const check = (url: string) => checkLink(url, site(), undefined);

  it('accepts an entry page, and names the point an anchor names', () => {
    expect(check('http://x/r/measures/2/')).toEqual({
      url: 'http://x/r/measures/2/',
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

  it('reports an anchor the page does not have', () => {
    expect(check('http://x/r/measures/2/#measure-2-item-3')).toMatchObject({
      ok: false,
      note: '措施（二）“强化担当”页面上没有“#measure-2-item-3”这个位置',
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
  it('checks each URL once and lists the ones for other sites', () => {
    const result = checkLinks(
      ['http://x/r/', 'http://www.gov.cn/', 'http://x/r/'],
      site(),
      undefined,
    );
    expect(result.reports.map((r) => r.url)).toEqual(['http://x/r/']);
    expect(result.skipped).toEqual(['http://www.gov.cn/']);
  });
});
