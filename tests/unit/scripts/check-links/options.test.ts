import { describe, expect, it } from 'vitest';
import {
  parseCommand,
  siteOrigin,
  USAGE,
  UsageError,
} from '../../../../scripts/check-links/options.ts';

describe('parseCommand', () => {
  it('reads the notices and the options', () => {
    expect(
      parseCommand(['通知.docx', '--dist', 'out', '督办单.txt', '--site=https://oa.cn']),
    ).toEqual({
      files: ['通知.docx', '督办单.txt'],
      dist: 'out',
      site: 'https://oa.cn',
      help: false,
    });
    expect(parseCommand(['-h']).help).toBe(true);
  });

  // [arguments, the message]
  it.each<[string[], string]>([
    [[], '没有写出要检查的通知文件。'],
    [['--dist', 'dist'], '没有写出要检查的通知文件。'],
    [['通知.txt', '--foo'], '没有 --foo 这个选项。'],
    [['通知.txt', '-x'], '没有 -x 这个选项。'],
    [['通知.txt', '--dist'], '选项 --dist 后面要写上它的值，如 --dist dist。'],
    [['通知.txt', '--site'], '选项 --site 后面要写上它的值，如 --site https://oa.example.gov.cn。'],
    [['通知.txt', '--dist', '--site', 'x'], '选项 --dist 后面要写上它的值，如 --dist dist。'],
  ])('%j', (args, message) => {
    expect(() => parseCommand(args)).toThrow(UsageError);
    expect(() => parseCommand(args)).toThrow(
      expect.objectContaining({ message, usage: true }) as Error,
    );
  });

  it('has a usage that gives the exit codes', () => {
    expect(USAGE).toContain('退出状态：0 链接全部有效；1 有无效的链接；2 通知或网站读不了');
  });
});

describe('siteOrigin', () => {
  it.each([
    ['https://oa.example.gov.cn', 'https://oa.example.gov.cn'],
    ['https://oa.example.gov.cn/zhenggai/', 'https://oa.example.gov.cn'],
    ['http://10.0.0.5:8080', 'http://10.0.0.5:8080'],
    [' HTTPS://OA.example.gov.cn ', 'https://oa.example.gov.cn'],
  ])('%s', (address, origin) => {
    expect(siteOrigin(address, '--site')).toBe(origin);
  });

  it.each([
    [
      'oa.example.gov.cn',
      '--site 的值“oa.example.gov.cn”不是网站地址：应写作 https://oa.example.gov.cn（或 http://oa.example.gov.cn）。网站地址以 http:// 或 https:// 开头，后面是域名或 IP 地址（可带端口），如 https://oa.example.gov.cn、http://10.0.0.5:8080。',
    ],
    ['10.0.0.5:8080', '应写作 https://10.0.0.5:8080（或 http://10.0.0.5:8080）'],
    ['ftp://oa.cn', '--site 的值“ftp://oa.cn”不是网站地址：网站地址以 http:// 或 https:// 开头'],
    ['http://', '不是网站地址'],
    ['内网', '--site 的值“内网”不是网站地址：网站地址以'],
    [
      'https：//oa.example.gov.cn',
      '--site 的值“https：//oa.example.gov.cn”不对：网址中有全角字符“：”，浏览器打不开：应写作 https://oa.example.gov.cn。',
    ],
  ])('%s', (address, message) => {
    expect(() => siteOrigin(address, '--site')).toThrow(message);
    expect(() => siteOrigin(address, '--site')).toThrow(
      expect.objectContaining({ usage: false }) as Error,
    );
  });

  it('names where the address came from', () => {
    expect(() => siteOrigin('oa.cn', '环境变量 SITE_URL')).toThrow('环境变量 SITE_URL 的值“oa.cn”');
  });
});
