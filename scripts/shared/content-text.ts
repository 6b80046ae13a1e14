/**
 * Reading a content file (review.mdx, an entry's .mdx) for a command that may write it back: its
 * text exactly as its bytes hold it, or the problem that keeps it from being read so (not UTF-8,
 * not a regular file). The import and the workbook command read every content file through here,
 * so that neither rewrites a file it could not read faithfully.
 */
import type { ContentProblem } from '../../src/model/content-error.ts';
import { contentText } from '../../src/text/content-text.ts';
import { NotRegularFileError, readRegularFile, SPECIAL_FILE_NAMES } from './files.ts';

/** Reads the content file at `path`, named `file` in messages; other read errors are thrown. */
export async function readContentText(
  path: string,
  file: string,
): Promise<{ text: string } | { problem: ContentProblem }> {
  let bytes: Buffer;
  try {
    bytes = await readRegularFile(path);
  } catch (error) {
    if (!(error instanceof NotRegularFileError)) throw error;
    return {
      problem: {
        file,
        message: `应为一个文件，实际是${SPECIAL_FILE_NAMES[error.kind]}`,
        hint: '内容文件夹中的 .mdx 应当是普通文件：删去它，或换成它应有的内容文件。',
      },
    };
  }
  return contentText(bytes, file);
}
