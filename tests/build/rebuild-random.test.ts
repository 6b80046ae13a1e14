/**
 * Random edits of every kind a user makes, round after round, on a copy of the small fixture: a
 * measure's ledger fields (status, deadline, owners, progress), a finding's causes and measures or
 * its paragraph, a title, a word of a text, an area's heading or lead, an entry deleted or added, an
 * alias renamed, an image's bytes, and the build date. After each round the site is built over its
 * last build, as a user's next build is, and from scratch, and the two must be the same file for
 * file, byte for byte: a page whose view model misses something it shows keeps its old file, and
 * this test finds it. An edit that shows on a few pages and one that changes the links of many
 * take turns, round by round, so that the second does not hide the first. `REBUILD_SEED=<n>`
 * replays a run; every failure names its seed.
 *
 * Both builds of a round run at once, the second from the end of the first one's content sync (see
 * buildTwoVariants): the one from scratch builds as a variant of its own (SITE_VARIANT, which changes
 * nothing else but the cache folder), whose cache is emptied first.
 */
import { cp, mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
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
 * Rounds of edits, each followed by two builds (some 4 s together on two cores): four rounds keep
 * the file under 25 s. Each run makes every kind of edit at least once (13 kinds).
 */
const ROUNDS = 4;
const EDITS_PER_ROUND = 3;
const SEED = Number(process.env.REBUILD_SEED ?? Math.floor(Math.random() * 2 ** 31));

const WORK = 'test-results/rebuild-random';
const CONTENT = `${WORK}/content`;
const REVIEWS = resolve(PROJECT_ROOT, CONTENT, 'reviews');
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
  const paths = (await readdir(REVIEWS, { recursive: true })).filter((p) => p.endsWith('.mdx'));
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
const isoDay = (random: Random, month: [number, number]) =>
  `2024-${String(random.int(...month)).padStart(2, '0')}-${String(random.int(1, 28)).padStart(2, '0')}`;

/** The entries of `kind` of the review `review`, by path. */
const entriesOf = (content: Content, review: string, folder: string) =>
  [...content].filter(([path]) => path.startsWith(`${review}/${folder}/`));

const idOf = (path: string) => path.slice(path.lastIndexOf('/') + 1, -'.mdx'.length);

/** Every id and alias of the review's entries: a new id or alias must be none of them. */
function takenNames(content: Content, review: string): Set<string> {
  const names = new Set<string>();
  for (const [path, doc] of content) {
    if (!path.startsWith(`${review}/`) || path.endsWith('review.mdx')) continue;
    names.add(idOf(path));
    for (const alias of (doc.data['aliases'] as string[] | undefined) ?? []) names.add(alias);
  }
  return names;
}

/** One random edit of the content; returns what it did, for the failure message. */
type Edit = (content: Content, random: Random, deleted: string[]) => string | undefined;

const measureEdit =
  (change: (data: Record<string, unknown>, random: Random) => string): Edit =>
  (content, random) => {
    const measures = entriesOf(content, 'demo-2024', 'measures');
    if (measures.length === 0) return undefined;
    const [path, doc] = random.pick(measures);
    return `${path}: ${change(doc.data, random)}`;
  };

const EDITS: Record<string, Edit> = {
  status: measureEdit((data, random) => {
    const status = random.pick(['未启动', '推进中', '已完成', '已销号', undefined]);
    if (status) data['status'] = status;
    else delete data['status'];
    if (status === '已销号') data['closedOn'] = '2024-04-30';
    else delete data['closedOn'];
    return `status ${status ?? '(none)'}`;
  }),
  deadline: measureEdit((data, random) => {
    data['deadline'] = isoDay(random, [5, 8]);
    return `deadline ${String(data['deadline'])}`;
  }),
  owners: measureEdit((data, random) => {
    data['leader'] = random.pick(['张三', '李四', '王五、赵六']);
    data['unit'] = random.pick(['办公室', '财务科', '办公室、人事科']);
    return `leader ${String(data['leader'])}, unit ${String(data['unit'])}`;
  }),
  progress: measureEdit((data, random) => {
    const progress = (data['progress'] as unknown[] | undefined) ?? [];
    // Reported before the earliest build date of the test: a report may not be in the future.
    if (progress.length > 0 && random.next() < 0.4) progress.pop();
    else progress.push({ date: isoDay(random, [4, 5]), note: `第${random.int(1, 99)}次推进。` });
    data['progress'] = progress;
    return `${progress.length} progress reports`;
  }),
  relations: (content, random) => {
    const findings = entriesOf(content, 'demo-2024', 'findings');
    if (findings.length === 0) return undefined;
    const [path, doc] = random.pick(findings);
    const ids = (folder: string) => entriesOf(content, 'demo-2024', folder).map(([p]) => idOf(p));
    const causes = ids('causes');
    const measures = ids('measures');
    doc.data['causes'] = random.sample(causes, random.int(0, causes.length));
    doc.data['measures'] = random.sample(measures, random.int(0, measures.length));
    return `${path}: causes ${String(doc.data['causes'])}, measures ${String(doc.data['measures'])}`;
  },
  paragraph: (content, random) => {
    // Findings' texts are one paragraph each here, so any of them may continue the one before.
    const findings = entriesOf(content, 'demo-2024', 'findings');
    if (findings.length === 0) return undefined;
    const [path, doc] = random.pick(findings);
    if (doc.data['paragraph']) delete doc.data['paragraph'];
    else doc.data['paragraph'] = 'continues';
    return `${path}: paragraph ${String(doc.data['paragraph'])}`;
  },
  title: (content, random) => {
    const [path, doc] = random.pick([...content]);
    const title = String(doc.data['title']);
    doc.data['title'] =
      random.next() < 0.5 && title.length > 4 ? title.slice(0, -1) : title + random.pick(CHARS);
    return `${path}: title ${String(doc.data['title'])}`;
  },
  text: (content, random) => {
    const [path, doc] = random.pick([...content].filter(([p]) => !p.endsWith('review.mdx')));
    const at = doc.body.includes('。') ? doc.body.indexOf('。') : doc.body.trimEnd().length;
    doc.body = `${doc.body.slice(0, at)}${random.pick(CHARS)}${doc.body.slice(at)}`;
    return `${path}: text`;
  },
  area: (content, random) => {
    const path = random.pick(['demo-2024/review.mdx', 'older-2022/review.mdx']);
    const areas = content.get(path)!.data['areas'] as (
      string | { heading: string; lead?: string }
    )[];
    const i = random.int(0, areas.length - 1);
    const area = areas[i]!;
    const heading = typeof area === 'string' ? area : area.heading;
    areas[i] =
      random.next() < 0.5
        ? `${heading}${random.pick(CHARS)}`
        : typeof area === 'string'
          ? { heading, lead: `，${random.pick(CHARS)}主要是：` }
          : heading;
    return `${path}: area ${i + 1} ${JSON.stringify(areas[i])}`;
  },
  delete: (content, random, deleted) => {
    const folder = random.pick(['findings', 'causes', 'measures']);
    const entries = entriesOf(content, 'demo-2024', folder);
    if (entries.length <= 1) return undefined;
    const [path] = random.pick(entries);
    content.delete(path);
    deleted.push(path);
    // The findings that named it name it no more.
    for (const [, finding] of entriesOf(content, 'demo-2024', 'findings')) {
      for (const field of ['causes', 'measures']) {
        const ids = (finding.data[field] as (string | number)[] | undefined) ?? [];
        finding.data[field] = ids.filter((id) => `demo-2024/${field}/${String(id)}.mdx` !== path);
      }
    }
    return `${path}: deleted`;
  },
  add: (content, random) => {
    const folder = random.pick(['findings', 'causes', 'measures']);
    const taken = takenNames(content, 'demo-2024');
    const orders = entriesOf(content, 'demo-2024', folder).map(([, doc]) =>
      Number(doc.data['order']),
    );
    if (folder === 'findings') {
      const area = random.int(1, 2);
      const order =
        Math.max(
          0,
          ...entriesOf(content, 'demo-2024', folder)
            .filter(([, doc]) => doc.data['area'] === area)
            .map(([, doc]) => Number(doc.data['order'])),
        ) + 1;
      let id = `${area}-${order}`;
      while (taken.has(id)) id += 'x';
      content.set(`demo-2024/findings/${id}.mdx`, {
        data: { area, order, title: `新问题${id}`, causes: [], measures: [] },
        body: `\n新问题${id}的原文。\n`,
      });
      return `demo-2024/findings/${id}.mdx: added`;
    }
    const order = Math.max(0, ...orders) + 1;
    let id = String(order);
    while (taken.has(id)) id += 'x';
    content.set(`demo-2024/${folder}/${id}.mdx`, {
      data: { order, title: `新条目${id}` },
      body: `\n（${order}）新条目${id}的原文。\n`,
    });
    return `demo-2024/${folder}/${id}.mdx: added`;
  },
  alias: (content, random) => {
    const [path, doc] = random.pick(
      [...content].filter(([p]) => p.startsWith('demo-2024/') && !p.endsWith('review.mdx')),
    );
    const taken = takenNames(content, 'demo-2024');
    let alias = `old-${random.int(1, 9)}`;
    while (taken.has(alias)) alias += 'x';
    doc.data['aliases'] = random.next() < 0.2 ? [] : [alias];
    return `${path}: aliases ${String(doc.data['aliases'])}`;
  },
  image: () => 'image bytes',
};

/**
 * The edits that change what many pages show: the links to an entry (its label, title, address,
 * its neighbours in the document). A round of these renders most pages again, which would hide a
 * page left stale by an edit that shows on a few pages only, so the two kinds take turns.
 */
const WIDE = new Set(['relations', 'title', 'delete', 'add', 'alias']);

/**
 * The kinds of edit dealt to each round: the few-page kinds to odd rounds, the wide ones to even
 * rounds, each in a random order, so that every run makes every kind.
 */
function dealKinds(random: Random): string[][] {
  const shuffled = (kinds: string[]) => {
    for (let i = kinds.length - 1; i > 0; i--) {
      const j = random.int(0, i);
      [kinds[i], kinds[j]] = [kinds[j]!, kinds[i]!];
    }
    return kinds;
  };
  const decks = [false, true].map((wide) =>
    shuffled(Object.keys(EDITS).filter((kind) => WIDE.has(kind) === wide)),
  );
  return Array.from({ length: ROUNDS }, (_, i) => {
    const deck = decks[i % 2]!;
    const roundsLeft = Math.ceil((ROUNDS - i) / 2);
    return deck.splice(0, Math.ceil(deck.length / roundsLeft));
  });
}

/**
 * One round's edits, applied to `content`: the kinds dealt to it, then random ones of the same
 * sort up to EDITS_PER_ROUND; an edit that does not apply (no measure left to edit) is skipped. The image's
 * new bytes are written at once.
 */
async function editRound(
  content: Content,
  random: Random,
  dealt: string[],
  deleted: string[],
): Promise<string[]> {
  const done: string[] = [];
  const kinds = [...dealt];
  const alike = Object.keys(EDITS).filter((kind) => WIDE.has(kind) === WIDE.has(dealt[0] ?? ''));
  while (done.length < EDITS_PER_ROUND || kinds.length > 0) {
    const kind = kinds.shift() ?? random.pick(alike);
    const what = EDITS[kind]!(content, random, deleted);
    if (!what) continue;
    if (kind === 'image') {
      const bytes = await readFile(join(REVIEWS, IMAGE));
      await writeFile(
        join(REVIEWS, IMAGE),
        Buffer.concat([bytes, Buffer.from([random.int(0, 255)])]),
      );
    }
    done.push(what);
  }
  return done;
}

function succeeded(build: BuildResult, context: string): BuildResult {
  if (build.exitCode !== 0) throw new Error(`${context}: the build failed:\n${build.output}`);
  return build;
}

async function removeCaches(): Promise<void> {
  for (const variant of ['', buildVariant(COLD)]) {
    await rm(resolve(PROJECT_ROOT, cacheDirFor(CONTENT, variant)!), {
      recursive: true,
      force: true,
    });
  }
}

describe(`random edits, built over the last build (seed ${SEED}: REBUILD_SEED=${SEED} replays it)`, () => {
  afterAll(removeCaches);

  it('makes the same site as a build from scratch after every round, file for file', async () => {
    const random = createRandom(SEED);
    await rm(resolve(PROJECT_ROOT, WORK), { recursive: true, force: true });
    await removeCaches();
    await cp(resolve(PROJECT_ROOT, 'tests/fixtures/small'), resolve(PROJECT_ROOT, CONTENT), {
      recursive: true,
    });
    // An image shown by an entry, published at /demo-2024/files/images/chart.png.
    await cp(
      resolve(PROJECT_ROOT, 'tests/fixtures/components/reviews', IMAGE),
      join(REVIEWS, IMAGE),
    );
    const content = await readContent();
    content.get('demo-2024/measures/2.mdx')!.body += '\n![图](../images/chart.png)\n';
    await writeContent(content, []);
    succeeded(
      await buildSite({
        contentDir: CONTENT,
        name: 'rebuild-random',
        env: { BUILD_DATE: '2024-06-01' },
      }),
      `seed ${SEED}, first build`,
    );

    const log: string[] = [];
    let restored = 0;
    const dealt = dealKinds(random);
    for (let round = 1; round <= ROUNDS; round++) {
      const deleted: string[] = [];
      const edits = await editRound(content, random, dealt[round - 1]!, deleted);
      await writeContent(content, deleted);
      const env = { BUILD_DATE: isoDay(random, [6, 8]) };
      log.push(`round ${round} (BUILD_DATE ${env.BUILD_DATE}): ${edits.join('; ')}`);
      const context = `seed ${SEED} (REBUILD_SEED=${SEED} replays it), after\n  ${log.join('\n  ')}\n`;

      await rm(resolve(PROJECT_ROOT, cacheDirFor(CONTENT, buildVariant(COLD))!), {
        recursive: true,
        force: true,
      });
      const [incremental, cold] = await buildTwoVariants(
        CONTENT,
        { name: 'rebuild-random', env, overExisting: true },
        { name: 'rebuild-random-cold', env: { ...env, ...COLD } },
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
      restored += generatedPages(incremental.output).restored.length;
    }
    // Not a site rendered anew every time: the rounds took unchanged pages from the cache.
    expect(restored, `seed ${SEED}`).toBeGreaterThan(0);
  });
});
