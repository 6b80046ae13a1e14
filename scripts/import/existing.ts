/**
 * Reading what an earlier import (and the people who edited it since) left in a review folder, so a
 * new import can keep what was edited by hand.
 */
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { isMap, parseDocument, type Document } from 'yaml';
import { readFrontMatter } from '../../src/loaders/front-matter.ts';
import { ContentError, type ContentProblem } from '../../src/model/content-error.ts';
import { contentFileIn } from '../../src/model/entry-paths.ts';
import { KIND_FOLDERS } from '../../src/model/kinds.ts';
import { readContentText } from '../shared/content-text.ts';
import { DocumentError } from '../shared/documents/errors.ts';
import type { FileKind } from './generate.ts';
import { splitMdxFile } from '../shared/mdx.ts';

/** An entry file found in a review folder (or, with its kinds, an inspection folder). */
export interface ExistingEntry<K extends string = FileKind> {
  kind: K;
  /** Id within the folder: the file name without extension; empty for the review itself. */
  id: string;
  /** Path inside the folder, e.g. `findings/1-2.mdx`. */
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
 * every file that cannot be read as it is (not UTF-8, not a file), since its text would be lost,
 * or whose front matter cannot be read (a YAML slip), in the build's words.
 */
export async function readExistingReview(folder: string): Promise<ExistingReview | undefined> {
  const read = await readExistingFolder(folder, contentFileIn);
  if (!read) return undefined;
  const existing: ExistingReview = {
    review: undefined,
    findings: [],
    causes: [],
    measures: [],
    otherFiles: read.otherFiles,
  };
  for (const entry of read.entries) {
    if (entry.kind === 'review') existing.review = entry;
    else existing[KIND_FOLDERS[entry.kind]].push(entry);
  }
  return existing;
}

/**
 * The entry files of a folder, told apart by `fileIn` (which entry a path inside the folder is,
 * if any), and its other files; undefined when the folder does not exist. Throws as
 * `readExistingReview` does.
 */
export async function readExistingFolder<K extends string>(
  folder: string,
  fileIn: (path: string) => { kind: K; id: string } | undefined,
): Promise<{ entries: ExistingEntry<K>[]; otherFiles: string[] } | undefined> {
  let paths: string[];
  try {
    paths = await listFiles(folder);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
  const otherFiles: string[] = [];
  const texts: { file: { kind: K; id: string }; path: string; text: string }[] = [];
  const unread: ContentProblem[] = [];
  for (const path of paths.sort()) {
    const file = fileIn(path);
    if (!file) {
      otherFiles.push(path);
      continue;
    }
    const read = await readContentText(join(folder, path), `${folder}/${path}`);
    if ('problem' in read) unread.push(read.problem);
    else texts.push({ file, path, text: read.text });
  }
  if (unread.length > 0) throw new ContentError(unread);
  // A slip in the YAML is said as the build says it, on the same line; every file's at once.
  const slips = texts.flatMap(({ path, text }) => {
    const read = readFrontMatter(text, `${folder}/${path}`);
    return 'problem' in read ? [read.problem] : [];
  });
  if (slips.length > 0) throw new ContentError(slips);
  return {
    entries: texts.map(({ file, path, text }) => parseEntry(file, path, text, `${folder}/${path}`)),
    otherFiles,
  };
}

/** An entry whose front matter reads as YAML (readFrontMatter), with its comments kept. */
function parseEntry<K extends string>(
  { kind, id }: { kind: K; id: string },
  path: string,
  text: string,
  label: string,
): ExistingEntry<K> {
  const parts = splitMdxFile(text);
  const frontMatter = parts && parseDocument(parts.frontMatter);
  const found = !parts
    ? '没有（文件不以 --- 开头，或者没有第二行 ---）'
    : frontMatter && !isMap(frontMatter.contents) && frontMatter.contents !== null
      ? '不是“字段: 值”形式的内容'
      : undefined;
  if (!parts || !frontMatter || found) {
    throw new DocumentError({
      file: label,
      expected: '文件开头两行 --- 之间的 front matter，内容是“字段: 值”形式的 YAML',
      found,
      hint: '请手工改正这个文件：开头一行 ---，接着每行一个“字段: 值”，再一行 ---，然后是正文。',
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
