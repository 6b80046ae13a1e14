/**
 * Search in the copy of the site opened from disk, where Pagefind cannot run (browsers refuse to
 * fetch its index from file://). The offline package ships the text Pagefind would have indexed as
 * a script (`search/search-index.js`); searching it is literal substring matching, which is what
 * the online search promises: every term, as typed, in every result. Pure, so it is tested in Node
 * and runs unchanged in the browser.
 */
import { queryTerms } from './tokens.ts';
import { passesFilters as pagePassesFilters, type SelectedFilters } from './facets.ts';

/** The file beside the search page that holds the index, and the global it assigns. */
export const OFFLINE_INDEX_FILE = 'search-index.js';
export const OFFLINE_INDEX_GLOBAL = 'reviewSiteSearchIndex';

/** A heading with an id inside a page's indexed text: a section results can link to. */
export interface OfflineSection {
  anchor: string;
  title: string;
  /** Where the section starts in the record's text. */
  start: number;
}

/** One indexed page: what Pagefind would have recorded of it. */
export interface OfflineRecord {
  /** The page's address relative to the search page, e.g. `../xx/findings/1-1/index.html`. */
  url: string;
  /** Pagefind's meta: `title` and the tags shown under it. */
  meta: Record<string, string>;
  /** Filter values by filter name. */
  filters: Record<string, string[]>;
  /** The indexed text, whitespace collapsed to single spaces. */
  text: string;
  sections: OfflineSection[];
}

export interface OfflineIndex {
  records: OfflineRecord[];
}

/** Characters of text around the matches in an excerpt, as the online search asks of Pagefind. */
export const EXCERPT_LENGTH = 40;

/** A section of a result that holds a match, ready to show. */
export interface OfflineSubResult {
  url: string;
  title: string;
  excerpt: string;
}

/** One result: the page, its score, and its excerpts (HTML: the text escaped, matches in <mark>). */
export interface OfflineHit {
  record: OfflineRecord;
  score: number;
  excerpt(): string;
  subResults(): OfflineSubResult[];
}

/** Where `term` occurs in `text`, as [start, end) ranges; occurrences may overlap. */
function occurrences(text: string, term: string): [number, number][] {
  const found: [number, number][] = [];
  for (let at = text.indexOf(term); at !== -1; at = text.indexOf(term, at + 1)) {
    found.push([at, at + term.length]);
  }
  return found;
}

/** Whether a record carries one of the selected values of every filter that has a selection. */
export function passesFilters(record: OfflineRecord, selected: SelectedFilters): boolean {
  return pagePassesFilters(record.filters, selected);
}

const ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (ch) => ESCAPES[ch] ?? ch);
}

/** Merges overlapping or touching ranges, so that a match is marked once. */
function mergeRanges(ranges: [number, number][]): [number, number][] {
  const sorted = [...ranges].sort((a, b) => a[0] - b[0]);
  const merged: [number, number][] = [];
  for (const [start, end] of sorted) {
    const last = merged.at(-1);
    if (last && start <= last[1]) last[1] = Math.max(last[1], end);
    else merged.push([start, end]);
  }
  return merged;
}

/**
 * The excerpt of `text[from, to)` around its matches: `length` characters placed to hold as many
 * matches as possible, starting a little before the first of them, with every match marked.
 */
export function excerptAround(
  text: string,
  matches: [number, number][],
  from = 0,
  to = text.length,
  length = EXCERPT_LENGTH,
): string {
  const inside = mergeRanges(matches.filter(([start, end]) => start >= from && end <= to));
  const lead = Math.floor(length / 5);
  let windowStart = from;
  let best = -1;
  for (const [start] of inside) {
    const candidate = Math.max(from, Math.min(start - lead, to - length));
    const held = inside.filter(([s, e]) => s >= candidate && e <= candidate + length).length;
    if (held > best) {
      best = held;
      windowStart = candidate;
    }
  }
  const windowEnd = Math.min(to, windowStart + length);
  let html = '';
  let at = windowStart;
  for (const [start, end] of inside) {
    if (end <= windowStart || start >= windowEnd) continue;
    const s = Math.max(start, windowStart);
    const e = Math.min(end, windowEnd);
    html += `${escapeHtml(text.slice(at, s))}<mark>${escapeHtml(text.slice(s, e))}</mark>`;
    at = e;
  }
  return (html + escapeHtml(text.slice(at, windowEnd))).trim();
}

/** BM25's constants: how fast repeated matches stop adding, and how much length counts. */
const K1 = 1.2;
const B = 0.75;

/**
 * Text with Latin letters in lower case, for matching without regard to case as Pagefind does.
 * Left as it is where lower-casing would change its length, so that positions stay those of the
 * original text.
 */
export function foldCase(text: string): string {
  const lower = text.toLowerCase();
  return lower.length === text.length ? lower : text;
}

/** An index ready to search: its texts case-folded once, not on every query. */
export interface OfflineSearch {
  search(query: string, selected?: SelectedFilters): OfflineHit[];
  filters(): Record<string, Record<string, number>>;
}

/** Prepares `index` for searching. */
export function createOfflineSearch(index: OfflineIndex): OfflineSearch {
  const folded = index.records.map((r) => foldCase(r.text));
  const averageLength =
    index.records.reduce((sum, r) => sum + r.text.length, 0) / Math.max(1, index.records.length);
  const counts = filterCounts(index);
  return {
    search: (query, selected = {}) =>
      searchRecords(index.records, folded, averageLength, query, selected),
    filters: () => counts,
  };
}

/**
 * The pages holding every term of `query` literally (ignoring the case of Latin letters), best
 * first, among those that pass the selected filters. Ranked by BM25 over the literal occurrences:
 * a page where the terms are frequent, and which is short, ranks higher; a term few pages hold
 * counts more than a common one.
 */
function searchRecords(
  records: OfflineRecord[],
  folded: string[],
  averageLength: number,
  query: string,
  selected: SelectedFilters,
): OfflineHit[] {
  const terms = [...new Set(queryTerms(query).map(foldCase))];
  if (terms.length === 0) return [];
  // How many pages hold each term, for its weight; and the pages that hold them all.
  const holding = terms.map(() => 0);
  const found: { i: number; matches: [number, number][][] }[] = [];
  records.forEach((record, i) => {
    const text = folded[i] ?? '';
    const matches = terms.map((term) => occurrences(text, term));
    matches.forEach((at, t) => {
      if (at.length > 0) holding[t]! += 1;
    });
    if (matches.every((at) => at.length > 0) && passesFilters(record, selected)) {
      found.push({ i, matches });
    }
  });
  const hits = found.map(({ i, matches }) => {
    const record = records[i]!;
    const norm = 1 - B + (B * record.text.length) / Math.max(1, averageLength);
    const score = matches.reduce((sum, at, t) => {
      const n = holding[t] ?? 0;
      const idf = Math.log(1 + (records.length - n + 0.5) / (n + 0.5));
      return sum + (idf * at.length * (K1 + 1)) / (at.length + K1 * norm);
    }, 0);
    return { i, record, score, all: matches.flat() };
  });
  hits.sort((a, b) => b.score - a.score || a.i - b.i);
  // Excerpts are made when a result is shown, not for every result of a common word.
  return hits.map(({ record, score, all }) => ({
    record,
    score,
    excerpt: () => excerptAround(record.text, all),
    subResults: () => subResults(record, all),
  }));
}

/** The sections of a page that hold a match, each with its own excerpt, in page order. */
function subResults(record: OfflineRecord, matches: [number, number][]): OfflineSubResult[] {
  return record.sections.flatMap((section, i) => {
    const end = record.sections[i + 1]?.start ?? record.text.length;
    if (!matches.some(([s, e]) => s >= section.start && e <= end)) return [];
    return [
      {
        url: `${record.url}#${section.anchor}`,
        title: section.title,
        excerpt: excerptAround(record.text, matches, section.start, end),
      },
    ];
  });
}

/** How many pages carry each value of each filter, as Pagefind's `filters()` reports them. */
export function filterCounts(index: OfflineIndex): Record<string, Record<string, number>> {
  const counts: Record<string, Record<string, number>> = {};
  for (const record of index.records) {
    for (const [name, values] of Object.entries(record.filters)) {
      const forName = (counts[name] ??= {});
      for (const value of values) forName[value] = (forName[value] ?? 0) + 1;
    }
  }
  return counts;
}
