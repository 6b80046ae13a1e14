/**
 * The kinds of file documents are read from, known by their extension, and the kinds people try
 * that cannot be read, each with what to do instead. Both the extension of a file and the first
 * bytes of one that claims to be text are checked against the same list.
 */
import { extname } from 'node:path';
import { DocumentError } from './errors';

/** The formats there is a reader for. */
export type DocumentFormat = 'docx' | 'text' | 'markdown' | 'html';

/** Each format's extensions, the first one the one messages name, in the order messages list them. */
const FORMATS: Record<DocumentFormat, { extensions: readonly string[]; name: string }> = {
  docx: { extensions: ['.docx'], name: 'a Word document (.docx)' },
  text: { extensions: ['.txt', '.text'], name: 'plain text (.txt)' },
  markdown: { extensions: ['.md', '.markdown'], name: 'Markdown (.md)' },
  html: { extensions: ['.html', '.htm'], name: 'a web page (.html)' },
};

/** Every format, in the order messages list them. */
export const DOCUMENT_FORMATS = Object.keys(FORMATS) as DocumentFormat[];

/** A format documents come in that no reader here reads. */
export interface OtherFormat {
  /** What it is, as a message says it: `a PDF file`. */
  name: string;
  /** How to get a file that can be read. */
  hint: string;
  extensions?: readonly string[];
  /** The bytes its files start with, to recognise one saved under a text file's extension. */
  signature?: readonly number[];
}

export const OTHER_FORMATS: readonly OtherFormat[] = [
  {
    name: 'an old Office file (.doc, .wps or .xls)',
    extensions: ['.doc', '.wps'],
    signature: [0xd0, 0xcf, 0x11, 0xe0],
    hint: 'Open it in Word or WPS and save it as .docx (or as plain text .txt), then import that file.',
  },
  {
    name: 'a PDF file',
    extensions: ['.pdf'],
    signature: [0x25, 0x50, 0x44, 0x46],
    hint: 'Copy the text out of the PDF into a .txt file (check it against the original), then import that.',
  },
  {
    name: 'a Rich Text file',
    extensions: ['.rtf'],
    hint: 'Open the file in Word or WPS and save it as .docx, then import that.',
  },
  {
    name: 'a ZIP archive (a Word .docx file?)',
    signature: [0x50, 0x4b, 0x03, 0x04],
    hint: 'If it is a Word document, give it the .docx extension and import it again.',
  },
];

/** The format a file is in by its extension, or undefined when there is no reader for it. */
export function formatOf(file: string): DocumentFormat | undefined {
  const extension = extname(file).toLowerCase();
  return DOCUMENT_FORMATS.find((format) => FORMATS[format].extensions.includes(extension));
}

/** The extension messages name for a format: `.txt` for text. */
export function mainExtension(format: DocumentFormat): string {
  return FORMATS[format].extensions[0]!;
}

/** The error for a file whose extension is none of the `accepted` formats'. */
export function unsupportedFormat(
  file: string,
  accepted: readonly DocumentFormat[],
): DocumentError {
  const extension = extname(file).toLowerCase();
  const other = OTHER_FORMATS.find((format) => format.extensions?.includes(extension));
  return new DocumentError({
    file,
    expected: `a ${orList(accepted.map(mainExtension))} file`,
    found: extension ? `a ${extension} file` : 'a file without an extension',
    hint:
      other?.hint ??
      `Save the document as ${orList(accepted.map((format) => FORMATS[format].name))}; a plain-text file just needs the .txt extension.`,
  });
}

/** `a, b or c`. */
const orList = (items: string[]) =>
  items.length > 1 ? `${items.slice(0, -1).join(', ')} or ${items.at(-1)!}` : (items[0] ?? '');
