/**
 * A .docx file as the ZIP package it is, looked at with JSZip (the ZIP reader mammoth itself uses)
 * before mammoth reads it: a file that is no ZIP, or a ZIP that holds no Word document, is named
 * for what it is.
 */
import JSZip from 'jszip';
import { UnreadableDocumentError } from './errors';
import { OLE_SIGNATURE } from './formats';

const SAVE_AS_DOCX =
  '用 Word 或 WPS 打开它，选“文件”→“另存为”，保存类型选“Word 文档（*.docx）”，再用新保存的文件。';

/** Throws unless `bytes` are a Word package. */
export async function checkDocxPackage(bytes: Uint8Array, file: string): Promise<void> {
  checkIsWord(await openZip(bytes, file), file);
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
