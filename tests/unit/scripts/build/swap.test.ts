/**
 * The new site takes the old one's place whole: by two renames, or, when the output folder cannot
 * be moved (a mount point, another file system), by a copy into it that leaves the last site as it
 * was until the copy is complete. What an interrupted build left is undone by the next one.
 */
import { mkdir, mkdtemp, readdir, readFile, rename, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import {
  previousDirFor,
  recoverInterruptedBuild,
  stagingDirFor,
  swapIn,
} from '../../../../scripts/build/swap.ts';

let parent: string;
let outDir: string;
let staging: string;

async function site(dir: string, files: Record<string, string>): Promise<void> {
  for (const [name, text] of Object.entries(files)) {
    await mkdir(join(dir, name, '..'), { recursive: true });
    await writeFile(join(dir, name), text);
  }
}

async function files(dir: string): Promise<Record<string, string>> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  const found: Record<string, string> = {};
  for (const entry of entries.filter((e) => e.isFile())) {
    const path = join(entry.parentPath, entry.name);
    found[path.slice(dir.length + 1)] = await readFile(path, 'utf8');
  }
  return found;
}

beforeEach(async () => {
  parent = await mkdtemp(join(tmpdir(), 'swap-'));
  outDir = join(parent, 'dist');
  staging = stagingDirFor(outDir);
  await site(outDir, { 'index.html': 'old', 'gone/index.html': 'old' });
  await site(staging, { 'index.html': 'new', '_astro/a.js': 'new' });
});

/** Renames as the file system does, except the output folder itself, which cannot be moved. */
const unmovable = (code: string) => ({
  rename: async (from: string, to: string) => {
    if (from === outDir) throw Object.assign(new Error(`${code}: rename '${from}'`), { code });
    await rename(from, to);
  },
});

describe('swapIn', () => {
  it('puts the new site in place of the old by renames, leaving nothing beside it', async () => {
    expect(await swapIn(staging, outDir)).toBe('renamed');
    expect(await files(outDir)).toEqual({ 'index.html': 'new', '_astro/a.js': 'new' });
    expect(await readdir(parent)).toEqual(['dist']);
  });

  it.each(['EXDEV', 'EBUSY'])(
    'copies the new site in when the output folder cannot be moved (%s)',
    async (code) => {
      expect(await swapIn(staging, outDir, unmovable(code))).toBe('copied');
      expect(await files(outDir)).toEqual({ 'index.html': 'new', '_astro/a.js': 'new' });
      expect(await readdir(parent)).toEqual(['dist']);
    },
  );

  it('stops on any other failure, the last site as it was', async () => {
    await expect(swapIn(staging, outDir, unmovable('EACCES'))).rejects.toThrow('EACCES');
    expect(await files(outDir)).toEqual({ 'index.html': 'old', 'gone/index.html': 'old' });
  });
});

describe('recoverInterruptedBuild', () => {
  it('puts back a last site moved aside and removes the staging folder', async () => {
    await rename(outDir, previousDirFor(outDir));
    expect(await recoverInterruptedBuild(outDir)).toEqual([
      '上次构建在替换网站时中断，已恢复原来的 dist/',
      '已删除上次中断的构建留下的 .dist.building/',
    ]);
    expect(await files(outDir)).toEqual({ 'index.html': 'old', 'gone/index.html': 'old' });
    expect(await readdir(parent)).toEqual(['dist']);
  });

  it('removes a copy left half done inside the output folder', async () => {
    await site(join(outDir, '.review-site-incoming'), { 'index.html': 'new' });
    await recoverInterruptedBuild(outDir);
    expect(await files(outDir)).toEqual({ 'index.html': 'old', 'gone/index.html': 'old' });
  });
});
