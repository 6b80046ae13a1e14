import { describe, expect, it } from 'vitest';
import {
  relativeCssUrls,
  relativeRefresh,
  relativeUrl,
  targetFile,
} from '../../../../scripts/offline/relative-urls.ts';

const entry = 'xx/findings/1-1/index.html';

describe('relativeUrl', () => {
  it('names the index file of a folder address', () => {
    expect(relativeUrl(entry, '/xx/measures/2/')).toBe('../../measures/2/index.html');
    expect(relativeUrl(entry, '/')).toBe('../../../index.html');
    expect(relativeUrl('index.html', '/xx/')).toBe('xx/index.html');
  });

  it('links a page to itself by its file name', () => {
    expect(relativeUrl(entry, '/xx/findings/1-1/')).toBe('index.html');
    expect(relativeUrl(entry, '/xx/findings/1-1/#finding-1-1-item-2')).toBe(
      'index.html#finding-1-1-item-2',
    );
  });

  it('keeps the query and the anchor', () => {
    expect(relativeUrl('index.html', '/search/?q=养老#top')).toBe('search/index.html?q=养老#top');
    expect(relativeUrl(entry, '/xx/#area-1')).toBe('../../index.html#area-1');
  });

  it('leaves files as they are named', () => {
    expect(relativeUrl('xx/ledger/index.html', '/xx/ledger.csv')).toBe('../ledger.csv');
    expect(relativeUrl(entry, '/_astro/a.css')).toBe('../../../_astro/a.css');
  });

  it('strips the base the site was built under', () => {
    expect(relativeUrl(entry, '/zhenggai/xx/', '/zhenggai/')).toBe('../../index.html');
  });

  it('leaves every other address alone', () => {
    expect(relativeUrl(entry, '#finding-1-1')).toBeUndefined();
    expect(relativeUrl(entry, 'https://oa.example.gov.cn/xx/')).toBeUndefined();
    expect(relativeUrl(entry, '//cdn.example.com/a.js')).toBeUndefined();
    expect(relativeUrl(entry, 'mailto:a@example.gov.cn')).toBeUndefined();
    expect(relativeUrl(entry, '/other/site/', '/zhenggai/')).toBeUndefined();
  });
});

describe('targetFile', () => {
  it('resolves a relative link to the file inside the site', () => {
    expect(targetFile(entry, '../../measures/2/index.html#measure-2')).toBe(
      'xx/measures/2/index.html',
    );
    expect(targetFile('index.html', 'search/index.html?q=%E5%85%BB')).toBe('search/index.html');
  });
});

describe('relativeRefresh', () => {
  it('makes the address of a meta refresh relative', () => {
    expect(relativeRefresh('xx/findings/1-3/index.html', '0; url=/xx/findings/2-1/')).toBe(
      '0; url=../2-1/index.html',
    );
    expect(relativeRefresh(entry, "0;URL='/xx/'")).toBe("0;URL='../../index.html'");
  });

  it('leaves a refresh without a site address alone', () => {
    expect(relativeRefresh(entry, '5')).toBe('5');
    expect(relativeRefresh(entry, '0; url=https://example.com/')).toBe(
      '0; url=https://example.com/',
    );
  });
});

describe('relativeCssUrls', () => {
  it('rewrites root-relative url() references from the stylesheet', () => {
    expect(relativeCssUrls('_astro/a.css', 'a{background:url(/img/x.png)}')).toBe(
      'a{background:url(../img/x.png)}',
    );
    expect(relativeCssUrls('_astro/a.css', "b{src:url('/f.woff2')} c{x:url(data:x)}")).toBe(
      "b{src:url('../f.woff2')} c{x:url(data:x)}",
    );
  });
});
