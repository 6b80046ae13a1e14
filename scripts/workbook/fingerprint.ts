/**
 * A file's fingerprint: what it held when the workbook was exported, so that the import can tell
 * an entry edited in the content folder since (by hand, or by another workbook) from one that was
 * not. Any change to the file — a field, a comment, the text — changes it.
 */
import { createHash } from 'node:crypto';

/** The first 16 hex digits of the SHA-256 of the file's text: ample to tell two versions apart. */
export function fingerprint(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex').slice(0, 16);
}
