/**
 * The text and the link targets of a notice (通知, 督办单) in the forms offices save them in: plain
 * text (UTF-8, or GB18030/GBK as Chinese Windows writes it), Markdown, HTML and Word .docx.
 */
import { readFile } from 'node:fs/promises';
import { extname } from 'node:path';
import * as cheerio from 'cheerio';
import mammoth from 'mammoth';

export interface NoticeContent {
  /** The words of the notice, one line per paragraph, so that URLs never run into each other. */
  text: string;
  /** Targets of hyperlinks, which need not appear in the text (a linked 措施（二）). */
  hrefs: string[];
}

/** Thrown for a notice that cannot be read; the message says what to do, in Chinese. */
export class NoticeError extends Error {
  constructor(message: string, options?: ErrorOptions) {
    super(message, options);
    this.name = 'NoticeError';
  }
}

/** The extensions `readNotice` understands. */
export const NOTICE_EXTENSIONS = ['.txt', '.md', '.html', '.htm', '.docx'] as const;

/**
 * Decodes a text file: UTF-16 when it starts with its byte order mark, UTF-8 when the bytes are
 * valid UTF-8, else GB18030, the superset of GBK and GB2312 that Chinese Windows saves text in.
 */
export function decodeText(bytes: Uint8Array): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes);
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes);
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder('gb18030').decode(bytes);
  }
}

const BLOCKS = 'p, div, li, td, th, tr, h1, h2, h3, h4, h5, h6, blockquote, pre, section, article';

/** The text (one line per block) and the `href`s of an HTML document. */
export function htmlNotice(html: string): NoticeContent {
  const $ = cheerio.load(html);
  $('script, style, template').remove();
  $('br').replaceWith('\n');
  $(BLOCKS).each((_, block) => {
    $(block).prepend('\n').append('\n');
  });
  const hrefs = $('a[href]')
    .map((_, a) => $(a).attr('href') ?? '')
    .get()
    .filter((href) => href !== '');
  return { text: $.root().text(), hrefs };
}

async function docxNotice(file: string, bytes: Buffer): Promise<NoticeContent> {
  try {
    const { value: text } = await mammoth.extractRawText({ buffer: bytes });
    // The raw text has no link targets; the HTML conversion keeps them as <a href>.
    const { value: html } = await mammoth.convertToHtml({ buffer: bytes });
    return { text, hrefs: htmlNotice(html).hrefs };
  } catch (error) {
    throw new NoticeError(
      `${file} 不是有效的 Word 文档（.docx），无法读取。请用 Word 重新另存为 .docx。`,
      {
        cause: error,
      },
    );
  }
}

/** Reads a notice file by its extension. */
export async function readNotice(file: string): Promise<NoticeContent> {
  const extension = extname(file).toLowerCase();
  if (!(NOTICE_EXTENSIONS as readonly string[]).includes(extension)) {
    throw new NoticeError(
      `${file}：不支持 ${extension || '无扩展名'} 文件。请另存为 .docx、.txt、.md 或 .html 后再检查。`,
    );
  }
  let bytes: Buffer;
  try {
    bytes = await readFile(file);
  } catch (error) {
    throw new NoticeError(`找不到或无法读取 ${file}，请检查文件路径。`, { cause: error });
  }
  if (extension === '.docx') return docxNotice(file, bytes);
  const text = decodeText(bytes);
  if (extension === '.html' || extension === '.htm') return htmlNotice(text);
  return { text, hrefs: [] };
}
