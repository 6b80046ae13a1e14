import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { decodeText } from '../../../../../scripts/shared/documents/decode';
import { DocumentError } from '../../../../../scripts/shared/documents/errors';

const utf8 = (text: string) => new TextEncoder().encode(text);
const TEXT = '一、存在的主要问题\n（一）学习方面';
// 一、存在的问题 in GBK, as older Windows tools save it.
const GBK = Uint8Array.from([
  0xd2, 0xbb, 0xa1, 0xa2, 0xb4, 0xe6, 0xd4, 0xda, 0xb5, 0xc4, 0xce, 0xca, 0xcc, 0xe2,
]);

/** The error `decodeText` throws for these bytes. */
function failure(bytes: Uint8Array, encoding?: string): DocumentError {
  try {
    decodeText(bytes, 'x.txt', encoding);
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

  it('reads UTF-16 with a BOM, as Notepad saves “Unicode”', () => {
    const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(TEXT, 'utf16le')]);
    expect(decodeText(le, 'x.txt')).toEqual({ text: TEXT, encoding: 'utf-16le' });
  });

  it('uses the encoding it is given', () => {
    expect(decodeText(GBK, 'x.txt', 'gbk').text).toBe('一、存在的问题');
    expect(failure(utf8('一、'), 'big5').message).toContain('expected text in big5');
    expect(failure(GBK, 'no-such-encoding').message).toContain('found --encoding no-such-encoding');
  });

  it('refuses empty and binary files, naming what they are', () => {
    expect(failure(new Uint8Array()).message).toContain('found an empty file');
    expect(failure(Uint8Array.of(0x50, 0x4b, 0x03, 0x04, 1, 2)).message).toContain(
      'a ZIP archive (a Word .docx file?)',
    );
    expect(failure(Uint8Array.of(0xd0, 0xcf, 0x11, 0xe0, 1)).message).toContain(
      'an old Office file',
    );
    expect(failure(utf8('%PDF-1.7')).message).toContain('a PDF file');
    expect(failure(Uint8Array.of(0x41, 0x00, 0x42)).message).toContain(
      'binary data (a NUL byte at byte 2)',
    );
    expect(failure(Uint8Array.of(0x01, 0x02, 0x03, 0x41, 0x42)).message).toContain(
      'binary data (3 control characters)',
    );
    expect(failure(Uint8Array.of(0x80, 0xff, 0xfe, 0x81)).message).toContain(
      'expected text in UTF-8 or GB18030/GBK',
    );
  });
});
