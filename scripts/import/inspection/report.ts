/** What the import command prints when it has imported a feedback document as an inspection. */
import { areaLabel } from '../../../src/model/labels.ts';
import { problemLabel } from '../../../src/relations/inspections.ts';
import { position, spanOf, type PositionUnit } from '../../shared/documents/errors.ts';
import type { Sourced } from './facts.ts';
import type { InspectionImportReport } from './import-inspection.ts';
import type { FeedbackOutline } from './outline.ts';
import { checkLines, importedLine } from '../report-lines.ts';

/** The facts as the report names them. */
const FACT_NAMES = {
  team: '巡察组',
  unit: '被巡察单位',
  inspected: '巡察时间',
  feedbackOn: '反馈日期',
} as const;

/**
 * The outline as recognised, one line per title, fact, category and problem, each with its line
 * in the document, so that a person can check it against the document at a glance. A problem whose
 * file name is not the number the document prints shows both.
 */
export function formatFeedbackOutline(
  outline: FeedbackOutline,
  sources: InspectionImportReport['facts']['sources'],
  unit: PositionUnit,
): string[] {
  const lines = ['结构（请对照原文核对）：'];
  const title = outline.title;
  lines.push(
    title
      ? `  ${spanOf(title.lines[0]!.line, title.lines.at(-1)!.line, unit)}  标题：${title.text}`
      : '  标题：没有找到',
  );
  if (outline.numberLine) {
    lines.push(
      `  ${position(outline.numberLine.paragraph.line, unit)}  文号：${outline.numberLine.number}`,
    );
  }
  for (const [field, name] of Object.entries(FACT_NAMES)) {
    const source: Sourced | undefined = sources[field as keyof typeof FACT_NAMES];
    if (source)
      lines.push(
        `  ${position(source.line, unit)}  ${name}：${source.value}（取自${source.from}）`,
      );
  }
  outline.categories.forEach((category, i) => {
    const at = category.paragraph
      ? `${spanOf(category.paragraph.line, category.paragraph.lastLine, unit)}  `
      : '';
    lines.push(`  ${at}${areaLabel(i + 1)}：${category.heading}`);
    for (const problem of outline.problems.filter((p) => p.category === i + 1)) {
      const first = problem.paragraphs[0]!;
      const printed =
        String(problem.printed) === problem.id ? '' : `（原文编号“${problem.marker}”）`;
      lines.push(
        `    ${spanOf(first.line, first.lastLine, unit)}  ${problemLabel(problem.id)}${printed}：${problem.title}`,
      );
    }
  });
  return lines;
}

/** The report of an inspection import: what was written, what to check, what to do next. */
export function formatInspectionReport(report: InspectionImportReport): string {
  const { plan, source, facts, outline } = report;
  const lines = [
    importedLine(report),
    `  ${outline.categorised ? outline.categories.length : 0} 个方面，${outline.problems.length} 个反馈问题`,
  ];
  if (plan.mode === 'update') {
    lines.push(
      `  ${plan.files.length} 个文件中 ${plan.changed.length} 个有改动，删除 ${plan.removed.length} 个；手工填写的字段都已保留`,
    );
  }
  if (plan.mode === 'replace') lines.push('  --force：文件夹原有的内容已被替换');
  lines.push('', ...formatFeedbackOutline(outline, facts.sources, source.unit));

  const file = `${report.folder}/inspection.mdx`;
  const missing: string[] = [];
  if (facts.missing.includes('title'))
    missing.push(`title：没有找到标题行；inspection.mdx 中暂写作“${facts.title}”`);
  if (facts.missing.includes('team'))
    missing.push(
      `team：反馈意见中没有“县委第一巡察组……对……进行了巡察”这样写明巡察组的句子，标题和落款中也没有；inspection.mdx 中暂写作“${facts.team}”，请改成实际的巡察组，如 县委第一巡察组`,
    );
  if (facts.missing.includes('unit'))
    missing.push(
      `unit：反馈意见中没有写明被巡察的党组织（如“……对县民政局党组进行了巡察”或标题“关于巡察县民政局党组的反馈意见”）；inspection.mdx 中暂写作“${facts.unit}”，请改成实际的单位，如 县民政局党组`,
    );
  lines.push(...checkLines(missing, [...outline.notes, ...facts.notes], source.unit, plan.notes));
  if (facts.missing.length > 0 || !outline.categorised) {
    lines.push(`  请把 ${file} 中的每个“待填写”改成实际内容。`);
  }
  if (plan.mode !== 'update' && outline.problems.length > 0) {
    lines.push(
      '',
      `下一步：在回应这次巡察的对照检查材料的 review.mdx 中写上 inspection: ${report.inspection}，`,
      '  在它的每个问题（findings/*.mdx）中写上回应的反馈问题，如 feedback: [1, 3]（编号就是 problems/ 下的文件名），',
      '  也可以在工作簿的「问题与原因、措施」表的“反馈问题”列中填写；然后运行 npm run build。',
    );
  }
  return lines.join('\n');
}
