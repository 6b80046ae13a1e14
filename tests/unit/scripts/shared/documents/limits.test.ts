/**
 * Documents past the limits are refused quickly, before they are parsed: zip bombs small on disk,
 * text files too long, pages of too many tags. Each is made here, and the time to refuse it shown.
 */
import { mkdtempSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { describe, expect, it } from 'vitest';
import {
  DocumentTooLargeError,
  LIMITS,
  type LimitName,
} from '../../../../../scripts/shared/documents/limits.ts';
import { parseDocument, readDocument } from '../../../../../scripts/shared/documents/read.ts';
import { countZipEntriesUpTo } from '../../../../../scripts/shared/documents/zip-package.ts';
import { makeDocx, makeDocxBomb, makeZip } from '../../../../fixtures/import/make-docx.ts';

const MB = 1024 * 1024;
const folder = mkdtempSync(join(tmpdir(), 'limits-'));
const file = (name: string, content: string | Uint8Array) => {
  writeFileSync(join(folder, name), content);
  return join(folder, name);
};

/** The error reading `path` ends in, which must be the refusal for `limit`; logs how long it took. */
async function refusal(
  limit: LimitName,
  read: () => Promise<unknown>,
  what: string,
): Promise<DocumentTooLargeError> {
  const started = performance.now();
  const error = await read().then(
    () => undefined,
    (e: unknown) => e,
  );
  console.log(`${what}: refused in ${Math.round(performance.now() - started)} ms`);
  expect(error).toBeInstanceOf(DocumentTooLargeError);
  expect((error as DocumentTooLargeError).limit).toBe(limit);
  return error as DocumentTooLargeError;
}

// Word's shortest paragraph: the one-letter paragraphs of a classic zip bomb.
const LETTER = '<w:p><w:r><w:t>a</w:t></w:r></w:p>';

describe('the document limits', { timeout: 30_000 }, () => {
  it('refuse a .docx that inflates to 200 MB or 1 GB of paragraphs, after a few megabytes', async () => {
    for (const size of [200 * MB, 1024 * MB]) {
      const bomb = makeDocxBomb(LETTER, size);
      expect(bomb.length).toBeLessThan(size / 300);
      const path = file(`bomb-${size / MB}.docx`, bomb);
      const error = await refusal(
        'markupElements',
        () => readDocument(path),
        `${Math.round(bomb.length / 1024)} KB .docx inflating to ${size / MB} MB`,
      );
      expect(error.message).toBe(
        `${path}：应为标记（段落、文字块、格式设置等）不超过 15 万个的 Word 文档，实际是超过 15 万个标记。\n` +
          `  改法：${error.hint}`,
      );
      expect(error.hint).toContain('另存为纯文本（.txt）');
    }
  });

  it('refuse a .docx whose XML inflates past 10 MB in few elements', async () => {
    const bomb = makeDocxBomb(`<w:p><w:r><w:t>${'一'.repeat(20_000)}</w:t></w:r></w:p>`, 100 * MB);
    const error = await refusal(
      'docxXmlBytes',
      () => parseDocument('长段落.docx', bomb),
      'a .docx of long paragraphs inflating to 100 MB',
    );
    expect(error.message).toContain(
      `长段落.docx：应为解压后内容不超过 10 MB 的 Word 文档，实际是解压后超过 10 MB 的文件（文件本身只有 ${Math.round(bomb.length / 1024)} KB`,
    );
  });

  it('refuse a .docx of more than 100,000 paragraphs, empty ones too', async () => {
    const error = await refusal(
      'paragraphs',
      () => parseDocument('空段落.docx', makeDocxBomb('<w:p/>', MB)),
      'a .docx of 170,000 empty paragraphs',
    );
    expect(error.message).toContain(
      '空段落.docx：应为不超过 10 万段的文档，实际是 Word 段落（含空段落）超过 10 万个。',
    );
  });

  it('refuse a .docx that lists more than 10,000 files, before a ZIP reader lists them', async () => {
    const files: Record<string, string> = { 'word/document.xml': '<w:document/>' };
    for (let i = 1; i <= LIMITS.zipEntries; i++) files[`word/media/image${i}.png`] = '';
    const many = makeZip(files);
    const error = await refusal(
      'zipEntries',
      () => parseDocument('图片.docx', many),
      'a .docx of 10,001 files',
    );
    expect(error.message).toBe(
      '图片.docx：应为内部文件不超过 1 万个的 Word 文档，实际是内部文件超过 1 万个的压缩包（Word 文档通常只有几十个，每张图片另加一个；这个文件可能已损坏，或是有意构造的）。\n' +
        `  改法：${error.hint}`,
    );
    // Counted up to one past the limit; a document's own parts are few.
    expect(countZipEntriesUpTo(many, 10)).toBe(11);
    expect(countZipEntriesUpTo(makeDocx([{ text: '标题' }]), LIMITS.zipEntries)).toBe(7);
  });

  it('refuse a .docx file larger than 50 MB without reading it', async () => {
    const path = file('大.docx', '');
    truncateSync(path, LIMITS.docxBytes + 1);
    const error = await refusal('docxBytes', () => readDocument(path), 'a 50 MB .docx');
    expect(error.message).toContain('应为不超过 50 MB 的 Word 文档，实际是略大于 50 MB 的文件');
    expect(error.hint).toContain('压缩图片');
  });

  it('refuse a text file of more than 20 MB without reading it', async () => {
    const path = file('大.txt', '');
    truncateSync(path, 21 * MB);
    const error = await refusal('textBytes', () => readDocument(path), 'a 21 MB .txt');
    expect(error.message).toBe(
      `${path}：应为不超过 20 MB 的文本文件，实际是 21 MB 的文件。\n  改法：${error.hint}`,
    );
    await refusal(
      'textBytes',
      () => parseDocument('大.md', new Uint8Array(LIMITS.textBytes + 1).fill(0x41)),
      'a 20 MB .md handed over as bytes',
    );
  });

  it('refuse a text or Markdown file of more than 100,000 lines before splitting it', async () => {
    const lines = '一\n'.repeat(LIMITS.paragraphs + 1);
    for (const name of ['多行.txt', '多行.md']) {
      const error = await refusal(
        'paragraphs',
        () => readDocument(file(name, lines)),
        `${name} of 100,001 lines`,
      );
      expect(error.message).toContain('应为不超过 10 万段的文档，实际是非空行超过 10 万个。');
    }
    // Blank lines are not paragraphs.
    const spaced = '一\n\n'.repeat(LIMITS.paragraphs / 2);
    expect((await readDocument(file('空行.txt', spaced))).paragraphs).toHaveLength(
      LIMITS.paragraphs / 2,
    );
  });

  it('refuse a web page of more than 150,000 tags before parsing it', async () => {
    const html = '<b>一</b>'.repeat(LIMITS.markupElements + 1);
    const error = await refusal(
      'markupElements',
      () => parseDocument('通知.html', new TextEncoder().encode(html)),
      'an .html page of 150,001 tags',
    );
    expect(error.message).toContain(
      '通知.html：应为标签不超过 15 万个的网页，实际是超过 15 万个标签。',
    );
  });
});
