/**
 * Paragraphs broken at the end of every printed line, as text copied out of a PDF is
 * (……深入开展谈心谈 / 话30余人次……), joined again. A line is joined to the next when it cannot end a
 * paragraph — it stops mid-sentence — and the next line does not start one of its own: no
 * numbering, no date. "Mid-sentence" is judged by the document itself: its broken lines are all
 * about as wide as a printed line, so a line that wide without a sentence's end is one of them; a
 * heading or a name is shorter. A line ending in a comma cannot end a paragraph in any document.
 */
import { numberingOf, PART_HEADING_SCHEMES } from '../../src/model/numbering.ts';
import type { Paragraph } from '../shared/documents/paragraphs.ts';
import { parseDateLine } from './date-line.ts';
import { endsParagraph } from './punctuation.ts';

/** A paragraph the importer joined from lines, for the report: its first and last line. */
export interface JoinedLines {
  line: number;
  lastLine: number;
  /** How many lines it was. */
  lines: number;
}

/** At least this many lines as wide as each other, not ending a sentence, make a broken text. */
const MIN_BROKEN_LINES = 3;

/** How much narrower than the widest broken lines a line may be (a paragraph's indent, a pushed mark). */
const WIDTH_TOLERANCE = 2.5;

/** A broken text has next to no line wider than its printed line: the title, a table row. */
const MAX_WIDER_LINES = 2;
const MAX_WIDER_SHARE = 0.05;

/** Lines narrower than this are headings or names, never a printed line. */
const MIN_LINE_WIDTH = 12;

/** Width on the page: a Chinese character or full-width mark is one, a half-width one half. */
export function displayWidth(text: string): number {
  let width = 0;
  for (const char of text) width += char.codePointAt(0)! < 0x1100 ? 0.5 : 1;
  return width;
}

/** Whether a line opens a paragraph of its own: numbered, a part heading, a date. */
function opensParagraph(text: string): boolean {
  return (
    numberingOf(text) !== undefined ||
    numberingOf(text, PART_HEADING_SCHEMES) !== undefined ||
    parseDateLine(text) !== undefined
  );
}

/** Ends that no paragraph has: a comma, an enumeration comma, an opening bracket or quote. */
const CANNOT_END = /[，,、（(“‘《【「『]$/u;

/**
 * The width of the printed line the document was broken at: the width most lines that stop
 * mid-sentence (`widths`) share, when hardly any line of the document (`all`) is wider. Undefined
 * when the text is not a broken one: too few such lines, or a document whose paragraphs run far
 * wider than them, so that they are headings of one length rather than printed lines.
 */
export function brokenLineWidth(widths: number[], all: number[]): number | undefined {
  let best: { width: number; count: number } | undefined;
  for (const w of widths) {
    if (w < MIN_LINE_WIDTH) continue;
    const near = widths.filter((other) => other <= w && other > w - WIDTH_TOLERANCE).length;
    if (!best || near > best.count || (near === best.count && w > best.width)) {
      best = { width: w, count: near };
    }
  }
  if (!best || best.count < MIN_BROKEN_LINES) return undefined;
  const wider = all.filter((w) => w > best.width + WIDTH_TOLERANCE).length;
  return wider <= Math.max(MAX_WIDER_LINES, all.length * MAX_WIDER_SHARE) ? best.width : undefined;
}

/** Joins the lines of each broken paragraph; returns the paragraphs and where lines were joined. */
export function joinBrokenLines(paragraphs: Paragraph[]): {
  paragraphs: Paragraph[];
  joined: JoinedLines[];
} {
  const continues = (i: number) => {
    const next = paragraphs[i + 1];
    return next !== undefined && !endsParagraph(paragraphs[i]!.text) && !opensParagraph(next.text);
  };
  const candidates = paragraphs.flatMap((_, i) => (continues(i) ? [i] : []));
  const width = brokenLineWidth(
    candidates.map((i) => displayWidth(paragraphs[i]!.text)),
    paragraphs.map((p) => displayWidth(p.text)),
  );
  const broken = new Set(
    candidates.filter((i) => {
      const text = paragraphs[i]!.text;
      return (
        CANNOT_END.test(text) ||
        (width !== undefined && displayWidth(text) > width - WIDTH_TOLERANCE)
      );
    }),
  );
  const result: Paragraph[] = [];
  const joined: JoinedLines[] = [];
  for (let i = 0; i < paragraphs.length; i++) {
    const first = paragraphs[i]!;
    let text = first.text;
    let last = first;
    let count = 1;
    while (broken.has(i)) {
      const next = paragraphs[++i]!;
      text = joinLine(text, next.text);
      last = next;
      count++;
    }
    if (count === 1) {
      result.push(first);
    } else {
      const lastLine = last.lastLine ?? last.line;
      result.push({ text, line: first.line, lastLine });
      joined.push({ line: first.line, lastLine, lines: count });
    }
  }
  return { paragraphs: result, joined };
}

/** Two pieces of one sentence: no space between, as in Chinese, except between two Latin words. */
function joinLine(before: string, after: string): string {
  return /[A-Za-z]$/.test(before) && /^[A-Za-z]/.test(after)
    ? `${before} ${after}`
    : before + after;
}
