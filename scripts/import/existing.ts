/**
 * Reading what an earlier import (and the people who edited it since) left in a review folder, so a
 * new import can keep what was edited by hand.
 */
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { isMap, parseDocument, type Document, type YAMLError } from 'yaml';
import { ContentError, type ContentProblem } from '../../src/model/content-error.ts';
import { contentFileIn, type ContentFile } from '../../src/model/entry-paths.ts';
import { KIND_FOLDERS } from '../../src/model/kinds.ts';
import { readContentText } from '../shared/content-text.ts';
import { DocumentError } from '../shared/documents/errors.ts';
import type { FileKind } from './generate.ts';
import { splitMdxFile } from '../shared/mdx.ts';

/** An entry file found in the review folder. */
export interface ExistingEntry {
  kind: FileKind;
  /** Id within the review: the file name without extension; empty for the review itself. */
  id: string;
  /** Path inside the review folder, e.g. `findings/1-2.mdx`. */
  path: string;
  /** The front matter, with its comments, to be updated in place. */
  frontMatter: Document;
  data: Record<string, unknown>;
  body: string;
  /** The whole file as it is now. */
  text: string;
}

export interface ExistingReview {
  review: ExistingEntry | undefined;
  findings: ExistingEntry[];
  causes: ExistingEntry[];
  measures: ExistingEntry[];
  /** Files in the folder that are not entries (a source.txt, notes …), kept as they are. */
  otherFiles: string[];
}

/**
 * The entries in a review folder, or undefined when it does not exist; a `ContentError` lists
 * every file that cannot be read as it is (not UTF-8, not a file), since its text would be lost.
 */
export async function readExistingReview(folder: string): Promise<ExistingReview | undefined> {
  let paths: string[];
  try {
    paths = await listFiles(folder);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
  const existing: ExistingReview = {
    review: undefined,
    findings: [],
    causes: [],
    measures: [],
    otherFiles: [],
  };
  const texts: { file: ContentFile; path: string; text: string }[] = [];
  const unread: ContentProblem[] = [];
  for (const path of paths.sort()) {
    const file = contentFileIn(path);
    if (!file) {
      existing.otherFiles.push(path);
      continue;
    }
    const read = await readContentText(join(folder, path), `${folder}/${path}`);
    if ('problem' in read) unread.push(read.problem);
    else texts.push({ file, path, text: read.text });
  }
  if (unread.length > 0) throw new ContentError(unread);
  for (const { file, path, text } of texts) {
    const entry = parseEntry(file, path, text, `${folder}/${path}`);
    if (file.kind === 'review') existing.review = entry;
    else existing[KIND_FOLDERS[file.kind]].push(entry);
  }
  return existing;
}

/** What the YAML errors people make by hand mean, by the YAML parser's code. */
const YAML_ERRORS: Partial<Record<YAMLError['code'], string>> = {
  DUPLICATE_KEY: '同一个字段写了两次',
  MISSING_CHAR: '缺少配对的括号或引号',
  BAD_INDENT: '缩进不对，或者 [ ] 没有配对',
  TAB_AS_INDENT: '用了制表符（Tab）缩进，应当用空格',
  MULTILINE_IMPLICIT_KEY: '字段名后少了冒号，或者冒号后少了空格',
  BLOCK_AS_IMPLICIT_KEY: '字段名后少了冒号，或者冒号后少了空格',
  UNEXPECTED_TOKEN: '有多余的符号',
  BAD_SCALAR_START: '值的开头有 YAML 的特殊符号（如 @、`、%），请给值加上引号',
};

function parseEntry(
  { kind, id }: ContentFile,
  path: string,
  text: string,
  label: string,
): ExistingEntry {
  const parts = splitMdxFile(text);
  const frontMatter = parts && parseDocument(parts.frontMatter);
  const yamlError = frontMatter?.errors[0];
  const problem = !parts
    ? { found: '没有（文件不以 --- 开头，或者没有第二行 ---）' }
    : yamlError
      ? {
          // The front matter starts on the file's second line, after its `---`.
          line: yamlError.linePos ? yamlError.linePos[0].line + 1 : undefined,
          found: `YAML 格式错误：${YAML_ERRORS[yamlError.code] ?? '无法解析'}（${yamlError.code}）`,
        }
      : frontMatter && !isMap(frontMatter.contents) && frontMatter.contents !== null
        ? { found: '不是“字段: 值”形式的内容' }
        : undefined;
  if (!parts || !frontMatter || problem) {
    throw new DocumentError({
      file: label,
      line: problem?.line,
      expected: '文件开头两行 --- 之间的 front matter，内容是“字段: 值”形式的 YAML',
      found: problem?.found,
      hint: '请手工改正这个文件；或者加上 --force，用重新导入的内容替换整个材料文件夹（手工填写的关系会丢失）。',
    });
  }
  const data: unknown = frontMatter.toJS();
  return {
    kind,
    id,
    path,
    frontMatter,
    data: typeof data === 'object' && data !== null ? (data as Record<string, unknown>) : {},
    body: parts.body,
    text,
  };
}

async function listFiles(folder: string, prefix = ''): Promise<string[]> {
  const entries = await readdir(join(folder, prefix), { withFileTypes: true });
  const files: string[] = [];
  for (const entry of entries) {
    const path = prefix ? `${prefix}/${entry.name}` : entry.name;
    if (entry.isDirectory()) files.push(...(await listFiles(folder, path)));
    else files.push(path);
  }
  return files;
}
