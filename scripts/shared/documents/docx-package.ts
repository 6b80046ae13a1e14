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
  checkZipEntryCount,
  LIMITS,
} from './limits.ts';
import { StartTagCounter } from './xml-tags.ts';
import { countZipEntriesUpTo, inflatePart } from './zip-package.ts';

const SAVE_AS_DOCX =
  '用 Word 或 WPS 打开它，选“文件”→“另存为”，保存类型选“Word 文档（*.docx）”，再用新保存的文件。';

/**
 * Throws unless `bytes` are a Word package whose XML stays within the limits; returns the package,
 * opened, for reading its parts.
 */
export async function checkDocxPackage(bytes: Uint8Array, file: string): Promise<JSZip> {
  checkDocxBytes(file, bytes.length);
  const zip = await openZip(bytes, file);
  checkIsWord(zip, file);
  await measureXml(zip, file, bytes.length);
  return zip;
}

async function openZip(bytes: Uint8Array, file: string): Promise<JSZip> {
  // JSZip makes an object for every file the package lists before any is read.
  checkZipEntryCount(file, countZipEntriesUpTo(bytes, LIMITS.zipEntries), 'docx');
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

/**
 * Inflates every XML part as a stream, counting its bytes, its elements and its Word paragraphs
 * (empty ones too), and stops at the first count past its limit.
 */
async function measureXml(zip: JSZip, file: string, packed: number): Promise<void> {
  let bytes = 0;
  // `w:p` after `<`: a Word paragraph, not `<w:pPr>` or `<w:proofErr>`.
  const tags = new StartTagCounter('w:p');
  for (const entry of Object.values(zip.files)) {
    if (entry.dir || !XML_PART.test(entry.name)) continue;
    try {
      await inflatePart(entry, (chunk) => {
        bytes += chunk.length;
        tags.add(chunk);
        checkDocxXmlBytes(file, bytes, packed);
        checkElementCount(file, tags.elements, 'docx');
        checkParagraphCount(file, tags.named, 'paragraph', 'Word 段落（含空段落）');
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
    tags.endPart();
  }
}
