/**
 * The ledger table in the browser: filters that stand in the address, sorting by column, and
 * 「复制本页链接」. The table is complete without this, so nothing depends on it.
 *
 * Filters: the address's query (`?unit=办公室&light=逾期`, src/ledger/filters.ts) sets the controls
 * when the page opens; changing a control rewrites the address in place (history.replaceState), so
 * that a reload keeps the filters and the address, copied, shows the same rows. The overview's
 * counts are links with a filter in their query: followed here without reloading, as a step back
 * can undo (pushState). A row's light is read from its badge each time, as measured again against
 * the reader's today (ledger-lights.ts, which says so with `lights-updated`).
 *
 * Sorting: by data-sort (else the cell's text); cells with nothing filled in (data-blank) go last
 * whichever way a column is sorted.
 */
import {
  filterQuery,
  filterSummary,
  matchesFilter,
  readFilter,
  FILTER_PARAMS,
  type FilterParam,
  type LedgerFilter,
} from '../ledger/filters.ts';
import { announce, copyText } from './copy-text.ts';
import { filterableRow } from './ledger-rows.ts';

type Control = HTMLSelectElement | HTMLInputElement;

for (const ledger of document.querySelectorAll<HTMLElement>('[data-ledger]')) {
  const table = ledger.querySelector('table');
  const body = table?.tBodies[0];
  if (table && body) {
    setUpFilters(ledger, [...body.rows]);
    setUpSorting(table, body);
    setUpScrollHint(ledger);
  }
}

function setUpFilters(ledger: HTMLElement, rows: HTMLTableRowElement[]) {
  const bar = ledger.querySelector<HTMLElement>('.ledger-filters');
  const shown = ledger.querySelector<HTMLElement>('[data-shown]');
  const summary = ledger.querySelector<HTMLElement>('[data-filter-summary]');
  const clear = ledger.querySelector<HTMLElement>('[data-clear]');
  if (!bar || !shown) return;
  const controls = new Map<FilterParam, Control>();
  for (const control of bar.querySelectorAll<Control>('[data-filter]')) {
    const name = control.dataset.filter as FilterParam;
    if (FILTER_PARAMS.includes(name)) controls.set(name, control);
  }
  const reviewSelect = controls.get('review');
  const reviewTitle = (id: string) =>
    reviewSelect instanceof HTMLSelectElement
      ? [...reviewSelect.options].find((option) => option.value === id)?.text
      : undefined;

  /** The filters the controls hold. */
  const current = (): LedgerFilter => {
    const filter: LedgerFilter = {};
    for (const [name, control] of controls) {
      const value = control.value.trim();
      if (value) filter[name] = value;
    }
    return filter;
  };

  /** Sets the controls to `filter`; a value no row has is added to its list, so it shows. */
  const setControls = (filter: LedgerFilter) => {
    for (const [name, control] of controls) {
      const value = filter[name] ?? '';
      if (
        control instanceof HTMLSelectElement &&
        ![...control.options].some((option) => option.value === value)
      ) {
        control.add(new Option(value, value));
      }
      control.value = value;
    }
  };

  const apply = () => {
    const filter = current();
    let count = 0;
    for (const row of rows) {
      const visible = matchesFilter(filterableRow(row), filter);
      row.hidden = !visible;
      if (visible) count += 1;
    }
    shown.textContent = `显示 ${count} / ${rows.length} 项`;
    const words = filterSummary(filter, reviewTitle);
    if (clear) clear.hidden = words === '';
    // On paper the controls are gone: the rows printed are said to be a selection.
    if (summary) {
      summary.textContent = words && `筛选：${words}（${count} / ${rows.length} 项）`;
      summary.hidden = words === '';
    }
  };

  /** Puts `filter` in the address, without a reload; from file:// a browser may refuse. */
  const writeAddress = (filter: LedgerFilter, step = false) => {
    const address = `${location.pathname}${filterQuery(filter)}`;
    try {
      if (step) history.pushState(null, '', address);
      else history.replaceState(null, '', address);
    } catch {
      // The filters still apply; only the address does not show them.
    }
  };

  const opened = readFilter(location.search);
  setControls(opened);
  apply();
  // A link to filtered rows (a notice's) is for those rows: they are shown, not the overview.
  if (Object.keys(opened).length > 0 && !location.hash) ledger.scrollIntoView({ block: 'start' });
  for (const control of controls.values()) {
    control.addEventListener(control instanceof HTMLInputElement ? 'input' : 'change', () => {
      apply();
      writeAddress(current());
    });
  }
  document.addEventListener('lights-updated', apply);
  addEventListener('popstate', () => {
    setControls(readFilter(location.search));
    apply();
  });

  // A link to this ledger with filters (an overview count, 清除筛选): its filters, in place.
  document.addEventListener('click', (event) => {
    const link = (event.target as Element | null)?.closest<HTMLAnchorElement>(
      'a[data-filter-link]',
    );
    if (!link || event.button !== 0 || event.ctrlKey || event.metaKey || event.shiftKey) return;
    const target = new URL(link.href);
    if (target.pathname !== location.pathname) return;
    event.preventDefault();
    setControls(readFilter(target.search));
    apply();
    writeAddress(current(), true);
    ledger.scrollIntoView({ block: 'start' });
  });

  const copy = bar.querySelector<HTMLButtonElement>('[data-copy-link]');
  const status = bar.querySelector<HTMLElement>('[role="status"]');
  const field = bar.querySelector<HTMLTextAreaElement>('textarea.fallback');
  copy?.addEventListener('click', () => {
    if (!status || !field) return;
    // The site's own address where it is configured, else the one the page was opened at.
    const configured = bar.dataset.url ?? '';
    const address = new URL(/^https?:/.test(configured) ? configured : location.href);
    address.search = filterQuery(current());
    address.hash = '';
    void copyText(address.href, field, copy).then((copied) => {
      announce(status, copied ? '已复制本页链接' : '已选中，请按 Ctrl+C 复制');
    });
  });

  bar.hidden = false;
}

function setUpSorting(table: HTMLTableElement, body: HTMLTableSectionElement) {
  const headers = [...(table.tHead?.rows[0]?.cells ?? [])];
  headers.forEach((header, column) => {
    const button = document.createElement('button');
    button.type = 'button';
    button.textContent = header.textContent;
    header.replaceChildren(button);
    button.addEventListener('click', () => {
      const ascending = header.getAttribute('aria-sort') !== 'ascending';
      for (const other of headers) other.removeAttribute('aria-sort');
      header.setAttribute('aria-sort', ascending ? 'ascending' : 'descending');
      const cellOf = (row: HTMLTableRowElement) => row.cells[column];
      const blank = (row: HTMLTableRowElement) => cellOf(row)?.dataset.blank !== undefined;
      const key = (row: HTMLTableRowElement) => {
        const cell = cellOf(row);
        return cell?.dataset.sort ?? cell?.textContent.trim() ?? '';
      };
      const sorted = [...body.rows].sort(
        (a, b) =>
          Number(blank(a)) - Number(blank(b)) ||
          key(a).localeCompare(key(b), 'zh-CN') * (ascending ? 1 : -1),
      );
      body.append(...sorted);
    });
  });
}

/** Says that the table scrolls sideways, while it is wider than the screen. */
function setUpScrollHint(ledger: HTMLElement) {
  const scroller = ledger.querySelector<HTMLElement>('.table-scroll');
  const hint = ledger.querySelector<HTMLElement>('[data-scroll-hint]');
  const table = scroller?.querySelector('table');
  if (!scroller || !table || !hint || !('ResizeObserver' in window)) return;
  const observer = new ResizeObserver(() => {
    hint.hidden = scroller.scrollWidth <= scroller.clientWidth + 1;
  });
  // The box when the window changes, the table when filtering changes its width.
  observer.observe(scroller);
  observer.observe(table);
}
