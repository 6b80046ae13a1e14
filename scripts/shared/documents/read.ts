/** Reads an input file of any supported kind into one shape: its paragraphs and its links. */
import { readFile } from 'node:fs/promises';
import { decodeText } from './decode';
import { readDocx, type DocxOptions } from './docx';
import { DocumentError } from './errors';
import { DOCUMENT_FORMATS, formatOf, unsupportedFormat, type DocumentFormat } from './formats';
import { readHtml } from './html';
import { readMarkdown } from './markdown';
import type { SourceDocument } from './paragraphs';
import { textParagraphs } from './text';

export interface ReadOptions extends DocxOptions {
  /** Force the encoding of a text file (any WHATWG label: gb18030, gbk, big5, utf-16le …). */
  encoding?: string | undefined;
  /** The formats the caller reads, in the order its messages list them (default: all). */
  formats?: readonly DocumentFormat[] | undefined;
}

/** Reads `file` with the reader for its extension. */
export async function readDocument(
  file: string,
  options: ReadOptions = {},
): Promise<SourceDocument> {
  acceptedFormat(file, options);
  let bytes: Uint8Array;
  try {
    bytes = await readFile(file);
  } catch (error) {
    throw new DocumentError(
      {
        file,
        expected: 'a file that can be read',
        found: (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : String(error),
        hint: 'Check the file name and the folder; a relative path starts from the folder you run the command in.',
      },
      { cause: error },
    );
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
  const { text, encoding } = decodeText(bytes, file, options.encoding);
  const content =
    format === 'markdown'
      ? readMarkdown(text)
      : format === 'html'
        ? readHtml(text)
        : { paragraphs: textParagraphs(text), links: [] };
  return { file, unit: 'line', encoding, ...content };
}

function acceptedFormat(file: string, options: ReadOptions): DocumentFormat {
  const accepted = options.formats ?? DOCUMENT_FORMATS;
  const format = formatOf(file);
  if (!format || !accepted.includes(format)) throw unsupportedFormat(file, accepted);
  return format;
}
