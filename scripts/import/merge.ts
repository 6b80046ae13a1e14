/**
 * Plans the files of an import. On a first import they are the generated entries. On a re-import of
 * the same review each new entry is matched with the earlier entry it continues (same headline,
 * else same number): its text and numbering come from the document, everything else in its front
 * matter — relations, comments, facts filled in by hand — is kept. Relations follow a cause or
 * measure that the document renumbered.
 */
import { isScalar, isSeq, type Document } from 'yaml';
import { KIND_NOUN } from '../../src/model/labels.ts';
import { DocumentError, quote } from '../shared/documents/errors.ts';
import type { ExistingEntry, ExistingReview } from './existing.ts';
import type { FileKind, GeneratedEntry, GeneratedReview } from './generate.ts';
import { frontMatterDocument, mdxFile } from '../shared/mdx.ts';
import { isPlaceholder } from './metadata.ts';

/** A file to write, its path inside the review folder. */
export interface PlannedFile {
  path: string;
  content: string;
}

export interface ImportPlan {
  /** create: a new folder; update: a re-import of the same review; replace: --force over another. */
  mode: 'create' | 'update' | 'replace';
  files: PlannedFile[];
  /** Entry files of the earlier import that are not written again. */
  removed: string[];
  /** Entry files whose content differs from before (all of them on a first import). */
  changed: string[];
  /** What the user should know about kept and changed fields. */
  notes: string[];
}

export interface PlanOptions {
  /** Replace whatever the folder holds instead of updating it. */
  force: boolean;
  /** The review folder as shown to the user. */
  folder: string;
}

/** Fields whose values come from the document on every import; all others are kept once set. */
const DOCUMENT_FIELDS: Record<FileKind, string[]> = {
  review: ['title', 'areas'],
  finding: ['area', 'order', 'title', 'paragraph'],
  cause: ['order', 'title'],
  measure: ['order', 'title'],
};

/** Decides what to write for `generated`, given what the review folder holds now. */
export function planImport(
  generated: GeneratedReview,
  existing: ExistingReview | undefined,
  options: PlanOptions,
): ImportPlan {
  const fresh = [
    generated.review,
    ...generated.findings,
    ...generated.causes,
    ...generated.measures,
  ];
  const old = existing
    ? [
        ...(existing.review ? [existing.review] : []),
        ...existing.findings,
        ...existing.causes,
        ...existing.measures,
      ]
    : [];
  const created = (mode: ImportPlan['mode']): ImportPlan => ({
    mode,
    files: fresh.map((entry) => ({
      path: entry.path,
      content: mdxFile(frontMatterDocument(entry.data), entry.body),
    })),
    removed: old
      .map((entry) => entry.path)
      .filter((path) => !fresh.some((entry) => entry.path === path)),
    changed: fresh.map((entry) => entry.path),
    notes: [],
  });
  if (!existing || old.length === 0) return created('create');
  if (options.force) return created('replace');

  const pairs = new Map<GeneratedEntry, ExistingEntry>();
  const pairsOf = (news: GeneratedEntry[], olds: ExistingEntry[]) =>
    matchEntries(news, olds, pairs);
  pairsOf([generated.review], existing.review ? [existing.review] : []);
  const byTitle =
    pairsOf(generated.findings, existing.findings) +
    pairsOf(generated.causes, existing.causes) +
    pairsOf(generated.measures, existing.measures);
  const sameTitle = existing.review && titleOf(existing.review) === generated.review.data.title;
  if (!sameTitle && byTitle * 2 < old.length)
    throw differentReview(existing, old.length, options.folder);

  const notes: string[] = [];
  const renumbering = {
    causes: idChanges(generated.causes, existing.causes, pairs),
    measures: idChanges(generated.measures, existing.measures, pairs),
  };
  const files = fresh.map((entry): PlannedFile => {
    const before = pairs.get(entry);
    if (!before)
      return { path: entry.path, content: mdxFile(frontMatterDocument(entry.data), entry.body) };
    const frontMatter = before.frontMatter;
    for (const field of DOCUMENT_FIELDS[entry.kind]) {
      setIfChanged(frontMatter, field, (entry.data as Record<string, unknown>)[field]);
    }
    if (entry.kind === 'review') fillReviewFacts(frontMatter, entry.data, notes, entry.path);
    if (entry.kind === 'finding') {
      for (const field of ['causes', 'measures'] as const) {
        remapRelations(frontMatter, field, renumbering[field], notes, entry.path);
      }
    }
    if (before.id !== entry.id)
      notes.push(`${before.path} 改为 ${entry.path}：材料改了它的编号，它的网址也随之改变`);
    return { path: entry.path, content: mdxFile(frontMatter, entry.body) };
  });

  const written = new Set(files.map((f) => f.path));
  const removed = old.filter((entry) => !written.has(entry.path)).map((entry) => entry.path);
  for (const entry of old) {
    if (![...pairs.values()].includes(entry)) {
      notes.push(`${entry.path}（${quote(titleOf(entry))}）已删除：材料中已经没有这一条`);
    }
  }
  const before = new Map(old.map((entry) => [entry.path, entry.text]));
  return {
    mode: 'update',
    files,
    removed,
    changed: files.filter((f) => before.get(f.path) !== f.content).map((f) => f.path),
    notes,
  };
}

/** Pairs new entries with earlier ones, by headline first, then by number; returns how many by headline. */
export function matchEntries<
  N extends { id: string; data: { title: string } },
  O extends ExistingEntry<string>,
>(news: N[], olds: O[], pairs: Map<N, O>): number {
  const used = new Set<O>();
  let byTitle = 0;
  for (const entry of news) {
    const match = olds.find((old) => !used.has(old) && titleOf(old) === entry.data.title);
    if (match) {
      pairs.set(entry, match);
      used.add(match);
      byTitle++;
    }
  }
  for (const entry of news) {
    if (pairs.has(entry)) continue;
    const match = olds.find((old) => !used.has(old) && old.id === entry.id);
    if (match) {
      pairs.set(entry, match);
      used.add(match);
    }
  }
  return byTitle;
}

/** Old id → new id of every earlier cause or measure; undefined for those no longer in the document. */
function idChanges(
  news: GeneratedEntry[],
  olds: ExistingEntry[],
  pairs: Map<GeneratedEntry, ExistingEntry>,
): Map<string, string | undefined> {
  const changes = new Map<string, string | undefined>(olds.map((old) => [old.id, undefined]));
  for (const entry of news) {
    const old = pairs.get(entry);
    if (old) changes.set(old.id, entry.id);
  }
  return changes;
}

/** An earlier entry's headline, as its front matter has it. */
export function titleOf(entry: ExistingEntry<string>): string {
  const title = entry.data['title'];
  return typeof title === 'string' ? title : '';
}

/**
 * Sets a field to the document's value, or removes it when the document no longer gives one (a
 * finding that now starts a paragraph of its own); a placeholder never replaces a value someone
 * wrote.
 */
export function setIfChanged(doc: Document, field: string, value: unknown): void {
  const current = fieldsOf(doc)[field];
  if (isPlaceholder(value) && current !== undefined) return;
  if (value === undefined) doc.delete(field);
  else if (JSON.stringify(current) !== JSON.stringify(value)) doc.set(field, value);
}

/** The fields of a front matter document, as plain values. */
export function fieldsOf(doc: Document): Record<string, unknown> {
  const data: unknown = doc.toJS();
  return typeof data === 'object' && data !== null ? (data as Record<string, unknown>) : {};
}

/**
 * The review's facts (unit, meeting, post, date, documents) were taken from the document or filled
 * in by hand; a value already there is kept, a missing one or a placeholder is filled in.
 */
function fillReviewFacts(
  doc: Document,
  data: Record<string, unknown>,
  notes: string[],
  path: string,
): void {
  for (const field of ['organization', 'role', 'meeting', 'date', 'basis']) {
    const now = fieldsOf(doc)[field];
    const derived = data[field];
    if (derived === undefined) continue;
    if (now === undefined || now === null || isPlaceholder(now)) {
      doc.set(field, derived);
    } else if (
      typeof derived === 'string' &&
      !isPlaceholder(derived) &&
      field !== 'role' &&
      typeof now === 'string' &&
      now !== derived
    ) {
      notes.push(`${path}：${field} 保留原来的“${now}”；材料现在写的是“${derived}”`);
    }
  }
}

/** Rewrites a finding's relation ids after the document renumbered or dropped causes or measures. */
function remapRelations(
  doc: Document,
  field: 'causes' | 'measures',
  changes: Map<string, string | undefined>,
  notes: string[],
  path: string,
): void {
  const list = doc.get(field, true);
  if (!isSeq(list)) return;
  const noun = field === 'causes' ? KIND_NOUN.cause : KIND_NOUN.measure;
  list.items = list.items.filter((item) => {
    if (!isScalar(item)) return true;
    const ref = String(item.value);
    if (!changes.has(ref)) return true;
    const to = changes.get(ref);
    if (to === undefined) {
      notes.push(`${path}：${field} 中去掉了 ${ref}：材料中已经没有这条${noun}`);
      return false;
    }
    if (to !== ref) {
      item.value = typeof item.value === 'number' ? Number(to) : to;
      notes.push(`${path}：${field} 中的 ${ref} 改为 ${to}，跟随重新编号的${noun}`);
    }
    return true;
  });
}

function differentReview(existing: ExistingReview, count: number, folder: string): DocumentError {
  const title = existing.review ? quote(titleOf(existing.review), 40) : '没有 review.mdx 的条目';
  return new DocumentError({
    file: folder,
    expected: '空文件夹，或者同一份材料以前导入的内容',
    found: `另一份材料：${title}（${count} 个文件）`,
    hint: '用 --review 换一个材料代号；确要用这份材料替换那一份时，加上 --force（那一份中手工填写的关系会丢失）。',
  });
}
