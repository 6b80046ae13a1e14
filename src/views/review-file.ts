/**
 * The view model of a file a review's entries show (`/<review>/files/<path>`, an image): which
 * file, and the digest of its bytes, which is all the page is.
 */
import { createHash } from 'node:crypto';

export interface ReviewFileView {
  review: string;
  /** Its path inside the review's folder: `images/chart.png`. */
  file: string;
  /** SHA-256 of its bytes, in hex. */
  sha256: string;
}

/** The view model of `file` of `review`, whose bytes are `bytes`. */
export function reviewFileView(review: string, file: string, bytes: Uint8Array): ReviewFileView {
  return { review, file, sha256: createHash('sha256').update(bytes).digest('hex') };
}
