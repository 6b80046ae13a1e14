/**
 * The one error of reading and importing a document: where in the input it stopped, what it
 * expected there and how to fix it. The importer writes nothing when it is thrown.
 */

/** How positions in an input are counted: text files by line, Word files by paragraph. */
export type PositionUnit = 'line' | 'paragraph';

export interface DocumentErrorDetails {
  /** The input file (or the content folder) as the user named it. */
  file: string;
  /** 1-based line (or paragraph) of the input; absent when the whole file is at fault. */
  line?: number | undefined;
  unit?: PositionUnit | undefined;
  /** What was expected, as a phrase: `a heading such as “一、存在的主要问题”`. */
  expected: string;
  /** What was found instead, quoted from the input where that helps. */
  found?: string | undefined;
  /** How to fix it. */
  hint: string;
}

/** Thrown when a document cannot be read or imported; the CLIs print it and exit non-zero. */
export class DocumentError extends Error {
  readonly file: string;
  readonly line: number | undefined;
  readonly unit: PositionUnit | undefined;
  readonly expected: string;
  readonly found: string | undefined;
  readonly hint: string;

  constructor(details: DocumentErrorDetails, options?: ErrorOptions) {
    const where = details.line
      ? `${details.file}, ${details.unit ?? 'line'} ${details.line}`
      : details.file;
    const found = details.found === undefined ? '' : `, found ${details.found}`;
    super(`${where}: expected ${details.expected}${found}.\n  Hint: ${details.hint}`, options);
    this.name = 'DocumentError';
    this.file = details.file;
    this.line = details.line;
    this.unit = details.unit;
    this.expected = details.expected;
    this.found = details.found;
    this.hint = details.hint;
  }
}

/** Quotes the start of a paragraph for a message: “一是学习不够深入……”. */
export function quote(text: string, max = 24): string {
  const chars = Array.from(text);
  return `“${chars.length > max ? `${chars.slice(0, max).join('')}……` : text}”`;
}
