/**
 * Sorting and filtering of ledger tables, in the browser: the table is complete without this,
 * so nothing depends on it. Sort keys come from data-sort (else the cell text); the status filter
 * matches data-status or data-overdue on the rows.
 */
for (const ledger of document.querySelectorAll<HTMLElement>('[data-ledger]')) {
  const table = ledger.querySelector('table');
  const body = table?.tBodies[0];
  const filters = ledger.querySelector<HTMLElement>('.ledger-filters');
  const status = ledger.querySelector<HTMLSelectElement>('[data-filter-status]');
  const text = ledger.querySelector<HTMLInputElement>('[data-filter-text]');
  const shown = ledger.querySelector<HTMLElement>('[data-shown]');
  if (!table || !body || !filters || !status || !text || !shown) continue;
  const rows = [...body.rows];

  const applyFilters = () => {
    const wanted = status.value;
    const needle = text.value.trim();
    let count = 0;
    for (const row of rows) {
      const statusOk =
        !wanted ||
        (wanted === 'overdue' ? row.dataset.overdue === 'true' : row.dataset.status === wanted);
      const visible = statusOk && (!needle || row.textContent.includes(needle));
      row.hidden = !visible;
      if (visible) count += 1;
    }
    shown.textContent = `显示 ${count} / ${rows.length} 项`;
  };
  status.addEventListener('change', applyFilters);
  text.addEventListener('input', applyFilters);
  filters.hidden = false;
  applyFilters();

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
      const key = (row: HTMLTableRowElement) => {
        const cell = row.cells[column];
        return cell?.dataset.sort ?? cell?.textContent.trim() ?? '';
      };
      const sorted = [...rows].sort(
        (a, b) => key(a).localeCompare(key(b), 'zh-CN') * (ascending ? 1 : -1),
      );
      body.append(...sorted);
    });
  });
}
