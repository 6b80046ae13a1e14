/** Reads an input file of any supported kind into one shape: its paragraphs and its links. */
import { readFile, stat } from 'node:fs/promises';
import { decodeText, type DecodeOptions } from './decode.ts';
import { readDocx, type DocxOptions } from './docx.ts';
import { UnreadableDocumentError } from './errors.ts';
import { DOCUMENT_FORMATS, formatOf, unsupportedFormat, type DocumentFormat } from './formats.ts';
import { readHtml } from './html.ts';
import {
  checkDocxBytes,
  checkElementCount,
  checkParagraphCount,
  checkTextBytes,
  countLinesUpTo,
  LIMITS,
} from './limits.ts';
import { readMarkdown } from './markdown.ts';
import type { SourceDocument } from './paragraphs.ts';
import { textParagraphs } from './text.ts';

export interface ReadOptions extends DocxOptions, DecodeOptions {
  /** The formats the caller reads, in the order its messages list them (default: all). */
  formats?: readonly DocumentFormat[] | undefined;
}

/** Reads `file` with the reader for its extension; a file past the limits is refused unread. */
export async function readDocument(
  file: string,
  options: ReadOptions = {},
): Promise<SourceDocument> {
  const format = acceptedFormat(file, options);
  let bytes: Uint8Array;
  try {
    const stats = await stat(file);
    if (!stats.isFile()) throw notAFile(file, stats.isDirectory());
    // The size on disk is known before the file is read: a huge file is never loaded.
    if (format === 'docx') checkDocxBytes(file, stats.size);
    else checkTextBytes(file, stats.size);
    bytes = await readFile(file);
  } catch (error) {
    if (error instanceof UnreadableDocumentError) throw error;
    throw cannotRead(file, error as NodeJS.ErrnoException);
  }
  return parseDocument(file, bytes, options);
}

/** Reads the bytes of `file`, already loaded, with the reader for its extension. */
export async function parseDocument(
  file: string,
  bytes: Uint8Array,
  options: ReadOptions = {},
): Promise<SourceDocument> {
  const format = acceptedFormat(file, options);
  if (format === 'docx') {
    return { file, unit: 'paragraph', encoding: 'docx', ...(await readDocx(bytes, file, options)) };
  }
  checkTextBytes(file, bytes.length);
  const { text, encoding } = decodeText(bytes, file, options);
  if (format === 'html') {
    checkElementCount(file, countStartTagsUpTo(text, LIMITS.markupElements), 'html');
  } else {
    // Text and Markdown have a paragraph per line; they are counted before they are split.
    checkParagraphCount(file, countLinesUpTo(text, LIMITS.paragraphs), 'line');
  }
  const content =
    format === 'markdown'
      ? readMarkdown(text)
      : format === 'html'
        ? readHtml(text)
        : { paragraphs: textParagraphs(text), links: [] };
  checkParagraphCount(file, content.paragraphs.length, 'line', '段落');
  return { file, unit: 'line', encoding, ...content };
}

function acceptedFormat(file: string, options: ReadOptions): DocumentFormat {
  const accepted = options.formats ?? DOCUMENT_FORMATS;
  const format = formatOf(file);
  if (!format || !accepted.includes(format)) throw unsupportedFormat(file, accepted);
  return format;
}

/** The start tags of an HTML page, counted up to one past `max`. */
function countStartTagsUpTo(html: string, max: number): number {
  const tag = /<[a-zA-Z]/g;
  let count = 0;
  while (count <= max && tag.test(html)) count++;
  return count;
}

function notAFile(file: string, directory: boolean): UnreadableDocumentError {
  return new UnreadableDocumentError({
    file,
    expected: '一个文件',
    found: directory ? '一个文件夹' : '一个特殊文件（不是普通文件）',
    hint: '请指明文件夹中的文档文件，如 材料/对照检查材料.docx。',
  });
}

/** Why the file system would not give the file, in the words of the person who named it. */
const READ_FAILURES: Record<string, { found: string; hint: string }> = {
  ENOENT: {
    found: '找不到这个文件',
    hint: '请检查文件名和所在的文件夹；相对路径从运行命令时所在的文件夹算起。',
  },
  EACCES: {
    found: '没有读取权限的文件',
    hint: '请检查文件的权限，或者把文件复制到自己的文件夹中再试。',
  },
  EPERM: {
    found: '不允许读取的文件',
    hint: '请检查文件的权限，或者把文件复制到自己的文件夹中再试。',
  },
  EBUSY: {
    found: '正被其他程序占用的文件',
    hint: '请关闭打开这个文件的程序（如 Word、WPS），再试。',
  },
};

function cannotRead(file: string, error: NodeJS.ErrnoException): UnreadableDocumentError {
  const failure = READ_FAILURES[error.code ?? ''] ?? {
    found: `无法读取的文件（${error.code ?? error.message}）`,
    hint: '请检查文件是否还在、能否用其他程序打开；网络盘上的文件可先复制到本机再试。',
  };
  return new UnreadableDocumentError(
    { file, expected: '可以读取的文件', ...failure },
    { cause: error },
  );
}
