/**
 * The paragraphs and hyperlinks of a Word (.docx) file, read with mammoth in one walk of its
 * document model: the text of each paragraph, table cells included, a line break inside a paragraph
 * starting a new one, as the reader of the page sees it; the target of each hyperlink, with the
 * paragraph it is in (a footnote's, with the paragraph that refers to the footnote).
 */
import mammoth from 'mammoth';
import { DocumentError, quote } from './errors';
import type { DocumentContent, Link, Paragraph } from './paragraphs';
import { cleanParagraph } from './text';

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

/** A line of a Word paragraph, as the reader sees it, and the targets of the links on it. */
interface DocxLine {
  text: string;
  hrefs: string[];
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
    throw new DocumentError({
      file,
      expected: 'a Word document',
      found: 'an empty file',
      hint: 'Check that you named the right file and that it was saved.',
    });
  }
  let lines: DocxLine[] = [];
  try {
    await mammoth.convertToHtml(
      { buffer: Buffer.from(bytes) },
      {
        transformDocument: (document: DocxDocument) => {
          lines = documentLines(document);
          // The HTML is not wanted: an empty body spares mammoth converting the document.
          return { ...document, children: [] };
        },
      },
    );
  } catch (error) {
    throw new DocumentError(
      {
        file,
        expected: 'a Word document in .docx format',
        found: `a file that cannot be read as one (${error instanceof Error ? error.message : String(error)})`,
        hint: 'Open the file in Word or WPS and save it again as .docx (Word document), then import that file.',
      },
      { cause: error },
    );
  }

  const paragraphs: Paragraph[] = [];
  const links: Link[] = [];
  for (const { text, hrefs, autoNumbered } of lines) {
    const cleaned = cleanParagraph(text);
    const paragraph = cleaned ? { text: cleaned, line: paragraphs.length + 1 } : undefined;
    if (paragraph) {
      if (autoNumbered && options.autoNumbering !== 'ignore') {
        throw autoNumberingError(file, paragraph);
      }
      paragraphs.push(paragraph);
    }
    links.push(...hrefs.map((href) => (paragraph ? { href, line: paragraph.line } : { href })));
  }
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
      const line: DocxLine = { text: '', hrefs: [], autoNumbered };
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
          line.hrefs.push(...hrefsIn(document.notes.resolve(child)?.body ?? []));
          return;
        case 'hyperlink': {
          const href = hrefOf(child);
          if (href) line.hrefs.push(href);
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

/** A hyperlink's target as a browser would follow it: a bookmark inside the file as `#name`. */
function hrefOf(element: DocxElement): string | undefined {
  return element.anchor ? `#${element.anchor}` : element.href || undefined;
}

/** The targets of the hyperlinks anywhere in some elements (a footnote's body). */
function hrefsIn(elements: DocxElement[]): string[] {
  return elements.flatMap((element) => {
    const href = element.type === 'hyperlink' ? hrefOf(element) : undefined;
    return [...(href ? [href] : []), ...hrefsIn(element.children ?? [])];
  });
}

/** Word's automatic numbering is drawn by Word, not stored as text: the numbers would be lost. */
function autoNumberingError(file: string, paragraph: Paragraph): DocumentError {
  return new DocumentError({
    file,
    line: paragraph.line,
    unit: 'paragraph',
    expected: 'numbering typed as text (一、 （一） 一是 1.)',
    found: `${quote(paragraph.text)} numbered by Word's automatic list numbering, which is not part of the text`,
    hint: 'Save the document from Word or WPS as plain text (.txt): that writes the numbers out as text. Then import the .txt file.',
  });
}
