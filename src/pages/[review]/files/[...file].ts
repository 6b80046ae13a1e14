/**
 * `/<review>/files/<path>`: a file of the review's folder that an entry shows (an image), served
 * as it is. Only the files entries show are published (see remark-entry-images.ts), so notes or
 * drafts kept beside them stay off the site.
 */
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import type { APIRoute } from 'astro';
import { contentDir } from '../../../model/content-dir.ts';
import { getSite, reviewFiles } from '../../../relations/site.ts';

interface Props {
  /** The file on disk. */
  path: string;
}

export async function getStaticPaths() {
  const { reviews } = await getSite();
  const reviewsDir = resolve(contentDir(), 'reviews');
  const files = reviews.flatMap((review) =>
    reviewFiles(review).map((file) => ({ review: review.id, file })),
  );
  return Promise.all(
    files.map(async ({ review, file }) => {
      const path = join(reviewsDir, review, file);
      // The page is the file: it is copied again only when its bytes change.
      const cacheKey = createHash('sha256')
        .update(await readFile(path))
        .digest('hex');
      return { params: { review, file }, props: { path } satisfies Props, cacheKey };
    }),
  );
}

export const GET: APIRoute<Props> = async ({ props }) => new Response(await readFile(props.path));
