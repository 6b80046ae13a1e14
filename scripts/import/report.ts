/** What the import command prints when it has imported a document, or recovered an import. */
import { basename } from 'node:path';
import { areaLabel, findingLabel, numberedLabel } from '../../src/model/labels.ts';
import { spanOf, type PositionUnit } from '../shared/documents/errors.ts';
import type { Paragraph } from '../shared/documents/paragraphs.ts';
import type { ImportReport } from './import-review.ts';
import type { Recovery } from './interrupted.ts';
import type { Item, Outline } from './outline.ts';
import { checkLines, importedLine } from './report-lines.ts';

/** What each kind of section heading heads, as the outline says it. */
const HEADS: Record<Outline['parts'][number]['kind'], string> = {
  finding: '问题部分',
  cause: '原因部分',
  measure: '措施部分',
  extra: '材料正文中的一节',
};

/**
 * The outline as recognised, one line per title, part, area and entry, each with its line in the
 * document, so that a person can check it against the document at a glance.
 */
export function formatOutline(outline: Outline, unit: PositionUnit): string[] {
  const at = (p: Paragraph) => spanOf(p.line, p.lastLine, unit);
  const entry = (label: string, item: Item) =>
    `      ${at(item.paragraphs[0]!)}  ${label}：${item.title}${item.continues ? '（接在上文同一段中）' : ''}`;
  const lines = ['结构（请对照原文核对）：'];
  const title = outline.title;
  lines.push(
    title
      ? `  ${spanOf(title.lines[0]!.line, title.lines.at(-1)!.line, unit)}  标题：${title.text}`
      : '  标题：没有找到',
  );
  for (const part of outline.parts) {
    const heading = part.heading;
    lines.push(`  ${at(heading)}  ${heading.text}（${HEADS[part.kind]}）`);
    if (part.kind === 'finding') {
      outline.areas.forEach((area, i) => {
        const own = area.paragraph !== heading;
        lines.push(
          `    ${at(area.paragraph)}  ${areaLabel(i + 1)}：${own ? area.heading : '以这个部分的标题为唯一的方面'}`,
        );
        for (const f of outline.findings.filter((f) => f.area === i + 1)) {
          lines.push(entry(findingLabel(f.area, f.order), f));
        }
      });
    } else if (part.kind === 'cause' || part.kind === 'measure') {
      const items = part.kind === 'cause' ? outline.causes : outline.measures;
      for (const item of items) lines.push(entry(numberedLabel(part.kind, item.order), item));
    }
  }
  return lines;
}

/** The report of an import: what was written, what to check, what to do next. */
export function formatReport(report: ImportReport): string {
  const { plan, counts, source, facts } = report;
  const lines = [
    importedLine(report),
    `  ${counts.areas} 个方面，${counts.findings} 个问题，${counts.causes} 条原因，${counts.measures} 项措施`,
  ];
  if (plan.mode === 'update') {
    lines.push(
      `  ${plan.files.length} 个文件中 ${plan.changed.length} 个有改动，删除 ${plan.removed.length} 个；关系和手工修改的字段都已保留`,
    );
  }
  if (plan.mode === 'replace') lines.push('  --force：文件夹原有的内容已被替换');
  lines.push('', ...formatOutline(report.outline, source.unit));

  const missing: string[] = [];
  if (facts.missing.includes('title'))
    missing.push(`title：没有找到标题行；review.mdx 中暂写作“${facts.title}”`);
  if (facts.missing.includes('organization'))
    missing.push(`organization：标题中没有单位名称；review.mdx 中暂写作“${facts.organization}”`);
  if (facts.missing.includes('meeting'))
    missing.push(
      `meeting：材料中没有写明民主生活会或组织生活会；review.mdx 中暂写作“${facts.meeting}”`,
    );
  lines.push(...checkLines(missing, report.notes, source.unit, plan.notes));
  if (facts.missing.some((m) => m !== 'date')) {
    lines.push(`  请把 ${report.folder}/review.mdx 中的每个“待填写”改成实际内容。`);
  }
  const next: string[] = [];
  if (plan.mode !== 'update' && counts.findings > 0) {
    // Most offices fill the relations in Excel or WPS, not in YAML: the workbook comes first.
    const review = basename(report.folder);
    next.push(
      '下一步：把每个问题和它的原因、措施关联起来，在 Excel 或 WPS 中填写最方便：',
      `  1. npm run workbook -- export ${review}   导出工作簿`,
      '  2. 在「问题与原因、措施」表中每个问题一行，填写原因、措施的编号（如 1、3），',
      '     也可以在「整改台账」表中填写责任领导、责任单位、完成时限等；',
      '  3. npm run workbook -- import <填好的工作簿>   写回内容文件；',
      '  4. npm run build   生成网站。',
      '  熟悉 YAML 的也可以直接在 findings/*.mdx 中写 causes: [1, 3] 和 measures: [2]。',
      '  详见使用说明（docs/GUIDE.md）的“导入之后”一节。',
    );
  }
  if (report.cited.length > 0) {
    next.push(next.length === 0 ? '下一步：' : '');
    for (const { inspection, file, citedAs } of report.cited) {
      next.push(
        `  材料引用的 ${citedAs} 是巡察 ${inspection} 的反馈意见（${file}）：如果这份材料回应的就是这次巡察，`,
        `  在 ${report.folder}/review.mdx 中写上 inspection: ${inspection}，再在问题中写上回应的反馈问题，如 feedback: [1, 3]。`,
      );
    }
  }
  if (next.length > 0) lines.push('', ...next);
  return lines.join('\n');
}

/** One line for each interrupted import that was found, saying what was done about it. */
export function formatRecoveries(recoveries: readonly Recovery[]): string[] {
  return recoveries.map((r) => `${r.action === 'skipped' ? '!' : '↺'} ${r.message}`);
}
