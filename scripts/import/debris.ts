/**
 * The lines a web page puts above a review copied from it: the site's greeting and menus, the
 * page's outline of the review's headings, when and how often it was viewed, the title once more as
 * the page's heading. They are not the document's, so they are left out — but only lines above the
 * title, only when they are clearly the page's, and each one is reported. A line above the title
 * that may be the document's own is kept.
 */
import type { Paragraph } from '../shared/documents/paragraphs.ts';
import type { DroppedLine } from './outline.ts';
import { titleLines, titleText } from './title.ts';
import { pageLineKind } from './vocabulary.ts';

export interface PageLines {
  /** The lines left out, in document order. */
  dropped: DroppedLine[];
  /** Lines above the title that may be the document's own: kept, and reported. */
  unsure: Paragraph[];
  /** The title's line and everything after it, or, without a title, the document after the page's lines. */
  rest: Paragraph[];
}

/** How many lines from the top are searched for the title under the page's lines. */
const SEARCHED_LINES = 40;

/** Text as long as this, with sentence marks, is the document's own text: the search stops there. */
const isProse = (text: string) => text.length > 40 || (text.length > 20 && /[。，,]/.test(text));

const WHY: Record<NonNullable<ReturnType<typeof pageLineKind>>['kind'], string> = {
  site: '网页上网站的文字',
  stats: '网页上的发布信息',
};

/** Whether `paragraphs[i]` is a web page's line: its words say so, and it starts no title. */
function pageLine(paragraphs: Paragraph[], i: number): boolean {
  const kind = pageLineKind(paragraphs[i]!.text);
  return kind !== undefined && (kind.sure || titleLines(paragraphs, i, true).length === 0);
}

/** Separates the lines a web page put above the title from the document. */
export function pageLines(paragraphs: Paragraph[]): PageLines {
  const title = titleBelowPageLines(paragraphs);
  if (title === undefined) {
    // No title to go by: only the lines at the top that are clearly the page's.
    let start = 0;
    while (start < paragraphs.length && pageLine(paragraphs, start)) start++;
    return {
      dropped: paragraphs
        .slice(0, start)
        .map((p) => ({ paragraph: p, why: WHY[pageLineKind(p.text)!.kind] })),
      unsure: [],
      rest: paragraphs.slice(start),
    };
  }
  const lines = titleLines(paragraphs, title, true);
  const titleTexts = new Set([titleText(lines), ...lines.map((p) => p.text)]);
  const later = new Set(paragraphs.slice(title + lines.length).map((p) => p.text));
  const dropped: DroppedLine[] = [];
  const unsure: Paragraph[] = [];
  for (const p of paragraphs.slice(0, title)) {
    const kind = pageLineKind(p.text)?.kind;
    if (titleTexts.has(p.text)) dropped.push({ paragraph: p, why: '网页上重复的标题' });
    else if (kind) dropped.push({ paragraph: p, why: WHY[kind] });
    else if (later.has(p.text)) {
      dropped.push({ paragraph: p, why: '网页上的目录（与正文中的标题相同）' });
    } else unsure.push(p);
  }
  return { dropped, unsure, rest: paragraphs.slice(title) };
}

/**
 * Where the title is when lines above it are a web page's: the first line that starts a title which
 * says what the document is — or a later copy of it, since a page repeats the title above the
 * document's own. Undefined when the document starts with its title, or when no such title comes
 * before the document's own text begins.
 */
function titleBelowPageLines(paragraphs: Paragraph[]): number | undefined {
  let found: { index: number; text: string } | undefined;
  for (let i = 0; i < Math.min(paragraphs.length, SEARCHED_LINES); i++) {
    const text = paragraphs[i]!.text;
    if (pageLine(paragraphs, i)) continue;
    const lines = titleLines(paragraphs, i, true);
    if (lines.length > 0) {
      const title = titleText(lines);
      if (!found) found = { index: i, text: title };
      else if (title === found.text) found = { index: i, text: title };
      i += lines.length - 1;
      continue;
    }
    if (isProse(text)) break;
  }
  return found && found.index > 0 ? found.index : undefined;
}
