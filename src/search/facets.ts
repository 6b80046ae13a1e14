/**
 * Filters as the search page applies and counts them: which results pass the selected filters,
 * how many results each filter value would leave, the active filters as a list, and the areas of
 * each review. Both searches (Pagefind and the offline index) give each page's filter values, so
 * the same counting serves both. Pure, so it is tested without a browser.
 */
import { FILTER_ORDER, SEARCH_FIELDS, sortFilterValues } from './meta.ts';

/** Selected filter values by filter name; several values of one filter mean "any of them". */
export type SelectedFilters = Record<string, string[]>;

/** A page's filter values by filter name, as the page lists them (data-search-filters). */
export type PageFilters = Record<string, string[]>;

/** Filter counts: for each filter name, how many pages carry each value. */
export type FilterCounts = Record<string, Record<string, number>>;

/**
 * Whether a page carries one of the selected values of every filter that has a selection, leaving
 * out the filter named `except`.
 */
export function passesFilters(
  page: PageFilters,
  selected: SelectedFilters,
  except?: string,
): boolean {
  return Object.entries(selected).every(
    ([name, values]) =>
      name === except || values.length === 0 || values.some((v) => page[name]?.includes(v)),
  );
}

/**
 * How many of `found` carry each value of each filter that any of `all` carries; a value no page
 * of `found` carries counts 0, so that the list of values stays the same from search to search.
 * Each filter is counted with the other filters' selections applied but not its own: within one
 * filter the values are alternatives (any of them), so a count says how many results choosing
 * that value as well would add, and choosing one kind does not turn the other kinds to 0.
 */
export function facetCounts(
  all: PageFilters[],
  found: PageFilters[],
  selected: SelectedFilters,
): FilterCounts {
  const counts: FilterCounts = {};
  for (const page of all) {
    for (const [name, values] of Object.entries(page)) {
      const forName = (counts[name] ??= {});
      for (const value of values) forName[value] ??= 0;
    }
  }
  for (const [name, forName] of Object.entries(counts)) {
    for (const page of found) {
      if (!passesFilters(page, selected, name)) continue;
      for (const value of page[name] ?? []) forName[value] = (forName[value] ?? 0) + 1;
    }
  }
  return counts;
}

/**
 * How many of `found` carry each area of each review (the other filters applied, the area filter
 * not): an area's heading is the same text in two reviews only by chance, and each review's group
 * counts its own pages. Keys are the review, then the area.
 */
export function areaCounts(
  found: PageFilters[],
  selected: SelectedFilters,
): Record<string, Record<string, number>> {
  const counts: Record<string, Record<string, number>> = {};
  for (const page of found) {
    if (!passesFilters(page, selected, SEARCH_FIELDS.area)) continue;
    for (const review of page[SEARCH_FIELDS.review] ?? []) {
      const forReview = (counts[review] ??= {});
      for (const area of page[SEARCH_FIELDS.area] ?? []) {
        forReview[area] = (forReview[area] ?? 0) + 1;
      }
    }
  }
  return counts;
}

/** One selected filter value, as a chip above the results shows it. */
export interface ActiveFilter {
  name: string;
  value: string;
}

/** The position of a filter in the order the page offers filters; unknown names come last. */
export function filterRank(name: string): number {
  const i = (FILTER_ORDER as readonly string[]).indexOf(name);
  return i < 0 ? FILTER_ORDER.length : i;
}

/** The selected values in the order the filters are offered, each value once. */
export function activeFilters(selected: SelectedFilters): ActiveFilter[] {
  const names = Object.keys(selected).sort(
    (a, b) => filterRank(a) - filterRank(b) || a.localeCompare(b, 'zh-CN'),
  );
  return names.flatMap((name) =>
    sortFilterValues(name, [...new Set(selected[name])]).map((value) => ({ name, value })),
  );
}

/** The text of a chip and of a filter in the status line: 类型：措施. */
export function filterText({ name, value }: ActiveFilter): string {
  return `${name}：${value}`;
}

/** The areas of one review, for the 方面 filter's group under the review's title. */
export interface AreaGroup {
  review: string;
  areas: string[];
}

/**
 * The areas grouped by the review whose pages carry them, reviews by name and areas in document
 * order. An area heading two reviews share is listed under each of them.
 */
export function areaGroups(pages: PageFilters[]): AreaGroup[] {
  const byReview = new Map<string, Set<string>>();
  for (const page of pages) {
    const areas = page[SEARCH_FIELDS.area] ?? [];
    if (areas.length === 0) continue;
    for (const review of page[SEARCH_FIELDS.review] ?? []) {
      const set = byReview.get(review) ?? new Set<string>();
      for (const area of areas) set.add(area);
      byReview.set(review, set);
    }
  }
  return sortFilterValues(SEARCH_FIELDS.review, [...byReview.keys()]).map((review) => ({
    review,
    areas: sortFilterValues(SEARCH_FIELDS.area, [...byReview.get(review)!]),
  }));
}

/** The selection without one value; a filter left with no values is dropped. */
export function withoutFilter(selected: SelectedFilters, removed: ActiveFilter): SelectedFilters {
  const next: SelectedFilters = {};
  for (const [name, values] of Object.entries(selected)) {
    const kept = name === removed.name ? values.filter((v) => v !== removed.value) : values;
    if (kept.length > 0) next[name] = kept;
  }
  return next;
}

/** The selection with one more value chosen. */
export function withFilter(selected: SelectedFilters, added: ActiveFilter): SelectedFilters {
  const values = selected[added.name] ?? [];
  return values.includes(added.value)
    ? selected
    : { ...selected, [added.name]: [...values, added.value] };
}
