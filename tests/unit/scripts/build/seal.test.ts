/**
 * A site is published only without Astro's bundles and without any path of the machine that built
 * it, written as a script, a JSON string or a file URL writes it; and marked as this project's.
 */
import { mkdir, mkdtemp, readdir, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  filesWithMachinePaths,
  machinePathPatterns,
  sealSite,
} from '../../../../scripts/build/seal.ts';
import { MARKER_FILE } from '../../../../scripts/shared/build-marker.ts';

const paths = { root: '/srv/审查 app', contentDirs: ['/srv/审查 app/content', '/data/reviews'] };
const patterns = machinePathPatterns(paths, ['src', 'node_modules']);

async function siteOf(files: Record<string, string>): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'seal-'));
  for (const [name, text] of Object.entries(files)) {
    await mkdir(join(dir, name, '..'), { recursive: true });
    await writeFile(join(dir, name), text);
  }
  return dir;
}

describe('filesWithMachinePaths', () => {
  it('finds the project’s folders as paths, JSON strings and file URLs', async () => {
    const dir = await siteOf({
      'a.js': 'import x from "/srv/审查 app/node_modules/astro/x.js";',
      'b.json': '{"root":"/srv/审查 app"}',
      'c.html': `<a href="file://${encodeURI('/srv/审查 app/src/pages/x.astro')}">`,
      'd.html': '<p>/data/reviews/demo/review.mdx</p>',
      'clean.html': '<p>审查</p>',
    });
    expect(await filesWithMachinePaths(dir, patterns)).toEqual([
      'a.js',
      'b.json',
      'c.html',
      'd.html',
    ]);
  });

  it('lets a page quote an address that merely starts like the project’s folder', async () => {
    const dir = await siteOf({ 'index.html': '<a href="http://oa.gov.cn/srv/审查 app/x.pdf">' });
    expect(await filesWithMachinePaths(dir, patterns)).toEqual([]);
  });
});

describe('sealSite', () => {
  it('removes Astro’s bundles and marks the site', async () => {
    const dir = await siteOf({
      'index.html': 'ok',
      '.prerender/chunks/a.mjs': '/srv/审查 app/src/',
    });
    await sealSite(dir, paths);
    expect((await readdir(dir)).sort()).toEqual([MARKER_FILE, 'index.html']);
  });

  it('refuses a site holding a path, naming the files, and leaves it unmarked', async () => {
    const dir = await siteOf({ '_astro/a.js': '"/srv/审查 app/node_modules/x"' });
    const error = await sealSite(dir, paths).catch((e: unknown) => e);
    expect(error).toMatchObject({ name: 'MachinePathError' });
    expect((error as Error).message).toContain(
      '生成的网站中有 1 个文件含有构建它的电脑上的路径（/srv/审查 app），网站没有发布：\n  _astro/a.js',
    );
    expect(await readdir(dir)).toEqual(['_astro']);
  });
});
