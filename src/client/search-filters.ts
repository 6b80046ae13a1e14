/**
 * The search page's filter panel: a checkbox for each filter value, built once, whose counts follow
 * the current results. A value no current result carries stays in its place, dimmed and disabled
 * (unless it is chosen, so that it can be unchosen), so the panel does not jump as the reader types.
 * The areas are listed under the title of the review they belong to.
 */
import {
  areaGroups,
  filterRank,
  type FilterCounts,
  type PageFilters,
  type SelectedFilters,
} from '../search/facets.ts';
import { SEARCH_FIELDS, sortFilterValues } from '../search/meta.ts';

/** One checkbox of the panel; an area's carries its review, whose pages it counts. */
interface FilterBox {
  name: string;
  value: string;
  review?: string;
  input: HTMLInputElement;
  count: HTMLElement;
  label: HTMLLabelElement;
}

export interface FilterPanel {
  /** Shows the counts of the current results and which values are chosen. */
  update(
    counts: FilterCounts,
    areas: Record<string, Record<string, number>>,
    selected: SelectedFilters,
  ): void;
}

/**
 * Builds the panel in `box` for the filters of `pages`; `onToggle` hears a value chosen or
 * unchosen. The panel's <details> is shown once there is a filter to offer.
 */
export function buildFilterPanel(
  box: HTMLElement,
  pages: PageFilters[],
  onToggle: (name: string, value: string, checked: boolean) => void,
): FilterPanel {
  const boxes: FilterBox[] = [];
  const valuesOf = new Map<string, Set<string>>();
  for (const page of pages) {
    for (const [name, values] of Object.entries(page)) {
      const set = valuesOf.get(name) ?? new Set<string>();
      for (const value of values) set.add(value);
      valuesOf.set(name, set);
    }
  }
  const names = [...valuesOf.keys()].sort(
    (a, b) => filterRank(a) - filterRank(b) || a.localeCompare(b, 'zh-CN'),
  );

  function checkbox(parent: HTMLElement, name: string, value: string, review?: string): void {
    const label = document.createElement('label');
    const input = document.createElement('input');
    input.type = 'checkbox';
    input.name = name;
    input.value = value;
    input.addEventListener('change', () => {
      onToggle(name, value, input.checked);
    });
    const text = document.createElement('span');
    text.className = 'value';
    text.textContent = value;
    const count = document.createElement('span');
    count.className = 'count';
    label.append(input, text, count);
    parent.append(label);
    boxes.push({ name, value, input, count, label, ...(review ? { review } : {}) });
  }

  for (const name of names) {
    const values = sortFilterValues(name, [...(valuesOf.get(name) ?? [])]);
    if (values.length === 0) continue;
    const fieldset = document.createElement('fieldset');
    const legend = document.createElement('legend');
    legend.textContent = name;
    fieldset.append(legend);
    const groups = name === SEARCH_FIELDS.area ? areaGroups(pages) : [];
    if (groups.length > 1) {
      // Each review numbers its areas from （一）: without the review's title they read as one list.
      for (const group of groups) {
        const nested = document.createElement('fieldset');
        nested.className = 'area-group';
        const title = document.createElement('legend');
        title.textContent = group.review;
        nested.append(title);
        for (const area of group.areas) checkbox(nested, name, area, group.review);
        fieldset.append(nested);
      }
    } else {
      for (const value of values) checkbox(fieldset, name, value);
    }
    box.append(fieldset);
  }

  const panel = box.closest('details');
  if (panel && names.length > 0) {
    panel.hidden = false;
    // Open beside the results on wide screens; folded above them on phones.
    panel.open = matchMedia('(min-width: 48rem)').matches;
  }

  return {
    update(counts, areas, selected) {
      for (const { name, value, review, input, count, label } of boxes) {
        const n =
          review === undefined ? (counts[name]?.[value] ?? 0) : (areas[review]?.[value] ?? 0);
        input.checked = selected[name]?.includes(value) ?? false;
        count.textContent = `（${n}）`;
        label.classList.toggle('empty', n === 0);
        input.disabled = n === 0 && !input.checked;
      }
    },
  };
}
