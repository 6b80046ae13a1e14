/**
 * The report of one notice's links, as the command prints it: every link to this site with ✓ or
 * ✗, where the notice names it, what it leads to, and for a link written wrongly the URL to write.
 */
import type { PositionUnit } from '../shared/documents/errors.ts';
import type { CheckResult, LinkPlace } from './link-check.ts';

/** `第3行`, `第2、5段`, `第4段的超链接`: where a notice names a link, counted as its reader counts. */
export function describePlaces(places: LinkPlace[], unit: PositionUnit): string {
  const lines = [...new Set(places.flatMap((p) => (p.line === undefined ? [] : [p.line])))];
  const hyperlink = places.every((p) => p.hyperlink);
  if (lines.length === 0) return hyperlink ? '超链接' : '';
  return `第${lines.join('、')}${unit === 'paragraph' ? '段' : '行'}${hyperlink ? '的超链接' : ''}`;
}

/** `3 个链接指向本站，1 个无效`. */
export function summarise(result: CheckResult): string {
  const { reports } = result;
  const bad = reports.filter((r) => !r.ok).length;
  if (reports.length === 0) return '没有找到指向本站的链接';
  return `${reports.length} 个链接指向本站，${bad === 0 ? '全部有效' : `${bad} 个无效`}`;
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
    const { target } = report;
    if (report.fix) {
      lines.push(`      ${report.fix}`);
      lines.push(`      ${target.ok ? '改正后' : '改正后仍然无效'}：${target.note}`);
    } else {
      lines.push(`      ${target.note}`);
    }
  }
  if (result.skipped.length > 0) {
    lines.push(`  另有 ${result.skipped.length} 个链接不指向本站，未检查：`);
    for (const link of result.skipped) {
      lines.push(`    ${withPlace(link.places, unit)}${link.written}`);
      if (link.fix) lines.push(`      ${link.fix}`);
    }
    if (unsure) {
      lines.push(
        '  （未设置网站地址，只检查路径以本站材料代号开头的链接；可用 --site 或 SITE_URL 指定网站地址。）',
      );
    }
  }
  return lines;
}

const withPlace = (places: LinkPlace[], unit: PositionUnit) => {
  const place = describePlaces(places, unit);
  return place ? `${place} ` : '';
};
