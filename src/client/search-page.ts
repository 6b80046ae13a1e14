/**
 * The search page's behaviour: starts the search (Pagefind on a web server, the shipped index in
 * the copy opened from disk), runs literal searches as the reader types, renders results and
 * filters, and keeps the query and filters in the address bar so a search can be shared as a link.
 * When search cannot start, the page says why.
 */
import type { SelectedFilters } from '../search/literal.ts';
import { resultsStatus, statusWithoutSearch } from '../search/status.ts';
import { queryTerms } from '../search/tokens.ts';
import { FILTER_ORDER, KIND_CLASS, SEARCH_FIELDS, sortFilterValues } from '../search/meta.ts';
import {
  SearchUnavailableError,
  startOffline,
  startPagefind,
  UNAVAILABLE_MESSAGES,
  type ResultView,
  type SearchEngine,
  type SearchHit,
} from './search-engines.ts';

/** Set at build time (astro.config.mjs): true in the copy of the site built to be opened from disk. */
declare const __OFFLINE_SEARCH__: boolean;

const PAGE_SIZE = 10;

const root = document.querySelector<HTMLElement>('#search');
const form = document.querySelector<HTMLFormElement>('form.search-form');
const input = document.querySelector<HTMLInputElement>('#search-q');
const statusLine = document.querySelector<HTMLElement>('#search-status');
const list = document.querySelector<HTMLOListElement>('#search-results');
const more = document.querySelector<HTMLButtonElement>('#search-more');
const filterBox = document.querySelector<HTMLElement>('#search-filters');

if (root && form && input && statusLine && list && more && filterBox) {
  // The page's notice for a search that never starts (no script ran at all) goes away.
  root.dataset.state = 'starting';
  void start(root, form, input, statusLine, list, more, filterBox);
}

/** The search this copy of the site runs, or why it cannot. */
async function startEngine(root: HTMLElement): Promise<SearchEngine> {
  if (__OFFLINE_SEARCH__) return startOffline();
  const base = root.dataset.base ?? '/';
  return startPagefind(root.dataset.bundle ?? `${base}pagefind/pagefind.js`, base);
}

async function start(
  root: HTMLElement,
  form: HTMLFormElement,
  input: HTMLInputElement,
  statusLine: HTMLElement,
  list: HTMLOListElement,
  more: HTMLButtonElement,
  filterBox: HTMLElement,
): Promise<void> {
  // The query of a shared link. What the reader types while the search starts is kept, and
  // searched for as soon as it is ready.
  const params = new URLSearchParams(location.search);
  if (!input.value) input.value = params.get('q') ?? '';
  let engine: SearchEngine;
  let available: Record<string, Record<string, number>>;
  try {
    engine = await startEngine(root);
    available = await engine.filters();
  } catch (error) {
    root.dataset.state = 'unavailable';
    statusLine.textContent =
      error instanceof SearchUnavailableError ? error.message : UNAVAILABLE_MESSAGES.index;
    return;
  }
  root.dataset.state = 'ready';

  const selected: SelectedFilters = {};
  for (const [name, value] of params) if (name !== 'q') (selected[name] ??= []).push(value);

  renderFilters(filterBox, available, selected, () => {
    void run();
  });

  let generation = 0;
  let results: SearchHit[] = [];
  let shown = 0;

  async function run(): Promise<void> {
    const query = input.value;
    const current = ++generation;
    updateAddress(query, selected);
    const terms = queryTerms(query);
    const refused = statusWithoutSearch(terms);
    if (refused !== undefined) {
      list.replaceChildren();
      more.hidden = true;
      statusLine.textContent = refused;
      return;
    }
    statusLine.textContent = '正在搜索…';
    const found = await engine.search(query, selected);
    if (current !== generation) return; // a newer search has started
    results = found;
    shown = 0;
    list.replaceChildren();
    await showMore(current);
    if (current !== generation) return;
    // Announced once the first results are on the page, so what is read out is there to reach.
    statusLine.textContent = resultsStatus(terms, results.length);
  }

  async function showMore(current: number): Promise<void> {
    const batch = results.slice(shown, shown + PAGE_SIZE);
    const items = await Promise.all(batch.map(async (r) => renderResult(await r.view())));
    if (current !== generation) return;
    list.append(...items);
    shown += batch.length;
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
  more.addEventListener('click', () => void showMore(generation));

  if (input.value) await run();
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

function renderFilters(
  box: HTMLElement,
  available: Record<string, Record<string, number>>,
  selected: SelectedFilters,
  onChange: () => void,
): void {
  const names = Object.keys(available).sort(
    (a, b) => rank(a) - rank(b) || a.localeCompare(b, 'zh-CN'),
  );
  for (const name of names) {
    const counts = available[name] ?? {};
    const values = sortFilterValues(name, Object.keys(counts));
    if (values.length === 0) continue;
    const fieldset = document.createElement('fieldset');
    const legend = document.createElement('legend');
    legend.textContent = name;
    fieldset.append(legend);
    for (const value of values) {
      const label = document.createElement('label');
      const box = document.createElement('input');
      box.type = 'checkbox';
      box.name = name;
      box.value = value;
      box.checked = selected[name]?.includes(value) ?? false;
      box.addEventListener('change', () => {
        const current = new Set(selected[name] ?? []);
        if (box.checked) current.add(value);
        else current.delete(value);
        selected[name] = [...current];
        onChange();
      });
      const text = document.createElement('span');
      text.textContent = value;
      const total = document.createElement('span');
      total.className = 'count';
      total.textContent = `（${counts[value] ?? 0}）`;
      label.append(box, text, total);
      fieldset.append(label);
    }
    box.append(fieldset);
  }
  const panel = box.closest('details');
  if (panel && names.length > 0) {
    panel.hidden = false;
    // Open beside the results on wide screens; folded above them on phones.
    panel.open = matchMedia('(min-width: 48rem)').matches;
  }
}

function rank(name: string): number {
  const i = (FILTER_ORDER as readonly string[]).indexOf(name);
  return i < 0 ? FILTER_ORDER.length : i;
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
