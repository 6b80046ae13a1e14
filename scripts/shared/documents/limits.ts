/**
 * How large a document may be, and the error for one that is larger. A review runs to 10–40
 * pages: 50–200 KB of text in a few hundred paragraphs, a .docx of 30–300 KB; a notice is
 * smaller. Each limit is a hundred times or more above that, and low enough that a file past it —
 * the wrong file, a damaged one, a zip bomb — is refused in well under a second and 1 GB of
 * memory, before it is parsed, instead of exhausting the memory minutes later.
 */
import { UnreadableDocumentError, type PositionUnit } from './errors.ts';

const MB = 1024 * 1024;

export const LIMITS = {
  /**
   * Bytes of a text, Markdown or HTML file. 20 MB is some 7 million Chinese characters, a hundred
   * times the longest review; decoding and splitting that much text takes 0.1 s and 100 MB.
   */
  textBytes: 20 * MB,
  /**
   * Paragraphs of any document (for a text file, its non-blank lines): a thousand times a review's.
   * Importing 100,000 paragraphs takes some 7 s and 220 MB (measured with 99,000), parsing them as
   * Markdown 12 s and 590 MB.
   */
  paragraphs: 100_000,
  /**
   * Bytes of a .docx file as it is on disk. Pictures make a document large, text hardly ever: a
   * review with a few photos pasted in at camera resolution stays well under 50 MB. The file is
   * held in memory twice (once by the reader of its ZIP package, once by mammoth).
   */
  docxBytes: 50 * MB,
  /**
   * Bytes of the XML inside a .docx (document, footnotes, styles …), once inflated. mammoth holds
   * about 50 times the XML in memory (measured: 571 MB for 10.9 MB); Word writes some 1 KB of XML
   * per paragraph, WPS more, so 10 MB is several thousand paragraphs, 200 pages and more.
   */
  docxXmlBytes: 10 * MB,
  /**
   * Elements (tags) of a .docx's XML or of an HTML page. The parsers hold 2–4 KB for each (measured:
   * mammoth 491 MB for 150,000, Word's shortest paragraphs three elements each; parse5 421 MB for
   * 111,000 HTML paragraphs). A page of a review in Word is 500–1,000 elements, a notice's web page
   * a few thousand.
   */
  markupElements: 150_000,
  /**
   * Files listed in a .docx or .xlsx package (a ZIP file). A Word document has ten to twenty parts
   * (the text, styles, numbering, notes, headers, properties …) and one more for each picture, so
   * a review with a hundred photos has some 130; an Excel workbook has a few for each sheet.
   * JSZip, and mammoth reading the package again, hold some 3.5 KB for every file listed before
   * reading any (measured: 1.9 GB and 9 s for 550,000 files); 10,000 files cost some 70 MB.
   */
  zipEntries: 10_000,
} as const;

export type LimitName = keyof typeof LIMITS;

/** Thrown for a document past one of the `LIMITS`; the CLIs exit 2 for it, as for any unreadable file. */
export class DocumentTooLargeError extends UnreadableDocumentError {
  readonly limit: LimitName;

  constructor(limit: LimitName, details: ConstructorParameters<typeof UnreadableDocumentError>[0]) {
    super(details);
    this.name = 'DocumentTooLargeError';
    this.limit = limit;
  }
}

/** `20 MB`, `600 KB`, `512 字节`. */
export function formatBytes(bytes: number): string {
  if (bytes >= MB) return `${Number((bytes / MB).toFixed(1))} MB`;
  if (bytes >= 1024) return `${Math.round(bytes / 1024)} KB`;
  return `${bytes} 字节`;
}

/** `10 万段`, `15 万个`, `2,500 个`: a count and its measure word as a Chinese message writes them. */
export function formatCount(count: number, measure: string): string {
  return count >= 10_000 && count % 10_000 === 0
    ? `${count / 10_000} 万${measure}`
    : `${count.toLocaleString('en-US')} ${measure}`;
}

/** A size past a limit, as found: `21 MB 的文件`, or `略大于 20 MB 的文件` where they round alike. */
function sizePast(size: number, limit: number): string {
  const written = formatBytes(size);
  return `${written === formatBytes(limit) ? '略大于 ' : ''}${written} 的文件`;
}

/** Advice for a file that holds much more than a document: most often, it is the wrong file. */
const WRONG_FILE_HINT =
  '一般的文档只有几百段、几百 KB。请确认选对了文件；如果文件里除了这份文档还有别的内容，只保留文档本身再试。';

/** Refuses a text, Markdown or HTML file of more than `LIMITS.textBytes`. */
export function checkTextBytes(file: string, size: number): void {
  if (size <= LIMITS.textBytes) return;
  throw new DocumentTooLargeError('textBytes', {
    file,
    expected: `不超过 ${formatBytes(LIMITS.textBytes)} 的文本文件`,
    found: sizePast(size, LIMITS.textBytes),
    hint: WRONG_FILE_HINT,
  });
}

/** Refuses a .docx file of more than `LIMITS.docxBytes`. */
export function checkDocxBytes(file: string, size: number): void {
  if (size <= LIMITS.docxBytes) return;
  throw new DocumentTooLargeError('docxBytes', {
    file,
    expected: `不超过 ${formatBytes(LIMITS.docxBytes)} 的 Word 文档`,
    found: sizePast(size, LIMITS.docxBytes),
    hint: '文档大多是因为插入了大图片才变大的。请删去或压缩图片（Word：选中图片，“图片格式”→“压缩图片”），或把文档另存为纯文本（.txt）再试。',
  });
}

/**
 * Refuses a document of more than `LIMITS.paragraphs` paragraphs; `counted` says what was
 * counted when it is not the paragraphs themselves (`非空行`).
 */
export function checkParagraphCount(
  file: string,
  count: number,
  unit: PositionUnit,
  counted = unit === 'line' ? '非空行' : '段落',
): void {
  if (count <= LIMITS.paragraphs) return;
  throw new DocumentTooLargeError('paragraphs', {
    file,
    expected: `不超过 ${formatCount(LIMITS.paragraphs, '段')}的文档`,
    found: `${counted}超过 ${formatCount(LIMITS.paragraphs, '个')}`,
    hint: WRONG_FILE_HINT,
  });
}

/** Refuses markup of more than `LIMITS.markupElements` elements: a .docx's XML or an HTML page. */
export function checkElementCount(file: string, count: number, kind: 'docx' | 'html'): void {
  if (count <= LIMITS.markupElements) return;
  const limit = formatCount(LIMITS.markupElements, '个');
  throw new DocumentTooLargeError('markupElements', {
    file,
    expected:
      kind === 'docx'
        ? `标记（段落、文字块、格式设置等）不超过 ${limit}的 Word 文档`
        : `标签不超过 ${limit}的网页`,
    found: `超过 ${limit}${kind === 'docx' ? '标记' : '标签'}`,
    hint:
      kind === 'docx'
        ? '一页 Word 文档约有几百个标记。请确认选对了文件，只保留文档本身；格式特别多时（如从网页粘贴而来），可另存为纯文本（.txt）再试。'
        : '一个网页通常只有几千个标签。请把正文复制到 .txt 文件，或另存为 .docx，再试。',
  });
}

/** Refuses a .docx whose XML inflates past `LIMITS.docxXmlBytes`; `packed` is the file's size. */
export function checkDocxXmlBytes(file: string, inflated: number, packed: number): void {
  if (inflated <= LIMITS.docxXmlBytes) return;
  const limit = formatBytes(LIMITS.docxXmlBytes);
  throw new DocumentTooLargeError('docxXmlBytes', {
    file,
    expected: `解压后内容不超过 ${limit} 的 Word 文档`,
    found: `解压后超过 ${limit} 的文件（文件本身只有 ${formatBytes(packed)}，不像正常的 Word 文档，可能已损坏，或是有意构造的“压缩炸弹”）`,
    hint: '请用 Word 或 WPS 打开文档核对内容，另存为新的 .docx 或纯文本（.txt）再试；来历不明的文件请勿打开。',
  });
}

/** Refuses a .docx or .xlsx package that lists more than `LIMITS.zipEntries` files. */
export function checkZipEntryCount(file: string, count: number, kind: 'docx' | 'xlsx'): void {
  if (count <= LIMITS.zipEntries) return;
  const limit = formatCount(LIMITS.zipEntries, '个');
  const name = kind === 'docx' ? 'Word 文档' : 'Excel 工作簿';
  throw new DocumentTooLargeError('zipEntries', {
    file,
    expected: `内部文件不超过 ${limit}的 ${name}`,
    found: `内部文件超过 ${limit}的压缩包（${name}${kind === 'docx' ? '通常只有几十个，每张图片另加一个' : '通常只有几十个'}；这个文件可能已损坏，或是有意构造的）`,
    hint: `请用 ${kind === 'docx' ? 'Word' : 'Excel'} 或 WPS 打开核对，另存为新的 .${kind} 再试；来历不明的文件请勿打开。`,
  });
}

/**
 * The number of non-blank lines of a text, counted up to one past `max` and no further, without
 * splitting the text: a text of millions of lines is refused before it is split into them.
 */
export function countLinesUpTo(text: string, max: number): number {
  const line = /[^\s][^\r\n]*/g;
  let count = 0;
  while (count <= max && line.exec(text)) count++;
  return count;
}
