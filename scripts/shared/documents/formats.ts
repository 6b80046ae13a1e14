/**
 * The kinds of file documents are read from, known by their extension, and the kinds people try
 * that cannot be read, each with what to do instead. Both the extension of a file and the first
 * bytes of one that claims to be text are checked against the same list.
 */
import { extname } from 'node:path';
import { orList, UnreadableDocumentError } from './errors.ts';

/** The formats there is a reader for. */
export type DocumentFormat = 'docx' | 'text' | 'markdown' | 'html';

/** Each format's extensions, the first one the one messages name, in the order messages list them. */
const FORMATS: Record<DocumentFormat, { extensions: readonly string[]; name: string }> = {
  docx: { extensions: ['.docx'], name: 'Word 文档（.docx）' },
  text: { extensions: ['.txt', '.text'], name: '纯文本（.txt）' },
  markdown: { extensions: ['.md', '.markdown'], name: 'Markdown（.md）' },
  html: { extensions: ['.html', '.htm'], name: '网页（.html）' },
};

/** Every format, in the order messages list them. */
export const DOCUMENT_FORMATS = Object.keys(FORMATS) as DocumentFormat[];

/** A format documents come in that no reader here reads. */
export interface OtherFormat {
  /** What it is, as a message says it after 实际是: `PDF 文件`. */
  name: string;
  /** How to get a file that can be read. */
  hint: string;
  extensions?: readonly string[];
  /** The bytes its files start with, to recognise one saved under another format's extension. */
  signature?: readonly number[];
}

/** The first bytes of an OLE compound file: Office 97–2003 (.doc, .xls, .wps) and encrypted Office files. */
export const OLE_SIGNATURE: readonly number[] = [0xd0, 0xcf, 0x11, 0xe0];

export const OTHER_FORMATS: readonly OtherFormat[] = [
  {
    name: '旧版 Office 文件（.doc、.wps 或 .xls）',
    extensions: ['.doc', '.wps'],
    signature: OLE_SIGNATURE,
    hint: '用 Word 或 WPS 打开它，“另存为”Word 文档（.docx）或纯文本（.txt），再用另存的文件。',
  },
  {
    name: 'PDF 文件',
    extensions: ['.pdf'],
    signature: [0x25, 0x50, 0x44, 0x46],
    hint: '把 PDF 中的文字复制到一个 .txt 文件中（并与原件逐段核对），再用这个文件。',
  },
  {
    name: 'RTF 文件',
    extensions: ['.rtf'],
    hint: '用 Word 或 WPS 打开它，“另存为”Word 文档（.docx），再用另存的文件。',
  },
  {
    name: 'ZIP 压缩包（也许是 Word 的 .docx 文件？）',
    signature: [0x50, 0x4b, 0x03, 0x04],
    hint: '如果它是 Word 文档，把扩展名改为 .docx 再试。',
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
): UnreadableDocumentError {
  const extension = extname(file).toLowerCase();
  const other = OTHER_FORMATS.find((format) => format.extensions?.includes(extension));
  return new UnreadableDocumentError({
    file,
    expected: `${orList(accepted.map(mainExtension))} 文件`,
    found: extension ? `${extension} 文件` : '没有扩展名的文件',
    hint:
      other?.hint ??
      `请把文档另存为${orList(accepted.map((format) => FORMATS[format].name))}；纯文本文件只需把扩展名改为 .txt。`,
  });
}
