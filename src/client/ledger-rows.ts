/**
 * What the ledger's scripts read of a row of the table: what its filters match and what its
 * overview counts, from the row's data attributes and its light badge. The badge's light is read
 * each time, since the lights script may have measured it again (ledger-lights.ts).
 */
import type { FilterableRow } from '../ledger/filters.ts';
import type { OverviewRow } from '../ledger/overview.ts';
import { NOT_FILLED, RECTIFICATION_STATUSES, type RectificationStatus } from '../ledger/terms.ts';
import { parseIsoDate } from '../text/dates.ts';

const statuses: readonly string[] = RECTIFICATION_STATUSES;

const badgeOf = (row: HTMLTableRowElement) => row.querySelector<HTMLElement>('.light[data-light]');

/** A field's value, undefined where the row says 未填写. */
const filled = (value: string | undefined) =>
  value === undefined || value === NOT_FILLED ? undefined : value;

/** What the filters match: the values as the page shows them, 未填写 included. */
export function filterableRow(row: HTMLTableRowElement): FilterableRow {
  const data = row.dataset;
  return {
    review: data.review ?? '',
    reviewTitle: data.reviewTitle ?? '',
    unit: data.unit ?? '',
    leader: data.leader ?? '',
    status: data.status ?? '',
    light: badgeOf(row)?.dataset.light ?? '',
    text: row.textContent,
  };
}

/** What the overview counts: the fields as the measure has them, the day it is due. */
export function overviewRow(row: HTMLTableRowElement): OverviewRow {
  const data = row.dataset;
  const status = filled(data.status);
  const due = badgeOf(row)?.dataset.due;
  return {
    status: status && statuses.includes(status) ? (status as RectificationStatus) : undefined,
    // The badge has the day the measure is due: the extension's date under 申请延期, else the
    // deadline; as a deadline it counts the same.
    deadline: due ? parseIsoDate(due) : undefined,
    mode: filled(data.mode),
    unit: filled(data.unit),
    leader: filled(data.leader),
  };
}
