/**
 * A content file's front matter as written. Astro reads front matter with YAML 1.1 timestamps, so
 * an unquoted `2024-02-30` is already 2024-03-01 when a schema sees it; YAML 1.2's core schema has
 * no timestamps, and every date stays the text the file holds, for the schema to check.
 *
 * Front matter is typed by office staff: a slip in it (a key written twice, a quote left open, a
 * tab, a full-width colon) is a mistake in the content, reported with its line and how to fix it.
 * What YAML offers beyond "field: value" — tags (`!!js/function`), anchors and aliases (`*a`, which
 * a few lines can nest into billions of values) — has no use in a review and is refused.
 */
import {
  isMap,
  isPair,
  isScalar,
  isSeq,
  parseDocument,
  visit,
  type Document,
  type YAMLError,
} from 'yaml';
import type { ContentProblem } from '../model/content-error.ts';

export interface FrontMatter {
  data: Record<string, unknown>;
  /** The 1-based line of the file where a field's value (or, for a missing one, the block) is. */
  lineOf: (path: readonly PropertyKey[]) => number | undefined;
  /** The path of the field written on a line of the file (`progress[1].note`); [] for none. */
  fieldAt: (line: number) => PropertyKey[];
  /** The file's text after the front matter, as Astro's MDX reads it (trimmed). */
  body: string;
  /** Lines of the file before the body's first line. */
  linesBeforeBody: number;
}

const BLOCK = /^(\uFEFF?\s*)---\r?\n([\s\S]*?\r?\n)?---/;

/** Where a file's front matter and its text are: the project's one reading of `---` blocks. */
export interface FrontMatterBlock {
  /** The YAML between the `---` lines ('' when the file has none). */
  yaml: string;
  /** The offset in the file where the YAML starts (where it would start, without any). */
  yamlStart: number;
  /** The file's line (1-based) of the YAML's first line. */
  firstLine: number;
  /** Whether the file has a front matter block at all. */
  present: boolean;
  /** The offset in the file just after the closing `---` (0 without front matter). */
  end: number;
  /** The text after the front matter, as Astro's MDX reads it (trimmed). */
  body: string;
  /** Lines of the file before the body's first line. */
  linesBeforeBody: number;
}

/**
 * Splits a file's text into its front matter and its text. Blank lines and a BOM may come before
 * the opening `---`; the closing `---` ends the block wherever the line goes on.
 */
export function splitFrontMatter(text: string): FrontMatterBlock {
  const match = BLOCK.exec(text);
  const opening = match?.[1] ?? '';
  const yaml = match?.[2] ?? '';
  const end = match ? match[0].length : 0;
  const rest = text.slice(end);
  return {
    yaml,
    yamlStart: match ? opening.length + text.slice(opening.length).indexOf('\n') + 1 : 0,
    // Line 1 is the opening `---` (after any blank lines before it).
    firstLine: opening.split('\n').length + 1,
    present: match !== null,
    end,
    body: rest.trim(),
    linesBeforeBody: text.slice(0, text.length - rest.trimStart().length).split('\n').length - 1,
  };
}

/** The front matter of a file's text, or the problem that stops it being read. */
export function readFrontMatter(
  text: string,
  file: string,
): { frontMatter: FrontMatter } | { problem: ContentProblem } {
  const { yaml: yamlText, firstLine, body, linesBeforeBody } = splitFrontMatter(text);
  const doc = parseDocument(yamlText, { version: '1.2', schema: 'core', uniqueKeys: true });
  const problem = yamlProblem(doc, yamlText, firstLine);
  if (problem) return { problem: { file, ...problem } };
  let data: unknown;
  try {
    // Aliases are refused above; none is expanded here either way.
    data = doc.toJS({ maxAliasCount: 0 });
  } catch (error) {
    return {
      problem: {
        file,
        line: firstLine,
        message: `前置字段无法读取（${error instanceof Error ? error.message : String(error)}）`,
        hint: '只写“字段: 值”，不用 YAML 的锚点、别名和标签。',
      },
    };
  }
  return {
    frontMatter: {
      data: data !== null && typeof data === 'object' ? (data as Record<string, unknown>) : {},
      lineOf: (path) => lineOfPath(doc, yamlText, path, firstLine),
      fieldAt: (line) => fieldAtOffset(doc, offsetOfLine(yamlText, line - firstLine)),
      body,
      linesBeforeBody,
    },
  };
}

type Place = Omit<ContentProblem, 'file'>;

/** The first mistake in the front matter's YAML, located on the file's line. */
function yamlProblem(doc: Document, yamlText: string, firstLine: number): Place | undefined {
  const lines = yamlText.split('\n');
  const [error] = [...doc.errors, ...doc.warnings];
  if (error) {
    const at = error.linePos?.[0].line ?? 1;
    const written = lines[at - 1] ?? '';
    const explained = explain(error, written, lines, at, firstLine);
    return { line: firstLine + (explained.line ?? at) - 1, ...explained.text };
  }
  let alias: Place | undefined;
  visit(doc, {
    Alias(_, node) {
      const offset = node.range?.[0] ?? 0;
      alias = {
        line: firstLine + yamlText.slice(0, offset).split('\n').length - 1,
        message: `前置字段中有 YAML 别名“*${node.source}”`,
        hint: '别名会把别处的值抄过来，材料用不到它。把值直接写出来，去掉“&名称”和“*名称”。',
      };
      return visit.BREAK;
    },
  });
  return alias;
}

/** What a YAML error means for someone typing "field: value", and where it really is. */
function explain(
  { code, message }: YAMLError,
  written: string,
  lines: string[],
  at: number,
  firstLine: number,
): { line?: number; text: { message: string; hint: string } } {
  const key = /^\s*(?:-\s+)?([^:#\s][^:#]*?)\s*:/.exec(written)?.[1];
  switch (code) {
    case 'DUPLICATE_KEY': {
      const indent = /^\s*/.exec(written)![0];
      const first = lines.findIndex(
        (line, i) =>
          i < at - 1 && line.startsWith(`${indent}${key}:`) && line[indent.length] !== ' ',
      );
      return {
        text: {
          message: `字段“${key ?? written.trim()}”写了两次${first >= 0 ? `（第 ${firstLine + first} 行已经写过）` : ''}`,
          hint: '同一字段只能写一次：保留正确的一行，删去另一行。',
        },
      };
    }
    case 'TAB_AS_INDENT':
      return {
        text: {
          message: '这一行用制表符（Tab）缩进',
          hint: '前置字段只能用空格缩进：把行首的 Tab 换成空格（每一级两个空格）。',
        },
      };
    case 'MISSING_CHAR':
      if (/quote/.test(message)) {
        const opened = openedQuoteLine(lines, at);
        return {
          ...(opened ? { line: opened } : {}),
          text: {
            message: '这一行的引号没有配对：开头有引号，结尾没有同样的引号',
            hint: '在值的末尾补上同样的引号（"…" 或 \'…\'）；值中要用到引号时，改用中文引号“”。',
          },
        };
      }
      break;
    case 'TAG_RESOLVE_FAILED': {
      const tag = /(!\S*)/.exec(written)?.[1] ?? '!';
      return {
        text: {
          message: `“${tag}”是 YAML 的标签，前置字段中不能使用`,
          hint: '删去这个标签，只写值本身；值本身以 ! 开头时，把整个值放在引号中。',
        },
      };
    }
  }
  if (/：/.test(written) && !/:\s/.test(written)) {
    return {
      text: {
        message: '这一行的冒号是中文冒号“：”',
        hint: '字段名后要用英文冒号加一个空格，如 title: 标题。',
      },
    };
  }
  if (key === undefined && /^\S[^:]*$/.test(written.trim()) && !written.trim().startsWith('-')) {
    return {
      text: {
        message: `这一行“${written.trim()}”不是“字段: 值”的写法`,
        hint: '每一行写成“字段名: 值”（英文冒号后有空格）；接着上一行的值要缩进，或把整个值放在引号中。',
      },
    };
  }
  const meaning = MEANINGS[code];
  return {
    text: {
      message: meaning
        ? `前置字段这里${meaning}（YAML：${code}）`
        : `前置字段不是有效的 YAML（${code}）`,
      hint: '检查这一行的缩进、冒号后的空格和引号、括号是否成对；同一字段不能写两次。',
    },
  };
}

/** What the other mistakes people make by hand most likely are, by the YAML parser's code. */
const MEANINGS: Partial<Record<YAMLError['code'], string>> = {
  MISSING_CHAR: '缺少配对的括号或引号',
  BAD_INDENT: '缩进不对，或者 [ ] 没有配对',
  MULTILINE_IMPLICIT_KEY: '字段名后少了冒号，或者冒号后少了空格',
  BLOCK_AS_IMPLICIT_KEY: '字段名后少了冒号，或者冒号后少了空格',
  UNEXPECTED_TOKEN: '有多余的符号',
  BAD_SCALAR_START: '值的开头是 YAML 的特殊符号（如 @、`、%），要给值加上引号',
};

/** The line (1-based) at or before `at` where a quoted value was opened and not closed. */
function openedQuoteLine(lines: string[], at: number): number | undefined {
  for (let i = Math.min(at, lines.length) - 1; i >= 0; i--) {
    const value = /^\s*(?:-\s+)?(?:[^:#"']+:\s+)?(["'])(.*)$/.exec(lines[i]!);
    if (value && !value[2]!.includes(value[1]!)) return i + 1;
  }
  return undefined;
}

/** Where the text of a line (0-based) of the YAML starts, past its indentation. */
function offsetOfLine(yamlText: string, index: number): number {
  let offset = 0;
  for (let i = 0; i < index; i++) {
    const next = yamlText.indexOf('\n', offset);
    if (next < 0) return yamlText.length;
    offset = next + 1;
  }
  while (yamlText[offset] === ' ' || yamlText[offset] === '-') offset++;
  return offset;
}

type Ranged = { range?: [number, number, number] | null } | null | undefined;

const spans = (node: Ranged, offset: number) =>
  !!node?.range && node.range[0] <= offset && offset < node.range[2];

/** The path of the innermost field whose key or value holds `offset`. */
function fieldAtOffset(doc: Document, offset: number): PropertyKey[] {
  const path: PropertyKey[] = [];
  let node: unknown = doc.contents;
  for (;;) {
    if (isMap(node)) {
      const pair = node.items.find(
        (item) =>
          isPair(item) &&
          (spans(item.key as Ranged, offset) || spans(item.value as Ranged, offset)),
      );
      if (!pair) return path;
      path.push(isScalar(pair.key) ? String(pair.key.value) : String(pair.key));
      node = pair.value;
    } else if (isSeq(node)) {
      const index = node.items.findIndex((item) => spans(item as Ranged, offset));
      if (index < 0) return path;
      path.push(index);
      node = node.items[index];
    } else {
      return path;
    }
  }
}

function lineOfPath(
  doc: Document,
  yamlText: string,
  path: readonly PropertyKey[],
  firstLine: number,
): number | undefined {
  // The deepest part of the path the file has: a missing field is reported where its map is.
  for (let depth = path.length; depth >= 0; depth--) {
    const node = (
      depth === 0 ? doc.contents : doc.getIn(path.slice(0, depth) as unknown[], true)
    ) as { range?: [number, number, number] } | null | undefined;
    if (node?.range) return firstLine + yamlText.slice(0, node.range[0]).split('\n').length - 1;
  }
  return undefined;
}
