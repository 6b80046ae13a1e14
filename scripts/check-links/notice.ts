/**
 * A notice (通知, 督办单) in the forms offices save them in (Word .docx, plain text in UTF-8 or in
 * GB18030/GBK as Chinese Windows writes it, Markdown, HTML), read as the importer reads a review,
 * and the links it names. What goes wrong is said in Chinese, for the people who write notices.
 */
import { constants } from 'node:fs';
import { access, stat } from 'node:fs/promises';
import { extname } from 'node:path';
import { UserError } from '../../src/model/content-error.ts';
import { DocumentError } from '../shared/documents/errors.ts';
import { DOCUMENT_FORMATS, formatOf, mainExtension } from '../shared/documents/formats.ts';
import type { SourceDocument } from '../shared/documents/paragraphs.ts';
import { readDocument } from '../shared/documents/read.ts';
import type { NoticeLink } from './link-check.ts';
import { shownUrl } from './shown-url.ts';
import { findUrls, readUrl } from './url-in-text.ts';

/** Thrown for a notice that cannot be read; the message names the file and what to do, in Chinese. */
export class NoticeError extends UserError {
  constructor(message: string, options?: ErrorOptions) {
    super(message, { ...options, exitCode: 2 });
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
  const size = await readableSize(file);
  if (size === 0) {
    throw new NoticeError(`${file} 是空文件：请确认文件名没有写错、文件已经保存。`);
  }
  try {
    // Word's list numbering, which the importer refuses as lost text, holds no link.
    return await readDocument(file, { autoNumbering: 'ignore' });
  } catch (error) {
    if (!(error instanceof DocumentError)) throw error;
    // With numbering ignored, a notice is refused only when it is not the kind of file its
    // extension says: the reader's own words (DEBUG=1 shows them) are meant for the importer.
    throw new NoticeError(
      format === 'docx'
        ? `${file} 不是有效的 Word 文档（.docx），无法读取。请用 Word 或 WPS 打开原文件，另存为 .docx 后再检查。`
        : `${file}：读不出这份通知的文字${sizeNote(size)}。它不是 UTF-8、GB18030（GBK）或 UTF-16 编码的文本，可能是其他类型的文件（Word 文档、PDF、图片、压缩包）改成了 ${extname(file).toLowerCase()} 扩展名。请用 Word、WPS 或记事本打开原文件，另存为 .docx 或 UTF-8 编码的 .txt 后再检查。`,
      { cause: error },
    );
  }
}

/** The file's size in bytes, once it is known to be a file that can be read. */
async function readableSize(file: string): Promise<number> {
  try {
    const stats = await stat(file);
    if (stats.isDirectory()) {
      throw new NoticeError(`${file} 是文件夹，不是通知文件：请写出文件夹中要检查的通知的文件名。`);
    }
    await access(file, constants.R_OK);
    return stats.size;
  } catch (error) {
    if (error instanceof NoticeError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    throw new NoticeError(
      code === 'ENOENT'
        ? `找不到 ${file}：请检查文件名和所在文件夹（相对路径从运行命令的文件夹算起）。`
        : `无法读取 ${file}${code === 'EACCES' || code === 'EPERM' ? '：没有读取这个文件的权限' : ''}。请确认文件没有被其他程序锁定，或复制一份再检查。`,
      { cause: error },
    );
  }
}

/** A large file is seldom a notice, which runs to some tens of KB: its size helps to see why. */
function sizeNote(size: number): string {
  return size >= 1024 * 1024 ? `（文件有 ${(size / 1024 / 1024).toFixed(1)} MB）` : '';
}

/**
 * The links a notice names, in the order it names them: URLs written out in its text, and the
 * targets of hyperlinks (a linked 措施（二）, whose URL is nowhere in the text). A Word hyperlink
 * whose text is a URL other than its target is named once, as the hyperlink: its reader clicks
 * the URL the text shows and opens the target.
 */
export function noticeLinks(notice: SourceDocument): NoticeLink[] {
  const hyperlinks: NoticeLink[] = notice.links.map((link) => {
    const href = link.href.trim();
    const shown = link.text === undefined ? undefined : shownUrl(link.text, href);
    return { ...readUrl(href), line: link.line, hyperlink: true, ...(shown && { shown }) };
  });
  // The URLs shown as such hyperlinks' text, by line, each taken out of the text once.
  const shownOn = hyperlinks.flatMap((link) =>
    link.shown ? [`${link.line}\n${link.shown.written}`] : [],
  );
  const written = notice.paragraphs.flatMap((p) =>
    findUrls(p.text)
      .filter((url) => !takeOut(shownOn, `${p.line}\n${url.written}`))
      .map((url) => ({ ...url, line: p.line, hyperlink: false })),
  );
  // The sort is stable: on one line, the URLs written out come before the hyperlinks.
  const order = (link: NoticeLink) => link.line ?? Number.MAX_SAFE_INTEGER;
  return [...written, ...hyperlinks].sort((a, b) => order(a) - order(b));
}

/** Removes the first `item` from `list`; whether there was one. */
function takeOut(list: string[], item: string): boolean {
  const index = list.indexOf(item);
  if (index !== -1) list.splice(index, 1);
  return index !== -1;
}
