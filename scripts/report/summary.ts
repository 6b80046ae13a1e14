/** What the report command prints once it has written the document: where, and the headline numbers. */
import type { WrittenReport } from './write-report.ts';

/** `✓ 已写入：…` with the report's title, its day and its numbers. */
export function formatReportSummary({ out, report }: WrittenReport): string {
  const t = report.totals;
  return [
    `✓ 已写入：${out}`,
    `  ${report.heading}（截至${report.asOf.text}）`,
    `  反馈问题 ${t.problems} 个，对照检查材料 ${t.reviews} 份，整改措施 ${t.measures} 项；`,
    `  已完成（含已销号）${t.done} 项，完成率 ${t.rate}，推进中 ${t.underway} 项，逾期 ${t.overdue} 项；`,
    `  所有措施均已完成的问题 ${t.allDone} 个，整改空白（尚无对照检查材料回应）的问题 ${t.unanswered} 个。`,
  ].join('\n');
}
