/**
 * The schema's complaints about a front matter field, said in Chinese for the person who edited
 * the field by hand. The content model's own messages (an id's form, a date's) come from the
 * schemas and are kept; zod's defaults (`Invalid input: expected array, received string`) are
 * replaced.
 */
import type { z } from 'astro/zod';

type RawIssue = z.core.$ZodRawIssue;

/** Each type a field can have, as a message names it after 应为. */
const TYPE_NAMES: Record<string, string> = {
  number: '数字',
  int: '整数',
  string: '文字',
  boolean: 'true 或 false',
  array: '列表（如 [1, 2]）',
  object: '一组“字段: 值”',
  date: '日期（如 2024-03-15）',
  null: '空值',
};

/** What a field holds, as a message quotes it after 实际是. */
function describe(input: unknown): string {
  if (input === undefined) return '空';
  if (input === null) return '空值';
  if (typeof input === 'string')
    return `文字“${input.length > 24 ? `${input.slice(0, 24)}……` : input}”`;
  if (typeof input === 'number') return `数字 ${input}`;
  if (typeof input === 'boolean') return String(input);
  if (Array.isArray(input)) return `列表（${input.length} 项）`;
  if (input instanceof Date) return `日期 ${input.toISOString().slice(0, 10)}`;
  return '一组“字段: 值”';
}

/** A zod error map: the Chinese message for a field issue, or undefined for zod's own. */
export function fieldIssueMessage(issue: RawIssue): string | undefined {
  switch (issue.code) {
    case 'invalid_type':
      return issue.input === undefined
        ? '缺少这个字段（必填）'
        : `应为${TYPE_NAMES[issue.expected] ?? issue.expected}，实际是${describe(issue.input)}`;
    case 'too_small':
      if (issue.origin === 'string')
        return Number(issue.minimum) <= 1 ? '不能为空' : `至少要有 ${issue.minimum} 个字`;
      if (issue.origin === 'array') return `至少要有 ${issue.minimum} 项`;
      return `应${issue.inclusive ? '不小于' : '大于'} ${issue.minimum}，实际是${describe(issue.input)}`;
    case 'too_big':
      if (issue.origin === 'string') return `最多 ${issue.maximum} 个字`;
      if (issue.origin === 'array') return `最多 ${issue.maximum} 项`;
      return `应${issue.inclusive ? '不大于' : '小于'} ${issue.maximum}，实际是${describe(issue.input)}`;
    case 'invalid_value':
      return `应为 ${issue.values.map((v) => JSON.stringify(v)).join('、')} 之一，实际是${describe(issue.input)}`;
    case 'invalid_format':
      return `格式不对：${describe(issue.input)}`;
    case 'unrecognized_keys':
      return `有不认识的字段：${issue.keys.join('、')}`;
    case 'invalid_union':
      return `不是允许的任何一种写法，实际是${describe(issue.input)}`;
    default:
      return undefined;
  }
}

/** A field's path as the build's messages write it: `causes[0]`, `basis[1].number`. */
export function fieldPath(path: readonly PropertyKey[]): string {
  return path
    .map((key, i) => (typeof key === 'number' ? `[${key}]` : `${i > 0 ? '.' : ''}${String(key)}`))
    .join('');
}
