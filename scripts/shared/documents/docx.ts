/**
 * The paragraphs and hyperlinks of a Word (.docx) file, read with mammoth in one walk of its
 * document model: the text of each paragraph, table cells included, a line break inside a paragraph
 * starting a new one, as the reader of the page sees it; the target of each hyperlink, with the
 * paragraph it is in (a footnote's, with the paragraph that refers to the footnote).
 */
import mammoth from 'mammoth';
import { checkDocxPackage } from './docx-package.ts';
import { DocumentError, quote, UnreadableDocumentError } from './errors.ts';
import { checkParagraphCount } from './limits.ts';
import type { DocumentContent, Link, Paragraph } from './paragraphs.ts';
import { cleanParagraph } from './text.ts';

/** The part of mammoth's document model read here. */
interface DocxElement {
  type: string;
  children?: DocxElement[];
  value?: string;
  numbering?: { isOrdered: boolean } | null;
  /** A hyperlink's target outside the document, or the bookmark it leads to inside it. */
  href?: string;
  anchor?: string;
}

/** The document itself, whose footnotes and endnotes mammoth keeps apart from the body. */
interface DocxDocument extends DocxElement {
  notes: { resolve(reference: DocxElement): { body: DocxElement[] } | null };
}

/** A line of a Word paragraph, as the reader sees it, and the links on it. */
interface DocxLine {
  text: string;
  links: Link[];
  autoNumbered: boolean;
}

export interface DocxOptions {
  /**
   * Word's automatic list numbering is drawn by Word, not stored as text. The importer refuses it
   * (the numbers would be lost); reading for links can ignore it.
   */
  autoNumbering?: 'refuse' | 'ignore' | undefined;
}

/** Reads a .docx file's paragraphs, numbered 1, 2, 3 … in the order Word shows them, and links. */
export async function readDocx(
  bytes: Uint8Array,
  file: string,
  options: DocxOptions = {},
): Promise<DocumentContent> {
  if (bytes.length === 0) {
    throw new UnreadableDocumentError({
      file,
      expected: 'Word 文档',
      found: '空文件',
      hint: '请确认文件名无误，并且文件已经保存。',
    });
  }
  await checkDocxPackage(bytes, file);
  let lines: DocxLine[] = [];
  try {
    await mammoth.convertToHtml(
      { buffer: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) },
      {
        transformDocument: (document: DocxDocument) => {
          lines = documentLines(document);
          // The HTML is not wanted: an empty body spares mammoth converting the document.
          return { ...document, children: [] };
        },
      },
    );
  } catch (error) {
    throw new UnreadableDocumentError(
      {
        file,
        expected: 'Word 文档（.docx）',
        found: `无法按 Word 文档读取的文件（读取程序报告：${error instanceof Error ? error.message : String(error)}）`,
        hint: '用 Word 或 WPS 打开它，“另存为”Word 文档（.docx），再用新保存的文件。',
      },
      { cause: error },
    );
  }
  const paragraphs: Paragraph[] = [];
  const links: Link[] = [];
  for (const { text, links: lineLinks, autoNumbered } of lines) {
    const cleaned = cleanParagraph(text);
    const paragraph = cleaned ? { text: cleaned, line: paragraphs.length + 1 } : undefined;
    if (paragraph) {
      if (autoNumbered && options.autoNumbering !== 'ignore') {
        throw autoNumberingError(file, paragraph);
      }
      paragraphs.push(paragraph);
    }
    links.push(...lineLinks.map((link) => (paragraph ? { ...link, line: paragraph.line } : link)));
  }
  // Line breaks inside paragraphs make paragraphs that the package check could not count.
  checkParagraphCount(file, paragraphs.length, 'paragraph');
  return { paragraphs, links };
}

/** Every line of the document's paragraphs, in order, blank ones included. */
function documentLines(document: DocxDocument): DocxLine[] {
  const lines: DocxLine[] = [];
  const collect = (element: DocxElement): void => {
    if (element.type !== 'paragraph') {
      element.children?.forEach(collect);
      return;
    }
    const autoNumbered = element.numbering?.isOrdered === true;
    const newLine = (): DocxLine => {
      const line: DocxLine = { text: '', links: [], autoNumbered };
      lines.push(line);
      return line;
    };
    let line = newLine();
    const inline = (child: DocxElement): void => {
      switch (child.type) {
        case 'text':
          line.text += child.value ?? '';
          return;
        case 'tab':
          line.text += '\t';
          return;
        case 'break':
          line = newLine();
          return;
        case 'noteReference':
          line.links.push(...linksIn(document.notes.resolve(child)?.body ?? []));
          return;
        case 'hyperlink': {
          const link = linkOf(child);
          if (link) line.links.push(link);
          break;
        }
      }
      child.children?.forEach(inline);
    };
    element.children?.forEach(inline);
  };
  collect(document);
  return lines;
}

/**
 * A hyperlink: its target as a browser would follow it (a bookmark inside the file as `#name`),
 * and its text, which the reader may take for its address.
 */
function linkOf(element: DocxElement): Link | undefined {
  const href = element.anchor ? `#${element.anchor}` : element.href || undefined;
  return href === undefined ? undefined : { href, text: textOf(element) };
}

/** The text of an element as the reader sees it. */
function textOf(element: DocxElement): string {
  if (element.type === 'text') return element.value ?? '';
  if (element.type === 'tab') return '\t';
  if (element.type === 'break') return '\n';
  return (element.children ?? []).map(textOf).join('');
}

/** The hyperlinks anywhere in some elements (a footnote's body). */
function linksIn(elements: DocxElement[]): Link[] {
  return elements.flatMap((element) => {
    const link = element.type === 'hyperlink' ? linkOf(element) : undefined;
    return [...(link ? [link] : []), ...linksIn(element.children ?? [])];
  });
}

/** Word's automatic numbering is drawn by Word, not stored as text: the numbers would be lost. */
function autoNumberingError(file: string, paragraph: Paragraph): DocumentError {
  return new DocumentError({
    file,
    line: paragraph.line,
    unit: 'paragraph',
    expected: '作为文字输入的编号（一、 （一） 一是 1. 等）',
    found: `${quote(paragraph.text)}，它用的是 Word 的自动编号，编号不是文字，读取时会丢失`,
    hint: '在 Word 或 WPS 中把文档“另存为”纯文本（.txt），编号会作为文字写出；再用这个 .txt 文件。',
  });
}
