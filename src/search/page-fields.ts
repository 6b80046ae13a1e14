/**
 * The fields a page's indexed element records about it, read from its attributes:
 * `data-pagefind-meta` names the result's meta for Pagefind, `data-search-filters` the filter
 * values the search page joins to Pagefind's results (src/search/filter-table.ts). Both are lists
 * of `key[attribute]` (the value is in that attribute of the same element, so commas in it stay
 * intact) or `key:value`. The build, the offline index and the search page read them the same way.
 */
import type { Element } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import type { PageFilters } from './facets.ts';

/** The attribute that lists a page's filters; Pagefind does not read it. */
export const FILTERS_ATTRIBUTE = 'data-search-filters';

/** One `key[attribute]` or `key:value` of a `data-pagefind-meta` or `data-search-filters` list. */
export interface PageField {
  key: string;
  /** The attribute of the same element holding the value, or undefined for a value written out. */
  attribute?: string;
  value?: string;
}

/** Reads `title[data-search-title], 类型[data-search-kind], 来源:网站` into its fields. */
export function parsePageFields(spec: string): PageField[] {
  return spec
    .split(',')
    .map((part) => part.trim())
    .filter((part) => part !== '')
    .map((part) => {
      const withAttribute = /^([^[:]+)\[([^\]]+)\]$/.exec(part);
      if (withAttribute)
        return { key: withAttribute[1]!.trim(), attribute: withAttribute[2]!.trim() };
      const colon = part.indexOf(':');
      if (colon > 0)
        return { key: part.slice(0, colon).trim(), value: part.slice(colon + 1).trim() };
      return { key: part };
    });
}

/** An attribute of `element` by its HTML name (`data-search-title`), as text. */
export function attributeOf(element: Element, name: string): string | undefined {
  const property = name.startsWith('data-')
    ? `data${name
        .slice(5)
        .replace(/-([a-z])/g, (_, ch: string) => ch.toUpperCase())
        .replace(/^[a-z]/, (ch) => ch.toUpperCase())}`
    : name;
  const value = element.properties[property];
  if (value === undefined || value === null || value === false) return undefined;
  return Array.isArray(value) ? value.join(' ') : String(value);
}

/** The non-empty values of the fields `element`'s attribute `listAttribute` lists, as pairs. */
export function fieldValues(element: Element, listAttribute: string): [string, string][] {
  const spec = attributeOf(element, listAttribute);
  if (!spec) return [];
  return parsePageFields(spec).flatMap(({ key, attribute, value }) => {
    const found = attribute ? attributeOf(element, attribute) : value;
    return found === undefined || found === '' ? [] : [[key, found] as [string, string]];
  });
}

/** The filter values `element` (a page's indexed element) carries, by filter name. */
export function filtersOf(element: Element): PageFilters {
  const filters: PageFilters = {};
  for (const [key, value] of fieldValues(element, FILTERS_ATTRIBUTE)) {
    (filters[key] ??= []).push(value);
  }
  return filters;
}

/** A start tag, its attribute values quoted or not, as in src/search/tokens.ts. */
const START_TAG = /<[A-Za-z][\w:-]*(?:[^>"']|"[^"]*"|'[^']*')*>/g;

/**
 * The filters of a built page, read from the start tag of its element with data-pagefind-body;
 * undefined for a page without one (Pagefind does not index it).
 */
export function pageFilters(html: string): PageFilters | undefined {
  // Most pages of a site are not indexed (ledgers, maps): one quick look tells them apart.
  if (!html.includes('data-pagefind-body')) return undefined;
  for (const [tag] of html.matchAll(START_TAG)) {
    if (!/\sdata-pagefind-body\b/.test(tag)) continue;
    // The tag alone, parsed as HTML, so that its attributes are decoded (&amp;, &quot;) as a
    // browser decodes them; renamed to a div, which stands anywhere (a lone <tr> would be dropped).
    const element = fromHtml(tag.replace(/^<[A-Za-z][\w:-]*/, '<div'), { fragment: true })
      .children[0];
    return element?.type === 'element' ? filtersOf(element) : {};
  }
  return undefined;
}
