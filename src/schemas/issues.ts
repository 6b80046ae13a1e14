/**
 * Schema failures as content problems in Chinese: the field by its path and by the name office
 * staff know it by, what the file has there and what it should have. Zod's own messages are English
 * and name no file; these are read by the people who fill in the ledger.
 */
import type { z } from 'astro/zod';
import type { ContentProblem } from '../model/content-error.ts';
import { FIELDS, type FieldDoc } from './fields.ts';

type Issue = z.core.$ZodIssue;
type Path = readonly PropertyKey[];

/** `progress[0].date`: a field's path as messages write it. */
export function fieldPath(path: Path): string {
  return path
    .map((key, i) => (typeof key === 'number' ? `[${key}]` : `${i > 0 ? '.' : ''}${String(key)}`))
    .join('');
}

/** `完成时限（deadline）`: a field by its Chinese name, its key after it. */
function fieldName(path: Path, fields: Record<string, FieldDoc>): string {
  const key = [...path].reverse().find((k): k is string => typeof k === 'string');
  if (!key) return '这一项';
  const known = fields[key];
  return known ? `${known.name}（${key}）` : key;
}

function valueAt(data: unknown, path: Path): unknown {
  let value = data;
  for (const key of path) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<PropertyKey, unknown>)[key];
  }
  return value;
}

const TYPE_NAMES: Record<string, string> = {
  string: '文字',
  number: '数字',
  int: '整数',
  boolean: 'true 或 false',
  array: '列表（如 [1, 2]，或每行以“- ”开头）',
  object: '一组“字段: 值”',
  date: '日期',
};

/** The value as the file has it, for a message: “二”, 一个列表, 空. */
function describe(value: unknown): string {
  if (value === null || value === '') return '空的';
  if (Array.isArray(value)) return '一个列表';
  if (value instanceof Date) return `日期 ${value.toISOString().slice(0, 10)}`;
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') {
    return `“${String(value)}”`;
  }
  return '一组字段';
}

const exampleOf = (path: Path, fields: Record<string, FieldDoc>) => {
  const key = [...path].reverse().find((k): k is string => typeof k === 'string');
  return key ? fields[key]?.example : undefined;
};

/** The problem one issue describes, in the file `file` whose front matter is `data`. */
function problemOf(
  issue: Issue,
  data: unknown,
  file: string,
  fields: Record<string, FieldDoc>,
): ContentProblem {
  const path = issue.path;
  const field = fieldPath(path);
  const name = fieldName(path, fields);
  const value = valueAt(data, path);
  const example = exampleOf(path, fields);
  const fix = example
    ? `照这样写：${example}`
    : '按使用说明（docs/GUIDE.md）“内容的组织”一节改正。';
  const at = { file, ...(field ? { field } : {}) };
  switch (issue.code) {
    case 'invalid_type':
      if (value === undefined) {
        return {
          ...at,
          message: `缺少${name}`,
          hint: example ? `在前置字段中加上一行，如：${example}` : fix,
        };
      }
      return {
        ...at,
        message: `${name}应为${TYPE_NAMES[issue.expected] ?? issue.expected}，实际是${describe(value)}`,
        hint: fix,
      };
    case 'too_small':
      return {
        ...at,
        message:
          issue.origin === 'string'
            ? `${name}不能是空的`
            : issue.origin === 'array'
              ? `${name}至少要有 ${String(issue.minimum)} 项`
              : `${name}应为不小于 ${String(issue.inclusive ? issue.minimum : Number(issue.minimum) + 1)} 的整数，实际是${describe(value)}`,
        hint: fix,
      };
    case 'invalid_value':
      return {
        ...at,
        message: `${name}应为以下之一：${issue.values.map(String).join('、')}；实际是${describe(value)}`,
        hint: '照抄其中一个，注意不要多字、少字或用错同音字。',
      };
    case 'unrecognized_keys': {
      const guesses = issue.keys.flatMap((key) => {
        const near = nearestField(key);
        return near ? [`${key} 是不是 ${near}（${FIELDS[near]!.name}）`] : [];
      });
      return {
        file,
        field: fieldPath([...path, issue.keys[0] ?? '']),
        message: `有不认识的字段 ${issue.keys.join('、')}：写在其中的内容不会出现在网站上`,
        hint: `${guesses.length > 0 ? `${guesses.join('；')}？` : ''}检查字段名的拼写（见使用说明 docs/GUIDE.md 的“内容的组织”和“整改台账”两节），不需要的字段请删去。`,
      };
    }
    case 'invalid_union':
      return { ...at, message: `${name}写得不对：实际是${describe(value)}`, hint: fix };
    default:
      // Custom and format issues carry our own Chinese predicate (see the schemas).
      return { ...at, message: `${name}${issue.message}`, hint: fix };
  }
}

/** The known field a mistyped key most likely meant: at most two letters off. */
function nearestField(key: string): string | undefined {
  let best: { field: string; distance: number } | undefined;
  for (const field of Object.keys(FIELDS)) {
    const distance = editDistance(key.toLowerCase(), field.toLowerCase());
    if (distance <= 2 && (!best || distance < best.distance)) best = { field, distance };
  }
  return best?.field;
}

/** Levenshtein distance, for short keys. */
function editDistance(a: string, b: string): number {
  let row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const next = [i];
    for (let j = 1; j <= b.length; j++) {
      next[j] = Math.min(
        row[j]! + 1,
        next[j - 1]! + 1,
        row[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1),
      );
    }
    row = next;
  }
  return row[b.length]!;
}

/** Every issue of a failed parse of `data`, the front matter of `file`. */
export function schemaProblems(
  error: z.ZodError,
  data: unknown,
  file: string,
  /** The names of the schema's fields where a key means something else than elsewhere. */
  names: Record<string, FieldDoc> = {},
): ContentProblem[] {
  const fields = { ...FIELDS, ...names };
  return error.issues.map((issue) => problemOf(issue, data, file, fields));
}
