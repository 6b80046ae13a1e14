import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  decodeText,
  htmlNotice,
  NoticeError,
  readNotice,
} from '../../../../scripts/check-links/notice';

const TEXT = '措施（二）：http://oa.cn/r/measures/2/';

describe('decodeText', () => {
  it('reads UTF-8, with or without a byte order mark', () => {
    expect(decodeText(new TextEncoder().encode(TEXT))).toBe(TEXT);
    expect(decodeText(new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(TEXT)]))).toBe(
      TEXT,
    );
  });

  it('reads GB18030 (GBK) when the bytes are not UTF-8', () => {
    // 措施 in GBK.
    expect(decodeText(new Uint8Array([0xb4, 0xeb, 0xca, 0xa9]))).toBe('措施');
  });

  it('reads UTF-16 with a byte order mark, as Notepad saves “Unicode”', () => {
    const utf16 = new Uint8Array([
      0xff,
      0xfe,
      ...new Uint8Array(new Uint16Array([0x63aa, 0x65bd]).buffer),
    ]);
    expect(decodeText(utf16)).toBe('措施');
  });
});

describe('htmlNotice', () => {
  it('puts each block on its own line, so that URLs in adjacent paragraphs stay apart', () => {
    const { text } = htmlNotice(
      '<p>http://oa.cn/r/</p><p>http://oa.cn/r/map/</p><div>a<br>b</div>',
    );
    expect(text.split('\n').filter(Boolean)).toEqual([
      'http://oa.cn/r/',
      'http://oa.cn/r/map/',
      'a',
      'b',
    ]);
  });

  it('lists the targets of links and leaves out scripts', () => {
    const { text, hrefs } = htmlNotice(
      '<p><a href="http://oa.cn/r/causes/1/">原因（一）</a><script>var u="http://x/"</script></p>',
    );
    expect(hrefs).toEqual(['http://oa.cn/r/causes/1/']);
    expect(text).not.toContain('http://x/');
  });
});

describe('readNotice', () => {
  it('refuses a kind of file it cannot read, saying what to do', async () => {
    await expect(readNotice('通知.pdf')).rejects.toThrow(NoticeError);
    await expect(readNotice('通知.pdf')).rejects.toThrow('请另存为 .docx、.txt、.md 或 .html');
  });

  it('says so when the file is missing', async () => {
    await expect(readNotice('no-such-notice.txt')).rejects.toThrow('找不到或无法读取');
  });

  it('reads the text and the hyperlinks of a .docx', async () => {
    const { text, hrefs } = await readNotice('tests/fixtures/notices/notice.docx');
    expect(text).toContain('请落实措施（二）：http://oa.example.gov.cn/demo-2024/measures/2/');
    expect(hrefs).toEqual(['http://oa.example.gov.cn/demo-2024/findings/1-2/#finding-1-2-item-3']);
  });

  it('refuses a .docx that is not a Word document', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'notice-')), '通知.docx');
    writeFileSync(file, '这不是 Word 文档');
    await expect(readNotice(file)).rejects.toThrow('不是有效的 Word 文档');
  });
});
