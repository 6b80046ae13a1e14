/**
 * Bytes of a text file to a string. Documents reach us as UTF-8 (with or without BOM) from current
 * tools, as UTF-16 from Notepad's "Unicode", and as GB18030/GBK from older Windows tools. UTF-8 is
 * tried first because GB18030 accepts almost any byte sequence, while valid UTF-8 Chinese text is
 * practically never valid by accident.
 */
import { DocumentError } from './errors';
import { OTHER_FORMATS } from './formats';

export interface DecodedText {
  text: string;
  /** The encoding that was used, as a WHATWG label: `utf-8`, `gb18030`, `utf-16le`, … */
  encoding: string;
}

const BOMS: { bytes: number[]; encoding: string }[] = [
  { bytes: [0xef, 0xbb, 0xbf], encoding: 'utf-8' },
  { bytes: [0xff, 0xfe], encoding: 'utf-16le' },
  { bytes: [0xfe, 0xff], encoding: 'utf-16be' },
];

const startsWith = (bytes: Uint8Array, prefix: readonly number[]) =>
  prefix.every((b, i) => bytes[i] === b);

/**
 * Decodes a text file: by its BOM, else as UTF-8 if valid, else as GB18030 (which covers GBK and
 * GB2312). `encoding` forces one (any WHATWG label: gbk, gb18030, big5, utf-16le …).
 */
export function decodeText(bytes: Uint8Array, file: string, encoding?: string): DecodedText {
  if (bytes.length === 0) {
    throw new DocumentError({
      file,
      expected: 'the text of a review',
      found: 'an empty file',
      hint: 'Check that you named the right file and that it was saved.',
    });
  }
  for (const other of OTHER_FORMATS) {
    if (other.signature && startsWith(bytes, other.signature)) {
      throw new DocumentError({
        file,
        expected: 'a plain-text file',
        found: other.name,
        hint: other.hint,
      });
    }
  }
  const decoded = encoding ? decodeAs(bytes, file, encoding) : detect(bytes, file);
  checkIsText(decoded.text, file);
  return decoded;
}

function detect(bytes: Uint8Array, file: string): DecodedText {
  const bom = BOMS.find((b) => startsWith(bytes, b.bytes));
  if (bom) return decodeAs(bytes, file, bom.encoding);
  const nul = bytes.subarray(0, 8192).indexOf(0);
  if (nul >= 0) throw binaryError(file, `a NUL byte at byte ${nul + 1}`);
  for (const candidate of ['utf-8', 'gb18030']) {
    const text = tryDecode(bytes, candidate);
    if (text !== undefined) return { text, encoding: candidate };
  }
  throw new DocumentError({
    file,
    expected: 'text in UTF-8 or GB18030/GBK',
    found: 'bytes that are neither',
    hint: 'If you know the encoding, name it: --encoding big5 (or utf-16le, shift_jis …). Otherwise open the file in a text editor and save it as UTF-8.',
  });
}

function decodeAs(bytes: Uint8Array, file: string, encoding: string): DecodedText {
  let label: string;
  try {
    label = new TextDecoder(encoding).encoding;
  } catch (error) {
    throw new DocumentError(
      {
        file,
        expected: 'an encoding name such as utf-8, gb18030, gbk or big5',
        found: `--encoding ${encoding}`,
        hint: 'Use one of the WHATWG encoding labels; gb18030 also reads GBK and GB2312 files.',
      },
      { cause: error },
    );
  }
  const text = tryDecode(bytes, label);
  if (text === undefined) {
    throw new DocumentError({
      file,
      expected: `text in ${label}`,
      found: `bytes that are not valid ${label}`,
      hint: 'Leave out --encoding to let the importer detect UTF-8 or GB18030, or name the right encoding.',
    });
  }
  return { text, encoding: label };
}

/** The text, or undefined when the bytes are not valid in that encoding. Strips a BOM. */
function tryDecode(bytes: Uint8Array, encoding: string): string | undefined {
  try {
    return new TextDecoder(encoding, { fatal: true }).decode(bytes);
  } catch {
    return undefined;
  }
}

/** Control characters other than tab, line breaks and form feed do not occur in a typed document. */
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000E-\u001F\u007F]/g;

function checkIsText(text: string, file: string): void {
  const controls = text.match(CONTROL)?.length ?? 0;
  if (controls > 0 && (text.includes('\u0000') || controls * 100 > text.length)) {
    throw binaryError(file, `${controls} control characters`);
  }
}

function binaryError(file: string, what: string): DocumentError {
  return new DocumentError({
    file,
    expected: 'a text document',
    found: `binary data (${what})`,
    hint: 'Import the .txt, .md or .docx file of the review, not a file of another kind.',
  });
}
