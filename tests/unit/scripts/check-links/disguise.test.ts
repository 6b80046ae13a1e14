import { describe, expect, it } from 'vitest';
import { describeHost, disguiseOf } from '../../../../scripts/check-links/disguise.ts';

const SITE = 'https://oa.example.gov.cn';

describe('describeHost', () => {
  it('names a host as its reader sees it, and as browsers send it when that differs', () => {
    expect(describeHost('xn--a-0tb.example.gov.cn')).toBe(
      'оa.example.gov.cn（xn--a-0tb.example.gov.cn）',
    );
    expect(describeHost('evil.example')).toBe('evil.example');
  });
});

describe('disguiseOf, with the site’s origin known', () => {
  const disguise = (url: string) => disguiseOf(url, SITE, false);

  it('sees through the site’s host written as a user name before @', () => {
    expect(disguise(`https://oa.example.gov.cn@evil.example/r/measures/2/`)).toEqual({
      why: [
        '网址在“@”前带有用户名“oa.example.gov.cn”，浏览器只把它当作登录用户名，实际打开的是“@”之后的 evil.example，不是本站：应写作 https://oa.example.gov.cn/r/measures/2/',
      ],
      meant: `${SITE}/r/measures/2/`,
      posing: true,
      offSite: true,
    });
    // A password, and a look-alike site host as the user name.
    expect(disguise('https://oa.example.gov.cn:pw@evil.example/r/')).toMatchObject({
      meant: `${SITE}/r/`,
      posing: true,
    });
    expect(disguise('https://www.оa.example.gov.cn@evil.example/r/')).toMatchObject({
      posing: true,
    });
  });

  it('reports a user name and password before the site’s own host, which stays on the site', () => {
    expect(disguise(`https://zhang:123456@oa.example.gov.cn/r/#measure-2`)).toEqual({
      why: [
        '网址在“@”前带有用户名“zhang:123456”，浏览器只把它当作登录用户名，实际打开的是“@”之后的 oa.example.gov.cn：应写作 https://oa.example.gov.cn/r/#measure-2',
      ],
      meant: `${SITE}/r/#measure-2`,
      posing: true,
      offSite: false,
    });
  });

  it('names the user name of another site’s link, which does not pose as this one', () => {
    expect(disguise('http://zhang@www.gov.cn/zhengce/')).toMatchObject({
      meant: 'http://www.gov.cn/zhengce/',
      posing: false,
    });
  });

  it('names a host that looks like the site’s, in Unicode and as browsers send it', () => {
    for (const url of [
      'https://оa.example.gov.cn/r/',
      'https://xn--a-0tb.example.gov.cn/r/',
      'https://ОA.example.gov.cn/r/',
    ]) {
      expect(disguise(url)).toEqual({
        why: [
          '域名 оa.example.gov.cn（xn--a-0tb.example.gov.cn）不是本站的 oa.example.gov.cn，只是看起来像：其中“о”是西里尔字母，不是英文的“o”，浏览器会打开另一个网站：应写作 https://oa.example.gov.cn/r/',
        ],
        meant: `${SITE}/r/`,
        posing: true,
        offSite: true,
      });
    }
    expect(disguise('http://οa.example.gov.cn:8080/login')?.why[0]).toContain(
      '其中“ο”是希腊字母，不是英文的“o”',
    );
  });

  it('leaves the site itself and other sites alone', () => {
    expect(disguise(`${SITE}/r/measures/2/`)).toBeUndefined();
    expect(disguise('https://OA.Example.gov.cn/r/')).toBeUndefined();
    expect(disguise('https://www.gov.cn/')).toBeUndefined();
    expect(disguise('https://оa.example.gov.com/r/')).toBeUndefined();
    expect(disguise('/r/measures/2/')).toBeUndefined();
    expect(disguise('mailto:zhang@oa.example.gov.cn')).toBeUndefined();
  });
});

describe('disguiseOf, with the site’s origin not known', () => {
  it('takes a URL on one of the site’s paths for the host its reader sees', () => {
    expect(disguiseOf('http://oa.example.gov.cn@evil.example/r/', undefined, true)).toMatchObject({
      meant: 'http://oa.example.gov.cn/r/',
      posing: true,
      offSite: true,
    });
    expect(disguiseOf('http://zhang:pw@10.0.0.5:8080/r/', undefined, true)).toMatchObject({
      meant: 'http://10.0.0.5:8080/r/',
      posing: true,
      offSite: false,
    });
    expect(disguiseOf('http://оa.example.gov.cn/r/', undefined, true)).toEqual({
      why: [
        '域名 оa.example.gov.cn（xn--a-0tb.example.gov.cn）只是看起来像 oa.example.gov.cn：其中“о”是西里尔字母，不是英文的“o”，浏览器会打开另一个网站：应写作 http://oa.example.gov.cn/r/',
      ],
      meant: 'http://oa.example.gov.cn/r/',
      posing: true,
      offSite: true,
    });
  });

  it('leaves a look-alike host on other paths alone, and names a user name there', () => {
    expect(disguiseOf('http://оa.example.gov.cn/login', undefined, false)).toBeUndefined();
    expect(disguiseOf('http://oa.example.gov.cn@evil.example/', undefined, false)).toMatchObject({
      meant: 'http://evil.example/',
      posing: false,
    });
  });
});
