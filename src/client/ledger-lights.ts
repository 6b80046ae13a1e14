/**
 * Measures every light on the page again against the reader's today: the page was built on some
 * day, and a ledger read a month later must still show who is behind, by how many days. The
 * notes that say which day the lights are counted from ([data-lights-date]) say it too. Without
 * this script the page shows the lights as of the build, and says so.
 */
import { LIGHT_CLASS } from '../ledger/light-classes.ts';
import { lightOf, lightText, localToday } from '../ledger/lights.ts';
import { RECTIFICATION_STATUSES, type RectificationStatus } from '../ledger/terms.ts';
import { formatDate, parseIsoDate } from '../text/dates.ts';

const today = localToday();
const statuses: readonly string[] = RECTIFICATION_STATUSES;

for (const badge of document.querySelectorAll<HTMLElement>('.light[data-light]')) {
  const { status, due } = badge.dataset;
  const state = lightOf(
    {
      status: status && statuses.includes(status) ? (status as RectificationStatus) : undefined,
      deadline: due ? parseIsoDate(due) : undefined,
    },
    today,
  );
  badge.textContent = lightText(state);
  badge.dataset.light = state.light;
  badge.classList.remove(...Object.values(LIGHT_CLASS));
  badge.classList.add(LIGHT_CLASS[state.light]);
}

for (const note of document.querySelectorAll<HTMLElement>('[data-lights-date]')) {
  note.textContent = `逾期、临期按今天（${formatDate(today)}）计算。`;
}

document.dispatchEvent(new CustomEvent('lights-updated'));
