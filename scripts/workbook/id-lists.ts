/**
 * The causes or measures of a finding as a cell lists them: ids as the files are named (1、3,
 * 1,3, 1；3 or 1 3), or labels as the document numbers them (原因（三）, 措施(2)); so too the
 * feedback problems it answers (3、7, 反馈问题3). Read into the ids front matter writes, in
 * document order.
 */
import { KIND_NOUN } from '../../src/model/labels.ts';
import { CHINESE_NUMERAL, parseChineseNumeral, parseDigits } from '../../src/model/numerals.ts';
import { cellText, isUnset, ok, type CellValue, type Read } from './cells.ts';
import { quoteCell } from './problems.ts';

/** A cause, measure or feedback problem a finding may name. */
export interface IdTarget {
  id: string;
  /** Its position in its part (3 for 原因（三）), or among the inspection's problems. */
  order: number;
}

/** The separators people put between ids: 、 ， , ; ； and spaces (full-width ones too). */
const SEPARATORS = /[、，,;；\s]+/u;

/** 原因（三）, 措施(2), （一百零一）: a label as the document numbers its causes and measures. */
const LABEL = new RegExp(`^(原因|措施)?[（(](${CHINESE_NUMERAL}|[0-9０-９]+)[）)]$`, 'u');

/** Full-width digits and hyphens as ASCII, letters lower-case: 1－２ is 1-2. */
function normaliseId(token: string): string {
  return token
    .replace(/[０-９]/gu, (digit) => String(parseDigits(digit)))
    .replace(/[－—–]/gu, '-')
    .toLowerCase();
}

/**
 * Reads a list of `kind` ids from a cell, against the entries of that kind the review has. Empty
 * and 未填写 mean none. Unknown ids, labels of the other kind and repeated ids are refused.
 */
export function readIdList(
  value: CellValue,
  kind: 'cause' | 'measure',
  targets: readonly IdTarget[],
  listSheet: string,
): Read<string[]> {
  const noun = KIND_NOUN[kind];
  const known = targets.map((t) => t.id).join('、') || '还没有';
  return readIds(value, targets, {
    noun,
    hint: `编号见「${listSheet}」工作表；多个编号用“、”隔开，如 1、3，也可以写${noun}（一）这样的名称；没有就清空单元格。`,
    label: (token) => {
      const label = LABEL.exec(token);
      if (!label) return undefined;
      if (label[1] && label[1] !== noun)
        return `${quoteCell(token)}是${label[1]}，这一列只填${noun}`;
      const order = parseChineseNumeral(label[2]!) ?? parseDigits(label[2]!);
      return (
        targets.find((t) => t.order === order) ??
        `这份材料没有${quoteCell(token)}这一条${noun}（现有编号：${known}）`
      );
    },
    unknown: (token) => `这份材料没有编号为${quoteCell(token)}的${noun}（现有：${known}）`,
  });
}

/** 反馈问题3: a feedback problem as pages name it. */
const PROBLEM_LABEL = /^反馈问题(.+)$/u;

/**
 * Reads a list of feedback problems (反馈问题) from a cell, against the problems of `inspection`,
 * the inspection the review answers: their ids (problems/ file names) or labels (反馈问题3).
 */
export function readFeedbackList(
  value: CellValue,
  targets: readonly IdTarget[],
  inspection: string,
  listSheet: string,
): Read<string[]> {
  const known = targets.map((t) => t.id).join('、') || '还没有';
  const unknown = (token: string) =>
    `巡察“${inspection}”中没有编号为${quoteCell(token)}的反馈问题（现有：${known}）`;
  // 反馈问题 3 is one label, though a space separates ids.
  const typed = typeof value === 'string' ? value.replace(/反馈问题\s+/gu, '反馈问题') : value;
  return readIds(typed, targets, {
    noun: '反馈问题',
    hint: `编号见「${listSheet}」工作表（巡察 ${inspection} 的 problems/ 下的文件名）；多个编号用“、”隔开，如 1、3，也可以写反馈问题3 这样的名称；没有就清空单元格。`,
    label: (token) => {
      const label = PROBLEM_LABEL.exec(token);
      if (!label) return undefined;
      const id = normaliseId(label[1]!);
      return targets.find((t) => t.id === id) ?? unknown(label[1]!);
    },
    unknown,
  });
}

/** How a column's ids are named and looked up. */
interface IdListSpec {
  /** What the column lists: 原因, 措施, 反馈问题. */
  noun: string;
  hint: string;
  /** The target a label names (原因（三）), a message why it names none, or undefined for no label. */
  label: (token: string) => IdTarget | string | undefined;
  /** The message for an id that names no target. */
  unknown: (token: string) => string;
}

function readIds(value: CellValue, targets: readonly IdTarget[], spec: IdListSpec): Read<string[]> {
  const { noun, hint } = spec;
  if (value instanceof Date) {
    return {
      ok: false,
      message: `被当成了日期（${cellText(value)}）：Excel 会把 1-3 这样的编号变成日期`,
      hint: `先把单元格格式设为“文本”，再重新输入编号，用“、”隔开。${hint}`,
    };
  }
  if (typeof value === 'object' && value !== null) {
    return { ok: false, message: `单元格显示错误值 ${value.error}`, hint };
  }
  if (typeof value === 'number' && !Number.isInteger(value)) {
    return {
      ok: false,
      message: `被当成了数字 ${String(value)}：编号之间的逗号或句点被 Excel 读成了小数点或千位分隔符`,
      hint: `先把单元格格式设为“文本”，再重新输入编号，用“、”隔开。${hint}`,
    };
  }
  if (isUnset(value)) return ok([]);
  const found: IdTarget[] = [];
  for (const token of cellText(value).trim().split(SEPARATORS).filter(Boolean)) {
    const labelled = spec.label(token);
    const target =
      labelled ?? targets.find((t) => t.id === normaliseId(token)) ?? spec.unknown(token);
    if (typeof target === 'string') return { ok: false, message: target, hint };
    if (found.includes(target)) {
      return { ok: false, message: `${noun} ${target.id} 写了两次`, hint: '删去重复的编号。' };
    }
    found.push(target);
  }
  return ok(found.sort((a, b) => a.order - b.order).map((t) => t.id));
}

/** `1、3`: ids as the workbook writes them. */
export function idListText(ids: readonly string[]): string {
  return ids.join('、');
}
