/**
 * Checks planned files the way the build will, before anything is written: each front matter
 * against the project's schema, then the whole review through the relation index (numbers,
 * placeholders, relations). A problem stops the import with the build's own message.
 */
import { contentFileIn } from '../../src/model/entry-paths.ts';
import { indexContentFiles } from '../shared/content-index.ts';
import type { PlannedFile } from './merge.ts';

/** Generated fields always pass, so a field the schema refuses is one kept from before the import. */
const KEPT_FIELD =
  '（这个字段是导入前就有的，手工填写或改过；也可以加上 --force 重新导入，但手工填写的内容会丢失。）';

/**
 * Throws a `ContentError` listing every problem the build would report for these files of review
 * `slug`; `folder` is the review folder as shown to the user.
 */
export function validatePlannedFiles(slug: string, folder: string, files: PlannedFile[]): void {
  indexContentFiles(
    files.map((file) => ({
      // The importer plans only content files, so every path is one.
      ...contentFileIn(file.path)!,
      review: slug,
      filePath: `${folder}/${file.path}`,
      text: file.content,
    })),
    // The review alone: its inspection and the reviews its findings recur from are the build's to check.
    { schemaHint: KEPT_FIELD, partial: true },
  );
}
