/**
 * The findings that cite an inspection's problems (`feedback: [3, 7]` in a review whose
 * `inspection` names it), and what a re-import would do to them. A problem renumbered by the new
 * text would leave such a finding citing another problem without any check failing, and one that
 * is gone would break the build; the import refuses both, naming each finding. Reviews are read
 * leniently: a file that cannot be read is the build's to report, not the import's.
 */
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { readFrontMatter } from '../../../src/loaders/front-matter.ts';
import { ContentError, type ContentProblem } from '../../../src/model/content-error.ts';
import { contentFileIn } from '../../../src/model/entry-paths.ts';
import { readContentText } from '../../shared/content-text.ts';
import { listReviews } from '../../workbook/content.ts';
import { problemLabel } from '../../../src/relations/inspections.ts';

/** A finding that cites problems of the inspection. */
export interface Citation {
  /** The finding's file as messages name it. */
  file: string;
  /** The problem numbers it cites, as written. */
  feedback: string[];
}

/** Every finding of a review answering `inspection` that cites one of its problems. */
export async function citingFindings(reviewsDir: string, inspection: string): Promise<Citation[]> {
  const citations: Citation[] = [];
  for (const review of await listReviews(reviewsDir)) {
    const folder = join(reviewsDir, review);
    const names = await readdir(folder).catch(() => [] as string[]);
    const reviewFile = names.find((name) => contentFileIn(name)?.kind === 'review');
    if (
      !reviewFile ||
      (await frontMatterOf(join(folder, reviewFile)))?.['inspection'] !== inspection
    )
      continue;
    const findings = await readdir(join(folder, 'findings')).catch(() => [] as string[]);
    for (const name of findings.sort()) {
      if (contentFileIn(`findings/${name}`)?.kind !== 'finding') continue;
      const data = await frontMatterOf(join(folder, 'findings', name));
      const feedback = data?.['feedback'];
      if (!Array.isArray(feedback) || feedback.length === 0) continue;
      citations.push({ file: `${folder}/findings/${name}`, feedback: feedback.map(String) });
    }
  }
  return citations;
}

async function frontMatterOf(path: string): Promise<Record<string, unknown> | undefined> {
  const read = await readContentText(path, path).catch(() => undefined);
  if (!read || 'problem' in read) return undefined;
  const parsed = readFrontMatter(read.text, path);
  return 'problem' in parsed ? undefined : parsed.frontMatter.data;
}

/**
 * Throws a `ContentError` naming every citation the import would break: a problem whose number
 * changes (`renumbered`, old → new) or that is gone (→ undefined, or not among `ids` at all).
 */
export function checkCitations(
  citations: readonly Citation[],
  inspection: string,
  ids: ReadonlySet<string>,
  renumbered: ReadonlyMap<string, string | undefined>,
  titles: ReadonlyMap<string, string>,
): void {
  const problems: ContentProblem[] = [];
  for (const { file, feedback } of citations) {
    feedback.forEach((ref, i) => {
      const where = { file, field: `feedback[${i}]` };
      const named = `${problemLabel(ref)}${titles.has(ref) ? `（“${titles.get(ref)}”）` : ''}`;
      const to = renumbered.has(ref) ? renumbered.get(ref) : ids.has(ref) ? ref : undefined;
      if (to === ref) return;
      problems.push(
        to === undefined
          ? {
              ...where,
              message: `引用了巡察“${inspection}”的${named}，导入后它已经不在反馈意见中`,
              hint: '导入不改动材料的文件：请先在这个文件中删去这个编号，再导入；如果这个问题不应删去，请核对反馈意见的文本。',
            }
          : {
              ...where,
              message: `引用了巡察“${inspection}”的${named}，导入后它的编号变为 ${to}，这里的 ${ref} 就会指向另一个问题`,
              hint: `导入不改动材料的文件：请先在这个文件中删去 ${ref}，导入之后再写上新的编号 ${to}。`,
            },
      );
    });
  }
  if (problems.length > 0) throw new ContentError(problems);
}
