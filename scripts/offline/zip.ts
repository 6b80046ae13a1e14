/**
 * The offline copy as one .zip file, for a USB stick or a shared drive. fflate (a dependency of
 * the Excel export already) deflates each file and streams the archive to disk, so a large site
 * is never held in memory whole. Entries sit at the top of the archive: Windows' “Extract All”
 * puts them in a folder named after the file.
 */
import { createWriteStream } from 'node:fs';
import { readFile, rename, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { finished } from 'node:stream/promises';
import { Zip, ZipDeflate } from 'fflate';
import { listFiles } from '../shared/files.ts';

/**
 * Writes the files below `dir` into the archive `zipFile`, each dated `date`. Written beside it
 * first and moved in place at the end, so that an interrupted run leaves no half archive.
 */
export async function zipFolder(dir: string, zipFile: string, date = new Date()): Promise<number> {
  // Named by process, so that two runs writing one archive each write their own.
  const partial = `${zipFile}.${process.pid}.partial`;
  const out = createWriteStream(partial);
  const zip = new Zip((error, chunk, final) => {
    if (error) {
      out.destroy(error);
      return;
    }
    out.write(chunk);
    if (final) out.end();
  });
  const files = await listFiles(dir);
  try {
    for (const file of files) {
      const entry = new ZipDeflate(file, { level: 6 });
      entry.mtime = date;
      zip.add(entry);
      entry.push(await readFile(join(dir, file)), true);
      if (out.destroyed) break;
    }
    zip.end();
    await finished(out);
  } catch (error) {
    out.destroy();
    await rm(partial, { force: true });
    throw error;
  }
  try {
    await rename(partial, zipFile);
  } catch (error) {
    await rm(partial, { force: true });
    throw error;
  }
  return files.length;
}
