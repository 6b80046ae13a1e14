/**
 * The text of a content file (review.mdx, an entry's .mdx), taken only when it is exactly what the
 * bytes hold. Content files are UTF-8. One saved as Notepad's "ANSI" (GB18030) or "Unicode"
 * (UTF-16) read as UTF-8 would have its Chinese text replaced by U+FFFD, and a command writing it
 * back would destroy the official text; such bytes give a problem instead, naming the encoding
 * they look like, the line where they stop being UTF-8, and how to save the file as UTF-8.
 */
import type { ContentProblem } from '../model/content-error.ts';
import { decodeUtf8, ENCODING_NAMES, guessLegacyEncoding } from './legacy-encoding.ts';

const BOM = [0xef, 0xbb, 0xbf];

/** The file's text, its BOM kept so that a file written back keeps its every byte; or the problem. */
export function contentText(
  bytes: Uint8Array,
  file: string,
): { text: string } | { problem: ContentProblem } {
  const text = decodeUtf8(bytes);
  if (text !== undefined) {
    return { text: BOM.every((b, i) => bytes[i] === b) ? `\uFEFF${text}` : text };
  }
  return { problem: notUtf8Problem(bytes, file) };
}

const SAVE_AS_UTF8 =
  '用记事本打开这个文件，核对文字显示正常后，选“文件”→“另存为”，“编码”选 UTF-8，保存后再运行一次。';

/** How many Chinese characters in valid UTF-8 make the start of a file UTF-8. */
const MIXED_CHARACTERS = 4;

function notUtf8Problem(bytes: Uint8Array, file: string): ContentProblem {
  const offset = firstNonUtf8Byte(bytes);
  const lineStart = offset > 0 ? bytes.lastIndexOf(0x0a, offset - 1) + 1 : 0;
  const line = countNewlines(bytes, lineStart) + 1;
  // Chinese in UTF-8 before that line: UTF-8 with some text in another encoding pasted in. (Text
  // in another encoding makes a few valid UTF-8 characters by chance, hardly ever several.)
  const before = new TextDecoder().decode(bytes.subarray(0, lineStart));
  const mixed = (before.match(/[\u4e00-\u9fff]/g)?.length ?? 0) >= MIXED_CHARACTERS;
  const encoding = guessLegacyEncoding(mixed ? bytes.subarray(lineStart) : bytes);
  const name = encoding ? ENCODING_NAMES[encoding] : undefined;
  const unchanged = '（这个文件没有被改动。）';
  if (mixed) {
    return {
      file,
      line,
      message: `编码应为 UTF-8，实际上前面是 UTF-8，这一行起${name ? `像是 ${name}` : '是另一种编码'}：按 UTF-8 读取会把这些文字读成乱码`,
      hint: `这一行多半是从别处粘贴来的。用编辑器打开文件，找到这一行，从原文重新复制或输入显示为乱码的文字，以 UTF-8 保存后再运行一次。${unchanged}`,
    };
  }
  if (!name) {
    return {
      file,
      line,
      message:
        '编码应为 UTF-8，实际是无法按 UTF-8 读取的字节，也不像 GB18030、Big5 或 UTF-16 编码的文字',
      hint: `请确认它是内容文件本身（用记事本打开能看到 --- 之间的字段和正文）；文件已损坏的，从备份或版本记录中恢复它。${unchanged}`,
    };
  }
  return {
    file,
    line,
    message: `编码应为 UTF-8，实际像是 ${name}：从这一行起不是有效的 UTF-8，按 UTF-8 读取会把汉字读成乱码`,
    hint:
      encoding === 'big5'
        ? `${SAVE_AS_UTF8}记事本显示乱码时，用能选择编码的编辑器（如 VS Code：“通过编码重新打开”选 Big5）打开，再以 UTF-8 保存。${unchanged}`
        : `${SAVE_AS_UTF8}${unchanged}`,
  };
}

function countNewlines(bytes: Uint8Array, end: number): number {
  let count = 0;
  for (let i = bytes.indexOf(0x0a); i >= 0 && i < end; i = bytes.indexOf(0x0a, i + 1)) count++;
  return count;
}

/**
 * The offset of the first byte that does not start a whole, well-formed UTF-8 sequence (WHATWG's
 * rules: no overlong forms, no surrogates, nothing past U+10FFFF); -1 when all bytes are UTF-8.
 */
export function firstNonUtf8Byte(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const lead = bytes[i]!;
    if (lead < 0x80) {
      i++;
      continue;
    }
    const sequence = sequenceOf(lead);
    if (!sequence) return i;
    const [length, low, high] = sequence;
    for (let k = 1; k < length; k++) {
      const next = bytes[i + k];
      if (next === undefined || next < (k === 1 ? low : 0x80) || next > (k === 1 ? high : 0xbf)) {
        return i;
      }
    }
    i += length;
  }
  return -1;
}

/** For a lead byte: its sequence's length and the range of the byte after it; undefined for none. */
function sequenceOf(lead: number): [number, number, number] | undefined {
  if (lead >= 0xc2 && lead <= 0xdf) return [2, 0x80, 0xbf];
  if (lead === 0xe0) return [3, 0xa0, 0xbf];
  if (lead === 0xed) return [3, 0x80, 0x9f];
  if (lead >= 0xe1 && lead <= 0xef) return [3, 0x80, 0xbf];
  if (lead === 0xf0) return [4, 0x90, 0xbf];
  if (lead >= 0xf1 && lead <= 0xf3) return [4, 0x80, 0xbf];
  if (lead === 0xf4) return [4, 0x80, 0x8f];
  return undefined;
}
