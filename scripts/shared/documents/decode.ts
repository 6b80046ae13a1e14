/**
 * Bytes of a text file to a string. Documents reach us as UTF-8 (with or without BOM) from current
 * tools, as UTF-16 from Notepad's "Unicode", as GB18030/GBK from older Windows tools and, from
 * Taiwan or Hong Kong, as Big5. UTF-8 is tried first because GB18030 and Big5 accept almost any
 * byte sequence, while valid UTF-8 Chinese text is practically never valid by accident; between
 * those two, the one whose text holds the common Chinese characters is taken
 * (src/text/legacy-encoding.ts).
 */
import { guessLegacyEncoding, utf16ByteOrder } from '../../../src/text/legacy-encoding.ts';
import { DocumentError, UnreadableDocumentError } from './errors.ts';
import { OTHER_FORMATS } from './formats.ts';

export interface DecodedText {
  text: string;
  /** The encoding that was used, as a WHATWG label: `utf-8`, `gb18030`, `utf-16le`, … */
  encoding: string;
}

export interface DecodeOptions {
  /** Force an encoding (any WHATWG label: gbk, gb18030, big5, utf-16le …). */
  encoding?: string | undefined;
  /**
   * The caller's option for naming an encoding, as its users type it (`--encoding`), for hints;
   * absent when they cannot name one, and hints say to save the file as UTF-8 instead.
   */
  encodingOption?: string | undefined;
}

const BOMS: { bytes: number[]; encoding: string }[] = [
  { bytes: [0xef, 0xbb, 0xbf], encoding: 'utf-8' },
  { bytes: [0xff, 0xfe], encoding: 'utf-16le' },
  { bytes: [0xfe, 0xff], encoding: 'utf-16be' },
];

/** How much of a file is looked at to tell binary data, and UTF-16 without a BOM, from text. */
const SNIFF_BYTES = 8192;

const GB18030_FIRST = ['gb18030', 'big5'] as const;
const BIG5_FIRST = ['big5', 'gb18030'] as const;

const SAVE_AS_UTF8 = '用记事本等文本编辑器打开文件，“另存为”时把编码选为 UTF-8，再用另存的文件。';

const startsWith = (bytes: Uint8Array, prefix: readonly number[]) =>
  prefix.every((b, i) => bytes[i] === b);

/**
 * Decodes a text file: by its BOM, else as UTF-8 if valid, else as GB18030 (which covers GBK and
 * GB2312) or Big5, whichever it reads as. `options.encoding` forces one.
 */
export function decodeText(
  bytes: Uint8Array,
  file: string,
  options: DecodeOptions = {},
): DecodedText {
  if (bytes.length === 0) {
    throw new UnreadableDocumentError({
      file,
      expected: '有文字的文档',
      found: '空文件',
      hint: '请确认文件名无误，并且文件已经保存。',
    });
  }
  for (const other of OTHER_FORMATS) {
    if (other.signature && startsWith(bytes, other.signature)) {
      throw new UnreadableDocumentError({
        file,
        expected: '纯文本文件',
        found: other.name,
        hint: other.hint,
      });
    }
  }
  const decoded = options.encoding
    ? decodeAs(bytes, file, options.encoding, options)
    : detect(bytes, file, options);
  checkIsText(decoded.text, file);
  return decoded;
}

function detect(bytes: Uint8Array, file: string, options: DecodeOptions): DecodedText {
  const bom = BOMS.find((b) => startsWith(bytes, b.bytes));
  if (bom) return decodeAs(bytes, file, bom.encoding, options);
  const start = bytes.subarray(0, SNIFF_BYTES);
  const nul = start.indexOf(0);
  if (nul >= 0) {
    // UTF-16 comes in pairs of bytes: a file of an odd length is none.
    const utf16 = bytes.length % 2 === 0 ? utf16WithoutBom(start) : undefined;
    if (utf16) throw utf16Error(file, utf16, options);
    throw binaryError(file, `第 ${nul + 1} 个字节是 NUL（0x00）`);
  }
  const utf8 = tryDecode(bytes, 'utf-8');
  if (utf8 !== undefined) return { text: utf8, encoding: 'utf-8' };
  // The guess looks at the file's start; the whole file must decode too.
  const candidates = guessLegacyEncoding(bytes) === 'big5' ? BIG5_FIRST : GB18030_FIRST;
  for (const candidate of candidates) {
    const text = tryDecode(bytes, candidate);
    if (text !== undefined) return { text, encoding: candidate };
  }
  throw new UnreadableDocumentError({
    file,
    expected: 'UTF-8、GB18030/GBK 或 Big5 编码的文字',
    found: '这几种编码都不是的字节',
    hint: options.encodingOption
      ? `如果知道文件的编码，用 ${options.encodingOption} 指明，如 ${options.encodingOption} utf-16le（或 shift_jis、euc-kr 等）；不知道时，${SAVE_AS_UTF8}`
      : SAVE_AS_UTF8,
  });
}

/**
 * The UTF-16 byte order of text saved without a BOM, or undefined: where its NUL bytes fall says
 * which order it is in, if any (`utf16ByteOrder`), and its text must then read as typed text.
 */
function utf16WithoutBom(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | undefined {
  const order = utf16ByteOrder(bytes);
  return order && readsAsText(new TextDecoder(order).decode(bytes)) ? order : undefined;
}

/**
 * Whether text decoded from unknown bytes is plausible: its characters below U+0100 are printable
 * or white space, as in typed text, not the control characters binary data decodes to.
 */
function readsAsText(text: string): boolean {
  let low = 0;
  let control = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code >= 0x100) continue;
    low++;
    if ((code < 0x20 && !'\t\n\f\r'.includes(text[i]!)) || (code >= 0x7f && code < 0xa0)) control++;
  }
  return low > 0 && control * 20 <= low;
}

function utf16Error(file: string, encoding: string, options: DecodeOptions): DocumentError {
  return new UnreadableDocumentError({
    file,
    expected: '纯文本文件',
    found: `没有 BOM（字节顺序标记）的 ${encoding.toUpperCase()} 文本（每两个字节中有一个是 0，这种文件无法自动识别编码）`,
    hint: options.encodingOption
      ? `加上 ${options.encodingOption} ${encoding} 再试；或者${SAVE_AS_UTF8}`
      : SAVE_AS_UTF8,
  });
}

function decodeAs(
  bytes: Uint8Array,
  file: string,
  encoding: string,
  options: DecodeOptions,
): DecodedText {
  const option = options.encodingOption ?? '--encoding';
  let label: string;
  try {
    label = new TextDecoder(encoding).encoding;
  } catch (error) {
    throw new DocumentError(
      {
        file,
        expected: '编码名称，如 utf-8、gb18030、gbk 或 big5',
        found: `“${option} ${encoding}”`,
        hint: '请使用 WHATWG 标准的编码名称；gb18030 也能读取 GBK 和 GB2312 编码的文件。',
      },
      { cause: error },
    );
  }
  const text = tryDecode(bytes, label);
  if (text === undefined) {
    throw new DocumentError({
      file,
      expected: `${label} 编码的文字`,
      found: `不是有效 ${label} 编码的字节`,
      hint: `去掉 ${option}，让程序自动识别 UTF-8、GB18030 和 Big5；或者指明正确的编码。`,
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

/**
 * Control characters other than tab, line breaks and form feed do not occur in a typed document.
 * Counted in a loop: a regular expression's match list would cost memory in a large binary file.
 */
function checkIsText(text: string, file: string): void {
  let controls = 0;
  let nul = false;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code <= 0x08 || (code >= 0x0e && code <= 0x1f) || code === 0x7f) {
      controls++;
      if (code === 0) nul = true;
    }
  }
  if (controls > 0 && (nul || controls * 100 > text.length)) {
    throw binaryError(file, `有 ${controls} 个控制字符`);
  }
}

function binaryError(file: string, what: string): DocumentError {
  return new UnreadableDocumentError({
    file,
    expected: '文本文件',
    found: `二进制数据（${what}）`,
    hint: '请确认选对了文件：应当是用记事本能正常打开的文字文件，而不是图片、压缩包等其他类型的文件。',
  });
}
