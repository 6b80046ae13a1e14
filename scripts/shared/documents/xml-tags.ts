/**
 * Counting the start tags of XML as it is inflated, chunk by chunk, without parsing it: every
 * start tag, and those of one element name (Word's paragraphs `w:p`, a sheet's rows `row`). The
 * limits of a package's parts are checked on these counts before any parser holds the XML.
 */

const LT = 0x3c;
/** `/`, `?`, `!` after `<`: an end tag, a processing instruction, a comment or CDATA. */
const NOT_START_TAG = new Set([0x2f, 0x3f, 0x21]);
/** What may follow an element's name in its tag: white space, `>` or `/`. */
const AFTER_NAME = new Set([0x20, 0x09, 0x0a, 0x0d, 0x3e, 0x2f]);

/** Start tags counted over the parts of a package, one part after another. */
export class StartTagCounter {
  /** Every start tag so far. */
  elements = 0;
  /** The start tags of the element named (`<w:p>`, not `<w:pPr>`). */
  named = 0;
  readonly #name: Buffer;
  /** The bytes from the last `<` of a chunk too near its end to tell what it starts. */
  #carry: Buffer = Buffer.alloc(0);

  constructor(name: string) {
    this.#name = Buffer.from(name, 'latin1');
  }

  /** Counts the tags of the next chunk of a part. */
  add(chunk: Buffer): void {
    this.#count(this.#carry.length > 0 ? Buffer.concat([this.#carry, chunk]) : chunk, false);
  }

  /** Counts what is left at the end of a part. */
  endPart(): void {
    this.#count(this.#carry, true);
  }

  #count(data: Buffer, final: boolean): void {
    const name = this.#name;
    this.#carry = Buffer.alloc(0);
    for (let i = data.indexOf(LT); i >= 0; i = data.indexOf(LT, i + 1)) {
      if (!final && i + name.length + 1 >= data.length) {
        this.#carry = data.subarray(i);
        return;
      }
      const next = data[i + 1];
      if (next === undefined || NOT_START_TAG.has(next)) continue;
      this.elements++;
      const end = data[i + 1 + name.length];
      if (end !== undefined && AFTER_NAME.has(end) && name.every((b, k) => data[i + 1 + k] === b)) {
        this.named++;
      }
    }
  }
}
