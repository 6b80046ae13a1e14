/** The seed review imported from its source text matches the content made by hand. */
import { cp, mkdtemp, readFile, readdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { importReview } from '../../../../scripts/import/import-review.ts';
import { splitMdxFile } from '../../../../scripts/shared/mdx.ts';

const SEED = 'content/reviews/xx-minzhengju-2023';
const SOURCE = `${SEED}/source.txt`;

async function entryFiles(folder: string): Promise<string[]> {
  const files = ['review.mdx'];
  for (const kind of ['findings', 'causes', 'measures']) {
    files.push(...(await readdir(join(folder, kind))).map((name) => `${kind}/${name}`));
  }
  return files.sort();
}

async function entry(folder: string, path: string) {
  const parts = splitMdxFile(await readFile(join(folder, path), 'utf8'))!;
  return { data: parse(parts.frontMatter) as Record<string, unknown>, body: parts.body };
}

describe('importing the seed review’s source text', () => {
  let imported = '';
  beforeAll(async () => {
    const dir = await mkdtemp(join(tmpdir(), 'import-seed-'));
    await importReview({ file: SOURCE, review: 'seed', contentDir: dir });
    imported = join(dir, 'reviews/seed');
  });

  it('yields the same entries as the hand-made content', async () => {
    expect(await entryFiles(imported)).toEqual(await entryFiles(SEED));
  });

  it('yields the same front matter, apart from what people add by hand', async () => {
    for (const path of await entryFiles(SEED)) {
      const { data: expected } = await entry(SEED, path);
      const { data: actual } = await entry(imported, path);
      // Relations are people's judgement. The hand-made role joins the title's 局长 with the
      // 局党组书记 the text mentions; the importer takes the post from the title only.
      for (const data of [expected, actual]) {
        for (const field of ['causes', 'measures', 'role']) Reflect.deleteProperty(data, field);
      }
      expect(actual, path).toEqual(expected);
    }
    expect((await entry(imported, 'review.mdx')).data['role']).toBe('局长');
    expect((await entry(imported, 'findings/2-1.mdx')).data).toMatchObject({
      causes: [],
      measures: [],
    });
  });

  it('yields the same text, character for character', async () => {
    for (const path of await entryFiles(SEED)) {
      expect((await entry(imported, path)).body, path).toBe((await entry(SEED, path)).body);
    }
  });

  it('changes nothing when imported again over the hand-made content', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'import-seed-again-'));
    const folder = join(dir, 'reviews/xx-minzhengju-2023');
    await cp(SEED, folder, { recursive: true });
    const report = await importReview({
      file: SOURCE,
      review: 'xx-minzhengju-2023',
      contentDir: dir,
    });
    expect(report.plan.mode).toBe('update');
    expect(report.plan.changed).toEqual([]);
    for (const path of [...(await entryFiles(SEED)), 'source.txt']) {
      expect(await readFile(join(folder, path), 'utf8'), path).toBe(
        await readFile(join(SEED, path), 'utf8'),
      );
    }
  });
});
