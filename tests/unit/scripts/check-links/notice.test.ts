import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { NoticeError, noticeLinks, readNotice } from '../../../../scripts/check-links/notice.ts';
import { makeDocx } from '../../../fixtures/import/make-docx.ts';

const folder = mkdtempSync(join(tmpdir(), 'notice-'));
const notice = (name: string, content: string | Uint8Array) => {
  writeFileSync(join(folder, name), content);
  return join(folder, name);
};
const texts = async (file: string) => (await readNotice(file)).paragraphs.map((p) => p.text);

describe('readNotice', () => {
  it('reads text in UTF-8, GB18030 (GBK) and UTF-16, as the importer does', async () => {
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('措施', 'utf16le')]);
    expect(await texts(notice('utf-8.txt', '\uFEFF措施'))).toEqual(['措施']);
    // 措施 in GBK.
    expect(await texts(notice('gbk.txt', Uint8Array.of(0xb4, 0xeb, 0xca, 0xa9)))).toEqual(['措施']);
    expect(await texts(notice('utf-16.txt', utf16))).toEqual(['措施']);
  });

  it('refuses a binary file saved as a text notice, naming it, in Chinese', async () => {
    const error = await readNotice(notice('通知.txt', Uint8Array.of(0x41, 0, 0x42))).catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(NoticeError);
    expect((error as Error).message).toMatch(/^\S+通知\.txt：读不出这份通知的文字。/);
    expect((error as Error).message).toContain('另存为 .docx 或 UTF-8 编码的 .txt');
  });

  it('gives the size of a large binary file, which is seldom a notice', async () => {
    // Bytes 0x80–0xFF only: no NUL and no line of text, valid neither as UTF-8 nor as GB18030.
    const bytes = Uint8Array.from({ length: 2 * 1024 * 1024 }, (_, i) => 0x80 + ((i * 7) % 128));
    for (const name of ['大文件.txt', '大文件.md', '大文件.html']) {
      const error = await readNotice(notice(name, bytes)).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(NoticeError);
      expect((error as Error).message).toContain(`${name}：读不出这份通知的文字（文件有 2.0 MB）`);
    }
  });

  it('refuses an empty file and a folder, saying what to check', async () => {
    await expect(readNotice(notice('空.txt', ''))).rejects.toThrow('空.txt 是空文件');
    await expect(readNotice(notice('空.docx', ''))).rejects.toThrow('空.docx 是空文件');
    mkdirSync(join(folder, '通知们.txt'));
    await expect(readNotice(join(folder, '通知们.txt'))).rejects.toThrow(
      '通知们.txt 是文件夹，不是通知文件',
    );
  });

  it('refuses a kind of file it cannot read, saying what to do', async () => {
    await expect(readNotice('通知.pdf')).rejects.toThrow(NoticeError);
    await expect(readNotice('通知.pdf')).rejects.toThrow('请另存为 .docx、.txt、.md 或 .html');
  });

  it('says so when the file is missing', async () => {
    await expect(readNotice('no-such-notice.txt')).rejects.toThrow(
      '找不到 no-such-notice.txt：请检查文件名和所在文件夹',
    );
  });

  it('reads the text and the hyperlinks of a .docx', async () => {
    const { paragraphs, links } = await readNotice('tests/fixtures/notices/notice.docx');
    expect(paragraphs.map((p) => p.text)).toContain(
      '请落实措施（二）：http://oa.example.gov.cn/demo-2024/measures/2/',
    );
    expect(links.map((l) => l.href)).toEqual([
      'http://oa.example.gov.cn/demo-2024/findings/1-2/#finding-1-2-item-3',
    ]);
  });

  it('reads a .docx with Word’s automatic numbering, which only the importer refuses', async () => {
    const file = notice('编号.docx', makeDocx([{ text: '落实措施（一）', autoNumbered: true }]));
    expect(await texts(file)).toEqual(['落实措施（一）']);
  });

  it('refuses a .docx that is not a Word document', async () => {
    await expect(readNotice(notice('通知.docx', '这不是 Word 文档'))).rejects.toThrow(
      '通知.docx 不是有效的 Word 文档（.docx），无法读取',
    );
  });
});

describe('noticeLinks', () => {
  it('lists the URLs written out and the hyperlinks in the order the notice names them', async () => {
    const file = notice(
      '督办单.md',
      [
        '1. [措施（二）](http://oa.cn/r/measures/2/)：按期完成。',
        '2. 原因（一）：http://oa.cn/r/causes/1/。',
        '3. 见[全文][r]：http://oa.cn/r/map/',
        '',
        '[r]: http://oa.cn/r/',
      ].join('\n'),
    );
    expect((await readNotice(file).then(noticeLinks)).map((l) => [l.written, l.line])).toEqual([
      ['http://oa.cn/r/measures/2/', 1],
      ['http://oa.cn/r/causes/1/', 2],
      ['http://oa.cn/r/map/', 3],
      ['http://oa.cn/r/', 5],
    ]);
  });

  it('puts hyperlinks that are in no paragraph last', () => {
    const links = noticeLinks({
      file: 'x.docx',
      unit: 'paragraph',
      encoding: 'docx',
      paragraphs: [{ text: '见 http://oa.cn/r/', line: 1 }],
      links: [{ href: 'http://oa.cn/r/map/' }, { href: 'http://oa.cn/r/causes/1/', line: 1 }],
    });
    expect(links.map((l) => [l.written, l.line, l.hyperlink])).toEqual([
      ['http://oa.cn/r/', 1, false],
      ['http://oa.cn/r/causes/1/', 1, true],
      ['http://oa.cn/r/map/', undefined, true],
    ]);
  });

  it('names a Word hyperlink whose text shows another URL once, by its target', async () => {
    const file = notice(
      '超链接.docx',
      makeDocx([
        { text: '督办单' },
        {
          text: '措施（二）：',
          link: { text: 'http://oa.cn/r/measures/2/', href: 'http://evil.example/r/measures/2/' },
        },
        { text: '全文：', link: { text: 'http://oa.cn/r/', href: 'http://oa.cn/r/' } },
        {
          text: '另见http://oa.cn/r/map/，',
          link: { text: '关系图', href: 'http://oa.cn/r/map/' },
        },
      ]),
    );
    const links = noticeLinks(await readNotice(file));
    expect(links.map((l) => [l.written, l.line, l.hyperlink, l.shown?.written])).toEqual([
      ['http://evil.example/r/measures/2/', 2, true, 'http://oa.cn/r/measures/2/'],
      // A hyperlink whose text is its own target, and a URL written next to a hyperlink.
      ['http://oa.cn/r/', 3, false, undefined],
      ['http://oa.cn/r/', 3, true, undefined],
      ['http://oa.cn/r/map/', 4, false, undefined],
      ['http://oa.cn/r/map/', 4, true, undefined],
    ]);
  });

  it('reads written URLs and hyperlink targets as their writer meant them', () => {
    const links = noticeLinks({
      file: 'x.html',
      unit: 'line',
      encoding: 'utf-8',
      paragraphs: [{ text: '见 https：//oa.cn/r/measures/2/#措施二，另见', line: 2 }],
      links: [{ href: ' http://oa.cn／r/map/ ', line: 3 }],
    });
    expect(links.map((l) => [l.written, l.url])).toEqual([
      ['https：//oa.cn/r/measures/2/#措施二', 'https://oa.cn/r/measures/2/#措施二'],
      ['http://oa.cn／r/map/', 'http://oa.cn/r/map/'],
    ]);
  });
});
