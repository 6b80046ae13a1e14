/**
 * Reading what an earlier import (and the people who edited it since) left in a review folder, so a
 * new import can keep what was edited by hand.
 */
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parseDocument, type Document } from 'yaml';
import { contentFileIn, type ContentFile } from '../../src/model/entry-paths';
import { KIND_FOLDERS } from '../../src/model/kinds';
import { DocumentError } from '../shared/documents/errors';
import type { FileKind } from './generate';
import { splitMdxFile } from '../shared/mdx';

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

/** The entries in a review folder, or undefined when it does not exist. */
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
  for (const path of paths.sort()) {
    const file = contentFileIn(path);
    if (!file) {
      existing.otherFiles.push(path);
      continue;
    }
    const { kind } = file;
    const entry = parseEntry(
      file,
      path,
      await readFile(join(folder, path), 'utf8'),
      `${folder}/${path}`,
    );
    if (kind === 'review') existing.review = entry;
    else existing[KIND_FOLDERS[kind]].push(entry);
  }
  return existing;
}

function parseEntry(
  { kind, id }: ContentFile,
  path: string,
  text: string,
  label: string,
): ExistingEntry {
  const parts = splitMdxFile(text);
  const frontMatter = parts && parseDocument(parts.frontMatter);
  if (!parts || !frontMatter || frontMatter.errors.length > 0) {
    throw new DocumentError({
      file: label,
      expected: 'front matter between two --- lines, in valid YAML',
      found: frontMatter?.errors[0]?.message ?? 'none',
      hint: 'Fix the file by hand, or pass --force to replace the whole review folder with a fresh import.',
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
