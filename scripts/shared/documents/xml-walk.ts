/**
 * A small reader of the XML parts of a Word package, for what mammoth does not hand over (which
 * list a paragraph is in): it walks the start and end tags of a part once, in order, and builds
 * nothing, so that reading the document's body a second time costs no more than the string itself.
 * Element and attribute names come with the prefixes mammoth gives their namespaces (`w:p`,
 * `mc:Fallback`), whatever prefixes the file declares. Text, comments, CDATA, processing
 * instructions and DOCTYPE are skipped; entities are not expanded beyond XML's own and character
 * references, so no declaration in the file makes the reader do more work than the file's length.
 */

/** The prefix each namespace of a Word package is known by, as mammoth names them. */
const PREFIXES: ReadonlyMap<string, string> = new Map([
  ['http://schemas.openxmlformats.org/wordprocessingml/2006/main', 'w'],
  ['http://purl.oclc.org/ooxml/wordprocessingml/main', 'w'],
  ['http://schemas.openxmlformats.org/officeDocument/2006/relationships', 'r'],
  ['http://purl.oclc.org/ooxml/officeDocument/relationships', 'r'],
  ['http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing', 'wp'],
  ['http://purl.oclc.org/ooxml/drawingml/wordprocessingDrawing', 'wp'],
  ['http://schemas.openxmlformats.org/package/2006/relationships', 'relationships'],
  ['http://schemas.openxmlformats.org/markup-compatibility/2006', 'mc'],
  ['urn:schemas-microsoft-com:vml', 'v'],
]);

/** An element as its start tag gives it. */
export interface XmlElement {
  /** The name with its namespace's usual prefix: `w:p`; `{uri}name` for other namespaces. */
  name: string;
  /**
   * The value of an attribute by its usual name (`w:val`), references decoded; to be asked while
   * `open` runs.
   */
  attribute(name: string): string | undefined;
}

export interface XmlVisitor {
  /** An element starts (an empty element `<x/>` starts and ends at once). */
  open(element: XmlElement): void;
  /** The element last opened and not yet closed ends. */
  close(): void;
}

/**
 * The namespace declarations in force: for each prefix (`''` for the default namespace) the URIs
 * declared for it by the open elements, innermost last, so that a lookup takes one step however
 * deep the elements are nested.
 */
class Namespaces {
  readonly #declared = new Map<string, string[]>();

  /** Declares the namespaces of an element's `xmlns` attributes; returns the prefixes declared. */
  declare(attributes: readonly [string, string][]): string[] {
    const prefixes: string[] = [];
    for (const [name, value] of attributes) {
      if (name !== 'xmlns' && !name.startsWith('xmlns:')) continue;
      const prefix = name.slice(6);
      const uris = this.#declared.get(prefix) ?? [];
      uris.push(decodeXmlText(value));
      this.#declared.set(prefix, uris);
      prefixes.push(prefix);
    }
    return prefixes;
  }

  /** Ends the declarations of an element. */
  undeclare(prefixes: readonly string[]): void {
    for (const prefix of prefixes) this.#declared.get(prefix)?.pop();
  }

  /** A qualified name as `prefix:local` under the usual prefix of its namespace. */
  usualName(qualified: string, isAttribute: boolean): string {
    const colon = qualified.indexOf(':');
    const prefix = colon < 0 ? '' : qualified.slice(0, colon);
    const local = qualified.slice(colon + 1);
    // An attribute without a prefix is in no namespace, whatever the default one is.
    if (prefix === '' && isAttribute) return local;
    const uri = prefix === 'xml' ? undefined : this.#declared.get(prefix)?.at(-1);
    if (uri === undefined || uri === '') return qualified;
    const usual = PREFIXES.get(uri);
    return usual === undefined ? `{${uri}}${local}` : `${usual}:${local}`;
  }
}

const SPACE = new Set([' ', '\t', '\n', '\r']);

/**
 * The attributes of a start tag's text after its name, as written, read in one pass (a pattern
 * would go back and forth over a long run of text without `=` in a damaged file); stops at the
 * first thing that is not an attribute.
 */
function rawAttributes(text: string): [string, string][] {
  const attributes: [string, string][] = [];
  let i = 0;
  const skipSpace = () => {
    while (i < text.length && SPACE.has(text[i]!)) i++;
  };
  for (;;) {
    skipSpace();
    const nameStart = i;
    while (i < text.length && !SPACE.has(text[i]!) && text[i] !== '=') i++;
    const name = text.slice(nameStart, i);
    skipSpace();
    if (name === '' || text[i] !== '=') return attributes;
    i++;
    skipSpace();
    const quote = text[i];
    if (quote !== '"' && quote !== "'") return attributes;
    const end = text.indexOf(quote, i + 1);
    if (end < 0) return attributes;
    attributes.push([name, text.slice(i + 1, end)]);
    i = end + 1;
  }
}

const NAMED_ENTITIES: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
};

/** Decodes XML's five entities and character references; leaves anything else as written. */
export function decodeXmlText(text: string): string {
  if (!text.includes('&')) return text;
  return text.replace(/&(#x[0-9a-fA-F]{1,6}|#[0-9]{1,7}|[a-z]{2,4});/g, (whole, ref: string) => {
    if (!ref.startsWith('#')) return NAMED_ENTITIES[ref] ?? whole;
    const code = ref[1] === 'x' ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
    return code <= 0x10ffff ? String.fromCodePoint(code) : whole;
  });
}

/** A quote or the end of a tag. */
const QUOTE_OR_END = /["'>]/g;

/** The index of the `>` that ends a tag starting at `from`, outside quoted values; -1 if none. */
function tagEnd(xml: string, from: number): number {
  QUOTE_OR_END.lastIndex = from;
  for (;;) {
    const mark = QUOTE_OR_END.exec(xml);
    if (!mark) return -1;
    if (mark[0] === '>') return mark.index;
    const closing = xml.indexOf(mark[0], mark.index + 1);
    if (closing < 0) return -1;
    QUOTE_OR_END.lastIndex = closing + 1;
  }
}

/** What ends each kind of markup that is not an element, by how it starts. */
const SKIPPED: [start: string, end: string][] = [
  ['<!--', '-->'],
  ['<![CDATA[', ']]>'],
  ['<?', '?>'],
];

/**
 * Walks the elements of `xml` in document order. Stops quietly where the XML is cut off or
 * broken: mammoth, reading the same part, is the judge of whether the file is well formed.
 */
export function walkXml(xml: string, visitor: XmlVisitor): void {
  const namespaces = new Namespaces();
  // The prefixes each open element declared, to be undeclared at its end.
  const declared: string[][] = [];
  let at = xml.indexOf('<');
  while (at >= 0) {
    const next = xml[at + 1];
    const skipped =
      next === '!' || next === '?'
        ? SKIPPED.find(([start]) => xml.startsWith(start, at))
        : undefined;
    if (skipped) {
      const end = xml.indexOf(skipped[1], at + skipped[0].length);
      if (end < 0) return;
      at = xml.indexOf('<', end + skipped[1].length);
      continue;
    }
    const end = tagEnd(xml, at + 1);
    if (end < 0) return;
    if (next === '/') {
      const prefixes = declared.pop();
      if (!prefixes) return;
      visitor.close();
      namespaces.undeclare(prefixes);
    } else if (next !== '!') {
      // `<!DOCTYPE …>` is skipped as a whole (an internal subset with `>` in it is not Word's).
      const empty = xml[end - 1] === '/';
      const text = xml.slice(at + 1, empty ? end - 1 : end);
      const nameEnd = text.search(/[\s/]|$/);
      let attributes: [string, string][] | undefined;
      const prefixes = text.includes('xmlns', nameEnd)
        ? namespaces.declare((attributes = rawAttributes(text.slice(nameEnd))))
        : [];
      let byName: Map<string, string> | undefined;
      visitor.open({
        name: namespaces.usualName(text.slice(0, nameEnd), false),
        // Read only when asked for: most elements' attributes are never wanted.
        attribute: (name) => {
          byName ??= new Map(
            (attributes ?? rawAttributes(text.slice(nameEnd))).map(([raw, value]) => [
              namespaces.usualName(raw, true),
              decodeXmlText(value),
            ]),
          );
          return byName.get(name);
        },
      });
      if (empty) {
        visitor.close();
        namespaces.undeclare(prefixes);
      } else {
        declared.push(prefixes);
      }
    }
    at = xml.indexOf('<', end + 1);
  }
}
