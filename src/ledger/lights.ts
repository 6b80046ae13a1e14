/**
 * The light of a measure (红黄绿灯, as offices' supervision platforms show it): done, on time, due
 * within a few days, or overdue by so many days. Pure and small, so that the page computes it at
 * build time for print, the offline copy and readers without scripts, and the browser computes it
 * again against the reader's today (src/client/ledger-lights.ts): a site not rebuilt for a month
 * still shows who is behind.
 */
import type { RectificationStatus } from './terms.ts';

/** The lights, in the order a ledger counts them. */
export const LIGHTS = ['逾期', '临期', '正常', '已完成'] as const;

export type Light = (typeof LIGHTS)[number];

/** How many days before its deadline a measure turns 临期 (yellow). */
export const DUE_SOON_DAYS = 7;

const DAY = 24 * 60 * 60 * 1000;

/** What decides a measure's light: its status and the day it is due. */
export interface LightInput {
  status?: RectificationStatus | undefined;
  deadline?: Date | undefined;
  /** 延期至: the new deadline of an extension (申请延期); it replaces the deadline. */
  extendedTo?: Date | undefined;
}

/** A measure's light on a day, with the day it is measured against and how far off it is. */
export interface LightState {
  light: Light;
  /** The day it is due: the deadline, or the extension's date under 申请延期; none if not set. */
  due: Date | undefined;
  /** Days past `due` (逾期), or days left until it (正常, 临期); undefined without a due day. */
  days: number | undefined;
}

/** The day a measure is due: an extension's date replaces the deadline while it is 申请延期. */
export function dueDate({ status, deadline, extendedTo }: LightInput): Date | undefined {
  return status === '申请延期' && extendedTo ? extendedTo : deadline;
}

/** A measure's light on `today` (a UTC midnight, as every date of the site). */
export function lightOf(input: LightInput, today: Date): LightState {
  const due = dueDate(input);
  if (input.status === '已完成' || input.status === '已销号') {
    return { light: '已完成', due, days: undefined };
  }
  if (!due) return { light: '正常', due, days: undefined };
  const late = Math.round((today.getTime() - due.getTime()) / DAY);
  if (late > 0) return { light: '逾期', due, days: late };
  const left = Math.round((due.getTime() - today.getTime()) / DAY);
  return { light: left <= DUE_SOON_DAYS ? '临期' : '正常', due, days: left };
}

/** The reader's calendar day as the site's dates are written: UTC midnight of the local date. */
export function localToday(now: Date = new Date()): Date {
  return new Date(Date.UTC(now.getFullYear(), now.getMonth(), now.getDate()));
}

/** 逾期 12 天, 临期（还有 3 天）, 今天到期: how a light is said beside a measure. */
export function lightText({ light, days }: LightState): string {
  if (light === '逾期') return `逾期 ${days} 天`;
  if (light === '临期') return days === 0 ? '今天到期' : `临期（还有 ${days} 天）`;
  return light;
}
