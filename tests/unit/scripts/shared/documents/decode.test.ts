import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { decodeText } from '../../../../../scripts/shared/documents/decode.ts';
import {
  DocumentError,
  UnreadableDocumentError,
} from '../../../../../scripts/shared/documents/errors.ts';

const utf8 = (text: string) => new TextEncoder().encode(text);
const TEXT = '一、存在的主要问题\n（一）学习方面';
// 一、存在的问题 in GBK, as older Windows tools save it.
const GBK = Uint8Array.from([
  0xd2, 0xbb, 0xa1, 0xa2, 0xb4, 0xe6, 0xd4, 0xda, 0xb5, 0xc4, 0xce, 0xca, 0xcc, 0xe2,
]);

/** The error `decodeText` throws for these bytes. */
function failure(bytes: Uint8Array, encoding?: string, encodingOption?: string): DocumentError {
  try {
    decodeText(bytes, 'x.txt', { encoding, encodingOption });
  } catch (error) {
    if (error instanceof DocumentError) return error;
    throw error;
  }
  throw new Error('decodeText did not throw');
}

describe('decodeText', () => {
  it('reads UTF-8, with or without a BOM', () => {
    expect(decodeText(utf8(TEXT), 'x.txt')).toEqual({ text: TEXT, encoding: 'utf-8' });
    expect(decodeText(Uint8Array.of(0xef, 0xbb, 0xbf, ...utf8(TEXT)), 'x.txt').text).toBe(TEXT);
  });

  it('reads GBK and GB18030 when the bytes are not UTF-8', () => {
    expect(decodeText(GBK, 'x.txt')).toEqual({ text: '一、存在的问题', encoding: 'gb18030' });
    const fixture = decodeText(readFileSync('tests/fixtures/import/no-areas.gb18030.txt'), 'x.txt');
    expect(fixture.encoding).toBe('gb18030');
    // Outside GBK: only GB18030 has these.
    expect(fixture.text).toContain('䶮某某、𠮷某某同志');
  });

  it('reads Big5 as Big5, and traditional characters saved as GB18030 as GB18030', () => {
    const fixture = (name: string) => readFileSync(`tests/fixtures/encodings/${name}`);
    const big5 = decodeText(fixture('notice.big5.txt'), 'x.txt');
    expect(big5.encoding).toBe('big5');
    expect(big5.text).toMatch(/^對照檢查材料\n\n根據縣委巡察組的回饋意見/);
    const trad = decodeText(fixture('trad.gb18030.txt'), 'x.txt');
    expect(trad).toEqual({ text: big5.text, encoding: 'gb18030' });
    expect(decodeText(fixture('notice.gb18030.txt'), 'x.txt').encoding).toBe('gb18030');
  });

  it('reads UTF-16 with a BOM, as Notepad saves “Unicode”', () => {
    const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(TEXT, 'utf16le')]);
    expect(decodeText(le, 'x.txt')).toEqual({ text: TEXT, encoding: 'utf-16le' });
  });

  it('recognises UTF-16 without a BOM and names the option that reads it', () => {
    // The seed review's text has more 一 (U+4E00, a NUL at an even byte) than most.
    const source = readFileSync('content/reviews/xx-minzhengju-2023/source.txt', 'utf8');
    const le = Buffer.from(source.replace(/\n/g, '\r\n'), 'utf16le');
    const error = failure(le, undefined, '--encoding');
    expect(error).toBeInstanceOf(UnreadableDocumentError);
    expect(error.message).toContain('实际是没有 BOM（字节顺序标记）的 UTF-16LE 文本');
    expect(error.hint).toContain('加上 --encoding utf-16le 再试');
    expect(failure(Buffer.from(le).swap16(), undefined, '--encoding').hint).toContain(
      '--encoding utf-16be',
    );
    // A caller without the option says how to save the file instead.
    expect(failure(le).hint).not.toContain('--encoding');
    expect(failure(le).hint).toContain('UTF-8');
    expect(decodeText(le, 'x.txt', { encoding: 'utf-16le' }).text).toBe(
      source.replace(/\n/g, '\r\n'),
    );
  });

  it('uses the encoding it is given', () => {
    expect(decodeText(GBK, 'x.txt', { encoding: 'gbk' }).text).toBe('一、存在的问题');
    expect(failure(utf8('一、'), 'big5').message).toContain('应为 big5 编码的文字');
    expect(failure(GBK, 'no-such-encoding').message).toContain(
      '实际是“--encoding no-such-encoding”',
    );
  });

  it('refuses empty and binary files, naming what they are', () => {
    expect(failure(new Uint8Array())).toBeInstanceOf(UnreadableDocumentError);
    expect(failure(new Uint8Array()).message).toBe(
      'x.txt：应为有文字的文档，实际是空文件。\n  改法：请确认文件名无误，并且文件已经保存。',
    );
    expect(failure(Uint8Array.of(0x50, 0x4b, 0x03, 0x04, 1, 2)).message).toContain(
      'ZIP 压缩包（也许是 Word 的 .docx 文件？）',
    );
    expect(failure(Uint8Array.of(0xd0, 0xcf, 0x11, 0xe0, 1)).message).toContain('旧版 Office 文件');
    expect(failure(utf8('%PDF-1.7')).message).toContain('实际是 PDF 文件');
    expect(failure(Uint8Array.of(0x41, 0x00, 0x42)).message).toContain(
      '二进制数据（第 2 个字节是 NUL（0x00））',
    );
    // NULs on both sides alike: binary, not UTF-16.
    expect(failure(Uint8Array.of(0x41, 0, 0, 0x42, 0x43, 0, 0, 0x44)).message).toContain(
      '二进制数据',
    );
    expect(failure(Uint8Array.of(0x01, 0x02, 0x03, 0x41, 0x42)).message).toContain(
      '二进制数据（有 3 个控制字符）',
    );
    expect(failure(Uint8Array.of(0x80, 0xff, 0xfe, 0x81)).message).toContain(
      '应为 UTF-8、GB18030/GBK 或 Big5 编码的文字，实际是这几种编码都不是的字节',
    );
  });
});
