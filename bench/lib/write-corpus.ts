/** Writes a generated corpus to disk, under a content folder the builds read via CONTENT_DIR. */
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import type { CorpusFile } from './corpus.ts';

/** Writes every file of the corpus below `contentDir`, creating folders as needed. */
export async function writeCorpus(contentDir: string, files: CorpusFile[]): Promise<void> {
  const folders = new Set(files.map((file) => dirname(join(contentDir, file.path))));
  for (const folder of folders) await mkdir(folder, { recursive: true });
  // A few at a time: tens of thousands of parallel writes would only exhaust file handles.
  const batch = 64;
  for (let i = 0; i < files.length; i += batch) {
    await Promise.all(
      files
        .slice(i, i + batch)
        .map((file) => writeFile(join(contentDir, file.path), file.content, 'utf8')),
    );
  }
}
