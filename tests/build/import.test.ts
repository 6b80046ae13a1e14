/**
 * Documents imported with `importReview` and built into a site: every paragraph of each input is
 * published verbatim, in order, on the review's full-text page, and every entry gets its page.
 */
import { existsSync } from 'node:fs';
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { importReview } from '../../scripts/import/import-review.ts';
import { sourceParagraphs } from '../../scripts/shared/documents/text';
import { makeDocx } from '../fixtures/import/make-docx';
import { WORD_REVIEW } from '../fixtures/import/word-review';
import { buildSite, PROJECT_ROOT } from '../helpers/build-site';
import { blockTexts, loadPage } from '../helpers/html';

const CONTENT = 'test-results/import-site';
const FIXTURES = 'tests/fixtures/import';

interface Fixture {
  review: string;
  file: string;
  /** The input's paragraphs, worked out independently of the importer. */
  paragraphs: () => Promise<string[]>;
  counts: { findings: number; causes: number; measures: number };
  /** How many lines the title is set on; they are published joined, as the page's title. */
  titleLines?: number;
}

/** Markdown lines without their markup: `## `, `**`, `*`, backslash escapes, a list number's space. */
const markdownLine = (line: string) =>
  line
    .replace(/^#+\s+/, '')
    .replace(/\*\*|\*/g, '')
    .replace(/\\(.)/g, '$1')
    .replace(/^(\d+\.)\s+/, '$1');

const fixtures: Fixture[] = [
  {
    review: 'areas-arabic',
    file: `${FIXTURES}/areas-arabic.txt`,
    paragraphs: async () =>
      sourceParagraphs(await readFile(`${FIXTURES}/areas-arabic.txt`, 'utf8')),
    counts: { findings: 7, causes: 3, measures: 4 },
  },
  {
    review: 'no-areas',
    file: `${FIXTURES}/no-areas.gb18030.txt`,
    paragraphs: async () =>
      sourceParagraphs(
        new TextDecoder('gb18030').decode(await readFile(`${FIXTURES}/no-areas.gb18030.txt`)),
      ),
    counts: { findings: 4, causes: 2, measures: 4 },
  },
  {
    review: 'circled',
    file: `${FIXTURES}/circled.md`,
    paragraphs: async () =>
      sourceParagraphs(await readFile(`${FIXTURES}/circled.md`, 'utf8')).map(markdownLine),
    counts: { findings: 5, causes: 2, measures: 3 },
  },
  {
    review: 'word',
    file: `${CONTENT}-input/word.docx`,
    paragraphs: () =>
      Promise.resolve(
        WORD_REVIEW.flatMap((p) => p.text.split('\n'))
          .map((t) => t.trim())
          .filter(Boolean),
      ),
    counts: { findings: 3, causes: 2, measures: 3 },
  },
  {
    review: 'two-line-title',
    file: `${FIXTURES}/two-line-title.gbk.txt`,
    paragraphs: async () =>
      sourceParagraphs(
        new TextDecoder('gbk').decode(await readFile(`${FIXTURES}/two-line-title.gbk.txt`)),
      ),
    counts: { findings: 6, causes: 3, measures: 3 },
    titleLines: 2,
  },
  {
    review: 'seed-import',
    file: 'content/reviews/xx-minzhengju-2023/source.txt',
    paragraphs: async () =>
      sourceParagraphs(await readFile('content/reviews/xx-minzhengju-2023/source.txt', 'utf8')),
    counts: { findings: 9, causes: 4, measures: 4 },
  },
];

let dist = '';

beforeAll(async () => {
  process.chdir(PROJECT_ROOT);
  await rm(CONTENT, { recursive: true, force: true });
  await mkdir(`${CONTENT}-input`, { recursive: true });
  await writeFile(`${CONTENT}-input/word.docx`, makeDocx(WORD_REVIEW));
  for (const fixture of fixtures) {
    await importReview({ file: fixture.file, review: fixture.review, contentDir: CONTENT });
  }
  const result = await buildSite({ contentDir: `./${CONTENT}`, name: 'import' });
  expect(result.exitCode, result.output).toBe(0);
  dist = result.outDir;
});

describe.each(fixtures)('the imported $review', (fixture) => {
  it('publishes every paragraph of the input verbatim, in order, on the full-text page', async () => {
    const all = await fixture.paragraphs();
    expect(all.length).toBeGreaterThan(10);
    const title = all.slice(0, fixture.titleLines ?? 1);
    const paragraphs = all.slice(title.length);
    const $ = await loadPage(dist, `/${fixture.review}/`);
    expect($('h1').text()).toBe(title.join(''));
    const blocks = blockTexts($);
    const missing = paragraphs.filter((p) => !blocks.includes(p));
    expect(missing).toEqual([]);
    const positions = paragraphs.map((p) => blocks.indexOf(p));
    expect(positions).toEqual([...positions].sort((a, b) => a - b));
  });

  it('gives every finding, cause and measure a block on the full text and a page of its own', async () => {
    const $ = await loadPage(dist, `/${fixture.review}/`);
    const blocks = (kind: string) => $(`article.entry-block.kind-${kind}`).length;
    expect({
      findings: blocks('finding'),
      causes: blocks('cause'),
      measures: blocks('measure'),
    }).toEqual(fixture.counts);
    for (const link of $('article.entry-block .entry-label').toArray()) {
      const href = $(link).attr('href') ?? '';
      expect(existsSync(join(dist, href, 'index.html')), href).toBe(true);
    }
  });
});
