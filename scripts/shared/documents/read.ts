/** Reads an input file of any supported kind into one shape: its paragraphs and its links. */
import { decodeText, type DecodeOptions } from './decode.ts';
import { readDocx, type DocxOptions } from './docx.ts';
import { DOCUMENT_FORMATS, formatOf, unsupportedFormat, type DocumentFormat } from './formats.ts';
import { readHtml } from './html.ts';
import { readInputFile } from './input-file.ts';
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
  // The size on disk is known before the file is read: a huge file is never loaded.
  const bytes = await readInputFile(file, (size) => {
    if (format === 'docx') checkDocxBytes(file, size);
    else checkTextBytes(file, size);
  });
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
