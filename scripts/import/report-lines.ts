/**
 * What the reports of both imports, a review's (report.ts) and an inspection's
 * (inspection/report.ts), say alike: the first line, naming the document, what was done with it
 * and where it went; and the list of what to check, in the order the document is read.
 */
import { position, type PositionUnit } from '../shared/documents/errors.ts';
import type { ImportPlan } from './merge.ts';
import type { ImportNote } from './outline.ts';

/** What the first line of an import's report names. */
export interface ImportDone {
  /** False for --dry-run: checked, nothing written. */
  written: boolean;
  plan: Pick<ImportPlan, 'mode'>;
  source: { file: string; encoding: string; paragraphs: number };
  /** The folder written, as shown to the user. */
  folder: string;
  milliseconds: number;
}

/** `✓ 已导入：材料.docx（Word 文档，52 段）→ content/reviews/x/，用时 310 毫秒`. */
export function importedLine({ written, plan, source, folder, milliseconds }: ImportDone): string {
  const verb = !written
    ? '检查通过（试运行，没有写入任何文件）'
    : plan.mode === 'update'
      ? '已更新'
      : '已导入';
  const encoding = source.encoding === 'docx' ? 'Word 文档' : source.encoding;
  return `✓ ${verb}：${source.file}（${encoding}，${source.paragraphs} 段）→ ${folder}/，用时 ${Math.round(milliseconds)} 毫秒`;
}

/**
 * The list of what to check, after a blank line, or nothing when there is nothing: `first` (the
 * fields left to fill in), then the notes on the document by line, as it is read, those about the
 * whole document last, then the notes of the plan (fields kept, files changed).
 */
export function checkLines(
  first: readonly string[],
  notes: readonly ImportNote[],
  unit: PositionUnit,
  planNotes: readonly string[],
): string[] {
  const all = [
    ...first,
    ...notes
      .map((n, i) => ({ ...n, i }))
      .sort((a, b) => (a.line ?? Infinity) - (b.line ?? Infinity) || a.i - b.i)
      .map((n) => (n.line ? `${position(n.line, unit)}：${n.message}` : n.message)),
    ...planNotes,
  ];
  return all.length > 0 ? ['', '请核对：', ...all.map((n) => `  • ${n}`)] : [];
}
