/** What the import command prints when it has imported a document, or recovered an import. */
import { position } from '../shared/documents/errors';
import type { ImportReport } from './import-review';
import type { Recovery } from './interrupted';

/** The report of an import: what was written, what to check, what to do next. */
export function formatReport(report: ImportReport): string {
  const { plan, counts, source, facts } = report;
  const verb = !report.written
    ? '检查通过（试运行，没有写入任何文件）'
    : plan.mode === 'update'
      ? '已更新'
      : '已导入';
  const encoding = source.encoding === 'docx' ? 'Word 文档' : source.encoding;
  const lines = [
    `✓ ${verb}：${source.file}（${encoding}，${source.paragraphs} 段）→ ${report.folder}/，用时 ${Math.round(report.milliseconds)} 毫秒`,
    `  ${counts.areas} 个方面，${counts.findings} 个问题，${counts.causes} 条原因，${counts.measures} 项措施`,
  ];
  if (plan.mode === 'update') {
    lines.push(
      `  ${plan.files.length} 个文件中 ${plan.changed.length} 个有改动，删除 ${plan.removed.length} 个；关系和手工修改的字段都已保留`,
    );
  }
  if (plan.mode === 'replace') lines.push('  --force：文件夹原有的内容已被替换');

  const missing: string[] = [];
  if (facts.missing.includes('title'))
    missing.push(`title：没有找到标题行；review.mdx 中暂写作“${facts.title}”`);
  if (facts.missing.includes('organization'))
    missing.push(`organization：标题中没有单位名称；review.mdx 中暂写作“${facts.organization}”`);
  if (facts.missing.includes('meeting'))
    missing.push(
      `meeting：材料中没有写明民主生活会或组织生活会；review.mdx 中暂写作“${facts.meeting}”`,
    );
  const notes = [
    ...missing,
    ...report.notes.map((n) =>
      n.line ? `${position(n.line, source.unit)}：${n.message}` : n.message,
    ),
    ...plan.notes,
  ];
  if (notes.length > 0) lines.push('', '请核对：', ...notes.map((n) => `  • ${n}`));
  if (facts.missing.some((m) => m !== 'date')) {
    lines.push(`  请把 ${report.folder}/review.mdx 中的每个“待填写”改成实际内容。`);
  }
  if (plan.mode !== 'update' && counts.findings > 0) {
    lines.push(
      '',
      '下一步：把每个问题和它的原因、措施关联起来——在 findings/*.mdx 中填写',
      '  causes: [1, 3] 和 measures: [2]（编号就是 causes/、measures/ 下的文件名），',
      '  然后运行 npm run build。详见 README 的“导入文档”一节。',
    );
  }
  return lines.join('\n');
}

/** One line for each interrupted import that was found, saying what was done about it. */
export function formatRecoveries(recoveries: readonly Recovery[]): string[] {
  return recoveries.map((r) => `${r.action === 'skipped' ? '!' : '↺'} ${r.message}`);
}
