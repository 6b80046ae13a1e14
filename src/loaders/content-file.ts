/**
 * The one reading of a content file: its bytes checked as UTF-8 text, free of invisible control
 * characters, its front matter parsed as written and its fields of a sane length — or every
 * problem that stops it, each naming the line. The build's loader and the commands that edit
 * content files read through here, so that nothing is published, or written back, that was not
 * read faithfully.
 */
import type { z } from 'astro/zod';
import type { ContentProblem } from '../model/content-error.ts';
import type { FieldDoc } from '../schemas/fields.ts';
import { INSPECTION_FIELD_NAMES, inspectionSchema } from '../schemas/inspection.ts';
import { fieldPath, schemaProblems } from '../schemas/issues.ts';

/** The schemas whose fields are named otherwise than the same keys elsewhere, with those names. */
const FIELD_NAMES = new Map<z.ZodType, Record<string, FieldDoc>>([
  [inspectionSchema, INSPECTION_FIELD_NAMES],
]);
import { contentText } from '../text/content-text.ts';
import { readFrontMatter, type FrontMatter } from './front-matter.ts';

/**
 * How long a front matter value may be, in characters. A finding's title is its first sentence
 * (at most some 120 characters in the reviews seen); a title is repeated in the navigation, the
 * relation map, the ledger and the search index of many pages, so a pasted paragraph there makes
 * every page heavy (a 100,000-character title built a 46 MB site). Other fields (a ledger note,
 * a unit's name) are short too; the text itself belongs in the body, which has no such limit.
 */
export const FIELD_LIMITS = { title: 500, other: 5_000 } as const;

/**
 * Characters that have no place in a typed document and can hide or change what a reader sees:
 * C0 controls other than tab and line breaks (ESC starts terminal sequences, NUL ends strings in
 * older tools), DEL, C1 controls, and the bidirectional overrides and isolates that reorder text
 * on screen (U+202A–U+202E, U+2066–U+2069).
 */
const INVISIBLE =
  // eslint-disable-next-line no-control-regex -- finding them is the point
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/g;

/** How many characters before an invisible one a message quotes. */
const CONTEXT = 8;

/** How many invisible characters a file's problems list before summing up the rest. */
const LISTED = 5;

/** A content file read in full: its text and front matter. */
export interface ContentFileText {
  text: string;
  frontMatter: FrontMatter;
}

/** Reads a content file's bytes; `file` is the path messages name. */
export function readContentFile(
  bytes: Uint8Array,
  file: string,
): { read: ContentFileText } | { problems: ContentProblem[] } {
  const decoded = contentText(bytes, file);
  if ('problem' in decoded) return { problems: [decoded.problem] };
  return checkContentText(decoded.text, file);
}

/**
 * Checks a content file's text: no invisible characters, front matter that reads, fields of a
 * sane length. The commands check the files they would write with it, as the build will.
 */
export function checkContentText(
  text: string,
  file: string,
): { read: ContentFileText } | { problems: ContentProblem[] } {
  const parsed = readFrontMatter(text, file);
  const frontMatter = 'frontMatter' in parsed ? parsed.frontMatter : undefined;
  const problems = invisibleCharacters(text, file, frontMatter);
  if (!frontMatter) {
    return { problems: [...problems, (parsed as { problem: ContentProblem }).problem] };
  }
  problems.push(...overlongFields(frontMatter, file));
  return problems.length > 0 ? { problems } : { read: { text, frontMatter } };
}

/**
 * The front matter checked against its collection's schema, each problem on its line; `hint` is
 * added to every fix (a command says why such a field may be wrong in what it writes).
 */
export function checkSchema<T extends z.ZodType>(
  schema: T,
  { data, lineOf }: FrontMatter,
  file: string,
  hint = '',
): { data: z.output<T> } | { problems: ContentProblem[] } {
  const result = schema.safeParse(data);
  if (result.success) return { data: result.data };
  return {
    problems: schemaProblems(result.error, data, file, FIELD_NAMES.get(schema)).map(
      (problem, i) => {
        const issue = result.error.issues[i]!;
        // An unknown field is reported where it is written, not where its map starts.
        const path =
          issue.code === 'unrecognized_keys' ? [...issue.path, issue.keys[0]!] : issue.path;
        const line = lineOf(path);
        return { ...problem, ...(line ? { line } : {}), hint: `${problem.hint}${hint}` };
      },
    ),
  };
}

/** `U+001B`. */
const codePoint = (char: string) =>
  `U+${char.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;

/** What an invisible character is, for a message. */
function nameOf(char: string): string {
  const code = char.codePointAt(0)!;
  if (code === 0) return '空字符 NUL';
  if (code === 0x1b) return '转义字符 ESC';
  if (code === 0x0c) return '换页符';
  if (code >= 0x202a && code <= 0x202e) return '文字方向控制符';
  if (code >= 0x2066 && code <= 0x2069) return '文字方向隔离符';
  return '控制字符';
}

/** Each invisible control character of the text, by line and field. */
function invisibleCharacters(
  text: string,
  file: string,
  frontMatter: FrontMatter | undefined,
): ContentProblem[] {
  const found: ContentProblem[] = [];
  let count = 0;
  let line = 1;
  let lineStart = 0;
  for (const match of text.matchAll(INVISIBLE)) {
    count++;
    if (found.length >= LISTED) continue;
    for (let at = text.indexOf('\n', lineStart); at >= 0 && at < match.index;) {
      line++;
      lineStart = at + 1;
      at = text.indexOf('\n', lineStart);
    }
    const inFrontMatter = frontMatter !== undefined && line <= frontMatter.linesBeforeBody;
    const path = inFrontMatter ? frontMatter.fieldAt(line) : [];
    // Where it is, by the few characters before it: a column would mean nothing to someone who
    // typed the value into a workbook's cell, and the characters can be searched for.
    const written = text.slice(lineStart, match.index).replace(INVISIBLE, '');
    const value = inFrontMatter ? written.replace(/^\s*(?:-\s+)?[\w-]+:\s*["']?/, '') : written;
    const before = Array.from(value).slice(-CONTEXT).join('').trimStart();
    found.push({
      file,
      line,
      field: path.length > 0 ? fieldPath(path) : inFrontMatter ? '前置字段' : '正文',
      message: `${before ? `“${before}”后面` : '行首'}有看不见的${nameOf(match[0])}（${codePoint(match[0])}），不能发布`,
      hint: '它多半是从网页、PDF 或其他程序复制时带来的：把引号中的文字连同它后面看不见的字符一起删去，再重新输入。',
    });
  }
  if (count > LISTED) {
    found.push({
      file,
      message: `还有 ${count - LISTED} 个看不见的控制字符没有列出`,
      hint: '改完以上各处后重新构建，会列出其余的。',
    });
  }
  return found;
}

/** Front matter values longer than `FIELD_LIMITS`. */
function overlongFields({ data, lineOf }: FrontMatter, file: string): ContentProblem[] {
  const found: ContentProblem[] = [];
  const walk = (value: unknown, path: PropertyKey[]) => {
    if (typeof value === 'string') {
      const key = path.findLast((k) => typeof k === 'string');
      const limit = key === 'title' ? FIELD_LIMITS.title : FIELD_LIMITS.other;
      const length = Array.from(value).length;
      if (length <= limit) return;
      const line = lineOf(path);
      found.push({
        file,
        ...(line ? { line } : {}),
        field: fieldPath(path),
        message: `有 ${length.toLocaleString('en-US')} 个字，超过了 ${limit.toLocaleString('en-US')} 字的上限`,
        hint:
          key === 'title'
            ? '标题只写一句话（问题、措施的第一句）；原文整段放在前置字段下面的正文中。'
            : '前置字段只写简短的信息；长的文字放在正文中。',
      });
    } else if (Array.isArray(value)) {
      value.forEach((item, i) => {
        walk(item, [...path, i]);
      });
    } else if (value !== null && typeof value === 'object') {
      for (const [key, item] of Object.entries(value)) walk(item, [...path, key]);
    }
  };
  walk(data, []);
  return found;
}
