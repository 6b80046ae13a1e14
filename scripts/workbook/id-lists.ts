/**
 * The causes or measures of a finding as a cell lists them: ids as the files are named (1、3,
 * 1,3, 1；3 or 1 3), or labels as the document numbers them (原因（三）, 措施(2)). Read into the
 * ids front matter writes, in document order.
 */
import { KIND_NOUN } from '../../src/model/labels.ts';
import { CHINESE_NUMERAL, parseChineseNumeral, parseDigits } from '../../src/model/numerals.ts';
import { cellText, isUnset, ok, type CellValue, type Read } from './cells.ts';
import { quoteCell } from './problems.ts';

/** A cause or measure a finding may name. */
export interface IdTarget {
  id: string;
  /** Its position in its part: 3 for 原因（三）. */
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
  const hint = `编号见「${listSheet}」工作表；多个编号用“、”隔开，如 1、3，也可以写${noun}（一）这样的名称；没有就清空单元格。`;
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
    const label = LABEL.exec(token);
    let target: IdTarget | undefined;
    if (label) {
      if (label[1] && label[1] !== noun) {
        return {
          ok: false,
          message: `${quoteCell(token)}是${label[1]}，这一列只填${noun}`,
          hint,
        };
      }
      const order = parseChineseNumeral(label[2]!) ?? parseDigits(label[2]!);
      target = targets.find((t) => t.order === order);
      if (!target) {
        return {
          ok: false,
          message: `这份材料没有${quoteCell(token)}这一条${noun}（现有编号：${known}）`,
          hint,
        };
      }
    } else {
      const id = normaliseId(token);
      target = targets.find((t) => t.id === id);
      if (!target) {
        return {
          ok: false,
          message: `这份材料没有编号为${quoteCell(token)}的${noun}（现有：${known}）`,
          hint,
        };
      }
    }
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
