/**
 * Dates as content writes them (YYYY-MM-DD), as pages show them (2023年7月28日), and the day the
 * site is built: "today" for overdue deadlines and for refusing progress reported in advance.
 * Dates carry no time of day: all of them are UTC midnights.
 */

/**
 * Today in UTC at midnight, or the `BUILD_DATE` given: fixing it reproduces (and tests) a build
 * exactly.
 */
export function buildDate(env: Record<string, string | undefined> = process.env): Date {
  const fixed = env.BUILD_DATE;
  if (fixed) {
    const date = parseIsoDate(fixed);
    if (!date) throw new Error(checkBuildDate(env));
    return date;
  }
  const now = new Date();
  return new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate()));
}

/** What is wrong with the build date given (`--build-date`, `BUILD_DATE`); undefined if nothing. */
export function checkBuildDate(env: Record<string, string | undefined>): string | undefined {
  const fixed = env.BUILD_DATE;
  if (!fixed || parseIsoDate(fixed)) return undefined;
  return `生成日期（--build-date 或环境变量 BUILD_DATE）应写作 YYYY-MM-DD（如 2024-06-30），实际是“${fixed}”。`;
}

/** Parses `YYYY-MM-DD` as a UTC date; undefined for anything else, including 2024-02-30. */
export function parseIsoDate(text: string): Date | undefined {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text.trim());
  if (!match) return undefined;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  // Not Date.UTC(year, …): it reads years 0–99 as 1900–1999, so 0001-01-01 would become 1901.
  const date = new Date(0);
  date.setUTCFullYear(year, month - 1, day);
  return date.getUTCMonth() === month - 1 && date.getUTCDate() === day ? date : undefined;
}

/** 2023年7月28日 (the date in the zone it was written in: dates carry no time of day). */
export function formatDate(date: Date): string {
  return `${date.getUTCFullYear()}年${date.getUTCMonth() + 1}月${date.getUTCDate()}日`;
}

/** `YYYY-MM-DD`, for `<time datetime>`, exports and messages. */
export function formatIsoDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}
