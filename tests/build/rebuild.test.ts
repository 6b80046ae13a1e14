/**
 * A build after an edit renders again only the pages that show what changed, and its site is the
 * site a build from scratch makes of the same content, file for file. One round of edits covers
 * each kind of change: a measure's ledger status and progress, a finding's relations and a word of
 * a cause's text (all in one review), and the other review's title. Which page depends on which
 * change is checked edit by edit in tests/unit/relations/page-keys.test.ts, and random edits of
 * every kind in rebuild-random.test.ts.
 *
 * The build from scratch runs beside the rebuild, as a variant of its own (SITE_VARIANT, which
 * changes nothing but the cache folder) with an empty cache.
 */
import { cp, readFile, rm, writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildVariant, cacheDirFor } from '../../src/model/content-dir.ts';
import {
  buildSite,
  buildTwoVariants,
  generatedPages as generated,
  PROJECT_ROOT,
  siteFiles,
  type BuildResult,
} from '../helpers/build-site.ts';

const WORK = 'test-results/rebuild';
const EDITED = `${WORK}/edited`;
const COLD = { SITE_VARIANT: 'rebuild-from-scratch' };
/** The fixture's overdue measure stays overdue, and the new progress is not in the future. */
const env = { BUILD_DATE: '2024-06-30' };

async function edit(file: string, from: string, to: string): Promise<void> {
  const path = resolve(PROJECT_ROOT, EDITED, 'reviews', file);
  const text = await readFile(path, 'utf8');
  if (!text.includes(from)) throw new Error(`${file} no longer holds “${from}”: update this test`);
  await writeFile(path, text.replace(from, to));
}

async function removeCaches(): Promise<void> {
  for (const variant of ['', buildVariant(COLD)]) {
    await rm(resolve(PROJECT_ROOT, cacheDirFor(EDITED, variant)!), {
      recursive: true,
      force: true,
    });
  }
}

function succeeded(build: BuildResult): BuildResult {
  if (build.exitCode !== 0) throw new Error(`build failed:\n${build.output}`);
  return build;
}

describe('a build after an edit', () => {
  let rebuild: BuildResult;
  let cold: BuildResult;

  beforeAll(async () => {
    await rm(resolve(PROJECT_ROOT, WORK), { recursive: true, force: true });
    await removeCaches();
    await cp(resolve(PROJECT_ROOT, 'tests/fixtures/small'), resolve(PROJECT_ROOT, EDITED), {
      recursive: true,
    });
    succeeded(await buildSite({ contentDir: EDITED, name: 'rebuild', env }));

    await edit(
      'demo-2024/measures/1.mdx',
      'status: 推进中\nprogress:\n',
      'status: 已完成\nprogress:\n  - date: 2024-06-20\n    note: 全部完成。\n',
    );
    await edit('demo-2024/findings/1-2.mdx', 'causes: [1, 2]', 'causes: [1]');
    await edit('demo-2024/causes/1.mdx', '二是方法单一', '二是方法简单');
    await edit('older-2022/review.mdx', 'title: 另一单位对照检查材料', 'title: 另一单位检查材料');

    const [after, fresh] = await buildTwoVariants(
      EDITED,
      { name: 'rebuild', env, overExisting: true },
      { name: 'rebuild-cold', env: { ...env, ...COLD } },
    );
    rebuild = succeeded(after);
    cold = succeeded(fresh);
  });

  afterAll(removeCaches);

  it('makes the same site as a build from scratch, file for file', async () => {
    const [after, fresh] = await Promise.all([siteFiles(rebuild.outDir), siteFiles(cold.outDir)]);
    expect([...after.keys()]).toEqual([...fresh.keys()]);
    const differing = [...fresh].filter(([path, bytes]) => !after.get(path)?.equals(bytes));
    expect(differing.map(([path]) => path)).toEqual([]);
  });

  it('renders again the pages that show an edit, and only those', () => {
    const { rendered, restored } = generated(rebuild.output);
    expect(generated(cold.output).restored).toEqual([]);
    // Each edit's own page, the pages listing its entry (a measure's with its status), and the
    // whole of the retitled review.
    for (const page of [
      '/demo-2024/measures/1/index.html',
      '/demo-2024/findings/1-1/index.html',
      '/demo-2024/ledger/index.html',
      '/demo-2024/ledger.xlsx',
      '/demo-2024/findings/1-2/index.html',
      '/demo-2024/causes/2/index.html',
      '/demo-2024/causes/1/index.html',
      '/demo-2024/index.html',
      '/demo-2024/map/index.html',
      '/older-2022/index.html',
      '/older-2022/findings/1-1/index.html',
      '/older-2022/ledger/index.html',
    ]) {
      expect(rendered, page).toContain(page);
    }
    // Pages none of the edits shows on: their relations' labels, titles and statuses did not change.
    for (const page of [
      '/demo-2024/findings/2-1/index.html',
      '/demo-2024/measures/2/index.html',
      '/demo-2024/map.css',
      '/older-2022/causes/5/index.html',
    ]) {
      expect(restored, page).toContain(page);
    }
  });
});
