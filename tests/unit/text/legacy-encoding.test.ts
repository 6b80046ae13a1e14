import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  decodeUtf8,
  guessLegacyEncoding,
  utf16ByteOrder,
} from '../../../src/text/legacy-encoding.ts';

const fixture = (name: string) =>
  readFile(join(import.meta.dirname, '../../fixtures/encodings', name));

describe('guessLegacyEncoding', () => {
  it('tells GB18030 text from Big5 text, though each decodes as the other', async () => {
    const gb = await fixture('notice.gb18030.txt');
    const big5 = await fixture('notice.big5.txt');
    expect(new TextDecoder('gb18030', { fatal: true }).decode(big5)).not.toContain('巡察');
    expect(guessLegacyEncoding(gb)).toBe('gb18030');
    expect(guessLegacyEncoding(big5)).toBe('big5');
  });

  it('reads traditional characters saved as GB18030 as GB18030', async () => {
    expect(guessLegacyEncoding(await fixture('trad.gb18030.txt'))).toBe('gb18030');
  });

  it('finds UTF-16 by its BOM or by where its NUL bytes fall', async () => {
    const bare = await fixture('notice.utf16le.txt');
    expect(guessLegacyEncoding(bare)).toBe('utf-16le');
    expect(guessLegacyEncoding(Buffer.concat([Buffer.from([0xff, 0xfe]), bare]))).toBe('utf-16le');
    expect(guessLegacyEncoding(Buffer.from([0xfe, 0xff, 0x4e, 0x00]))).toBe('utf-16be');
  });

  it('guesses nothing for binary data', () => {
    expect(
      guessLegacyEncoding(Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0, 0, 1, 0])),
    ).toBe(undefined);
  });

  it('looks at a large file’s start, even when a character is cut there', () => {
    // Two-byte GB18030 characters of 巡察 at an odd offset: the 64 KB sample ends mid-character.
    const gbPair = Buffer.from([0xd1, 0xb2, 0xb2, 0xec]);
    const big = Buffer.concat([Buffer.from('a'), ...Array<Buffer>(20_000).fill(gbPair)]);
    expect(guessLegacyEncoding(big)).toBe('gb18030');
  });
});

describe('utf16ByteOrder', () => {
  it('is undefined when NUL bytes fall on both sides alike', () => {
    expect(utf16ByteOrder(Uint8Array.from([0, 0, 0, 0, 1, 2]))).toBe(undefined);
  });
});

describe('decodeUtf8', () => {
  it('returns the text of valid UTF-8 without its BOM, and undefined for other bytes', async () => {
    expect(decodeUtf8(Uint8Array.from([0xef, 0xbb, 0xbf, 0x61]))).toBe('a');
    expect(decodeUtf8(await fixture('notice.gb18030.txt'))).toBe(undefined);
  });
});
