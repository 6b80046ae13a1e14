/**
 * The search page's behaviour: starts the search (Pagefind on a web server, the shipped index in
 * the copy opened from disk), runs literal searches as the reader types, renders results and
 * filters, and keeps the query and filters in the address bar so a search can be shared as a link.
 * When search cannot start, the page says why.
 */
import {
  areaCounts,
  facetCounts,
  passesFilters,
  withFilter,
  withoutFilter,
  type ActiveFilter,
  type SelectedFilters,
} from '../search/facets.ts';
import { filtersSummary, resultsStatus, statusWithoutSearch } from '../search/status.ts';
import { queryTerms } from '../search/tokens.ts';
import { KIND_CLASS, SEARCH_FIELDS } from '../search/meta.ts';
import {
  SearchUnavailableError,
  startOffline,
  startPagefind,
  UNAVAILABLE_MESSAGES,
  type ResultView,
  type SearchEngine,
  type SearchHit,
} from './search-engines.ts';
import { buildFilterPanel } from './search-filters.ts';
import { renderChips } from './search-chips.ts';

/** Set at build time (astro.config.mjs): true in the copy of the site built to be opened from disk. */
declare const __OFFLINE_SEARCH__: boolean;

const PAGE_SIZE = 10;

/** The parts of the search page the script fills in. */
interface SearchPage {
  root: HTMLElement;
  form: HTMLFormElement;
  input: HTMLInputElement;
  statusLine: HTMLElement;
  list: HTMLOListElement;
  more: HTMLButtonElement;
  filterBox: HTMLElement;
  summary: HTMLElement;
  chips: HTMLElement;
}

const parts = {
  root: document.querySelector<HTMLElement>('#search'),
  form: document.querySelector<HTMLFormElement>('form.search-form'),
  input: document.querySelector<HTMLInputElement>('#search-q'),
  statusLine: document.querySelector<HTMLElement>('#search-status'),
  list: document.querySelector<HTMLOListElement>('#search-results'),
  more: document.querySelector<HTMLButtonElement>('#search-more'),
  filterBox: document.querySelector<HTMLElement>('#search-filters'),
  summary: document.querySelector<HTMLElement>('#search-filters-summary'),
  chips: document.querySelector<HTMLElement>('#search-chips'),
};

if (Object.values(parts).every(Boolean)) {
  const page = parts as SearchPage;
  // The page's notice for a search that never starts (no script ran at all) goes away.
  page.root.dataset.state = 'starting';
  void start(page);
}

/** The search this copy of the site runs, or why it cannot. */
async function startEngine(root: HTMLElement): Promise<SearchEngine> {
  if (__OFFLINE_SEARCH__) return startOffline();
  const base = root.dataset.base ?? '/';
  return startPagefind(root.dataset.bundle ?? `${base}pagefind/pagefind.js`, base);
}

async function start(page: SearchPage): Promise<void> {
  const { root, form, input, statusLine, list, more, filterBox, summary, chips } = page;
  // The query of a shared link. What the reader types while the search starts is kept, and
  // searched for as soon as it is ready.
  const params = new URLSearchParams(location.search);
  if (!input.value) input.value = params.get('q') ?? '';
  let engine: SearchEngine;
  try {
    engine = await startEngine(root);
  } catch (error) {
    root.dataset.state = 'unavailable';
    statusLine.textContent =
      error instanceof SearchUnavailableError ? error.message : UNAVAILABLE_MESSAGES.index;
    return;
  }
  root.dataset.state = 'ready';

  // The address's format: ?q=…&材料=…&类型=…, one parameter per chosen value.
  let selected: SelectedFilters = {};
  for (const [name, value] of params) {
    if (name !== 'q' && !selected[name]?.includes(value)) (selected[name] ??= []).push(value);
  }

  const panel = buildFilterPanel(filterBox, engine.pages, (name, value, checked) => {
    selected = (checked ? withFilter : withoutFilter)(selected, { name, value });
    void show();
  });

  /** Counts searches and showings, so that one overtaken by a newer one shows nothing. */
  let searching = 0;
  let showing = 0;
  /** The pages holding the current query, whatever the filters; undefined when none is searched. */
  let found: SearchHit[] | undefined;
  let terms: string[] = [];
  let results: SearchHit[] = [];
  let shown = 0;

  function removeFilters(removed: ActiveFilter[]): void {
    for (const filter of removed) selected = withoutFilter(selected, filter);
    void show();
  }

  /** Filters the current results and shows them, with the filters' counts and chips. */
  async function show(): Promise<void> {
    const current = ++showing;
    updateAddress(input.value, selected);
    const pool = found ? found.map((hit) => hit.filters) : engine.pages;
    panel.update(facetCounts(engine.pages, pool, selected), areaCounts(pool, selected), selected);
    summary.textContent = filtersSummary(selected);
    renderChips(chips, selected, removeFilters, input);
    if (!found) return;
    results = found.filter((hit) => passesFilters(hit.filters, selected));
    shown = 0;
    const items = await viewsOf(results.slice(0, PAGE_SIZE));
    if (current !== showing) return; // newer results or filters are being shown
    list.replaceChildren(...items);
    shown = items.length;
    more.hidden = shown >= results.length;
    // Announced once the first results are on the page, so what is read out is there to reach.
    statusLine.textContent = resultsStatus(terms, results.length, selected);
  }

  async function run(): Promise<void> {
    const current = ++searching;
    const query = input.value;
    const refused = statusWithoutSearch(queryTerms(query));
    if (refused !== undefined) {
      found = undefined;
      ++showing; // results still on their way are not shown
      list.replaceChildren();
      more.hidden = true;
      statusLine.textContent = refused;
      await show();
      return;
    }
    statusLine.textContent = '正在搜索…';
    const hits = await engine.search(query);
    if (current !== searching) return; // a newer search has started
    found = hits;
    terms = queryTerms(query);
    await show();
  }

  async function showMore(): Promise<void> {
    const current = showing;
    const items = await viewsOf(results.slice(shown, shown + PAGE_SIZE));
    if (current !== showing) return;
    list.append(...items);
    shown += items.length;
    more.hidden = shown >= results.length;
  }

  let typing: ReturnType<typeof setTimeout> | undefined;
  input.addEventListener('input', () => {
    clearTimeout(typing);
    typing = setTimeout(() => void run(), 250);
  });
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    clearTimeout(typing);
    void run();
  });
  more.addEventListener('click', () => void showMore());

  await run();
}

async function viewsOf(hits: SearchHit[]): Promise<HTMLLIElement[]> {
  return Promise.all(hits.map(async (hit) => renderResult(await hit.view())));
}

/** Writes the query and filters into the address bar without adding a history entry per keystroke. */
function updateAddress(query: string, selected: SelectedFilters): void {
  const params = new URLSearchParams();
  if (query.trim()) params.set('q', query.trim());
  for (const [name, values] of Object.entries(selected))
    for (const value of values) params.append(name, value);
  const search = params.toString();
  try {
    history.replaceState(null, '', search ? `?${search}` : location.pathname);
  } catch {
    // Some browsers refuse to change the address of a page opened from disk; the search goes on.
  }
}

function renderResult(data: ResultView): HTMLLIElement {
  const item = document.createElement('li');
  item.className = 'result';
  const kind = data.meta[SEARCH_FIELDS.kind] ?? '';
  const kindClass = KIND_CLASS[kind];
  if (kindClass) item.classList.add(kindClass);

  const link = document.createElement('a');
  link.className = 'result-title';
  link.href = data.url;
  link.textContent = data.meta.title ?? data.url;

  const meta = document.createElement('p');
  meta.className = 'result-meta';
  meta.textContent = [kind, data.meta[SEARCH_FIELDS.review]].filter(Boolean).join(' · ');

  const excerpt = document.createElement('p');
  excerpt.className = 'result-excerpt';
  // Both searches escape the page text and add only <mark>.
  excerpt.innerHTML = data.excerpt;
  item.append(link, meta, excerpt);

  // Sections below headings of the page (the full text's parts) link straight to their anchor.
  if (data.sections.length > 0) {
    const subs = document.createElement('ul');
    subs.className = 'sub-results';
    for (const sub of data.sections.slice(0, 3)) {
      const li = document.createElement('li');
      const a = document.createElement('a');
      a.href = sub.url;
      a.textContent = sub.title;
      const p = document.createElement('p');
      p.innerHTML = sub.excerpt;
      li.append(a, p);
      subs.append(li);
    }
    item.append(subs);
  }
  return item;
}
