/**
 * Plans the files of an inspection import. On a first import they are the generated files. On a
 * re-import of the same feedback each problem is matched with the earlier problem it continues
 * (same headline, else same number): its text, place and headline come from the document, and
 * everything else — `recurs`, `aliases`, comments — is kept; so are the inspection's facts filled
 * in by hand (team, unit, number, dates, `follows`). Which problems changed their number or went
 * away is handed on, so that findings citing them are not left pointing at another problem.
 */
import type { Document } from 'yaml';
import { DocumentError, quote } from '../../shared/documents/errors.ts';
import { frontMatterDocument, mdxFile } from '../../shared/mdx.ts';
import type { ExistingEntry } from '../existing.ts';
import type { PlannedFile } from '../merge.ts';
import { fieldsOf, matchEntries, setIfChanged, titleOf } from '../merge.ts';
import { isPlaceholder } from '../metadata.ts';
import type {
  GeneratedInspection,
  GeneratedInspectionFile,
  InspectionFileKind,
} from './generate.ts';

/** What an inspection folder holds now. */
export interface ExistingInspection {
  inspection: ExistingEntry<InspectionFileKind> | undefined;
  problems: ExistingEntry<InspectionFileKind>[];
  /** Files that are not the inspection's content (the feedback as received, notes). */
  otherFiles: string[];
}

export interface InspectionPlan {
  /** create: a new folder; update: a re-import of the same feedback; replace: --force over another. */
  mode: 'create' | 'update' | 'replace';
  files: PlannedFile[];
  /** Problem files of the earlier import that are not written again. */
  removed: string[];
  /** Files whose content differs from before (all of them on a first import). */
  changed: string[];
  /**
   * On an update, each earlier problem's number → its number now, or undefined when the document
   * no longer has it. Empty otherwise.
   */
  renumbered: Map<string, string | undefined>;
  /** The earlier problems' headlines by number, to name them in messages. */
  earlierTitles: Map<string, string>;
  notes: string[];
}

export interface InspectionPlanOptions {
  /** Replace whatever the folder holds instead of updating it. */
  force: boolean;
  /** The inspection folder as shown to the user. */
  folder: string;
  /** Whether the document has categories; without, categories written by hand are kept. */
  categorised: boolean;
}

/** Fields whose values come from the document on every import; all others are kept once set. */
const DOCUMENT_FIELDS: Record<InspectionFileKind, string[]> = {
  inspection: ['title', 'categories'],
  problem: ['category', 'order', 'title'],
};

/** The inspection's facts: taken from the document where it has them, kept once written. */
const FACT_FIELDS = ['team', 'unit', 'number', 'inspectedFrom', 'inspectedTo', 'feedbackOn'];

/** Decides what to write for `generated`, given what the inspection folder holds now. */
export function planInspectionImport(
  generated: GeneratedInspection,
  existing: ExistingInspection | undefined,
  options: InspectionPlanOptions,
): InspectionPlan {
  const fresh: GeneratedInspectionFile[] = [generated.inspection, ...generated.problems];
  const old = existing
    ? [...(existing.inspection ? [existing.inspection] : []), ...existing.problems]
    : [];
  const written = (entry: GeneratedInspectionFile) =>
    mdxFile(frontMatterDocument(entry.data), entry.body);
  const created = (mode: InspectionPlan['mode']): InspectionPlan => ({
    mode,
    files: fresh.map((entry) => ({ path: entry.path, content: written(entry) })),
    removed: old.map((e) => e.path).filter((path) => !fresh.some((e) => e.path === path)),
    changed: fresh.map((entry) => entry.path),
    renumbered: new Map(),
    earlierTitles: new Map(),
    notes: [],
  });
  if (!existing || old.length === 0) return created('create');
  if (options.force) return created('replace');

  const pairs = new Map<GeneratedInspectionFile, ExistingEntry<InspectionFileKind>>();
  matchEntries([generated.inspection], existing.inspection ? [existing.inspection] : [], pairs);
  const byTitle = matchEntries(generated.problems, existing.problems, pairs);
  const sameTitle =
    existing.inspection && titleOf(existing.inspection) === generated.inspection.data.title;
  if (!sameTitle && byTitle * 2 < old.length) throw differentInspection(existing, options.folder);

  const notes: string[] = [];
  const files = fresh.map((entry): PlannedFile => {
    const before = pairs.get(entry);
    if (!before) return { path: entry.path, content: written(entry) };
    const frontMatter = before.frontMatter;
    const data = entry.data as Record<string, unknown>;
    for (const field of DOCUMENT_FIELDS[entry.kind]) {
      if (field === 'categories' && !options.categorised && fieldsOf(frontMatter)[field]) {
        notes.push(
          `${entry.path}：反馈意见没有分方面，categories 保留原来写的内容；反馈问题都归入第 1 个方面`,
        );
        continue;
      }
      setIfChanged(frontMatter, field, data[field]);
    }
    if (entry.kind === 'inspection') fillFacts(frontMatter, data, notes, entry.path);
    if (before.id !== entry.id) {
      notes.push(`${before.path} 改为 ${entry.path}：反馈意见改了它的编号，它的网址也随之改变`);
    }
    return { path: entry.path, content: mdxFile(frontMatter, entry.body) };
  });

  const renumbered = new Map<string, string | undefined>(
    existing.problems.map((problem) => [problem.id, undefined]),
  );
  for (const problem of generated.problems) {
    const before = pairs.get(problem);
    if (before) renumbered.set(before.id, problem.id);
  }
  const paired = new Set(pairs.values());
  for (const problem of existing.problems) {
    if (!paired.has(problem)) {
      notes.push(`${problem.path}（${quote(titleOf(problem))}）已删除：反馈意见中已经没有这个问题`);
    }
  }
  const paths = new Set(files.map((f) => f.path));
  const earlier = new Map(old.map((entry) => [entry.path, entry.text]));
  return {
    mode: 'update',
    files,
    removed: old.filter((entry) => !paths.has(entry.path)).map((entry) => entry.path),
    changed: files.filter((f) => earlier.get(f.path) !== f.content).map((f) => f.path),
    renumbered,
    earlierTitles: new Map(existing.problems.map((p) => [p.id, titleOf(p)])),
    notes,
  };
}

/**
 * The inspection's facts were taken from the document or filled in by hand: a value already there
 * is kept, a missing one or a placeholder is filled in, and a kept value the document now gives
 * otherwise is said.
 */
function fillFacts(
  doc: Document,
  data: Record<string, unknown>,
  notes: string[],
  path: string,
): void {
  for (const field of FACT_FIELDS) {
    const now = fieldsOf(doc)[field];
    const derived = data[field];
    if (derived === undefined) continue;
    if (now === undefined || now === null || isPlaceholder(now)) {
      doc.set(field, derived);
    } else if (
      typeof derived === 'string' &&
      !isPlaceholder(derived) &&
      typeof now === 'string' &&
      now !== derived
    ) {
      notes.push(`${path}：${field} 保留原来的“${now}”；反馈意见现在写的是“${derived}”`);
    }
  }
}

function differentInspection(existing: ExistingInspection, folder: string): DocumentError {
  const count = (existing.inspection ? 1 : 0) + existing.problems.length;
  const title = existing.inspection
    ? quote(titleOf(existing.inspection), 40)
    : '没有 inspection.mdx 的巡察';
  return new DocumentError({
    file: folder,
    expected: '空文件夹，或者同一份反馈意见以前导入的内容',
    found: `另一份反馈意见：${title}（${count} 个文件）`,
    hint: '用 --inspection 换一个巡察代号；确要用这份反馈意见替换那一份时，加上 --force（那一份中手工填写的 recurs、follows 等会丢失）。',
  });
}
