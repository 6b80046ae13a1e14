/**
 * Publishing a site, with a stand-in for Astro: the made site replaces the last one only when it
 * was made, holds no path of the machine and this build still holds its lock; whatever happens,
 * nothing is left beside the output folder or in the project, and the locks are given up.
 */
import { mkdir, mkdtemp, readdir, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { publishSite, type PublishRequest } from '../../../../scripts/build/publish.ts';
import { MARKER_FILE, writeMarker } from '../../../../scripts/shared/build-marker.ts';
import { outputLockFor } from '../../../../scripts/shared/build-locks.ts';
import { projectPaths } from '../../../../scripts/shared/output-target.ts';

let root: string;
let www: string;
let outDir: string;

beforeEach(async () => {
  const base = await mkdtemp(join(tmpdir(), 'publish-'));
  root = join(base, 'project');
  www = join(base, 'www');
  outDir = join(www, 'site');
  await mkdir(join(root, 'src'), { recursive: true });
  await mkdir(outDir, { recursive: true });
  await writeFile(join(outDir, 'index.html'), '上次的网站');
  await writeMarker(outDir);
});

function request(make: (staging: string) => Promise<void>): PublishRequest {
  return {
    target: { path: outDir, real: outDir, found: 'earlier-build' },
    shown: 'site/',
    paths: projectPaths(join(root, 'content'), root),
    files: { content: join(root, 'content'), cache: join(root, 'node_modules/.astro') },
    make,
    log: () => undefined,
  };
}

const page = (text: string) => async (staging: string) => {
  await mkdir(staging, { recursive: true });
  await writeFile(join(staging, 'index.html'), text);
};

/** Whatever a build may leave: beside the output folder, Astro's staging and the claims. */
async function leftovers(): Promise<string[]> {
  const astro = join(root, '.astro');
  const inProject = await Promise.all(
    ['staging', 'build-claims'].map((dir) => readdir(join(astro, dir)).catch(() => [])),
  );
  return [...(await readdir(www)), ...inProject.flat()].filter((name) => name !== 'site');
}

describe('publishSite', () => {
  it('puts the made site in place of the last one, marked, and leaves nothing else', async () => {
    await publishSite(request(page('新网站')));
    expect(await readFile(join(outDir, 'index.html'), 'utf8')).toBe('新网站');
    expect((await readdir(outDir)).sort()).toEqual([MARKER_FILE, 'index.html']);
    expect(await leftovers()).toEqual([]);
  });

  it('leaves the last site when the build fails', async () => {
    const failing = async (staging: string) => {
      await page('半成品')(staging);
      throw new Error('build failed');
    };
    await expect(publishSite(request(failing))).rejects.toThrow('build failed');
    expect(await readFile(join(outDir, 'index.html'), 'utf8')).toBe('上次的网站');
    expect(await leftovers()).toEqual([]);
  });

  it('does not publish a site holding a path of the machine', async () => {
    const leaking = page(`<script src="${root}/node_modules/x.js"></script>`);
    await expect(publishSite(request(leaking))).rejects.toMatchObject({ name: 'MachinePathError' });
    expect(await readFile(join(outDir, 'index.html'), 'utf8')).toBe('上次的网站');
    expect(await leftovers()).toEqual([]);
  });

  it('leaves the folder to a build that took its lock away meanwhile', async () => {
    const other = '{"pid":1,"host":"build-02","started":""}\n';
    const overtaken = async (staging: string) => {
      await page('新网站')(staging);
      await writeFile(outputLockFor(outDir), other);
    };
    await expect(publishSite(request(overtaken))).rejects.toMatchObject({
      name: 'BuildLockError',
    });
    expect(await readFile(join(outDir, 'index.html'), 'utf8')).toBe('上次的网站');
    expect(await readFile(outputLockFor(outDir), 'utf8')).toBe(other);
    expect((await readdir(www)).sort()).toEqual(['.site.lock', 'site']);
  });
});
