import { describe, expect, it } from 'vitest';
import {
  describeMistakes,
  findUrls,
  readUrl,
} from '../../../../scripts/check-links/url-in-text.ts';

const OA = 'http://oa.cn';

describe('findUrls', () => {
  // [the notice's text, the URLs as written in it]
  it.each<[string, string[]]>([
    // Where a URL ends: Chinese text and punctuation after it are the sentence's.
    [`见${OA}/r/measures/2/。另见`, [`${OA}/r/measures/2/`]],
    [`见${OA}/r/measures/2/查看`, [`${OA}/r/measures/2/`]],
    [`（${OA}/r/）和${OA}/r/#x，`, [`${OA}/r/`, `${OA}/r/#x`]],
    [`${OA}/r/measures/2/，${OA}/r/`, [`${OA}/r/measures/2/`, `${OA}/r/`]],
    [`${OA}/r/？请问`, [`${OA}/r/`]],
    [`${OA}/r/：这是全文`, [`${OA}/r/`]],
    [`${OA}/r/measures/2/．`, [`${OA}/r/measures/2/`]],
    [`网址：${OA}/r/\u3000（全角空格）`, [`${OA}/r/`]],
    [`${OA}/r/#measure-2-item-2和${OA}/r/`, [`${OA}/r/#measure-2-item-2`, `${OA}/r/`]],
    // ASCII punctuation after a URL, and brackets.
    [
      `See ${OA}/r/. And (${OA}/r/measures/2/), or [${OA}/r/].`,
      [`${OA}/r/`, `${OA}/r/measures/2/`, `${OA}/r/`],
    ],
    ['http://oa.cn/wiki/A_(b)', ['http://oa.cn/wiki/A_(b)']],
    [`“${OA}/r/”`, [`${OA}/r/`]],
    // A Chinese fragment belongs to the URL when it follows `#` at once, up to punctuation.
    [`${OA}/r/measures/2/#措施二，请落实`, [`${OA}/r/measures/2/#措施二`]],
    [`${OA}/r/#措施二。`, [`${OA}/r/#措施二`]],
    [`${OA}/r/#第2项 另见`, [`${OA}/r/#第2项`]],
    [`${OA}/r/#措施二（一）`, [`${OA}/r/#措施二`]],
    [`${OA}/r/#measure-2第2项`, [`${OA}/r/#measure-2`]],
    [`${OA}/r/measures/2/＃措施二，`, [`${OA}/r/measures/2/＃措施二`]],
    [`${OA}/search/?q=强化学习，`, [`${OA}/search/?q=强化学习`]],
    // Percent-encoded Chinese is ASCII.
    [`${OA}/r/%E5%85%A8/#%E4%B8%80。`, [`${OA}/r/%E5%85%A8/#%E4%B8%80`]],
    // Full-width forms inside a URL are part of it; at its end they are the sentence's.
    ['https://host／review/measures/9/', ['https://host／review/measures/9/']],
    [`https：//oa.cn/r/ 另见`, ['https：//oa.cn/r/']],
    ['http：／／oa．cn／r／measures／2／。', ['http：／／oa．cn／r／measures／2／']],
    ['ｈｔｔｐｓ：／／oa.cn/r/', ['ｈｔｔｐｓ：／／oa.cn/r/']],
    ['HTTP://OA.CN/r/', ['HTTP://OA.CN/r/']],
    [`${OA}/r/findings/1－2/。`, [`${OA}/r/findings/1－2/`]],
    [`${OA}/r/measures/２/。`, [`${OA}/r/measures/２/`]],
    [`${OA}/r/measures/2/＃measure-2-item-1。`, [`${OA}/r/measures/2/＃measure-2-item-1`]],
    [`${OA}/search/？q＝学习＆page=2`, [`${OA}/search/？q＝学习`]],
    [`${OA}/search/？q＝x＆page＝2。`, [`${OA}/search/？q＝x＆page＝2`]],
    [`${OA}/r/ledger．csv。`, [`${OA}/r/ledger．csv`]],
    [`${OA}/r/？`, [`${OA}/r/`]],
    [`${OA}/r/＃`, [`${OA}/r/`]],
    // Ports, ASCII or full-width; a colon after the host with no digits ends the URL.
    ['http://oa.cn:8080/r/', ['http://oa.cn:8080/r/']],
    ['http://oa.cn：8080/r/', ['http://oa.cn：8080/r/']],
    ['见http://oa.cn：请打开', ['http://oa.cn']],
    // A host dot typed as 。 or ．, when the host is followed by a path, a space or the end.
    ['http://oa。example。gov。cn/demo/', ['http://oa。example。gov。cn/demo/']],
    ['http://oa．example．gov．cn', ['http://oa．example．gov．cn']],
    ['网站为http://oa.example.gov.cn。OA系统账号另发', ['http://oa.example.gov.cn']],
    ['网站为http://oa.example.gov.cn。', ['http://oa.example.gov.cn']],
    // A user name before `@` is part of the URL: the browser opens the host after it.
    [
      '见https://oa.example.gov.cn@evil.example/r/measures/2/。',
      ['https://oa.example.gov.cn@evil.example/r/measures/2/'],
    ],
    ['http://zhang:pw@oa.cn/r/，请查收', ['http://zhang:pw@oa.cn/r/']],
    ['网站http://oa.cn/r/，邮箱zhang@oa.cn', ['http://oa.cn/r/']],
    // Hosts with letters of other scripts, which may pose as the site's, are found whole.
    ['见http://оa.example.gov.cn/r/measures/2/，另见', ['http://оa.example.gov.cn/r/measures/2/']],
    ['http://oa.exаmple.gov.cn/r/', ['http://oa.exаmple.gov.cn/r/']],
    ['http://οa.cn。请登录', ['http://οa.cn']],
    ['http://оa.cn通知', ['http://оa.cn']],
    // Not URLs, or not new ones.
    ['http://。', []],
    ['xhttp://oa.cn/r/', []],
    [`${OA}/?from=http://b.cn/`, [`${OA}/?from=http://b.cn/`]],
    ['ftp://oa.cn/r/', []],
  ])('%s', (text, urls) => {
    expect(findUrls(text).map((url) => url.written)).toEqual(urls);
  });
});

describe('readUrl', () => {
  // [as written, the URL meant, the characters that differ]
  it.each<[string, string, string[]]>([
    [`${OA}/r/measures/2/#measure-2-item-2`, `${OA}/r/measures/2/#measure-2-item-2`, []],
    ['HTTP://OA.CN/r/', 'HTTP://OA.CN/r/', []],
    // Raw Chinese in a path, fragment or query is fine: browsers percent-encode it.
    [`${OA}/r/#措施二`, `${OA}/r/#措施二`, []],
    [`${OA}/r/全文/`, `${OA}/r/全文/`, []],
    [`${OA}/r/%E5%85%A8/`, `${OA}/r/%E5%85%A8/`, []],
    ['https://host／review/measures/9/', 'https://host/review/measures/9/', ['／']],
    ['https：//oa.cn/r/', 'https://oa.cn/r/', ['：']],
    [
      'ｈｔｔｐｓ：／／oa.cn/r/',
      'https://oa.cn/r/',
      ['ｈ', 'ｔ', 'ｔ', 'ｐ', 'ｓ', '：', '／', '／'],
    ],
    ['http://ｏａ．cn/r/', 'http://oa.cn/r/', ['ｏ', 'ａ', '．']],
    ['http://oa。cn/r/', 'http://oa.cn/r/', ['。']],
    ['http://oa.cn：8080/r/', 'http://oa.cn:8080/r/', ['：']],
    [`${OA}/r/findings/1－2/`, `${OA}/r/findings/1-2/`, ['－']],
    [`${OA}/r/measures/２/`, `${OA}/r/measures/2/`, ['２']],
    [`${OA}/r/measures/2/＃measure-2`, `${OA}/r/measures/2/#measure-2`, ['＃']],
    [`${OA}/r/#measure－2`, `${OA}/r/#measure-2`, ['－']],
    [`${OA}/search/？q＝学习`, `${OA}/search/?q=学习`, ['？', '＝']],
    // In a query only the delimiters are read: a search word may be full-width on purpose.
    [`${OA}/search/?q=（二）２０２３`, `${OA}/search/?q=（二）２０２３`, []],
    [`${OA}/search/?q=x＆page=2＃top`, `${OA}/search/?q=x&page=2#top`, ['＆', '＃']],
    // Other full-width punctuation is left as it is: it is not a URL's, and the check says so.
    [`${OA}/r/#措施（二）`, `${OA}/r/#措施（二）`, []],
    // A full-width form percent-encoded, as a browser sends a `／` typed into a path.
    [`${OA}/r/measures%EF%BC%8F2/`, `${OA}/r/measures/2/`, ['%EF%BC%8F']],
    [`${OA}/r/%ef%bc%83measure-2`, `${OA}/r/#measure-2`, ['%ef%bc%83']],
    // Hyperlink targets: relative, protocol-relative, other schemes.
    ['/r/map/', '/r/map/', []],
    ['／r／map／', '/r/map/', ['／', '／', '／']],
    ['／／oa.cn/r/', '//oa.cn/r/', ['／', '／']],
    ['＃measure-2', '#measure-2', ['＃']],
    ['mailto:办公室@oa.cn', 'mailto:办公室@oa.cn', []],
  ])('%s', (written, url, mistakes) => {
    const read = readUrl(written);
    expect(read.url).toBe(url);
    expect(read.mistakes.map((m) => m.written)).toEqual(mistakes);
  });

  it('names the part of the URL each mistake is in', () => {
    expect(readUrl('https：//oa．cn／r/？q=1＃x').mistakes).toEqual([
      { written: '：', meant: ':', part: 'scheme' },
      { written: '．', meant: '.', part: 'host' },
      { written: '／', meant: '/', part: 'host' },
      { written: '？', meant: '?', part: 'path' },
      { written: '＃', meant: '#', part: 'query' },
    ]);
  });
});

describe('describeMistakes', () => {
  it.each<[string, string | undefined]>([
    [`${OA}/r/`, undefined],
    [`${OA}/r/#措施二`, undefined],
    ['https://host／review/', '网址中有全角字符“／”，浏览器打不开：应写作 https://host/review/'],
    ['http：／／oa．cn／r/', '网址中有全角字符“：”“／”“．”，浏览器打不开：应写作 http://oa.cn/r/'],
    ['http://oa。cn/r/', '网址中有中文句号“。”，浏览器打不开：应写作 http://oa.cn/r/'],
    [
      'http://oa。cn／r/',
      '网址中有全角字符“／”和中文句号“。”，浏览器打不开：应写作 http://oa.cn/r/',
    ],
    [
      `${OA}/r/#measure－2`,
      `网址中有全角字符“－”，浏览器找不到页面上的这个位置：应写作 ${OA}/r/#measure-2`,
    ],
    [
      `${OA}/search/?q＝学习`,
      `网址中有全角字符“＝”，网页读不出其中的查询参数：应写作 ${OA}/search/?q=学习`,
    ],
    [
      `${OA}/r/measures%EF%BC%8F2/`,
      `网址中有全角字符“／”（写作“%EF%BC%8F”），浏览器打不开：应写作 ${OA}/r/measures/2/`,
    ],
  ])('%s', (written, message) => {
    expect(describeMistakes(readUrl(written))).toBe(message);
  });
});
