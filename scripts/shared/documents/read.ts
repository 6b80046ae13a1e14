/** Reads an input file of any supported kind into paragraphs. */
import { readFile } from 'node:fs/promises';
import { extname } from 'node:path';
import { decodeText } from './decode';
import { ImportError } from './errors';
import { markdownParagraphs } from './markdown';
import { readDocx } from './docx';
import { textParagraphs, type SourceDocument } from './paragraphs';

/** File extensions the importer reads, and how. */
const READERS = {
  '.txt': 'text',
  '.text': 'text',
  '.md': 'markdown',
  '.markdown': 'markdown',
  '.docx': 'docx',
} as const;

/** What to say about extensions people are likely to try. */
const OTHER_FORMATS: Record<string, string> = {
  '.doc': 'Open the old .doc file in Word or WPS and save it as .docx, then import that.',
  '.wps': 'Open the .wps file in WPS and save it as .docx, then import that.',
  '.pdf':
    'Copy the text out of the PDF into a .txt file (check it against the original), then import that.',
  '.rtf': 'Open the file in Word or WPS and save it as .docx, then import that.',
};

export interface ReadOptions {
  /** Force the encoding of a text file (any WHATWG label: gb18030, gbk, big5, utf-16le …). */
  encoding?: string | undefined;
}

/** Reads `file` (.txt, .md or .docx) into its paragraphs. */
export async function readSourceDocument(
  file: string,
  options: ReadOptions = {},
): Promise<SourceDocument> {
  const extension = extname(file).toLowerCase();
  const reader = READERS[extension as keyof typeof READERS] as
    (typeof READERS)[keyof typeof READERS] | undefined;
  if (!reader) {
    throw new ImportError({
      file,
      expected: 'a .txt, .md or .docx file',
      found: extension ? `a ${extension} file` : 'a file without an extension',
      hint:
        OTHER_FORMATS[extension] ??
        'Save the review as plain text (.txt), Markdown (.md) or a Word document (.docx); a plain-text file just needs the .txt extension.',
    });
  }
  let bytes: Uint8Array;
  try {
    bytes = await readFile(file);
  } catch (error) {
    throw new ImportError(
      {
        file,
        expected: 'a file that can be read',
        found: (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : String(error),
        hint: 'Check the file name and the folder; a relative path starts from the folder you run the command in.',
      },
      { cause: error },
    );
  }
  if (reader === 'docx') {
    if (bytes.length === 0) {
      throw new ImportError({
        file,
        expected: 'a Word document',
        found: 'an empty file',
        hint: 'Check that you named the right file and that it was saved.',
      });
    }
    return { file, unit: 'paragraph', paragraphs: await readDocx(bytes, file), encoding: 'docx' };
  }
  const { text, encoding } = decodeText(bytes, file, options.encoding);
  const paragraphs = reader === 'markdown' ? markdownParagraphs(text) : textParagraphs(text);
  return { file, unit: 'line', paragraphs, encoding };
}
