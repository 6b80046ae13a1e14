/**
 * The paragraphs of a Word (.docx) file, read with mammoth: the text of each paragraph, table cells
 * included, a line break inside a paragraph starting a new one, as the reader of the page sees it.
 */
import mammoth from 'mammoth';
import { ImportError, quote } from './errors';
import { cleanParagraph, type Paragraph } from './paragraphs';

/** The part of mammoth's document model the importer reads. */
interface DocxElement {
  type: string;
  children?: DocxElement[];
  value?: string;
  numbering?: { isOrdered: boolean } | null;
}

/** Reads a .docx file's paragraphs, numbered 1, 2, 3 … in the order Word shows them. */
export async function readDocx(bytes: Uint8Array, file: string): Promise<Paragraph[]> {
  const found: { text: string; autoNumbered: boolean }[] = [];
  const collect = (element: DocxElement): void => {
    if (element.type === 'paragraph') {
      for (const line of inlineText(element).split('\n')) {
        found.push({ text: line, autoNumbered: element.numbering?.isOrdered === true });
      }
    } else {
      element.children?.forEach(collect);
    }
  };
  try {
    await mammoth.convertToHtml(
      { buffer: Buffer.from(bytes) },
      {
        transformDocument: (document: DocxElement) => {
          collect(document);
          return document;
        },
      },
    );
  } catch (error) {
    throw new ImportError(
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
  for (const { text, autoNumbered } of found) {
    const cleaned = cleanParagraph(text);
    if (!cleaned) continue;
    const paragraph = { text: cleaned, line: paragraphs.length + 1 };
    if (autoNumbered) throw autoNumberingError(file, paragraph);
    paragraphs.push(paragraph);
  }
  return paragraphs;
}

/** The text of a paragraph's runs; tabs as tabs, line and page breaks as line breaks. */
function inlineText(element: DocxElement): string {
  switch (element.type) {
    case 'text':
      return element.value ?? '';
    case 'tab':
      return '\t';
    case 'break':
      return '\n';
    default:
      return (element.children ?? []).map(inlineText).join('');
  }
}

/** Word's automatic numbering is drawn by Word, not stored as text: the numbers would be lost. */
function autoNumberingError(file: string, paragraph: Paragraph): ImportError {
  return new ImportError({
    file,
    line: paragraph.line,
    unit: 'paragraph',
    expected: 'numbering typed as text (一、 （一） 一是 1.)',
    found: `${quote(paragraph.text)} numbered by Word's automatic list numbering, which is not part of the text`,
    hint: 'Save the document from Word or WPS as plain text (.txt): that writes the numbers out as text. Then import the .txt file.',
  });
}
