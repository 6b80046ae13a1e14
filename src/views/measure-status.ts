/**
 * A measure's rectification status as the pages that name it show it beside its link or label
 * (finding and cause pages, the relation map, the full text): its 整改状态 and its light on the
 * build date. Plain data, the day it is due written as YYYY-MM-DD rather than a Date, so that a
 * view holding it reads back from JSON as it was; in the view, it changes the page's key when the
 * status or the light does (every day, while the light counts days).
 */
import { lightOf, type Light, type LightState } from '../ledger/lights.ts';
import type { RectificationStatus } from '../ledger/terms.ts';
import type { EntryNode, MeasureNode } from '../relations/nodes.ts';
import { formatIsoDate, parseIsoDate } from '../text/dates.ts';
import { entryLink, type EntryLinkView } from './links.ts';

export interface MeasureStatusView {
  /** 整改状态 as written; null when nobody has filled it in. */
  status: RectificationStatus | null;
  /** Its light on the build date. */
  light: Light;
  /**
   * Days overdue (逾期) or left (临期), as the light says them; null otherwise. 正常 is said
   * without its days left, so that a view holding it, and the page's key, stays the same from one
   * day to the next until the measure is due soon.
   */
  days: number | null;
  /** The day it is due (the deadline, or 延期至 under 申请延期), YYYY-MM-DD; null when none. */
  due: string | null;
}

/** The status of `measure` on `today`. */
export function measureStatus(measure: MeasureNode, today: Date): MeasureStatusView {
  const { status } = measure.entry.data;
  const { light, days, due } = lightOf(measure.entry.data, today);
  return {
    status: status ?? null,
    light,
    days: light === '逾期' || light === '临期' ? (days ?? null) : null,
    due: due ? formatIsoDate(due) : null,
  };
}

/** The light of a status view as the light badge takes it (LightBadge). */
export function lightState({ light, days, due }: MeasureStatusView): LightState {
  return { light, days: days ?? undefined, due: due === null ? undefined : parseIsoDate(due) };
}

/** A link to an entry; a measure's carries its status. */
export interface StatusLinkView extends EntryLinkView {
  status?: MeasureStatusView;
}

/** The link to `node`, with its status on `today` when it is a measure. */
export function statusLink(node: EntryNode, today: Date): StatusLinkView {
  return node.kind === 'measure'
    ? { ...entryLink(node), status: measureStatus(node, today) }
    : entryLink(node);
}
