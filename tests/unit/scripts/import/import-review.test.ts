/** importReview from file to folder: what it writes, and that it writes nothing when it fails. */
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, readdir, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { checkContentText } from '../../../../src/loaders/content-file.ts';
import { ContentError, type ContentProblem } from '../../../../src/model/content-error.ts';
import { makeDocxBomb } from '../../../fixtures/import/make-docx.ts';
import { snapshot } from '../../../fixtures/import/snapshot.ts';
import {
  DocumentError,
  importReview,
  UnreadableDocumentError,
} from '../../../../scripts/import/import-review.ts';

const DOCUMENT = [
  'XX局局长巡察整改专题民主生活会对照检查材料',
  '一、存在的主要问题',
  '（一）学习方面',
  '一是学习不深入。',
  '二、整改措施',
  '（一）强化学习。',
].join('\n');

let dir = '';
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'import-review-'));
});

async function importText(name: string, content: string | Uint8Array, options = {}) {
  const file = join(dir, name);
  await writeFile(file, content);
  return importReview({ file, review: 'demo', contentDir: dir, ...options });
}

async function failure(promise: Promise<unknown>): Promise<Error> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  if (error instanceof Error) return error;
  throw new Error('the import did not fail');
}

describe('importReview', () => {
  it('writes the review and one file per entry', async () => {
    const report = await importText('doc.txt', DOCUMENT);
    expect(report.plan.mode).toBe('create');
    expect(report.counts).toEqual({ areas: 1, findings: 1, causes: 0, measures: 1 });
    const folder = join(dir, 'reviews/demo');
    expect((await readdir(folder)).sort()).toEqual(['findings', 'measures', 'review.mdx']);
    expect(await readFile(join(folder, 'findings/1-1.mdx'), 'utf8')).toBe(
      '---\narea: 1\norder: 1\ntitle: 学习不深入\ncauses: []\nmeasures: []\n---\n\n一是学习不深入。\n',
    );
    expect(await readdir(join(dir, 'reviews'))).toEqual(['demo']);
  });

  it('writes nothing on a dry run', async () => {
    const report = await importText('doc.txt', DOCUMENT, { dryRun: true });
    expect(report.written).toBe(false);
    expect(existsSync(join(dir, 'reviews'))).toBe(false);
  });

  it.each([
    ['an empty file', 'doc.txt', '', 'doc.txt：应为有文字的文档，实际是空文件', true],
    ['a file of blank lines', 'doc.txt', '\n \n##paidend##\n', '实际是只有空行', false],
    [
      'a binary file',
      'doc.txt',
      Uint8Array.of(0x89, 0x50, 0x4e, 0x47, 0, 0, 1),
      '实际是二进制数据',
      true,
    ],
    [
      'an unknown extension',
      'doc.pdf',
      DOCUMENT,
      '应为 .txt、.md 或 .docx 文件，实际是 .pdf 文件',
      true,
    ],
    [
      'UTF-16 without a BOM',
      'doc.txt',
      Buffer.from(DOCUMENT, 'utf16le'),
      '加上 --encoding utf-16le 再试',
      true,
    ],
    [
      'an old .doc renamed .docx',
      'doc.docx',
      Uint8Array.of(0xd0, 0xcf, 0x11, 0xe0, 0, 0),
      '旧版 Word',
      true,
    ],
    [
      'a document without parts',
      'doc.txt',
      '标题\n本人存在学习不深入的问题。',
      '第 2 行：应为问题部分的标题',
      false,
    ],
  ])('refuses %s and writes nothing', async (_, name, content, message, unreadable) => {
    const error = await failure(importText(name, content));
    expect(error).toBeInstanceOf(DocumentError);
    expect(error instanceof UnreadableDocumentError).toBe(unreadable);
    expect(error.message).toContain(message);
    expect(existsSync(join(dir, 'reviews'))).toBe(false);
  });

  it.each([
    ['a zip bomb', 'doc.docx', () => makeDocxBomb('<w:p><w:r><w:t>a</w:t></w:r></w:p>', 200 << 20)],
    ['UTF-16 without a BOM', 'doc.txt', () => Buffer.from(DOCUMENT, 'utf16le')],
    ['an old .doc renamed', 'doc.docx', () => Uint8Array.of(0xd0, 0xcf, 0x11, 0xe0, 0, 0)],
    ['too many lines', 'doc.txt', () => `${DOCUMENT}\n${'一是。\n'.repeat(100_000)}`],
    ['a review without parts', 'doc.txt', () => '标题\n本人存在学习不深入的问题。'],
  ])(
    'leaves an imported review byte for byte as it was when it refuses %s',
    async (_, name, bytes) => {
      await importText('doc.txt', DOCUMENT);
      const before = await snapshot(dir);
      const error = await failure(importText(name, bytes()));
      expect(error).toBeInstanceOf(DocumentError);
      // The refused document itself is the one file that changed.
      const after = await snapshot(dir);
      expect(after.filter((line) => !line.startsWith(name))).toEqual(
        before.filter((line) => !line.startsWith(name)),
      );
    },
  );

  it('refuses a review name that cannot be a URL', async () => {
    await writeFile(join(dir, 'doc.txt'), DOCUMENT);
    const error = await failure(
      importReview({ file: join(dir, 'doc.txt'), review: 'XX局', contentDir: dir }),
    );
    expect(error.message).toContain('实际是“--review XX局”');
  });

  it('refuses a missing file', async () => {
    const error = await failure(
      importReview({ file: join(dir, 'nowhere.txt'), review: 'demo', contentDir: dir }),
    );
    expect(error).toBeInstanceOf(UnreadableDocumentError);
    expect(error.message).toContain('应为可以读取的文件，实际是找不到这个文件');
  });

  it('checks the result as the build would, and leaves the folder as it was when that fails', async () => {
    await importText('doc.txt', DOCUMENT);
    const finding = join(dir, 'reviews/demo/findings/1-1.mdx');
    const broken = (await readFile(finding, 'utf8')).replace('causes: []', 'causes: [9]');
    await writeFile(finding, broken);
    const error = await failure(
      importText('doc.txt', DOCUMENT.replace('学习不深入。', '学习不深入。本人……')),
    );
    expect(error).toBeInstanceOf(ContentError);
    expect(error.message).toContain(
      'findings/1-1.mdx → causes[0]：材料“demo”中没有编号为“9”的原因',
    );
    expect(await readFile(finding, 'utf8')).toBe(broken);
    expect(await readdir(join(dir, 'reviews'))).toEqual(['demo']);
  });

  it('keeps what was filled in by hand in a file with a BOM and blank lines before its front matter', async () => {
    await importText('doc.txt', DOCUMENT);
    const finding = join(dir, 'reviews/demo/findings/1-1.mdx');
    const filled = (await readFile(finding, 'utf8')).replace(
      'measures: []',
      '# 依据：手工填写\nmeasures: [1]',
    );
    // As Notepad saves it, and with a blank line pasted above: the build reads it all the same.
    await writeFile(finding, `\uFEFF\n${filled}`);
    const report = await importText('doc.txt', DOCUMENT);
    expect(report.plan.mode).toBe('update');
    expect(await readFile(finding, 'utf8')).toBe(filled);
  });

  it('names every hand-edited file whose front matter it cannot read, as the build does', async () => {
    await importText('doc.txt', DOCUMENT);
    // In the order of their paths, as the import reads them.
    const files = {
      'findings/1-1.mdx':
        '---\narea: 1\norder: 1\norder: 2\ntitle: 学习不深入\n---\n\n一是学习不深入。\n',
      'measures/1.mdx': '---\norder: [1\n---\n\n（一）强化学习。\n',
    };
    const built: ContentProblem[] = [];
    for (const [path, text] of Object.entries(files)) {
      const file = join(dir, 'reviews/demo', path);
      await writeFile(file, text);
      built.push(...(checkContentText(text, file) as { problems: ContentProblem[] }).problems);
    }
    const error = await failure(importText('doc.txt', DOCUMENT));
    expect(error).toBeInstanceOf(ContentError);
    expect(error).toMatchObject({ problems: built });
    expect(error.message).toContain(
      'findings/1-1.mdx 第 4 行：字段“order”写了两次（第 3 行已经写过）',
    );
    expect(error.message).toContain(
      'measures/1.mdx 第 3 行：前置字段这里缩进不对，或者 [ ] 没有配对',
    );
  });

  it.each([
    ['a word', 'foo'],
    ['a list', '- 1\n- 2'],
  ])('names a kept file whose front matter is %s, not fields', async (_, frontMatter) => {
    await importText('doc.txt', DOCUMENT);
    const file = join(dir, 'reviews/demo/findings/1-1.mdx');
    await writeFile(file, `---\n${frontMatter}\n---\n\n一是学习不深入。\n`);
    const error = await failure(importText('doc.txt', DOCUMENT));
    expect(error).toBeInstanceOf(DocumentError);
    expect(error.message).toContain(
      'findings/1-1.mdx：应为文件开头两行 --- 之间的 front matter，内容是“字段: 值”形式的 YAML，实际是不是“字段: 值”形式的内容',
    );
  });

  it('names a kept field of the wrong type, in Chinese', async () => {
    await importText('doc.txt', DOCUMENT);
    const finding = join(dir, 'reviews/demo/findings/1-1.mdx');
    await writeFile(finding, (await readFile(finding, 'utf8')).replace('causes: []', 'causes: 一'));
    const error = await failure(importText('doc.txt', DOCUMENT));
    expect(error).toBeInstanceOf(ContentError);
    expect(error.message).toContain(
      'findings/1-1.mdx 第 5 行 → causes：原因（causes）应为列表（如 [1, 2]，或每行以“- ”开头），实际是“一”',
    );
    expect(error.message).toContain('加上 --force 重新导入');
  });
});
