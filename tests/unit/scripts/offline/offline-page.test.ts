import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { indexScript } from '../../../../scripts/offline/package.ts';
import {
  OfflinePageError,
  offlinePage,
  pageHtml,
} from '../../../../scripts/offline/offline-page.ts';

const html = (head: string, body: string) =>
  `<!doctype html><html lang="zh-CN"><head>${head}</head><body>${body}</body></html>`;

describe('offlinePage', () => {
  it('makes site links relative and naming files, in every attribute that holds one', () => {
    const page = offlinePage(
      html(
        '<link rel="stylesheet" href="/_astro/a.css"><link rel="canonical" href="https://oa.example.gov.cn/xx/">',
        `<a href="/xx/measures/2/#measure-2-item-1">措施</a><a href="#main">跳</a>
         <form action="/search/"></form><div data-url="/xx/measures/2/"></div>
         <svg><a href="/xx/causes/1/"><rect></rect></a></svg>`,
      ),
      'xx/findings/1-1/index.html',
      '/',
    );
    const out = pageHtml(page);
    expect(out).toContain('href="../../../_astro/a.css"');
    expect(out).toContain('href="https://oa.example.gov.cn/xx/"');
    expect(out).toContain('href="../../measures/2/index.html#measure-2-item-1"');
    expect(out).toContain('href="#main"');
    expect(out).toContain('action="../../../search/index.html"');
    expect(out).toContain('data-url="../../measures/2/index.html"');
    expect(out).toContain('href="../../causes/1/index.html"');
    expect(page.links).toContain('../../../search/index.html');
  });

  it("rewrites a redirect's meta refresh", () => {
    const page = offlinePage(
      html('<meta http-equiv="refresh" content="0; url=/zhenggai/xx/findings/2-1/">', ''),
      'xx/findings/1-3/index.html',
      '/zhenggai/',
    );
    expect(pageHtml(page)).toContain('content="0; url=../2-1/index.html"');
  });

  it('loads module scripts as deferred classic scripts, after the scripts put before them', () => {
    const page = offlinePage(
      html('<title>搜索</title>', '<script type="module" src="/_astro/search.js"></script>'),
      'search/index.html',
      '/',
      ['search-index.js'],
    );
    const out = pageHtml(page);
    expect(page.scripts).toEqual(['/_astro/search.js']);
    expect(out).toContain('<head><script src="search-index.js" defer></script><title>');
    expect(out).toContain('<script src="../_astro/search.js" defer></script>');
    expect(out).not.toContain('type="module"');
  });

  it('loads a classic script from its file in the copy, still blocking', () => {
    const page = offlinePage(
      html('<script src="/zhenggai/before-paint.js"></script>', ''),
      'xx/findings/1-1/index.html',
      '/zhenggai/',
    );
    expect(pageHtml(page)).toContain('<script src="../../../before-paint.js"></script>');
    expect(page.scripts).toEqual([]);
    expect(page.links).toContain('../../../before-paint.js');
  });

  it('refuses an inline module script, which cannot be loaded as a file', () => {
    expect(() =>
      offlinePage(html('', '<script type="module">import "x";</script>'), 'a/index.html', '/'),
    ).toThrow(OfflinePageError);
  });
});

describe('indexScript', () => {
  it('assigns the index to the global the search page reads, as valid script', () => {
    const script = indexScript({
      records: [{ url: 'a', meta: {}, filters: {}, text: '行\u2028分', sections: [] }],
    });
    expect(script.startsWith('window.reviewSiteSearchIndex = {')).toBe(true);
    expect(script).toContain('\\u2028');
    const context: { window: Record<string, unknown> } = { window: {} };
    runInNewContext(script, context);
    expect(context.window.reviewSiteSearchIndex).toEqual({
      records: [{ url: 'a', meta: {}, filters: {}, text: '行\u2028分', sections: [] }],
    });
  });
});
