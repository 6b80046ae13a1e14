import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FIELD_LIMITS, readContentFile } from '../../../src/loaders/content-file.ts';

const bytes = (text: string) => new TextEncoder().encode(text);
const problemsOf = (input: Uint8Array) => {
  const read = readContentFile(input, 'f.mdx');
  if (!('problems' in read)) throw new Error('expected problems');
  return read.problems;
};

describe('readContentFile', () => {
  it('reads a UTF-8 file, with or without a BOM', () => {
    const read = readContentFile(bytes('\uFEFF---\ntitle: 问题\n---\n\n一是问题。\n'), 'f.mdx');
    expect(read).toMatchObject({ read: { frontMatter: { data: { title: '问题' } } } });
  });

  it('refuses a GB18030 file, naming the encoding it looks like and how to convert it', async () => {
    const gb = await readFile(
      join(import.meta.dirname, '../../fixtures/encodings/notice.gb18030.txt'),
    );
    const [problem] = problemsOf(gb);
    expect(problem).toMatchObject({ file: 'f.mdx', line: 1 });
    expect(problem!.message).toContain('编码应为 UTF-8，实际像是 GB18030/GBK');
    expect(problem!.hint).toContain('另存为');
  });

  it('names each invisible control character by line, column and field', () => {
    const problems = problemsOf(bytes('---\ntitle: "问题\u001b[31m"\n---\n\n一是\u202e问题。\n'));
    expect(problems).toEqual([
      expect.objectContaining({
        line: 2,
        field: 'title',
        message: expect.stringContaining('“问题”后面有看不见的转义字符 ESC（U+001B）') as unknown,
      }),
      expect.objectContaining({
        line: 5,
        field: '正文',
        message: expect.stringContaining('“一是”后面有看不见的文字方向控制符（U+202E）') as unknown,
      }),
    ]);
  });

  it('keeps tabs, line breaks of every system and ordinary text', () => {
    expect(
      readContentFile(bytes('---\r\ntitle: 问题\r\n---\r\n\r\n一是\t问题。\r\n'), 'f.mdx'),
    ).toHaveProperty('read');
  });

  it('lists the first few invisible characters and counts the rest', () => {
    const problems = problemsOf(bytes(`---\ntitle: 问题\n---\n\n${'\u0007'.repeat(8)}\n`));
    expect(problems).toHaveLength(6);
    expect(problems.at(-1)!.message).toBe('还有 3 个看不见的控制字符没有列出');
  });

  it('refuses a title or a field past its length limit, naming its line', () => {
    const title = '长'.repeat(FIELD_LIMITS.title + 1);
    const note = '长'.repeat(FIELD_LIMITS.other + 1);
    const problems = problemsOf(
      bytes(`---\ntitle: ${title}\nprogress:\n  - note: ${note}\n---\n\n一是问题。\n`),
    );
    expect(problems.map((p) => [p.line, p.field])).toEqual([
      [2, 'title'],
      [4, 'progress[0].note'],
    ]);
    expect(problems[0]!.message).toBe('有 501 个字，超过了 500 字的上限');
  });

  it('passes the front matter’s YAML mistake on', () => {
    expect(problemsOf(bytes('---\ntitle: a\ntitle: b\n---\n'))[0]!.message).toContain('写了两次');
  });
});
