import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ContentProblem } from '../../../src/model/content-error.ts';
import { contentText, firstNonUtf8Byte } from '../../../src/text/content-text.ts';
import { decodeUtf8 } from '../../../src/text/legacy-encoding.ts';
import { encodeAs } from '../../fixtures/encodings/encode.ts';

const MEASURE =
  '---\norder: 1\ntitle: 强化学习\nleader: 张三\n---\n\n（一）强化学习。一是每月集中学习一次。\n';
const FILE = 'content/reviews/demo/measures/1.mdx';

/** The problem `contentText` gives for these bytes. */
function problemOf(bytes: Uint8Array): ContentProblem {
  const read = contentText(bytes, FILE);
  if (!('problem' in read)) throw new Error('read as UTF-8');
  return read.problem;
}

describe('contentText', () => {
  it('gives UTF-8 text as it is, a BOM kept so that the file is written back byte for byte', () => {
    expect(contentText(Buffer.from(MEASURE), FILE)).toEqual({ text: MEASURE });
    const bom = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(MEASURE)]);
    const read = contentText(bom, FILE);
    expect('text' in read && Buffer.from(read.text).equals(bom)).toBe(true);
  });

  it('refuses GB18030, naming the encoding, the line and how to save the file as UTF-8', () => {
    const problem = problemOf(encodeAs(MEASURE, 'gb18030'));
    expect(problem).toMatchObject({ file: FILE, line: 3 });
    expect(problem.message).toBe(
      '编码应为 UTF-8，实际像是 GB18030/GBK（记事本的“ANSI”）：从这一行起不是有效的 UTF-8，按 UTF-8 读取会把汉字读成乱码',
    );
    expect(problem.hint).toContain('“编码”选 UTF-8');
    expect(problem.hint).toContain('没有被改动');
  });

  it('names Big5 and UTF-16 as what they are', async () => {
    const big5 = problemOf(
      await readFile(join(import.meta.dirname, '../../fixtures/encodings/notice.big5.txt')),
    );
    expect(big5.message).toContain('实际像是 Big5（繁体中文）');
    expect(big5.hint).toContain('Big5');
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(MEASURE, 'utf16le')]);
    expect(problemOf(utf16)).toMatchObject({ line: 1 });
    expect(problemOf(utf16).message).toContain('实际像是 UTF-16（记事本的“Unicode”）');
  });

  it('says where a UTF-8 file holds a line pasted in another encoding', () => {
    const bytes = Buffer.concat([
      Buffer.from('---\ntitle: 强化学习\n---\n\n'),
      encodeAs('一是每月集中学习一次，二是每季度交流研讨。\n', 'gb18030'),
    ]);
    const problem = problemOf(bytes);
    expect(problem.line).toBe(5);
    expect(problem.message).toContain('前面是 UTF-8，这一行起像是 GB18030/GBK');
    expect(problem.hint).toContain('找到这一行');
  });

  it('says bytes that are no text are none', () => {
    const problem = problemOf(Uint8Array.of(0x2d, 0x2d, 0x2d, 0x0a, 0xff, 0x00, 0xfe, 0x01, 0x80));
    expect(problem.line).toBe(2);
    expect(problem.message).toContain('也不像 GB18030、Big5 或 UTF-16 编码的文字');
  });
});

describe('firstNonUtf8Byte', () => {
  it('finds the first byte of a sequence UTF-8 does not allow', () => {
    const at = (...bytes: number[]) => firstNonUtf8Byte(Uint8Array.from(bytes));
    expect(at(0x61, 0xe4, 0xb8, 0x80)).toBe(-1);
    expect(at(0x61, 0xc0, 0x80)).toBe(1); // overlong
    expect(at(0x61, 0xed, 0xa0, 0x80)).toBe(1); // a surrogate
    expect(at(0xf4, 0x90, 0x80, 0x80)).toBe(0); // past U+10FFFF
    expect(at(0x61, 0x62, 0xe4, 0xb8)).toBe(2); // cut short
    expect(at(0xe4, 0x41)).toBe(0);
  });

  it('agrees with the UTF-8 decoder on every sequence of up to three bytes that matter', () => {
    const leads = [0x00, 0x41, 0x7f, 0x80, 0xbf, 0xc0, 0xc1, 0xc2, 0xdf, 0xe0, 0xe1, 0xed, 0xee];
    const more = [0xef, 0xf0, 0xf1, 0xf3, 0xf4, 0xf5, 0xff];
    const bytes = [...leads, ...more, 0x8f, 0x90, 0x9f, 0xa0];
    const disagreeing: string[] = [];
    for (const a of bytes) {
      for (const b of bytes) {
        for (const c of bytes) {
          const sequence = Uint8Array.of(a, b, c);
          const valid = decodeUtf8(sequence) !== undefined;
          if ((firstNonUtf8Byte(sequence) === -1) !== valid) disagreeing.push(sequence.join(' '));
        }
      }
    }
    expect(disagreeing).toEqual([]);
  });
});
