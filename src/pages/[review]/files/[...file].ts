/**
 * `/<review>/files/<path>`: a file of the review's folder that an entry shows (an image), served
 * as it is. Only the files entries show are published (see remark-entry-images.ts), so notes or
 * drafts kept beside them stay off the site.
 */
import { readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import type { APIRoute } from 'astro';
import { contentDir } from '../../../model/content-dir.ts';
import { getSite, reviewFiles, viewPath } from '../../../relations/site.ts';
import { reviewFileView, type ReviewFileView } from '../../../views/review-file.ts';

const pathOf = ({ review, file }: Pick<ReviewFileView, 'review' | 'file'>) =>
  join(resolve(contentDir(), 'reviews'), review, file);

export async function getStaticPaths() {
  const { reviews } = await getSite();
  const files = reviews.flatMap((review) =>
    reviewFiles(review).map((file) => ({ review: review.id, file })),
  );
  // The page is the file: it is copied again only when its bytes change.
  return Promise.all(
    files.map(async ({ review, file }) =>
      viewPath(
        { review, file },
        reviewFileView(review, file, await readFile(pathOf({ review, file }))),
      ),
    ),
  );
}

export const GET: APIRoute<{ view: ReviewFileView }> = async ({ props }) =>
  new Response(await readFile(pathOf(props.view)));
