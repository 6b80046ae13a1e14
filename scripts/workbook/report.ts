/** What the workbook command prints: what an import changed, entry by entry, and what an export wrote. */
import type { ImportReport } from './import-workbook.ts';
import type { ExportReport } from './export-workbook.ts';
import { SHEETS } from './columns.ts';

/** The report of an import (or of a dry run): each change as `措施（一） 责任领导：未填写 → 张三`. */
export function formatImportReport(report: ImportReport): string {
  const lines: string[] = [];
  const files = report.folders.reduce((n, f) => n + f.files.length, 0);
  if (report.entries.length === 0) {
    lines.push(`✓ ${report.file} 与内容一致，没有需要写入的改动。`);
  } else {
    const where = report.folders.map((f) => `${f.folder}/`).join('、');
    lines.push(
      report.written
        ? `✓ 已导入：${report.file} → ${where}，改动了 ${files} 个文件：`
        : `✓ 检查通过（试运行，没有写入任何文件）：${report.file} 会改动 ${where} 中的 ${files} 个文件：`,
    );
    const multi = report.folders.length > 1;
    for (const folder of report.folders) {
      if (multi) lines.push(`  ${folder.folder}/`);
      for (const entry of report.entries.filter((e) => e.review === folder.review)) {
        for (const change of entry.changes) {
          lines.push(`${multi ? '    ' : '  '}${entry.label} ${change.summary}`);
        }
      }
    }
  }
  if (report.overwritten.length > 0) {
    lines.push(
      '',
      `--force：${report.overwritten.map((e) => e.label).join('、')} 在导出之后被修改过，${report.written ? '已' : '将'}以工作簿为准覆盖。`,
    );
  }
  if (report.notes.length > 0) lines.push('', '请注意：', ...report.notes.map((n) => `  • ${n}`));
  if (report.entries.length > 0) {
    lines.push(
      '',
      report.written
        ? '下一步：运行 npm run build 生成网站，在整改台账页和各条目页上核对。'
        : '去掉 --dry-run 再运行一次，即写入以上改动。',
    );
  }
  return lines.join('\n');
}

/** The report of an export: the file, what it holds, what to do with it. */
export function formatExportReport(report: ExportReport): string {
  const { counts } = report;
  return [
    `✓ 已导出：${report.out}（${report.reviews.length} 份材料，${counts.measures} 项措施，${counts.findings} 个问题）`,
    `  「${SHEETS.ledger}」：每项措施一行，请各单位填写责任领导、责任单位、完成时限、整改方式、整改状态、整改进展、佐证材料和销号日期；`,
    `  「${SHEETS.relations}」：每个问题一行，填写导致它的原因和针对它的措施的编号（见「${SHEETS.causes}」「${SHEETS.measures}」）。`,
    '  灰色的列和编号不能修改；收回后不要另存为其他格式，直接导入：',
    `  npm run workbook -- import ${quoteArg(report.out)}`,
  ].join('\n');
}

/** A path as it can be pasted into a shell. */
function quoteArg(path: string): string {
  return /^[\w./\\:@\u4e00-\u9fff-]+$/u.test(path) ? path : `"${path.replace(/"/g, '\\"')}"`;
}
