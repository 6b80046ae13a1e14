/**
 * What each paragraph of a Word document's body says about its list — its style and its own
 * `w:numPr` — in the order mammoth hands the paragraphs over, which mammoth's document model does
 * not keep (it tells a numbered paragraph's level, not its list). The body is walked as mammoth
 * reads it: only the elements whose content mammoth reads, the first body, `mc:Fallback` of an
 * alternative, the content of a content control, no deleted row; a paragraph whose mark is deleted is one with the
 * next; the paragraphs of a text box (`w:pict`) follow the paragraph it stands in. The reader of
 * the document checks the result against mammoth's paragraphs before using it.
 */
import type { ListReference } from './docx-numbering.ts';
import { walkXml } from './xml-walk.ts';

/** The elements whose content mammoth reads, apart from those read only in part. */
const READ = new Set([
  'w:p',
  'w:r',
  'w:hyperlink',
  'w:tbl',
  'w:tr',
  'w:tc',
  'mc:AlternateContent',
  'w:sdt',
  'w:customXml',
  'w:ins',
  'w:moveTo',
  'w:object',
  'w:smartTag',
  'w:drawing',
  'w:pict',
  'v:roundrect',
  'v:shape',
  'v:textbox',
  'w:txbxContent',
  'v:group',
  'v:rect',
]);

/** The one child mammoth reads of an element read only in part, by the element. */
const READ_CHILD: ReadonlyMap<string, string> = new Map([
  ['w:document', 'w:body'],
  ['mc:AlternateContent', 'mc:Fallback'],
  ['w:sdt', 'w:sdtContent'],
]);

/** A paragraph being read, and the paragraphs of its text boxes, which follow it. */
interface OpenParagraph {
  reference: ListReference;
  deleted: boolean;
  boxed: ListReference[];
}

/** How an open element is read. */
interface Frame {
  kind: 'content' | 'skip' | 'paragraph-properties' | 'numbering' | 'mark' | 'row-properties';
  name: string;
  /** Set on a paragraph's own frame. */
  paragraph?: OpenParagraph;
  /** The paragraph this element is inside, nearest first. */
  within: OpenParagraph | undefined;
  /** Whether a text box (`w:pict`) stands between this element and `within`. */
  boxed: boolean;
  /** Children already seen that count only once (the first w:pPr, mc:Fallback …). */
  seen?: Set<string>;
  /** A table row marked deleted: its cells are not read. */
  deletedRow?: boolean;
}

/** Each paragraph's list reference, in the order mammoth reads the body's paragraphs. */
export function listReferences(documentXml: string): ListReference[] {
  const references: ListReference[] = [];
  const frames: Frame[] = [];
  // Text boxes of paragraphs whose mark is deleted: mammoth reads them with the next paragraph.
  let carried: ListReference[] = [];

  const firstTime = (frame: Frame, name: string) => {
    frame.seen ??= new Set();
    if (frame.seen.has(name)) return false;
    frame.seen.add(name);
    return true;
  };

  walkXml(documentXml, {
    open(element) {
      const name = element.name;
      const parent = frames.at(-1);
      const frame: Frame = {
        kind: 'skip',
        name,
        within: parent?.paragraph ?? parent?.within,
        boxed: parent?.paragraph ? false : (parent?.boxed ?? false),
      };
      if (!parent) {
        if (name === 'w:document') frame.kind = 'content';
      } else if (parent.kind === 'content' && !parent.deletedRow) {
        const only = READ_CHILD.get(parent.name);
        if (only !== undefined) {
          if (name === only && firstTime(parent, name)) frame.kind = 'content';
        } else if (parent.paragraph && name === 'w:pPr') {
          if (firstTime(parent, name)) frame.kind = 'paragraph-properties';
        } else if (parent.name === 'w:tr' && name === 'w:trPr') {
          if (firstTime(parent, name)) frame.kind = 'row-properties';
        } else if (READ.has(name)) {
          frame.kind = 'content';
          if (name === 'w:pict') frame.boxed = true;
          if (name === 'w:p') {
            frame.paragraph = {
              reference: { style: undefined, numId: undefined, level: undefined },
              deleted: false,
              boxed: [],
            };
          }
        }
      } else if (parent.kind === 'paragraph-properties') {
        const reference = parent.within!.reference;
        if (name === 'w:pStyle' && firstTime(parent, name)) {
          reference.style = element.attribute('w:val');
        } else if (name === 'w:numPr' && firstTime(parent, name)) {
          frame.kind = 'numbering';
        } else if (name === 'w:rPr' && firstTime(parent, name)) {
          frame.kind = 'mark';
        }
      } else if (parent.kind === 'numbering') {
        const reference = parent.within!.reference;
        if (name === 'w:ilvl' && firstTime(parent, name))
          reference.level = element.attribute('w:val');
        if (name === 'w:numId' && firstTime(parent, name))
          reference.numId = element.attribute('w:val');
      } else if (parent.kind === 'mark') {
        if (name === 'w:del') parent.within!.deleted = true;
      } else if (parent.kind === 'row-properties') {
        if (name === 'w:del') frames.at(-2)!.deletedRow = true;
      }
      frames.push(frame);
    },
    close() {
      const frame = frames.pop();
      const paragraph = frame?.paragraph;
      if (!frame || !paragraph) return;
      if (paragraph.deleted) {
        carried.push(...paragraph.boxed);
        return;
      }
      const read = [paragraph.reference, ...carried, ...paragraph.boxed];
      carried = [];
      // A paragraph inside another is a paragraph of its own only in a text box; elsewhere
      // (an embedded object's text) mammoth runs its text into the paragraph around it.
      if (!frame.within) references.push(...read);
      else if (frame.boxed) frame.within.boxed.push(...read);
    },
  });
  return references;
}
