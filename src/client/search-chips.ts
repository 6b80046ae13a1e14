/**
 * The chosen filters as buttons above the results (类型：措施 ×), on every width: on a phone the
 * filter panel is folded, and a link shared with filters must still say that they apply. Each
 * button removes its filter; with several, one more removes them all.
 */
import {
  activeFilters,
  filterText,
  type ActiveFilter,
  type SelectedFilters,
} from '../search/facets.ts';

/**
 * Shows the chips of `selected` in `box` (hidden when there are none). After a chip is removed,
 * focus moves to the chip now in its place, or to `fallback` when none is left, so a keyboard
 * reader is not dropped at the top of the page.
 */
export function renderChips(
  box: HTMLElement,
  selected: SelectedFilters,
  onRemove: (removed: ActiveFilter[]) => void,
  fallback: HTMLElement,
): void {
  const hadFocus = box.contains(document.activeElement);
  const focusedIndex = [...box.querySelectorAll('button')].findIndex(
    (b) => b === document.activeElement,
  );
  const active = activeFilters(selected);
  const buttons = active.map((filter) => {
    const button = document.createElement('button');
    button.type = 'button';
    button.className = 'chip';
    button.setAttribute('aria-label', `取消筛选 ${filterText(filter)}`);
    const text = document.createElement('span');
    text.textContent = filterText(filter);
    const cross = document.createElement('span');
    cross.className = 'chip-remove';
    cross.setAttribute('aria-hidden', 'true');
    cross.textContent = '×';
    button.append(text, cross);
    button.addEventListener('click', () => {
      onRemove([filter]);
    });
    return button;
  });
  if (active.length > 1) {
    const all = document.createElement('button');
    all.type = 'button';
    all.className = 'chip-clear';
    all.textContent = '清除全部筛选';
    all.addEventListener('click', () => {
      onRemove(active);
    });
    buttons.push(all);
  }
  const heading = document.createElement('span');
  heading.className = 'chips-heading';
  heading.textContent = '已选筛选：';
  box.replaceChildren(...(buttons.length > 0 ? [heading, ...buttons] : []));
  box.hidden = buttons.length === 0;
  if (hadFocus && !box.contains(document.activeElement)) {
    const next = buttons[Math.min(Math.max(focusedIndex, 0), buttons.length - 1)];
    (next ?? fallback).focus();
  }
}
