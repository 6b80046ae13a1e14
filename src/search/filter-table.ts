/**
 * The search page's filter values, beside the search index instead of in it. Pagefind tells the
 * page only the ids of the pages a search finds; the table gives each id its filter values, so the
 * page filters and counts results itself. Kept out of the index, the values a ledger update
 * changes (a measure's 状态) do not change the index: the build writes this small file anew and
 * keeps the index it already has (src/integrations/pagefind.ts).
 *
 * Written column by column in the order of the pages' URLs, so that the values of one review
 * stand together and compress well: at 10,000 pages the ids are most of its size.
 */
import type { PageFilters } from './facets.ts';

/** The table's file in the index folder (`pagefind/`), written by the build. */
export const FILTER_TABLE_FILE = 'page-filters.json';

/** Raised by hand when the table's form changes, so that a page never reads a table it misreads. */
export const FILTER_TABLE_VERSION = 1;

export interface FilterTable {
  version: number;
  /** Pagefind's id of each page (its fragment's name), in the order of the pages' URLs. */
  ids: string[];
  /** The filter names; `values[n]` and `columns[n]` belong to `names[n]`. */
  names: string[];
  /** Each filter's values, in code-point order. */
  values: string[][];
  /** Per filter, per page: the index of its value in `values[n]`, -1 for none, a list for several. */
  columns: (number | number[])[][];
}

/** One indexed page: its URL, its id in the index and its filter values. */
export interface FilterTablePage {
  url: string;
  id: string;
  filters: PageFilters;
}

const byCodePoint = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** The table of `pages`; the same pages in any order give the same table. */
export function encodeFilterTable(pages: FilterTablePage[]): FilterTable {
  const ordered = [...pages].sort((a, b) => byCodePoint(a.url, b.url));
  const names = [...new Set(ordered.flatMap((page) => Object.keys(page.filters)))].sort(
    byCodePoint,
  );
  const values = names.map((name) =>
    [...new Set(ordered.flatMap((page) => page.filters[name] ?? []))].sort(byCodePoint),
  );
  const columns = names.map((name, n) => {
    const position = new Map(values[n]!.map((value, i) => [value, i]));
    return ordered.map((page) => {
      const found = (page.filters[name] ?? []).map((value) => position.get(value)!);
      return found.length === 0 ? -1 : found.length === 1 ? found[0]! : found;
    });
  });
  return {
    version: FILTER_TABLE_VERSION,
    ids: ordered.map((page) => page.id),
    names,
    values,
    columns,
  };
}

/** Raised for a table this page cannot read: another version, or not a table at all. */
export class FilterTableError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'FilterTableError';
  }
}

/** Each page's filter values by its id, from a table as the build wrote it. */
export function decodeFilterTable(data: unknown): Map<string, PageFilters> {
  const table = data as Partial<FilterTable> | null;
  if (table?.version !== FILTER_TABLE_VERSION) {
    throw new FilterTableError(
      `filter table version ${String(table?.version)}, expected ${FILTER_TABLE_VERSION}`,
    );
  }
  const { ids = [], names = [], values = [], columns = [] } = table;
  const pages = new Map<string, PageFilters>(ids.map((id) => [id, {}]));
  names.forEach((name, n) => {
    const column = columns[n] ?? [];
    ids.forEach((id, i) => {
      const cell = column[i] ?? -1;
      const found = (Array.isArray(cell) ? cell : [cell]).flatMap((v) => values[n]?.[v] ?? []);
      if (found.length > 0) pages.get(id)![name] = found;
    });
  });
  return pages;
}
