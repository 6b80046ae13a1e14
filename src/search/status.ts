/**
 * What the search page's status line says about a query: how many entries hold it, or why it is
 * not searched.
 */
import { onlyPunctuation } from './tokens.ts';
import { activeFilters, filterText, type SelectedFilters } from './facets.ts';
import { FEEDBACK_KIND, FULL_TEXT_KIND, SEARCH_FIELDS } from './meta.ts';

/** The terms as the status line names them: “养老”、“殡葬”. */
function quoted(terms: string[]): string {
  return terms.map((term) => `“${term}”`).join('、');
}

/**
 * The status of a query that is not searched: nothing for an empty one, and for one of only
 * punctuation (which the index does not hold, so it would match everything or nothing) what to
 * type instead. Undefined for a query that is searched.
 */
export function statusWithoutSearch(terms: string[]): string | undefined {
  if (terms.length === 0) return '';
  if (!onlyPunctuation(terms)) return undefined;
  return (
    `${quoted(terms)}只有标点符号，搜索不能单独查找标点。` +
    '请输入要找的文字或数字；标点可以和文字连在一起输入，例如“问题（一）”。'
  );
}

/** The measure word a count of each kind takes: a full text is 一份, an entry 一个. */
function counted(kind: string): string {
  return kind === FULL_TEXT_KIND || kind === FEEDBACK_KIND ? `份${kind}` : `个${kind}`;
}

/**
 * The filters as the status line names them: 类型：措施、材料：… ; several values of one filter
 * are alternatives (类型：问题或措施).
 */
export function filtersPhrase(selected: SelectedFilters): string {
  const byName = new Map<string, string[]>();
  for (const { name, value } of activeFilters(selected)) {
    byName.set(name, [...(byName.get(name) ?? []), value]);
  }
  return [...byName]
    .map(([name, values]) => filterText({ name, value: values.join('或') }))
    .join('、');
}

/**
 * The status once the results of a query are on the page, counting the results the filters
 * leave. A single kind chosen and nothing else is named as what is counted (3 个措施包含…);
 * other filters are listed after the count.
 */
export function resultsStatus(
  terms: string[],
  count: number,
  selected: SelectedFilters = {},
): string {
  const active = activeFilters(selected);
  const kind =
    active.length === 1 && active[0]!.name === SEARCH_FIELDS.kind ? active[0]!.value : '';
  const noun = kind || '条目';
  const filtered = active.length > 0 && !kind ? `（已按 ${filtersPhrase(selected)} 筛选）` : '';
  return count === 0
    ? `没有${noun}同时包含${quoted(terms)}${filtered}。`
    : `${count} ${counted(noun)}包含${quoted(terms)}${filtered}。`;
}

/** The filter panel's summary: 筛选, and how many filters are chosen when any are. */
export function filtersSummary(selected: SelectedFilters): string {
  const n = activeFilters(selected).length;
  return n > 0 ? `筛选（已选 ${n} 项）` : '筛选';
}
