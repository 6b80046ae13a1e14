/**
 * A build over the last build (Astro's incremental build) must make the site a build from scratch
 * makes of the same content. First one edit of each main kind (a measure's status and progress, a
 * finding's relations, a word of a cause's text, another review's title): the pages that show it
 * are rendered again and the others taken from the cache. Then random edits of every kind a user
 * makes, round after round, on the same copy of the small fixture: a
 * measure's ledger fields (status, deadline, owners, progress), a finding's causes and measures or
 * its paragraph, a title, a word of a text, an area's heading or lead, an entry deleted or added, an
 * alias renamed, an image's bytes, and the build date. After each round the site is built over its
 * last build, as a user's next build is, and from scratch, and the two must be the same file for
 * file, byte for byte: a page whose view model misses something it shows keeps its old file, and
 * this test finds it. Each round makes its sorts of edit (see ROUND_SORTS), each edit on an entry of
 * its own where it can, so that the pages one edit renders again do not hide a page another left
 * stale. `REBUILD_SEED=<n>` replays a run; every failure names its seed.
 *
 * Both builds of a round run at once, the second from the end of the first one's content sync (see
 * buildTwoVariants): the one from scratch builds as a variant of its own (SITE_VARIANT, which
 * changes nothing else but the cache folder), whose cache is emptied first.
 */
import { cp, mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import YAML from 'yaml';
import { createRandom, type Random } from '../../bench/lib/random.ts';
import { buildVariant, cacheDirFor } from '../../src/model/content-dir.ts';
import {
  buildSite,
  buildTwoVariants,
  generatedPages,
  PROJECT_ROOT,
  siteFiles,
  type BuildResult,
} from '../helpers/build-site.ts';

/**
 * The sorts of edit, one round each: those of an entry's own page (its ledger, its text, an image
 * it shows) and the full text (a paragraph); those that change the links to an entry (its title,
 * its relations, its former address); the areas and the build date (which moves every overdue
 * measure's days); and those that change the document's order (an entry deleted or added gives its
 * neighbours new ones). Each round is followed by two builds, some 4 s together on two cores (twice
 * that while the browser tests run beside them), and a run of the whole suite pays for each.
 */
const FINE_ROUNDS = [
  ['status', 'deadline', 'owners', 'progress', 'paragraph', 'text', 'image', 'problem'],
  ['title', 'relations', 'alias', 'feedback', 'recurs'],
  ['area', 'date'],
  ['delete', 'add'],
] as const;

/**
 * The rounds of a run. `npm test` makes two, an entry's own edits with the links to it, then the
 * areas, the date and the order, to keep the suite within its time; `REBUILD_ROUNDS=fine` makes
 * the four above, one sort each, for a closer look at a failure.
 */
const ROUND_SORTS: readonly (readonly string[])[] =
  process.env.REBUILD_ROUNDS === 'fine'
    ? FINE_ROUNDS
    : [
        [...FINE_ROUNDS[0], ...FINE_ROUNDS[1]],
        [...FINE_ROUNDS[2], ...FINE_ROUNDS[3]],
      ];

/** Edits per round at least: every kind of the round's sort once, then more of them. */
const EDITS_PER_ROUND = 8;
const SEED = Number(process.env.REBUILD_SEED ?? Math.floor(Math.random() * 2 ** 31));

const WORK = 'test-results/rebuild';
const CONTENT = `${WORK}/content`;
const REVIEWS = resolve(PROJECT_ROOT, CONTENT, 'reviews');
/** The inspections' files are kept in the content map as paths from `reviews/`: `../inspections/…`. */
const INSPECTIONS = '../inspections/';
const COLD = { SITE_VARIANT: 'rebuild-from-scratch' };
const IMAGE = 'demo-2024/images/chart.png';

/** A content file: its front matter and its text. */
interface Doc {
  data: Record<string, unknown>;
  body: string;
}

/** The content, by path inside `reviews/`. */
type Content = Map<string, Doc>;

function parse(text: string): Doc {
  const [, front = '', body = ''] = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(text) ?? [];
  return { data: YAML.parse(front) as Record<string, unknown>, body };
}

async function readContent(): Promise<Content> {
  const inspections = (await readdir(join(REVIEWS, INSPECTIONS), { recursive: true })).map(
    (p) => `${INSPECTIONS}${p}`,
  );
  const paths = [...(await readdir(REVIEWS, { recursive: true })), ...inspections].filter((p) =>
    p.endsWith('.mdx'),
  );
  const docs = await Promise.all(
    paths.map(async (p) => parse(await readFile(join(REVIEWS, p), 'utf8'))),
  );
  return new Map(paths.map((p, i) => [p, docs[i]!]));
}

/** Writes the content as it now is, removing the files of entries deleted. */
async function writeContent(content: Content, deleted: string[]): Promise<void> {
  await Promise.all(deleted.map((p) => rm(join(REVIEWS, p), { force: true })));
  await Promise.all(
    [...content].map(async ([path, { data, body }]) => {
      await mkdir(dirname(join(REVIEWS, path)), { recursive: true });
      await writeFile(
        join(REVIEWS, path),
        `---\n${YAML.stringify(data, { lineWidth: 0 })}---\n${body}`,
      );
    }),
  );
}

const CHARS = ['改', '进', '落', '实', '深', '化', '健', '全', '规', '范'];

/** A day of 2024 in the months `from` to `to`, as YYYY-MM-DD. */
const isoDay = (random: Random, from: number, to: number) =>
  `2024-${String(random.int(from, to)).padStart(2, '0')}-${String(random.int(1, 28)).padStart(2, '0')}`;

const idOf = (path: string) => path.slice(path.lastIndexOf('/') + 1, -'.mdx'.length);

/** What a round's edits work on, and what they leave for the builds. */
interface Round {
  content: Content;
  random: Random;
  /** The build date; the `date` edit moves it. */
  env: Record<'BUILD_DATE', string>;
  /** Files of entries deleted this round. */
  deleted: string[];
  /** Files edited this round: the next edit picks another where it can. */
  touched: Set<string>;
}

/** The content files whose path matches `pattern`, by path. */
const filesOf = (content: Content, pattern: RegExp) =>
  [...content].filter(([path]) => pattern.test(path));

/** One of the files matching `pattern`, one not edited yet this round if there is one. */
function pick(round: Round, pattern: RegExp): [string, Doc] | undefined {
  const files = filesOf(round.content, pattern);
  const fresh = files.filter(([path]) => !round.touched.has(path));
  const pool = fresh.length > 0 ? fresh : files;
  if (pool.length === 0) return undefined;
  const chosen = round.random.pick(pool);
  round.touched.add(chosen[0]);
  return chosen;
}

const MEASURES = /^demo-2024\/measures\//;
const PROBLEMS = /^\.\.\/inspections\/[^/]+\/problems\//;
const FINDINGS = /^demo-2024\/findings\//;
const ENTRIES = /^[^/]+\/(findings|causes|measures)\//;

/** Every id and alias of the review's entries: a new id or alias must be none of them. */
function takenNames(content: Content): Set<string> {
  const names = new Set<string>();
  for (const [path, doc] of filesOf(content, /^demo-2024\/[^/]+\/[^/]+\.mdx$/)) {
    names.add(idOf(path));
    for (const alias of (doc.data['aliases'] as string[] | undefined) ?? []) names.add(alias);
  }
  return names;
}

/** One random edit; returns what it did, for the failure message, or nothing when it cannot. */
type Edit = (round: Round) => string | undefined;

const onMeasure =
  (change: (data: Record<string, unknown>, random: Random) => string): Edit =>
  (round) => {
    const [path, doc] = pick(round, MEASURES) ?? [];
    return doc && `${path}: ${change(doc.data, round.random)}`;
  };

const EDITS: Record<string, Edit> = {
  status: onMeasure((data, random) => {
    const status = random.pick(['未启动', '推进中', '已完成', '已销号', undefined]);
    if (status) data['status'] = status;
    else delete data['status'];
    if (status === '已销号') data['closedOn'] = '2024-04-30';
    else delete data['closedOn'];
    return `status ${status ?? '(none)'}`;
  }),
  deadline: onMeasure((data, random) => {
    data['deadline'] = isoDay(random, 5, 9);
    return `deadline ${String(data['deadline'])}`;
  }),
  owners: onMeasure((data, random) => {
    data['leader'] = random.pick(['张三', '李四', '王五、赵六']);
    data['unit'] = random.pick(['办公室', '财务科', '办公室、人事科']);
    return `leader ${String(data['leader'])}, unit ${String(data['unit'])}`;
  }),
  progress: onMeasure((data, random) => {
    const progress = (data['progress'] as unknown[] | undefined) ?? [];
    // Reported before the earliest build date of the test: a report may not be in the future.
    if (progress.length > 0 && random.next() < 0.4) progress.pop();
    else progress.push({ date: isoDay(random, 4, 5), note: `第${random.int(1, 99)}次推进。` });
    data['progress'] = progress;
    return `${progress.length} progress reports`;
  }),
  paragraph: (round) => {
    // Findings' texts are one paragraph each here, so any of them may continue the one before.
    const [path, doc] = pick(round, FINDINGS) ?? [];
    if (!doc) return undefined;
    if (doc.data['paragraph']) delete doc.data['paragraph'];
    else doc.data['paragraph'] = 'continues';
    return `${path}: paragraph ${String(doc.data['paragraph'])}`;
  },
  text: (round) => {
    const [path, doc] = pick(round, ENTRIES) ?? [];
    if (!doc) return undefined;
    const at = doc.body.includes('。') ? doc.body.indexOf('。') : doc.body.trimEnd().length;
    doc.body = `${doc.body.slice(0, at)}${round.random.pick(CHARS)}${doc.body.slice(at)}`;
    return `${path}: text`;
  },
  image: (round) => (round.touched.has(IMAGE) ? undefined : (round.touched.add(IMAGE), IMAGE)),
  problem: (round) => {
    const [path, doc] = pick(round, PROBLEMS) ?? [];
    if (!doc) return undefined;
    doc.body = doc.body.replace('。', `${round.random.pick(CHARS)}。`);
    return `${path}: text`;
  },
  feedback: (round) => {
    const [path, doc] = pick(round, FINDINGS) ?? [];
    if (!doc) return undefined;
    const problems = filesOf(round.content, /^\.\.\/inspections\/xc-a\/problems\//).map(([p]) =>
      idOf(p),
    );
    doc.data['feedback'] = round.random.sample(problems, round.random.int(0, problems.length));
    return `${path}: feedback ${String(doc.data['feedback'])}`;
  },
  recurs: (round) => {
    // The later round's problem recurs from one of the earlier round's, or from none.
    const [path, doc] = pick(round, /^\.\.\/inspections\/xc-b\/problems\//) ?? [];
    if (!doc) return undefined;
    const earlier = filesOf(round.content, /^\.\.\/inspections\/xc-a\/problems\//).map(
      ([p]) => `xc-a/${idOf(p)}`,
    );
    doc.data['recurs'] = round.random.sample(earlier, round.random.int(0, 1));
    return `${path}: recurs ${String(doc.data['recurs'])}`;
  },
  title: (round) => {
    const [path, doc] = pick(round, /\.mdx$/) ?? [];
    if (!doc) return undefined;
    const title = String(doc.data['title']);
    doc.data['title'] =
      round.random.next() < 0.5 && title.length > 4
        ? title.slice(0, -1)
        : title + round.random.pick(CHARS);
    return `${path}: title ${String(doc.data['title'])}`;
  },
  relations: (round) => {
    const [path, doc] = pick(round, FINDINGS) ?? [];
    if (!doc) return undefined;
    const ids = (folder: string) =>
      filesOf(round.content, new RegExp(`^demo-2024/${folder}/`)).map(([p]) => idOf(p));
    const [causes, measures] = [ids('causes'), ids('measures')];
    doc.data['causes'] = round.random.sample(causes, round.random.int(0, causes.length));
    doc.data['measures'] = round.random.sample(measures, round.random.int(0, measures.length));
    return `${path}: causes ${String(doc.data['causes'])}, measures ${String(doc.data['measures'])}`;
  },
  alias: (round) => {
    const [path, doc] = pick(round, /^demo-2024\/(findings|causes|measures)\//) ?? [];
    if (!doc) return undefined;
    const taken = takenNames(round.content);
    let alias = `old-${round.random.int(1, 9)}`;
    while (taken.has(alias)) alias += 'x';
    doc.data['aliases'] = round.random.next() < 0.2 ? [] : [alias];
    return `${path}: aliases ${String(doc.data['aliases'])}`;
  },
  area: (round) => {
    const [path, doc] = pick(round, /review\.mdx$/) ?? [];
    if (!doc) return undefined;
    const areas = doc.data['areas'] as (string | { heading: string; lead?: string })[];
    const i = round.random.int(0, areas.length - 1);
    const area = areas[i]!;
    const heading = typeof area === 'string' ? area : area.heading;
    areas[i] =
      round.random.next() < 0.5
        ? `${heading}${round.random.pick(CHARS)}`
        : typeof area === 'string'
          ? { heading, lead: `，${round.random.pick(CHARS)}主要是：` }
          : heading;
    return `${path}: area ${i + 1} ${JSON.stringify(areas[i])}`;
  },
  date: (round) => {
    round.env.BUILD_DATE = isoDay(round.random, 6, 8);
    return `BUILD_DATE ${round.env.BUILD_DATE}`;
  },
  delete: (round) => {
    const folder = round.random.pick(['findings', 'causes', 'measures']);
    const pattern = new RegExp(`^demo-2024/${folder}/`);
    if (filesOf(round.content, pattern).length <= 1) return undefined;
    const [path] = pick(round, pattern)!;
    round.content.delete(path);
    round.deleted.push(path);
    // The findings that named it name it no more.
    for (const [, finding] of filesOf(round.content, FINDINGS)) {
      for (const field of ['causes', 'measures']) {
        const ids = (finding.data[field] as (string | number)[] | undefined) ?? [];
        finding.data[field] = ids.filter((id) => `demo-2024/${field}/${String(id)}.mdx` !== path);
      }
    }
    return `${path}: deleted`;
  },
  add: ({ content, random }) => {
    const folder = random.pick(['findings', 'causes', 'measures']);
    const entries = filesOf(content, new RegExp(`^demo-2024/${folder}/`));
    const area = folder === 'findings' ? random.int(1, 2) : undefined;
    const orders = entries
      .filter(([, doc]) => area === undefined || doc.data['area'] === area)
      .map(([, doc]) => Number(doc.data['order']));
    const order = Math.max(0, ...orders) + 1;
    const taken = takenNames(content);
    let id = area ? `${area}-${order}` : String(order);
    while (taken.has(id)) id += 'x';
    const path = `demo-2024/${folder}/${id}.mdx`;
    content.set(path, {
      data: area
        ? { area, order, title: `新问题${id}`, causes: [], measures: [] }
        : { order, title: `新条目${id}` },
      body: `\n（${order}）新条目${id}的原文。\n`,
    });
    return `${path}: added`;
  },
};

/** `kinds` in a random order. */
function shuffled(random: Random, kinds: readonly string[]): string[] {
  const order = [...kinds];
  for (let i = order.length - 1; i > 0; i--) {
    const j = random.int(0, i);
    [order[i], order[j]] = [order[j]!, order[i]!];
  }
  return order;
}

/**
 * A round's edits: every kind of its sort once, in a random order, then random ones of the sort
 * up to EDITS_PER_ROUND; an edit that cannot be made (no entry of the kind left to delete, the
 * image changed already) is left out. The image's new bytes are written at once.
 */
async function editRound(round: Round, sort: readonly string[]): Promise<string[]> {
  const done: string[] = [];
  const kinds = shuffled(round.random, sort);
  for (let tries = 0; done.length < EDITS_PER_ROUND || kinds.length > 0; tries++) {
    if (tries > 50) break;
    const what = EDITS[kinds.shift() ?? round.random.pick(sort)]!(round);
    if (!what) continue;
    if (what === IMAGE) {
      const bytes = await readFile(join(REVIEWS, IMAGE));
      const more = Buffer.from([round.random.int(0, 255)]);
      await writeFile(join(REVIEWS, IMAGE), Buffer.concat([bytes, more]));
    }
    done.push(what === IMAGE ? `${IMAGE}: bytes` : what);
  }
  return done;
}

/** An inspection's feedback with `count` problems, as content files by path. */
function inspectionFiles(id: string, count: number, follows?: string): [string, Doc][] {
  const folder = `${INSPECTIONS}${id}`;
  return [
    [
      `${folder}/inspection.mdx`,
      {
        data: {
          title: `关于巡察 ${id} 的反馈意见`,
          team: '巡察组',
          unit: '示例单位党组',
          categories: ['（一）学习方面', '（二）作风方面'],
          ...(follows ? { follows } : {}),
        },
        body: '\n反馈如下：\n\n<Problems />\n',
      },
    ],
    ...Array.from({ length: count }, (_, i): [string, Doc] => [
      `${folder}/problems/${i + 1}.mdx`,
      {
        data: { category: (i % 2) + 1, order: i + 1, title: `反馈问题${i + 1}` },
        body: `\n${i + 1}.反馈问题${i + 1}的原文。\n`,
      },
    ]),
  ];
}

/**
 * The content the rounds start from: the small fixture, with an image shown by an entry (published
 * at /demo-2024/files/images/chart.png), more measures, so that a round's ledger edits each have a
 * measure of their own, and two rounds of inspection (xc-b follows xc-a), demo-2024 answering the
 * first.
 */
async function startingContent(): Promise<Content> {
  await cp(resolve(PROJECT_ROOT, 'tests/fixtures/small'), resolve(PROJECT_ROOT, CONTENT), {
    recursive: true,
  });
  await mkdir(join(REVIEWS, INSPECTIONS), { recursive: true });
  await cp(resolve(PROJECT_ROOT, 'tests/fixtures/features/reviews', IMAGE), join(REVIEWS, IMAGE));
  const content = await readContent();
  for (const [path, doc] of [
    ...inspectionFiles('xc-a', 2),
    ...inspectionFiles('xc-b', 1, 'xc-a'),
  ]) {
    content.set(path, doc);
  }
  content.get('demo-2024/review.mdx')!.data['inspection'] = 'xc-a';
  content.get('demo-2024/findings/1-1.mdx')!.data['feedback'] = ['1', '2'];
  content.get(`${INSPECTIONS}xc-b/problems/1.mdx`)!.data['recurs'] = ['xc-a/1'];
  content.get('demo-2024/measures/2.mdx')!.body += '\n![图](../images/chart.png)\n';
  for (const order of [3, 4, 5]) {
    content.set(`demo-2024/measures/${order}.mdx`, {
      data: { order, title: `措施${order}`, leader: '王五', status: '推进中' },
      body: `\n（${order}）措施${order}的原文。\n`,
    });
  }
  return content;
}

function succeeded(build: BuildResult, context: string): BuildResult {
  if (build.exitCode !== 0) throw new Error(`${context}: the build failed:\n${build.output}`);
  return build;
}

async function removeCache(variant: string): Promise<void> {
  const cache = resolve(PROJECT_ROOT, cacheDirFor(CONTENT, variant)!);
  await rm(cache, { recursive: true, force: true });
}

const removeCaches = () => Promise.all(['', buildVariant(COLD)].map(removeCache));

/**
 * A round's rebuild, and, with `compare`, a build from scratch beside it, compared file for file.
 * A page left stale by one round stays stale (its key does not change again), so one comparison
 * after the last round finds what every round left, for half the builds; the rebuild is returned.
 */
async function rebuildRound(
  env: Record<string, string>,
  context: string,
  compare: boolean,
): Promise<BuildResult> {
  if (!compare) {
    return succeeded(
      await buildSite({ contentDir: CONTENT, name: 'rebuild', env, overExisting: true }),
      context,
    );
  }
  await removeCache(buildVariant(COLD));
  const [incremental, cold] = await buildTwoVariants(
    CONTENT,
    { name: 'rebuild', env, overExisting: true },
    { name: 'rebuild-cold', env: { ...env, ...COLD } },
  );
  const [after, fresh] = await Promise.all([
    siteFiles(succeeded(incremental, context).outDir),
    siteFiles(succeeded(cold, context).outDir),
  ]);
  expect([...after.keys()], context).toEqual([...fresh.keys()]);
  const differing = [...fresh].filter(([path, bytes]) => !after.get(path)?.equals(bytes));
  expect(
    differing.map(([path]) => path),
    context,
  ).toEqual([]);
  expect(generatedPages(cold.output).restored, context).toEqual([]);
  return incremental;
}

describe(`edits built over the last build (seed ${SEED}: REBUILD_SEED=${SEED} replays it)`, () => {
  const env = { BUILD_DATE: '2024-06-01' };
  let content: Content;

  beforeAll(async () => {
    await rm(resolve(PROJECT_ROOT, WORK), { recursive: true, force: true });
    await removeCaches();
    content = await startingContent();
    await writeContent(content, []);
    succeeded(
      await buildSite({ contentDir: CONTENT, name: 'rebuild', env }),
      `seed ${SEED}, first build`,
    );
  });

  afterAll(removeCaches);

  it('render again, after one edit of each kind, the pages that show it and only those', async () => {
    const doc = (path: string) => content.get(path)!;
    // A measure's status and progress, a finding's relations, a word of a cause's text (all in one
    // review), and the other review's title.
    Object.assign(doc('demo-2024/measures/1.mdx').data, {
      status: '已完成',
      progress: [{ date: '2024-05-20', note: '全部完成。' }],
    });
    doc('demo-2024/findings/1-2.mdx').data['causes'] = [1];
    const cause = doc('demo-2024/causes/1.mdx');
    cause.body = cause.body.replace('二是方法单一', '二是方法简单');
    doc('older-2022/review.mdx').data['title'] = '另一单位检查材料';
    await writeContent(content, []);

    const { output } = await rebuildRound(env, 'after one edit of each kind', false);
    const { rendered, restored } = generatedPages(output);
    // A word of a cause's text and a title are searched: the index is built anew, not copied
    // from the last build (a build that changes nothing searched copies it: see
    // tests/unit/integrations/pagefind.test.ts).
    expect(output).toMatch(/\[pagefind\] Indexed \d+ pages for search/);
    expect(output).not.toContain('搜索索引未变');
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

  it('make the same site as a build from scratch after the random rounds, file for file', async () => {
    const random = createRandom(SEED);
    const log: string[] = [];
    let restored = 0;
    for (const [i, sort] of ROUND_SORTS.entries()) {
      const round: Round = { content, random, env, deleted: [], touched: new Set() };
      const edits = await editRound(round, sort);
      await writeContent(content, round.deleted);
      log.push(`round ${i + 1} (BUILD_DATE ${env.BUILD_DATE}): ${edits.join('; ')}`);
      const context = `seed ${SEED} (REBUILD_SEED=${SEED} replays it), after\n  ${log.join('\n  ')}\n`;
      const last = i === ROUND_SORTS.length - 1;
      restored += generatedPages((await rebuildRound(env, context, last)).output).restored.length;
    }
    // Not a site rendered anew every time: the rounds took unchanged pages from the cache.
    expect(restored, `seed ${SEED}`).toBeGreaterThan(0);
  });
});
