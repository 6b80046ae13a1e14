import { readFileSync } from 'node:fs';
import { parse as parseYaml } from 'yaml';
import { describe, expect, it } from 'vitest';
import { clausePool } from '../../../bench/lib/clauses.ts';
import {
  corpusFiles,
  entryCount,
  generateCorpus,
  shapeOfSize,
  shapeSize,
  type Corpus,
} from '../../../bench/lib/corpus.ts';
import { splitMdxFile } from '../../../scripts/shared/mdx.ts';
import { buildSiteIndex } from '../../../src/relations/build.ts';
import { causeSchema } from '../../../src/schemas/cause.ts';
import { findingSchema } from '../../../src/schemas/finding.ts';
import { measureSchema } from '../../../src/schemas/measure.ts';
import { reviewSchema } from '../../../src/schemas/review.ts';

const clauses = clausePool(readFileSync('content/reviews/xx-minzhengju-2023/source.txt', 'utf8'));

/** What the build does with the corpus: the schemas, then the relation index and its checks. */
function indexOf(corpus: Corpus) {
  const parse = <D>(
    entries: Corpus['findings' | 'causes' | 'measures' | 'reviews'],
    schema: { parse(d: unknown): D },
  ) =>
    entries.map((e) => ({ id: e.id, filePath: e.path, body: e.body, data: schema.parse(e.data) }));
  return buildSiteIndex({
    reviews: parse(corpus.reviews, reviewSchema),
    findings: parse(corpus.findings, findingSchema),
    causes: parse(corpus.causes, causeSchema),
    measures: parse(corpus.measures, measureSchema),
  });
}

describe('generateCorpus', () => {
  it('makes exactly the number of entries asked for', () => {
    for (const entries of [1, 2, 16, 17, 18, 100, 1000]) {
      expect(entryCount(generateCorpus({ entries, clauses }))).toBe(entries);
    }
  });

  it('gives the same corpus for the same seed, and another for another seed', () => {
    const files = (seed: number) => corpusFiles(generateCorpus({ entries: 60, clauses, seed }));
    expect(files(3)).toEqual(files(3));
    expect(files(3)).not.toEqual(files(4));
  });

  it('shapes reviews like the seed: about 9 findings in 3 areas, 4 causes, 4 measures', () => {
    const corpus = generateCorpus({ entries: 1700, clauses });
    expect(corpus.reviews.length).toBeGreaterThanOrEqual(90);
    expect(corpus.reviews.length).toBeLessThanOrEqual(110);
    const share = (n: number) => n / 1700;
    expect(share(corpus.findings.length)).toBeCloseTo(9 / 17, 1);
    expect(share(corpus.causes.length)).toBeCloseTo(4 / 17, 1);
    expect(share(corpus.measures.length)).toBeCloseTo(4 / 17, 1);
    expect(corpus.reviews.every((r) => r.data.areas.length === 3)).toBe(true);
  });

  it('writes paragraphs as long as the seed review’s', () => {
    const corpus = generateCorpus({ entries: 1000, clauses });
    const lengths = (entries: Corpus['findings' | 'causes' | 'measures']) =>
      entries.map((e) => e.body.replace(/\\/g, '').length);
    const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
    for (const [entries, min, max] of [
      [corpus.findings, 240, 560],
      [corpus.causes, 140, 220],
      [corpus.measures, 170, 280],
    ] as const) {
      const all = lengths(entries);
      expect(Math.min(...all)).toBeGreaterThanOrEqual(min);
      expect(Math.max(...all)).toBeLessThan(max + 100);
      expect(mean(all)).toBeGreaterThan(min);
      expect(mean(all)).toBeLessThan(max);
    }
  });

  it('passes the content checks of the build, relations included', () => {
    const corpus = generateCorpus({ entries: 500, clauses, seed: 9 });
    const site = indexOf(corpus);
    expect(site.reviews).toHaveLength(corpus.reviews.length);
    const findings = site.reviews.flatMap((r) => r.findings);
    expect(findings.every((f) => f.causes.length >= 1 && f.measures.length >= 1)).toBe(true);
  });

  it('escapes what MDX would read as a tag or an expression', () => {
    const corpus = generateCorpus({ entries: 300, clauses });
    const bodies = [...corpus.reviews, ...corpus.findings].map((e) => e.body);
    expect(bodies.some((b) => b.includes('\\<'))).toBe(true);
    expect(bodies.every((b) => !/(?<!\\)[{}]/.test(b))).toBe(true);
    expect(bodies.every((b) => !/(?<!\\)<(?!Findings|Causes|Measures)/.test(b))).toBe(true);
  });
});

describe('shapeOfSize', () => {
  it('fits any remainder, keeping the proportions and at least one finding', () => {
    for (let size = 1; size <= 16; size++) {
      const shape = shapeOfSize(size);
      expect(shapeSize(shape)).toBe(size);
      expect(shape.areas.length).toBeGreaterThanOrEqual(1);
      expect(shape.areas.length).toBeLessThanOrEqual(3);
      expect(shape.areas.every((n) => n >= 1)).toBe(true);
    }
    expect(shapeOfSize(17)).toEqual({ areas: [3, 3, 3], causes: 4, measures: 4 });
  });
});

describe('corpusFiles', () => {
  it('writes front matter that reads back as the same values, then the body', () => {
    const corpus = generateCorpus({ entries: 40, clauses, seed: 5 });
    const entries = [...corpus.reviews, ...corpus.findings, ...corpus.causes, ...corpus.measures];
    const files = corpusFiles(corpus);
    expect(files.map((f) => f.path)).toEqual(entries.map((e) => e.path));
    files.forEach((file, i) => {
      const split = splitMdxFile(file.content);
      expect(split).toBeDefined();
      expect(parseYaml(split!.frontMatter)).toEqual(entries[i]!.data);
      expect(split!.body).toBe(entries[i]!.body);
    });
  });
});
