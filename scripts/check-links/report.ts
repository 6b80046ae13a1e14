/**
 * The report of one notice's links, as the command prints it: every link to this site with ✓ or
 * ✗, where the notice names it, what it leads to, and for a link written wrongly the URL to write;
 * for one that only seems to lead here, why, and what it opens.
 */
import type { PositionUnit } from '../shared/documents/errors.ts';
import type { CheckResult, LinkPlace, SkippedLink } from './link-check.ts';

/** `第3行`, `第2、5段`, `第4段的超链接`: where a notice names a link, counted as its reader counts. */
export function describePlaces(places: LinkPlace[], unit: PositionUnit): string {
  const lines = [...new Set(places.flatMap((p) => (p.line === undefined ? [] : [p.line])))];
  const hyperlink = places.every((p) => p.hyperlink);
  if (lines.length === 0) return hyperlink ? '超链接' : '';
  return `第${lines.join('、')}${unit === 'paragraph' ? '段' : '行'}${hyperlink ? '的超链接' : ''}`;
}

/** How many links point into the site, how many of them are broken, how many only seem to. */
export interface LinkCounts {
  linked: number;
  broken: number;
  /** Links that seem to point into the site and open another. */
  offSite: number;
}

/** The counts of one notice's links. */
export function countLinks(result: CheckResult): LinkCounts {
  const linked = result.reports.filter((r) => !r.offSite);
  return {
    linked: linked.length,
    broken: linked.filter((r) => !r.ok).length,
    offSite: result.reports.length - linked.length,
  };
}

/** `；另有 1 个链接看似指向本站，实际打开的是别的网站`, or nothing when there is none. */
export function describeOffSite(offSite: number): string {
  return offSite > 0 ? `；另有 ${offSite} 个链接看似指向本站，实际打开的是别的网站` : '';
}

/** `3 个链接指向本站，1 个无效`, and the links that only seem to. */
export function summarise(result: CheckResult): string {
  const { linked, broken, offSite } = countLinks(result);
  const links =
    linked === 0
      ? '没有找到指向本站的链接'
      : `${linked} 个链接指向本站，${broken === 0 ? '全部有效' : `${broken} 个无效`}`;
  return `${links}${describeOffSite(offSite)}`;
}

/** The lines printed for one notice. `unsure` adds why a URL may have been left unchecked. */
export function formatReport(
  file: string,
  unit: PositionUnit,
  result: CheckResult,
  { unsure = false } = {},
): string[] {
  const lines = [`${file}：${summarise(result)}。`];
  for (const report of result.reports) {
    lines.push(`  ${report.ok ? '✓' : '✗'} ${withPlace(report.places, unit)}${report.written}`);
    const { target, shownTarget } = report;
    const notes = notesOf(report);
    lines.push(...notes.map((note) => `      ${note}`));
    if (shownTarget) {
      lines.push(`      显示的网址：${shownTarget.note}`, `      实际打开：${target.note}`);
    } else if (notes.length > 0) {
      lines.push(`      ${target.ok ? '改正后' : '改正后仍然无效'}：${target.note}`);
    } else {
      lines.push(`      ${target.note}`);
    }
  }
  if (result.skipped.length > 0) {
    lines.push(`  另有 ${result.skipped.length} 个链接不指向本站，未检查：`);
    for (const link of result.skipped) {
      lines.push(`    ${withPlace(link.places, unit)}${link.written}`);
      lines.push(...notesOf(link).map((note) => `      ${note}`));
    }
    if (unsure) {
      lines.push(
        '  （未设置网站地址，只检查路径以本站材料代号开头的链接；可用 --site 或 SITE_URL 指定网站地址。）',
      );
    }
  }
  return lines;
}

/** What is wrong with a link as written, and what it does not open that it seems to. */
const notesOf = (link: SkippedLink) => [...(link.fix ? [link.fix] : []), ...(link.misleads ?? [])];

const withPlace = (places: LinkPlace[], unit: PositionUnit) => {
  const place = describePlaces(places, unit);
  return place ? `${place} ` : '';
};
