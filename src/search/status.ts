/**
 * What the search page's status line says about a query: how many entries hold it, or why it is
 * not searched.
 */
import { onlyPunctuation } from './tokens.ts';

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

/** The status once the results of a query are on the page. */
export function resultsStatus(terms: string[], count: number): string {
  return count === 0
    ? `没有条目同时包含${quoted(terms)}。`
    : `${count} 个条目包含${quoted(terms)}。`;
}
