/**
 * A synthetic corpus in the project's content model, for measuring build cost at a size no real
 * site has yet. Every review is shaped like the seed review (about 9 findings in 3 areas, 4 causes,
 * 4 measures, with relations) and its paragraphs are as long as the seed's, recombined from the
 * seed's own clauses. The same options always give the same corpus.
 */
import type { z } from 'astro/zod';
import type { causeSchema } from '../../src/schemas/cause.ts';
import type { findingSchema } from '../../src/schemas/finding.ts';
import type { measureSchema } from '../../src/schemas/measure.ts';
import type { reviewSchema } from '../../src/schemas/review.ts';
import {
  frontMatterDocument,
  headingNode,
  mdxFile,
  paragraphNode,
  partPlaceholderNode,
  toMdx,
} from '../../scripts/shared/mdx.ts';
import { KIND_FOLDERS } from '../../src/model/kinds.ts';
import { chineseNumeral } from '../../src/model/numerals.ts';
import type { ClausePool } from './clauses.ts';
import { createRandom, type Random } from './random.ts';

export interface CorpusOptions {
  /** Findings, causes and measures in all; reviews are added until there are this many. */
  entries: number;
  /** The clauses the text is made of (see `clausePool`). */
  clauses: ClausePool;
  /** Seed of the generator; another seed gives another corpus of the same shape. */
  seed?: number;
}

/** One generated content file: its front matter as the schema reads it, and its MDX body. */
export interface CorpusEntry<D> {
  /** Collection id, as the project derives it from the path: `<review>` or `<review>/<id>`. */
  id: string;
  /** Path relative to the content folder, e.g. `reviews/review-0001/findings/1-2.mdx`. */
  path: string;
  data: D;
  body: string;
}

export interface Corpus {
  reviews: CorpusEntry<z.input<typeof reviewSchema>>[];
  findings: CorpusEntry<z.input<typeof findingSchema>>[];
  causes: CorpusEntry<z.input<typeof causeSchema>>[];
  measures: CorpusEntry<z.input<typeof measureSchema>>[];
  /** Characters of entry text (finding, cause and measure paragraphs). */
  characters: number;
}

/** The shape of one review: findings per area, number of causes and of measures. */
export interface ReviewShape {
  areas: number[];
  causes: number;
  measures: number;
}

/**
 * Paragraph lengths in characters, as measured on the seed review: findings 247–553, causes
 * 140–214, measures 171–273, preface 149.
 */
const LENGTH = {
  finding: [240, 560],
  cause: [140, 220],
  measure: [170, 280],
  preface: [120, 200],
  closing: [30, 80],
} as const satisfies Record<string, readonly [number, number]>;

const UNITS = [
  '民政局',
  '财政局',
  '教育局',
  '卫生健康局',
  '交通运输局',
  '农业农村局',
  '自然资源局',
  '住房和城乡建设局',
  '人力资源和社会保障局',
  '市场监督管理局',
  '文化和旅游局',
  '应急管理局',
  '生态环境局',
  '水利局',
  '审计局',
  '统计局',
];
const PLACES = ['XX县', 'XX市', 'XX区', 'YY县', 'ZZ市'];
const ROLES = ['局党组书记、局长', '局党组成员、副局长', '局党组成员、纪检组长', '局长'];

/** Draws the shape of a full-size review: 3 areas of 2–4 findings, 3–5 causes, 3–5 measures. */
export function drawShape(random: Random): ReviewShape {
  return {
    areas: [random.int(2, 4), random.int(2, 4), random.int(2, 4)],
    causes: random.int(3, 5),
    measures: random.int(3, 5),
  };
}

/** The number of entries of a review of this shape. */
export function shapeSize(shape: ReviewShape): number {
  return shape.areas.reduce((a, b) => a + b, 0) + shape.causes + shape.measures;
}

/**
 * A smaller review of exactly `size` entries in the seed's proportions (9 : 4 : 4), for the last
 * review when the requested count is not a sum of full reviews.
 */
export function shapeOfSize(size: number): ReviewShape {
  const findings = Math.max(1, Math.round((size * 9) / 17));
  const causes = Math.round((size - findings) / 2);
  const measures = size - findings - causes;
  const areaCount = Math.min(3, findings);
  const areas = Array.from(
    { length: areaCount },
    (_, i) => Math.floor(findings / areaCount) + (i < findings % areaCount ? 1 : 0),
  );
  return { areas, causes, measures };
}

/** Generates the corpus: review folders with review.mdx, findings/, causes/ and measures/. */
export function generateCorpus({ entries, clauses, seed = 1 }: CorpusOptions): Corpus {
  if (!Number.isInteger(entries) || entries < 1) {
    throw new RangeError(`generateCorpus: entries must be a positive integer, got ${entries}`);
  }
  const random = createRandom(seed);
  const text = textMaker(random, clauses);
  const corpus: Corpus = { reviews: [], findings: [], causes: [], measures: [], characters: 0 };
  const width = Math.max(4, String(Math.ceil(entries / 17)).length);
  let remaining = entries;
  while (remaining > 0) {
    let shape = drawShape(random);
    if (shapeSize(shape) > remaining) shape = shapeOfSize(remaining);
    const slug = `review-${String(corpus.reviews.length + 1).padStart(width, '0')}`;
    addReview(corpus, slug, shape, random, text);
    remaining -= shapeSize(shape);
  }
  return corpus;
}

function addReview(
  corpus: Corpus,
  review: string,
  shape: ReviewShape,
  random: Random,
  text: TextMaker,
): void {
  const folder = `reviews/${review}`;
  const place = random.pick(PLACES);
  const organization = `${place}${random.pick(UNITS)}`;
  const role = random.pick(ROLES);
  const year = random.int(2019, 2025);
  corpus.reviews.push({
    id: review,
    path: `${folder}/review.mdx`,
    data: {
      title: `${organization}${role.replace(/^局/, '')}巡察整改专题民主生活会对照检查材料`,
      organization,
      role,
      meeting: '巡察整改专题民主生活会',
      date: `${year}-${pad2(random.int(1, 12))}-${pad2(random.int(1, 28))}`,
      basis: [
        {
          number: `城巡办发〔${year}〕${random.int(1, 60)}号`,
          title: `关于印发${place}委第${chineseNumeral(random.int(1, 6))}巡察组<关于巡察${organization}党组的反馈意见>的通知`,
        },
      ],
      areas: shape.areas.map((_, i) => `（${chineseNumeral(i + 1)}）${text.headline()}方面。`),
    },
    body: toMdx([
      paragraphNode(text.paragraph('', LENGTH.preface)),
      headingNode('一、存在的主要问题'),
      partPlaceholderNode('finding'),
      headingNode('二、产生问题的原因分析'),
      paragraphNode('通过认真剖析，我深刻认识到，查摆出来的这些问题，主要还是根源于以下几个方面：'),
      partPlaceholderNode('cause'),
      headingNode('三、下一步努力方向和整改措施'),
      partPlaceholderNode('measure'),
      ...(random.next() < 0.5 ? [paragraphNode(text.paragraph('', LENGTH.closing))] : []),
    ]),
  });

  const causeIds = Array.from({ length: shape.causes }, (_, i) => i + 1);
  const measureIds = Array.from({ length: shape.measures }, (_, i) => i + 1);
  const entry = (kind: keyof typeof KIND_FOLDERS, id: string, paragraph: string) => {
    corpus.characters += paragraph.length;
    return {
      id: `${review}/${id}`,
      path: `${folder}/${KIND_FOLDERS[kind]}/${id}.mdx`,
      body: toMdx([paragraphNode(paragraph)]),
    };
  };
  shape.areas.forEach((count, a) => {
    for (let order = 1; order <= count; order++) {
      const title = text.headline();
      const paragraph = text.paragraph(`${chineseNumeral(order)}是${title}。`, LENGTH.finding);
      corpus.findings.push({
        ...entry('finding', `${a + 1}-${order}`, paragraph),
        data: {
          area: a + 1,
          order,
          title,
          causes: random.sample(causeIds, random.int(1, 2)),
          measures: random.sample(measureIds, random.int(1, 2)),
        },
      });
    }
  });
  for (const order of causeIds) {
    const title = text.headline();
    const paragraph = text.paragraph(`（${chineseNumeral(order)}）${title}。`, LENGTH.cause);
    corpus.causes.push({ ...entry('cause', String(order), paragraph), data: { order, title } });
  }
  for (const order of measureIds) {
    const title = text.headline();
    const paragraph = text.paragraph(`（${chineseNumeral(order)}）${title}。`, LENGTH.measure);
    corpus.measures.push({ ...entry('measure', String(order), paragraph), data: { order, title } });
  }
}

/** The number of findings, causes and measures. */
export function entryCount(corpus: Corpus): number {
  return corpus.findings.length + corpus.causes.length + corpus.measures.length;
}

/** A generated file as written to disk. */
export interface CorpusFile {
  path: string;
  content: string;
}

/** The corpus as MDX files with YAML front matter. */
export function corpusFiles(corpus: Corpus): CorpusFile[] {
  const { reviews, findings, causes, measures } = corpus;
  return [...reviews, ...findings, ...causes, ...measures].map((entry) => ({
    path: entry.path,
    content: mdxFile(frontMatterDocument(entry.data), entry.body),
  }));
}

interface TextMaker {
  /** A headline of one or two clauses, without final punctuation. */
  headline(): string;
  /** `opening` followed by sentences until the paragraph is within `length` characters. */
  paragraph(opening: string, length: readonly [number, number]): string;
}

function textMaker(random: Random, clauses: ClausePool): TextMaker {
  const sentence = () => {
    const parts = Array.from({ length: random.int(1, 4) }, () => random.pick(clauses.body));
    return parts.join('').replace(/[，；：]$/, '') + (/[。！？]$/.test(parts.at(-1)!) ? '' : '。');
  };
  return {
    headline: () => {
      const parts = Array.from({ length: random.int(1, 2) }, () =>
        random.pick(clauses.headline).replace(/[，；：。！？]$/, ''),
      );
      return parts.join('，');
    },
    paragraph: (opening, [min, max]) => {
      const target = random.int(min, max);
      let paragraph = opening;
      while (paragraph.length < target) {
        const next = sentence();
        // Stop short rather than overshoot, once the paragraph is long enough.
        if (paragraph.length >= min && paragraph.length + next.length > max) break;
        paragraph += next;
      }
      return paragraph;
    },
  };
}

function pad2(n: number): string {
  return String(n).padStart(2, '0');
}
