import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { copyFiles, fileSizes, readTextsInOrder } from '../../../src/integrations/file-batches.ts';

let folder: string;

beforeEach(async () => {
  folder = await mkdtemp(join(tmpdir(), 'file-batches-'));
});

afterEach(async () => {
  await rm(folder, { recursive: true, force: true });
});

/** Writes `files` (path → text) under `root`. */
async function write(root: string, files: Record<string, string>): Promise<void> {
  for (const [path, text] of Object.entries(files)) {
    await mkdir(join(root, path, '..'), { recursive: true });
    await writeFile(join(root, path), text);
  }
}

describe('readTextsInOrder', () => {
  it('gives every file’s text in the order asked, however many are read ahead', async () => {
    // More files than are read at a time, the larger ones first, so later reads finish earlier.
    const names = Array.from({ length: 50 }, (_, i) => `p${i}.html`);
    await write(
      folder,
      Object.fromEntries(names.map((name, i) => [name, `${i}:` + '页'.repeat((50 - i) * 2000)])),
    );
    const texts: string[] = [];
    for await (const text of readTextsInOrder(names.map((name) => join(folder, name)))) {
      texts.push(text.slice(0, text.indexOf(':')));
    }
    expect(texts).toEqual(names.map((_, i) => String(i)));
  });

  it('fails on a file that cannot be read, when its turn comes', async () => {
    await write(folder, { 'a.html': 'a' });
    const texts = readTextsInOrder([join(folder, 'a.html'), join(folder, 'missing.html')]);
    expect((await texts.next()).value).toBe('a');
    await expect(texts.next()).rejects.toThrow(/ENOENT/);
  });
});

describe('fileSizes and copyFiles', () => {
  it('list a folder’s files with their sizes, and copy them into another, folders and all', async () => {
    const from = join(folder, 'from');
    await write(from, { 'b.json': '{}', 'index/und_1.pf_index': '索引', 'fragment/f.pf': 'xyz' });
    const sizes = await fileSizes(from);
    expect(sizes).toEqual({ 'b.json': 2, 'fragment/f.pf': 3, 'index/und_1.pf_index': 6 });
    const to = join(folder, 'to');
    await copyFiles(from, to, Object.keys(sizes));
    expect(await fileSizes(to)).toEqual(sizes);
    expect(await readFile(join(to, 'index/und_1.pf_index'), 'utf8')).toBe('索引');
  });
});
