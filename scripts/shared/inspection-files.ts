/**
 * The inspections of a content folder (`inspections/<inspection>/inspection.mdx` and its
 * `problems/`), read for a command as the build reads them: every file's text exactly as its
 * bytes hold it, or the problem that keeps it from being read. Commands that index reviews read
 * these too, since a review's `inspection` and a finding's `feedback` point into them.
 */
import { join } from 'node:path';
import { ContentError, type ContentProblem } from '../../src/model/content-error.ts';
import { listReviewFiles } from '../../src/model/content-dir.ts';
import { inspectionFileIn } from '../../src/model/entry-paths.ts';
import type { CheckedFile } from './content-index.ts';
import { readContentText } from './content-text.ts';

/** The folder of a content folder that holds the inspections. */
export function inspectionsDirOf(contentDir: string): string {
  return join(contentDir, 'inspections');
}

/**
 * Every inspection file of `contentDir`, ready to index; none when it has no `inspections/`. A
 * `ContentError` lists every file that cannot be read as it is.
 */
export async function readInspectionFiles(contentDir: string): Promise<CheckedFile[]> {
  const dir = inspectionsDirOf(contentDir);
  const files: CheckedFile[] = [];
  const problems: ContentProblem[] = [];
  for (const path of await listReviewFiles(dir)) {
    const slash = path.indexOf('/');
    const file = slash > 0 ? inspectionFileIn(path.slice(slash + 1)) : undefined;
    if (!file) continue;
    const filePath = `${dir}/${path}`;
    const read = await readContentText(join(dir, path), filePath);
    if ('problem' in read) problems.push(read.problem);
    else files.push({ ...file, review: path.slice(0, slash), filePath, text: read.text });
  }
  if (problems.length > 0) throw new ContentError(problems);
  return files;
}
