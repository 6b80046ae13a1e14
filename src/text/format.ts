/** Formatting of dates and counts for display, in the conventions of Chinese official documents. */

/** 2023年7月28日 (the date in the zone it was written in: dates carry no time of day). */
export function formatDate(date: Date): string {
  return `${date.getUTCFullYear()}年${date.getUTCMonth() + 1}月${date.getUTCDate()}日`;
}

/** `YYYY-MM-DD`, for `<time datetime>`, exports and messages. */
export function formatIsoDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}
