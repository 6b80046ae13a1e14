/**
 * A whole content folder indexed as the build indexes it — every review and every inspection, read
 * strictly and checked by the build's own code — for a command that reports on the site's content
 * without building it (`npm run report`).
 */
import { join } from 'node:path';
import type { SiteIndex } from '../../src/relations/nodes.ts';
import { listReviews, readReviewFolder } from '../workbook/content.ts';
import { indexContentFiles } from './content-index.ts';
import { readInspectionFiles } from './inspection-files.ts';

/** The relation index of `contentDir`; a `ContentError` lists every problem the build would. */
export async function indexContentFolder(contentDir: string): Promise<SiteIndex> {
  const reviewsDir = join(contentDir, 'reviews');
  const folders = [];
  for (const review of await listReviews(reviewsDir)) {
    folders.push(await readReviewFolder(reviewsDir, review));
  }
  return indexContentFiles([
    ...folders.flatMap(({ review, folder, files }) =>
      files.map((file) => ({ ...file, review, filePath: `${folder}/${file.path}` })),
    ),
    ...(await readInspectionFiles(contentDir)),
  ]);
}
