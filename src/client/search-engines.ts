/**
 * The two searches the search page can run, behind one interface: Pagefind on a web server, and
 * the index shipped with the copy of the site opened from disk. Starting either one says, when it
 * cannot start, why not, in words for the reader.
 */
import { literalSearch, type PagefindApi } from '../search/literal.ts';
import type { PageFilters } from '../search/facets.ts';
import { decodeFilterTable, FILTER_TABLE_FILE } from '../search/filter-table.ts';
import { compactSpacing } from '../search/tokens.ts';
import {
  createOfflineSearch,
  OFFLINE_INDEX_FILE,
  OFFLINE_INDEX_GLOBAL,
  type OfflineIndex,
} from '../search/offline-index.ts';

/** A result as the search page shows it; excerpts are HTML (escaped text, matches in <mark>). */
export interface ResultView {
  url: string;
  meta: Record<string, string | undefined>;
  excerpt: string;
  /** Sections of the page below headings that hold a match. */
  sections: { url: string; title: string; excerpt: string }[];
}

export interface SearchHit {
  /** The page's filter values, for filtering and counting on the page. */
  filters: PageFilters;
  view(): Promise<ResultView>;
}

/**
 * A search returns every page holding the query, whatever the filters: the page filters and counts
 * them itself, so that a filter's counts say what choosing it would leave, and choosing one does
 * not search again.
 */
export interface SearchEngine {
  /** The filter values of every page in the index. */
  pages: PageFilters[];
  /** The pages holding every term of `query` literally, best first. */
  search(query: string): Promise<SearchHit[]>;
}

/** Why search cannot start. */
export type UnavailableReason = 'file' | 'wasm' | 'index' | 'offline-index';

/** What the search page says in each case: what happened, and what the reader can do. */
export const UNAVAILABLE_MESSAGES: Record<UnavailableReason, string> = {
  file:
    '搜索无法使用：本页是直接从磁盘打开的（地址以 file:// 开头），浏览器不允许这样加载搜索索引。' +
    '请通过网站服务器访问本站；在没有服务器的电脑上，请使用本站的离线版（解压后双击其中的 index.html）。',
  wasm:
    '搜索无法使用：浏览器或网站服务器的安全设置（内容安全策略）不允许本页运行 WebAssembly，而搜索需要它。' +
    "请网站管理员在服务器发送的 Content-Security-Policy 的 script-src 中加入 'wasm-unsafe-eval'。" +
    '在此之前，可以打开各份材料的全文页面，用浏览器的“查找”功能（Ctrl+F）。',
  index:
    '搜索无法使用：没有找到搜索索引。请网站管理员确认部署时复制了整个网站文件夹，包括其中的 pagefind 文件夹。' +
    '在此之前，可以打开各份材料的全文页面，用浏览器的“查找”功能（Ctrl+F）。',
  'offline-index': `搜索无法使用：离线版的搜索索引（search 文件夹中的 ${OFFLINE_INDEX_FILE}）没有找到。请把离线包完整地重新解压一次。`,
};

/** Raised when search cannot start, with the reason to tell the reader. */
export class SearchUnavailableError extends Error {
  readonly reason: UnavailableReason;

  constructor(reason: UnavailableReason, options?: ErrorOptions) {
    super(UNAVAILABLE_MESSAGES[reason], options);
    this.reason = reason;
    this.name = 'SearchUnavailableError';
  }
}

/** The smallest WebAssembly module: the magic number and version. */
const EMPTY_WASM_MODULE = new Uint8Array([0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00]);

/**
 * Whether this page may compile WebAssembly. A Content-Security-Policy without 'wasm-unsafe-eval'
 * (or 'unsafe-eval') in script-src refuses it, and Pagefind cannot run.
 */
export function canCompileWasm(): boolean {
  try {
    new WebAssembly.Module(EMPTY_WASM_MODULE);
    return true;
  } catch {
    // Refused by the policy, or no WebAssembly in this browser at all.
    return false;
  }
}

/** The part of Pagefind's `pagefind.js` module the search page uses. */
interface PagefindModule extends PagefindApi {
  options(options: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
}

/**
 * Every page's filter values by its id in the index, from the table the build writes beside the
 * index. Asked of the server every time (`no-cache`: a 304 when unchanged), because a ledger
 * update changes it and not the index, so an address of its own would not change.
 */
async function loadFilterTable(url: string): Promise<Map<string, PageFilters>> {
  const response = await fetch(url, { cache: 'no-cache' });
  if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
  return decodeFilterTable(await response.json());
}

/** Pagefind, loaded from `bundle` (its `pagefind.js`), for a site under `base`. */
export async function startPagefind(bundle: string, base: string): Promise<SearchEngine> {
  if (location.protocol === 'file:') throw new SearchUnavailableError('file');
  if (!canCompileWasm()) throw new SearchUnavailableError('wasm');
  let pagefind: PagefindModule;
  let pages: Map<string, PageFilters>;
  try {
    const table = loadFilterTable(new URL(FILTER_TABLE_FILE, new URL(bundle, location.href)).href);
    // Awaited with init() below; this keeps its failure from going unhandled (a console error)
    // when loading Pagefind itself fails first, as without a deployed index.
    table.catch(() => undefined);
    pagefind = (await import(/* @vite-ignore */ bundle)) as PagefindModule;
    await pagefind.options({ baseUrl: base, excerptLength: 40 });
    // Loads the index's entry file and WebAssembly: a missing index fails here, not at the first search.
    [pages] = await Promise.all([table, pagefind.init()]);
  } catch (error) {
    throw new SearchUnavailableError('index', { cause: error });
  }
  return {
    pages: [...pages.values()],
    async search(query) {
      const results = await literalSearch(pagefind, query);
      return results.map((result) => ({
        filters: pages.get(result.id) ?? {},
        async view() {
          const data = await result.data();
          return {
            url: data.url,
            meta: data.meta,
            // Pagefind escapes the page text and adds only <mark>; compactSpacing keeps it that way.
            excerpt: compactSpacing(data.excerpt),
            sections: data.sub_results
              .filter((sub) => sub.url !== data.url && sub.url.includes('#'))
              .map((sub) => ({
                url: sub.url,
                title: compactSpacing(sub.title),
                excerpt: compactSpacing(sub.excerpt),
              })),
          };
        },
      }));
    },
  };
}

/** The index the offline copy's `search-index.js` has put on the page (loaded before this script). */
export function startOffline(): SearchEngine {
  const index = (window as unknown as Record<string, OfflineIndex | undefined>)[
    OFFLINE_INDEX_GLOBAL
  ];
  if (!index || !Array.isArray(index.records)) throw new SearchUnavailableError('offline-index');
  const offline = createOfflineSearch(index);
  return {
    pages: index.records.map((record) => record.filters),
    search(query) {
      return Promise.resolve(
        offline.search(query).map((hit) => ({
          filters: hit.record.filters,
          view: () =>
            Promise.resolve({
              url: hit.record.url,
              meta: hit.record.meta,
              excerpt: hit.excerpt(),
              sections: hit.subResults(),
            }),
        })),
      );
    },
  };
}
