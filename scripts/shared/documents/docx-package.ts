/**
 * A .docx file as the ZIP package it is, looked at with JSZip (the ZIP reader mammoth itself uses)
 * before mammoth reads it. A file that is no ZIP, or a ZIP that holds no Word document, is named
 * for what it is. The XML parts are inflated as a stream and counted as they come, so that a
 * package whose XML would inflate past the limits — a zip bomb, a damaged file — is refused after
 * a few megabytes, before mammoth would inflate and parse all of it in memory.
 */
import JSZip from 'jszip';
import { UnreadableDocumentError } from './errors.ts';
import { OLE_SIGNATURE } from './formats.ts';
import {
  checkDocxBytes,
  checkDocxXmlBytes,
  checkElementCount,
  checkParagraphCount,
} from './limits.ts';

const SAVE_AS_DOCX =
  '用 Word 或 WPS 打开它，选“文件”→“另存为”，保存类型选“Word 文档（*.docx）”，再用新保存的文件。';

/** Throws unless `bytes` are a Word package whose XML stays within the limits. */
export async function checkDocxPackage(bytes: Uint8Array, file: string): Promise<void> {
  checkDocxBytes(file, bytes.length);
  const zip = await openZip(bytes, file);
  checkIsWord(zip, file);
  await measureXml(zip, file, bytes.length);
}

async function openZip(bytes: Uint8Array, file: string): Promise<JSZip> {
  try {
    return await JSZip.loadAsync(bytes);
  } catch (error) {
    const old = OLE_SIGNATURE.every((b, i) => bytes[i] === b);
    throw new UnreadableDocumentError(
      {
        file,
        expected: 'Word 文档（.docx）',
        found: old
          ? '旧版 Word 或 WPS 文档（.doc、.wps），或设了打开密码的文档，只是扩展名是 .docx'
          : '其他格式的文件（.docx 文件是一种 ZIP 压缩包，这个文件不是）',
        hint: old
          ? `${SAVE_AS_DOCX}如果文档设了打开密码，请先在“文件”→“信息”中取消密码再另存。`
          : SAVE_AS_DOCX,
      },
      { cause: error },
    );
  }
}

/** Other packages that are ZIP files too, by a part only they have. */
const OTHER_PACKAGES: { part: RegExp; name: string }[] = [
  { part: /^xl\//, name: 'Excel 工作簿（.xlsx）' },
  { part: /^ppt\//, name: 'PowerPoint 演示文稿（.pptx）' },
  { part: /^content\.xml$/, name: 'OpenDocument 文档（.odt，WPS 或 LibreOffice 保存的）' },
];

function checkIsWord(zip: JSZip, file: string): void {
  const names = Object.keys(zip.files);
  if (names.some((name) => name.startsWith('word/'))) return;
  const other = OTHER_PACKAGES.find(({ part }) => names.some((name) => part.test(name)));
  throw new UnreadableDocumentError({
    file,
    expected: 'Word 文档（.docx）',
    found: other
      ? `${other.name}，只是扩展名是 .docx`
      : 'ZIP 压缩包，但里面没有 Word 文档的正文（word/document.xml）',
    hint: other ? SAVE_AS_DOCX : `请确认选对了文件；如果它来自 Word 或 WPS，${SAVE_AS_DOCX}`,
  });
}

/** The XML parts mammoth may read: the document, its notes, styles, numbering, relationships … */
const XML_PART = /\.(?:xml|rels)$/i;

const LT = 0x3c;
/** `/`, `?`, `!` after `<`: an end tag, a processing instruction, a comment or CDATA. */
const NOT_START_TAG = new Set([0x2f, 0x3f, 0x21]);
/** `w:p` after `<`, then a space, `>` or `/`: a Word paragraph, not `<w:pPr>` or `<w:proofErr>`. */
const PARAGRAPH = [0x77, 0x3a, 0x70];
const AFTER_NAME = new Set([0x20, 0x09, 0x0a, 0x0d, 0x3e, 0x2f]);

/**
 * Inflates every XML part as a stream, counting its bytes, its elements and its Word paragraphs
 * (empty ones too), and stops at the first count past its limit.
 */
async function measureXml(zip: JSZip, file: string, packed: number): Promise<void> {
  const counts = { bytes: 0, elements: 0, paragraphs: 0 };
  for (const entry of Object.values(zip.files)) {
    if (entry.dir || !XML_PART.test(entry.name)) continue;
    // A tag cut in two by a chunk boundary is counted with the next chunk.
    let carry: Buffer = Buffer.alloc(0);
    try {
      await inflate(entry, (chunk) => {
        counts.bytes += chunk.length;
        carry = countTags(carry.length > 0 ? Buffer.concat([carry, chunk]) : chunk, counts, false);
        checkDocxXmlBytes(file, counts.bytes, packed);
        checkElementCount(file, counts.elements, 'docx');
        checkParagraphCount(file, counts.paragraphs, 'paragraph', 'Word 段落（含空段落）');
      });
    } catch (error) {
      if (error instanceof UnreadableDocumentError) throw error;
      throw new UnreadableDocumentError(
        {
          file,
          expected: '完好的 Word 文档（.docx）',
          found: `已损坏的文件（其中的 ${entry.name} 无法解压）`,
          hint: '请找到原始文件重新复制一份；或者用 Word 或 WPS 打开（它们常能修复损坏的文档），再另存为 .docx。',
        },
        { cause: error },
      );
    }
    countTags(carry, counts, true);
  }
}

/**
 * Inflates a part chunk by chunk, handing each to `take`; stops at the first chunk `take` throws
 * for, so that the rest of the part is never inflated.
 */
function inflate(entry: JSZip.JSZipObject, take: (chunk: Buffer) => void): Promise<void> {
  return new Promise((resolve, reject) => {
    const stream = entry.nodeStream('nodebuffer');
    stream.on('data', (chunk: Buffer) => {
      try {
        take(chunk);
      } catch (error) {
        // Unread, the stream pauses JSZip's inflating worker once its small buffer is full.
        stream.removeAllListeners('data');
        stream.pause();
        reject(error instanceof Error ? error : new Error(String(error)));
      }
    });
    stream.on('end', resolve);
    stream.on('error', reject);
  });
}

/**
 * Adds the start tags and Word paragraphs in `data` to `counts`; returns the bytes from the last
 * `<` too near the end to tell what it starts, unless `final`.
 */
function countTags(
  data: Buffer,
  counts: { elements: number; paragraphs: number },
  final: boolean,
): Buffer {
  for (let i = data.indexOf(LT); i >= 0; i = data.indexOf(LT, i + 1)) {
    if (!final && i + PARAGRAPH.length + 1 >= data.length) return data.subarray(i);
    const next = data[i + 1];
    if (next === undefined || NOT_START_TAG.has(next)) continue;
    counts.elements++;
    const name = PARAGRAPH.every((b, k) => data[i + 1 + k] === b);
    const end = data[i + 1 + PARAGRAPH.length];
    if (name && end !== undefined && AFTER_NAME.has(end)) counts.paragraphs++;
  }
  return Buffer.alloc(0);
}
