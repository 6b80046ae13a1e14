/**
 * The errors of reading and importing a document: where in the input it stopped, what it expected
 * there and how to fix it, said in Chinese for the people who prepare the documents. The importer
 * writes nothing when one is thrown.
 */
import { UserError } from '../../../src/model/content-error.ts';

/** How positions in an input are counted: text files by line, Word files by paragraph. */
export type PositionUnit = 'line' | 'paragraph';

/** How a message names a position: 第 5 行 in a text file, 第 5 段 in a Word file. */
export const UNIT_NAMES: Record<PositionUnit, string> = { line: '行', paragraph: '段' };

/** `第 5 行`, `第 5 段`: a position as messages write it. */
export function position(line: number, unit: PositionUnit = 'line'): string {
  return `第 ${line} ${UNIT_NAMES[unit]}`;
}

/** `第 5–7 行`, or `第 5 行` for a single line: the lines a paragraph was joined from. */
export function spanOf(
  line: number,
  lastLine: number | undefined,
  unit: PositionUnit = 'line',
): string {
  return lastLine !== undefined && lastLine !== line
    ? `第 ${line}–${lastLine} ${UNIT_NAMES[unit]}`
    : position(line, unit);
}

export interface DocumentErrorDetails {
  /** The input file (or the content folder) as the user named it. */
  file: string;
  /** 1-based line (or paragraph) of the input; absent when the whole file is at fault. */
  line?: number | undefined;
  unit?: PositionUnit | undefined;
  /** What was expected, as a phrase that follows 应为: `问题部分的标题，如“一、存在的主要问题”`. */
  expected: string;
  /** What was found instead, a phrase that follows 实际是, quoting the input where that helps. */
  found?: string | undefined;
  /** How to fix it, as whole sentences. */
  hint: string;
}

/**
 * Thrown when a document cannot be imported as it is: its structure, an option, the content it
 * would make. The CLIs print the message and exit 1.
 */
export class DocumentError extends UserError {
  readonly file: string;
  readonly line: number | undefined;
  readonly unit: PositionUnit | undefined;
  readonly expected: string;
  readonly found: string | undefined;
  readonly hint: string;

  constructor(details: DocumentErrorDetails, options?: ErrorOptions & { exitCode?: number }) {
    super(formatDocumentError(details), options);
    this.name = 'DocumentError';
    this.file = details.file;
    this.line = details.line;
    this.unit = details.unit;
    this.expected = details.expected;
    this.found = details.found;
    this.hint = details.hint;
  }
}

/**
 * Thrown when a file cannot be read as a document at all: missing, unreadable, binary, too large,
 * not really a .docx. The CLIs exit 2 for it, so scripts can tell it from a document that is wrong.
 */
export class UnreadableDocumentError extends DocumentError {
  constructor(details: DocumentErrorDetails, options?: ErrorOptions) {
    super(details, { ...options, exitCode: 2 });
    this.name = 'UnreadableDocumentError';
  }
}

/** `材料.txt 第 5 行：应为……，实际是……。` and, on the next line, `改法：……`. */
function formatDocumentError(details: DocumentErrorDetails): string {
  const where = details.line
    ? `${details.file} ${position(details.line, details.unit)}`
    : details.file;
  const found = details.found === undefined ? '' : `，实际是${spaced(details.found)}`;
  return `${where}：应为${spaced(details.expected)}${found}。\n  改法：${details.hint}`;
}

/** A phrase after a Chinese word, with a space before it if it starts with Latin or a digit. */
const spaced = (phrase: string) => (/^[\w.-]/.test(phrase) ? ` ${phrase}` : phrase);

/** Quotes the start of a paragraph for a message: “一是学习不够深入……”. */
export function quote(text: string, max = 24): string {
  const chars = Array.from(text);
  return `“${chars.length > max ? `${chars.slice(0, max).join('')}……` : text}”`;
}

/** `甲、乙或丙`, `.txt、.md 或 .docx`: a list as a Chinese sentence writes it. */
export function orList(items: readonly string[]): string {
  if (items.length < 2) return items[0] ?? '';
  const head = items.slice(0, -1).join('、');
  const last = items.at(-1)!;
  return `${head}${/[\w.]$/.test(head) ? ' ' : ''}或${/^[\w.]/.test(last) ? ' ' : ''}${last}`;
}
