/**
 * Looking into a ZIP package (.docx, .xlsx) without trusting it: how many files it lists, and each
 * part inflated as a stream that stops where its reader says. A package is measured this way
 * before JSZip, mammoth or ExcelJS hold it in memory.
 */
import type JSZip from 'jszip';

/** The signature of a header of a ZIP file's central directory: one for each file listed. */
const CENTRAL_HEADER = Buffer.from([0x50, 0x4b, 0x01, 0x02]);

/**
 * The files a ZIP package lists in its central directory, counted up to one past `max`. A reader
 * walks the directory from header to header, each starting with its signature, so the signatures
 * anywhere in the bytes bound what any reader lists, whatever the end record claims (its count
 * stops at 65,535 and can be wrong); in compressed data the four bytes occur by chance once in
 * 4 GB.
 */
export function countZipEntriesUpTo(bytes: Uint8Array, max: number): number {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let count = 0;
  let at = buffer.indexOf(CENTRAL_HEADER);
  while (at >= 0 && count <= max) {
    count++;
    at = buffer.indexOf(CENTRAL_HEADER, at + CENTRAL_HEADER.length);
  }
  return count;
}

/**
 * Inflates a part chunk by chunk, handing each to `take`; stops at the first chunk `take` throws
 * for, so that the rest of the part is never inflated, and rejects with that error.
 */
export function inflatePart(
  entry: JSZip.JSZipObject,
  take: (chunk: Buffer) => void,
): Promise<void> {
  return new Promise((resolve, reject) => {
    const stream = entry.nodeStream('nodebuffer');
    stream.on('data', (chunk: Buffer) => {
      try {
        take(chunk);
      } catch (error) {
        // Unread, the stream pauses JSZip's inflating worker once its small buffer is full.
        stream.removeAllListeners('data');
        stream.pause();
        reject(error instanceof Error ? error : new Error(String(error)));
      }
    });
    stream.on('end', resolve);
    stream.on('error', reject);
  });
}
