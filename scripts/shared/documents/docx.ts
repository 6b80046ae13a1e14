/**
 * The paragraphs and hyperlinks of a Word (.docx) file, read with mammoth in one walk of its
 * document model: the text of each paragraph, table cells included, a line break inside a paragraph
 * starting a new one, as the reader of the page sees it — the numbers of Word's automatic
 * numbering included, which Word draws and does not store as text; the target of each hyperlink,
 * with the paragraph it is in (a footnote's, with the paragraph that refers to the footnote).
 */
import mammoth from 'mammoth';
import type { ListNumber } from './docx-list-counter.ts';
import { listNumbers, type MammothParagraph } from './docx-list-numbers.ts';
import { checkDocxPackage } from './docx-package.ts';
import { DocumentError, quote, UnreadableDocumentError } from './errors.ts';
import { checkParagraphCount } from './limits.ts';
import type { DocumentContent, Link, Paragraph, ReadingNote } from './paragraphs.ts';
import { cleanParagraph } from './text.ts';

/** The part of mammoth's document model read here. */
interface DocxElement {
  type: string;
  children?: DocxElement[];
  value?: string;
  /** A paragraph's style, and the level of its list when it is in one. */
  styleId?: string | null;
  numbering?: { isOrdered: boolean; level?: string } | null;
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
  /** The paragraph it is a line of, counted from 0 over all of mammoth's paragraphs. */
  paragraph: number;
  /** Whether it is the paragraph's first line, which Word's number stands before. */
  first: boolean;
}

export interface DocxOptions {
  /**
   * Word's automatic list numbering is drawn by Word, not stored as text: the numbers are written
   * before their paragraphs as Word shows them (`render`, the default), or left out (`ignore`,
   * for reading links).
   */
  autoNumbering?: 'render' | 'ignore' | undefined;
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
  const zip = await checkDocxPackage(bytes, file);
  let read: { lines: DocxLine[]; paragraphs: MammothParagraph[] } = { lines: [], paragraphs: [] };
  try {
    await mammoth.convertToHtml(
      { buffer: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) },
      {
        transformDocument: (document: DocxDocument) => {
          read = documentLines(document);
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
  const numbers = options.autoNumbering === 'ignore' ? [] : await listNumbers(zip, read.paragraphs);
  const content = numberedParagraphs(read.lines, numbers);
  if (options.autoNumbering !== 'ignore') checkNumbersRead(file, content, read.paragraphs, numbers);
  // Line breaks inside paragraphs make paragraphs that the package check could not count.
  checkParagraphCount(file, content.paragraphs.length, 'paragraph');
  return { paragraphs: content.paragraphs, links: content.links, notes: content.notes };
}

/** The paragraphs read, with what is known of their numbers for the check after. */
interface NumberedContent {
  paragraphs: Paragraph[];
  links: Link[];
  notes: ReadingNote[];
  /** The first paragraph (of those kept) of each of mammoth's paragraphs, by its index. */
  firsts: Map<number, Paragraph>;
  /** The paragraphs whose number could not be written, and why. */
  unwritten: { paragraph: Paragraph; why: string }[];
  /** How many numbers were written. */
  written: number;
}

/**
 * The paragraphs of the lines, Word's number before the first line with text of its paragraph;
 * `numbers` undefined when they could not be read at all.
 */
function numberedParagraphs(
  lines: readonly DocxLine[],
  numbers: readonly (ListNumber | undefined)[] | undefined,
): NumberedContent {
  const content: NumberedContent = {
    paragraphs: [],
    links: [],
    notes: [],
    firsts: new Map(),
    unwritten: [],
    written: 0,
  };
  // Numbers of paragraphs without text, which Word shows all the same, for the next note.
  let blanks: string[] = [];
  // The number of the paragraph being read, until its first line with text takes it.
  let pending: { number: ListNumber | undefined } | undefined;
  for (const line of lines) {
    if (line.first) {
      if (pending?.number && 'text' in pending.number) blanks.push(pending.number.text);
      pending = { number: numbers?.[line.paragraph] };
    }
    const cleaned = cleanParagraph(line.text);
    const paragraph = cleaned ? { text: cleaned, line: content.paragraphs.length + 1 } : undefined;
    if (paragraph) {
      if (pending) {
        const { number } = pending;
        pending = undefined;
        content.firsts.set(line.paragraph, paragraph);
        if (number && 'text' in number) {
          paragraph.text = cleanParagraph(`${number.text}${number.separator}${cleaned}`);
          content.written++;
        } else if (number) {
          content.unwritten.push({ paragraph, why: number.unwritten });
        }
      }
      if (blanks.length > 0) {
        content.notes.push({ line: paragraph.line, message: blankNumbersNote(blanks) });
        blanks = [];
      }
      content.paragraphs.push(paragraph);
    }
    content.links.push(
      ...line.links.map((link) => (paragraph ? { ...link, line: paragraph.line } : link)),
    );
  }
  if (pending?.number && 'text' in pending.number) blanks.push(pending.number.text);
  if (blanks.length > 0) content.notes.push({ message: `文档末尾：${blankNumbersNote(blanks)}` });
  return content;
}

function blankNumbersNote(numbers: readonly string[]): string {
  return `这一段之前有 ${numbers.length} 个没有文字的自动编号段落（Word 中显示为${numbers.map((n) => `“${n}”`).join('')}），已略去；其后的编号照 Word 的显示接着排。如果这些空段落是多余的，请在 Word 中删去后重新导入`;
}

/**
 * Refuses a document whose automatic numbering could not be read at all (the old way: it must be
 * saved as plain text); where only some numbers could not be written, each kind of number left
 * out gets a note at its first paragraph.
 */
function checkNumbersRead(
  file: string,
  content: NumberedContent,
  paragraphs: readonly MammothParagraph[],
  numbers: readonly (ListNumber | undefined)[] | undefined,
): void {
  if (numbers === undefined) {
    const index = paragraphs.findIndex((p, i) => p.numbered && content.firsts.has(i));
    if (index >= 0) {
      throw autoNumberingError(
        file,
        content.firsts.get(index)!,
        '这份文档的编号无法按 Word 的显示读出',
      );
    }
    return;
  }
  const [first] = content.unwritten;
  if (first && content.written === 0) throw autoNumberingError(file, first.paragraph, first.why);
  const reasons = [...Map.groupBy(content.unwritten, (u) => u.why)];
  for (const [why, all] of reasons.slice(0, MAX_REASONS)) {
    const { paragraph } = all[0]!;
    const others = all.length > 1 ? `（其后另有 ${all.length - 1} 段也是这样）` : '';
    content.notes.push({
      line: paragraph.line,
      message: `${quote(paragraph.text)}用的是 Word 的自动编号，${why}，这一段按没有编号读取${others}。${REWRITE_NUMBERS}`,
    });
  }
  const rest = reasons.slice(MAX_REASONS).flatMap(([, all]) => all);
  if (rest.length > 0) {
    content.notes.push({
      line: rest[0]!.paragraph.line,
      message: `这一段和其后另外 ${rest.length - 1} 段的自动编号也因为其他原因没有读出，这些段落按没有编号读取。${REWRITE_NUMBERS}`,
    });
  }
}

/** How to fix numbers that could not be read, for the notes that name them. */
const REWRITE_NUMBERS =
  '请在 Word 或 WPS 中把编号改为“一、”“（一）”“1.”等常用格式，或把文档另存为纯文本（.txt），再导入这个 .txt 文件';

/** The reasons for numbers left out that get a note each; a file may give any number of them. */
const MAX_REASONS = 5;

/** Every line of the document's paragraphs, in order, blank ones included, and the paragraphs. */
function documentLines(document: DocxDocument): {
  lines: DocxLine[];
  paragraphs: MammothParagraph[];
} {
  const lines: DocxLine[] = [];
  const paragraphs: MammothParagraph[] = [];
  const collect = (element: DocxElement): void => {
    if (element.type !== 'paragraph') {
      element.children?.forEach(collect);
      return;
    }
    const index = paragraphs.length;
    paragraphs.push({
      styleId: element.styleId,
      numbered: element.numbering?.isOrdered === true,
      level: element.numbering?.level,
    });
    const newLine = (): DocxLine => {
      const line: DocxLine = {
        text: '',
        links: [],
        paragraph: index,
        first: lines.at(-1)?.paragraph !== index,
      };
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
  return { lines, paragraphs };
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

/**
 * Word's automatic numbering that could not be read: the numbers would be lost, and with them the
 * structure; saved as plain text, Word writes them out.
 */
function autoNumberingError(file: string, paragraph: Paragraph, why: string): DocumentError {
  return new DocumentError({
    file,
    line: paragraph.line,
    unit: 'paragraph',
    expected: '作为文字输入的编号（一、 （一） 一是 1. 等），或能读出的 Word 自动编号',
    found: `${quote(paragraph.text)}，它用的是 Word 的自动编号，${why}，编号会丢失`,
    hint: '在 Word 或 WPS 中把文档“另存为”纯文本（.txt），编号会作为文字写出；再用这个 .txt 文件。',
  });
}
