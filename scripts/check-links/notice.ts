/**
 * A notice (通知, 督办单) in the forms offices save them in (Word .docx, plain text in UTF-8 or in
 * GB18030/GBK as Chinese Windows writes it, Markdown, HTML), read as the importer reads a review,
 * and the URLs it names. What goes wrong is said in Chinese, for the people who write notices.
 */
import { readFile } from 'node:fs/promises';
import { extname } from 'node:path';
import { DocumentError } from '../shared/documents/errors';
import { DOCUMENT_FORMATS, formatOf, mainExtension } from '../shared/documents/formats';
import type { SourceDocument } from '../shared/documents/paragraphs';
import { parseDocument } from '../shared/documents/read';
import { findUrls } from './link-check';

/** Thrown for a notice that cannot be read; the message says what to do, in Chinese. */
export class NoticeError extends Error {
  constructor(message: string, options?: ErrorOptions) {
    super(message, options);
    this.name = 'NoticeError';
  }
}

/** Reads a notice file by its extension. */
export async function readNotice(file: string): Promise<SourceDocument> {
  const format = formatOf(file);
  if (!format) {
    const extensions = DOCUMENT_FORMATS.map(mainExtension);
    throw new NoticeError(
      `${file}：不支持 ${extname(file).toLowerCase() || '无扩展名'} 文件。请另存为 ${extensions.slice(0, -1).join('、')} 或 ${extensions.at(-1)!} 后再检查。`,
    );
  }
  let bytes: Uint8Array;
  try {
    bytes = await readFile(file);
  } catch (error) {
    throw new NoticeError(`找不到或无法读取 ${file}，请检查文件路径。`, { cause: error });
  }
  try {
    // Word's list numbering, which the importer refuses as lost text, holds no link.
    return await parseDocument(file, bytes, { autoNumbering: 'ignore' });
  } catch (error) {
    // With numbering ignored, a .docx is refused only when it is no Word document at all.
    if (format === 'docx' && error instanceof DocumentError) {
      throw new NoticeError(
        `${file} 不是有效的 Word 文档（.docx），无法读取。请用 Word 重新另存为 .docx。`,
        { cause: error },
      );
    }
    throw error;
  }
}

/**
 * The URLs a notice names, in the order it names them: written out in its text, or as the target
 * of a hyperlink (a linked 措施（二）, whose URL is nowhere in the text).
 */
export function noticeUrls(notice: SourceDocument): string[] {
  const named = [
    ...notice.paragraphs.flatMap((p) => findUrls(p.text).map((url) => ({ url, line: p.line }))),
    ...notice.links.map((link) => ({ url: link.href, line: link.line ?? Number.MAX_SAFE_INTEGER })),
  ];
  // The sort is stable: on one line, the URLs written out come before the hyperlinks.
  return named.sort((a, b) => a.line - b.line).map((found) => found.url);
}
