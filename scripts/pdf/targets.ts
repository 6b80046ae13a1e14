/**
 * What `npm run pdf` prints for a review: its full text and its ledger, as paths on the built site
 * and the names of the PDF files. Read from the site's `permalinks.json`, so a site built under a
 * sub-path (`BASE_PATH`) is printed as built.
 */
import { UserError } from '../../src/model/content-error.ts';
import type { PermalinkManifest } from '../../src/permalinks/manifest.ts';
import { ledgerPath, reviewPath, withBase } from '../../src/permalinks/urls.ts';

/** Thrown for a review the site does not have, or a folder that is not a built site (exit 2). */
export class PdfTargetError extends UserError {
  constructor(message: string) {
    super(message, { exitCode: 2 });
    this.name = 'PdfTargetError';
  }
}

export interface PdfTarget {
  /** The page's path on the site, base included: `/zhenggai/xx/ledger/`. */
  path: string;
  /** The PDF's file name: `xx-全文.pdf`. */
  file: string;
}

/** The full text and the ledger of `review`, in that order. */
export function pdfTargets(
  manifest: Pick<PermalinkManifest, 'base' | 'reviews'>,
  review: string,
): PdfTarget[] {
  if (!manifest.reviews.some((r) => r.review === review)) {
    const known = manifest.reviews.map((r) => r.review).join('、') || '（没有）';
    throw new PdfTargetError(`网站中没有材料“${review}”。现有的材料：${known}。`);
  }
  return [
    { path: withBase(manifest.base, reviewPath(review)), file: `${review}-全文.pdf` },
    { path: withBase(manifest.base, ledgerPath(review)), file: `${review}-整改台账.pdf` },
  ];
}
