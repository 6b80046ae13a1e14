/**
 * Changes fields of a content file's front matter in place. Each changed field's value (or, for a
 * list of reports, the field's lines) is replaced in the file's own text; every other byte stays
 * as it was: the `# 依据：` comments, key order, quoting, blank lines, line ends and the entry's
 * text. The `yaml` package's Document API finds where each field is and writes the new values;
 * the result is read back and must hold exactly the intended values.
 */
import {
  isMap,
  isScalar,
  isSeq,
  parseDocument,
  Document,
  type Pair,
  type ToStringOptions,
} from 'yaml';
import { splitFrontMatter } from '../../src/loaders/front-matter.ts';

/** A field to set to `value`, or to remove when `value` is undefined. */
export interface FieldEdit {
  key: string;
  value: unknown;
}

/** Front matter as the project's files write it (scripts/shared/mdx.ts). */
const OUTPUT: ToStringOptions = { lineWidth: 0, minContentWidth: 0, flowCollectionPadding: false };

/** Relation lists are written inline, `causes: [1, 3]`, as people write them. */
const FLOW_KEYS = new Set(['causes', 'measures', 'aliases', 'feedback']);

/** Thrown when a file cannot be edited in place; never for a file the build accepts. */
export class FrontMatterEditError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'FrontMatterEditError';
  }
}

interface Splice {
  start: number;
  end: number;
  text: string;
  /** Among insertions at one place, the order of their keys. */
  rank: number;
}

/**
 * The file `text` with `edits` made to its front matter. A field that is not there yet goes after
 * the nearest field before it in `keyOrder` (the schema's order), before any comment above the
 * next one.
 */
export function editFrontMatter(
  text: string,
  edits: readonly FieldEdit[],
  keyOrder: readonly string[],
): string {
  // Where the build reads the front matter: a BOM or blank lines before it stay as they are.
  const block = splitFrontMatter(text);
  if (!block.present) throw new FrontMatterEditError('文件开头没有 --- 之间的前置字段');
  const { yaml, yamlStart } = block;
  const opening = text.slice(0, yamlStart);
  const rest = text.slice(yamlStart + yaml.length);
  const doc = parseDocument(yaml, { version: '1.2' });
  if (doc.errors.length > 0 || (doc.contents !== null && !isMap(doc.contents))) {
    throw new FrontMatterEditError('前置字段不是“字段: 值”形式的 YAML');
  }
  const pairs = isMap(doc.contents) ? (doc.contents.items as Pair[]) : [];
  const eol = yaml.includes('\r\n') ? '\r\n' : '\n';
  const keyOf = (pair: Pair) => (isScalar(pair.key) ? String(pair.key.value) : undefined);

  const splices: Splice[] = [];
  for (const edit of edits) {
    const pair = pairs.find((p) => keyOf(p) === edit.key);
    const rank = keyOrder.indexOf(edit.key);
    if (!pair) {
      if (edit.value === undefined) continue;
      splices.push({
        ...insertionPoint(yaml, pairs, edit.key, keyOrder, keyOf),
        text: pairText(edit.key, edit.value),
        rank,
      });
      continue;
    }
    const region = pairRegion(yaml, pair);
    if (edit.value === undefined) {
      splices.push({ ...region, text: '', rank });
      continue;
    }
    const value = pair.value as { range?: [number, number, number] } | null;
    const scalar = scalarText(edit.value);
    if (scalar !== undefined && value?.range && isScalar(value)) {
      const [start, end] = value.range;
      const space = start === end && yaml[start - 1] === ':' ? ' ' : '';
      splices.push({ start, end, text: space + scalar, rank });
      continue;
    }
    splices.push({ ...region, text: pairText(edit.key, edit.value, region.comment), rank });
  }

  let edited = yaml;
  for (const splice of splices.sort((a, b) => b.start - a.start || b.rank - a.rank)) {
    const inserted = eol === '\n' ? splice.text : splice.text.replace(/\n/g, eol);
    edited = edited.slice(0, splice.start) + inserted + edited.slice(splice.end);
  }
  checkResult(doc, edited, edits);
  return `${opening}${edited}${rest}`;
}

/** The lines of a pair: from the start of its key's line to the end of its value's last line. */
function pairRegion(yaml: string, pair: Pair): { start: number; end: number; comment?: string } {
  const key = pair.key as { range: [number, number, number] };
  const value = pair.value as { range?: [number, number, number] } | null;
  const start = yaml.lastIndexOf('\n', key.range[0] - 1) + 1;
  const valueEnd = value?.range?.[1] ?? key.range[1];
  const end = yaml[valueEnd - 1] === '\n' ? valueEnd : lineEnd(yaml, valueEnd);
  // A comment on the key's line (`deadline: 2024-06-30 # 完成时限`, `progress: # 进展`) is kept.
  const keyLine = yaml.slice(key.range[1], lineEnd(yaml, key.range[1])).replace(/\r?\n$/, '');
  const comment = /(?:^|\s)(#.*)$/.exec(keyLine.replace(/^\s*:/, ' '))?.[1];
  return comment ? { start, end, comment } : { start, end };
}

function lineEnd(yaml: string, from: number): number {
  const newline = yaml.indexOf('\n', from);
  return newline < 0 ? yaml.length : newline + 1;
}

/**
 * Where a new field goes: after the last line of the nearest field before it in the schema's
 * order; without one, before the first field after it; without either, at the end.
 */
function insertionPoint(
  yaml: string,
  pairs: readonly Pair[],
  key: string,
  keyOrder: readonly string[],
  keyOf: (pair: Pair) => string | undefined,
): { start: number; end: number } {
  const rank = keyOrder.indexOf(key);
  const ranked = pairs.map((pair) => ({ pair, rank: keyOrder.indexOf(keyOf(pair) ?? '') }));
  const before = ranked.filter((p) => p.rank >= 0 && p.rank < rank).at(-1);
  if (before) {
    const { end } = pairRegion(yaml, before.pair);
    return { start: end, end };
  }
  const after = ranked.find((p) => p.rank > rank);
  if (after) {
    const { start } = pairRegion(yaml, after.pair);
    return { start, end: start };
  }
  return { start: yaml.length, end: yaml.length };
}

/** A single-line scalar as YAML writes it (quoted only when it must be); undefined otherwise. */
function scalarText(value: unknown): string | undefined {
  if (typeof value !== 'string' && typeof value !== 'number') return undefined;
  const text = new Document(value, { version: '1.2' }).toString(OUTPUT).replace(/\n$/, '');
  return text.includes('\n') ? undefined : text;
}

/** `key: value` as its own lines, ending with a line break; `comment` after the first line. */
function pairText(key: string, value: unknown, comment?: string): string {
  const doc = new Document({ [key]: value }, { version: '1.2' });
  const node = doc.get(key, true);
  if (FLOW_KEYS.has(key) && isSeq(node)) node.flow = true;
  const text = doc.toString(OUTPUT);
  if (!comment) return text;
  const firstLine = text.indexOf('\n');
  return `${text.slice(0, firstLine)} ${comment}${text.slice(firstLine)}`;
}

/** The edited front matter must read as the old one with exactly the edits made. */
function checkResult(before: Document, edited: string, edits: readonly FieldEdit[]): void {
  const expected = new Map(Object.entries((before.toJS() as Record<string, unknown> | null) ?? {}));
  for (const edit of edits) {
    if (edit.value === undefined) expected.delete(edit.key);
    else expected.set(edit.key, edit.value);
  }
  const after = parseDocument(edited, { version: '1.2' });
  const actual = after.errors.length > 0 ? undefined : (after.toJS() as Record<string, unknown>);
  if (!actual || !sameData(Object.fromEntries(expected), actual)) {
    throw new FrontMatterEditError('无法在原处修改前置字段（它的写法与本工具预想的不同）');
  }
}

function sameData(a: Record<string, unknown>, b: Record<string, unknown>): boolean {
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
  return [...keys].every((key) => JSON.stringify(a[key]) === JSON.stringify(b[key]));
}
