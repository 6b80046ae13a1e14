/**
 * A synthetic corpus in the project's content model, for measuring build cost at a size no real
 * site has yet. Every review is shaped like the seed review (about 9 findings in 3 areas, 4 causes,
 * 4 measures, with relations) and its paragraphs are as long as the seed's, recombined from the
 * seed's own clauses. The same options always give the same files.
 */
import { chineseNumeral } from '../labels';
import type { ClausePool } from './clauses';
import { createRandom, type Random } from './random';

export interface CorpusOptions {
  /** Findings, causes and measures in all; reviews are added until there are this many. */
  entries: number;
  /** The clauses the text is made of (see `clausePool`). */
  clauses: ClausePool;
  /** Seed of the generator; another seed gives another corpus of the same shape. */
  seed?: number;
}

/** One file of the corpus, with its path relative to the content folder (`reviews/…`). */
export interface CorpusFile {
  path: string;
  content: string;
}

export interface Corpus {
  files: CorpusFile[];
  reviews: number;
  findings: number;
  causes: number;
  measures: number;
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
 * review when the requested count is not a multiple of a review.
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
  const corpus: Corpus = {
    files: [],
    reviews: 0,
    findings: 0,
    causes: 0,
    measures: 0,
    characters: 0,
  };
  const reviewCount = Math.ceil(entries / 17);
  const width = Math.max(4, String(reviewCount).length);
  let remaining = entries;
  while (remaining > 0) {
    let shape = drawShape(random);
    if (shapeSize(shape) > remaining) shape = shapeOfSize(remaining);
    corpus.reviews += 1;
    const slug = `review-${String(corpus.reviews).padStart(width, '0')}`;
    addReview(corpus, `reviews/${slug}`, shape, random, text);
    remaining -= shapeSize(shape);
  }
  return corpus;
}

function addReview(
  corpus: Corpus,
  folder: string,
  shape: ReviewShape,
  random: Random,
  text: TextMaker,
): void {
  const add = (path: string, content: string) => corpus.files.push({ path, content });
  const causeIds = Array.from({ length: shape.causes }, (_, i) => i + 1);
  const measureIds = Array.from({ length: shape.measures }, (_, i) => i + 1);

  const place = random.pick(PLACES);
  const organization = `${place}${random.pick(UNITS)}`;
  const role = random.pick(ROLES);
  const year = random.int(2019, 2025);
  const date = `${year}-${pad2(random.int(1, 12))}-${pad2(random.int(1, 28))}`;
  const areas = shape.areas.map((_, i) => `（${chineseNumeral(i + 1)}）${text.headline()}方面。`);
  add(
    `${folder}/review.mdx`,
    [
      '---',
      `title: ${yaml(`${organization}${role.replace(/^局/, '')}巡察整改专题民主生活会对照检查材料`)}`,
      `organization: ${yaml(organization)}`,
      `role: ${yaml(role)}`,
      'meeting: 巡察整改专题民主生活会',
      `date: ${date}`,
      'basis:',
      `  - number: ${yaml(`城巡办发〔${year}〕${random.int(1, 60)}号`)}`,
      `    title: ${yaml(`关于印发${place}委第${chineseNumeral(random.int(1, 6))}巡察组<关于巡察${organization}党组的反馈意见>的通知`)}`,
      'areas:',
      ...areas.map((area) => `  - ${yaml(area)}`),
      '---',
      '',
      mdxText(text.paragraph('', LENGTH.preface)),
      '',
      '## 一、存在的主要问题',
      '',
      '<Findings />',
      '',
      '## 二、产生问题的原因分析',
      '',
      '通过认真剖析，我深刻认识到，查摆出来的这些问题，主要还是根源于以下几个方面：',
      '',
      '<Causes />',
      '',
      '## 三、下一步努力方向和整改措施',
      '',
      '<Measures />',
      '',
      ...(random.next() < 0.5 ? [mdxText(text.paragraph('', LENGTH.closing)), ''] : []),
    ].join('\n'),
  );

  shape.areas.forEach((count, a) => {
    for (let order = 1; order <= count; order++) {
      const title = text.headline();
      const body = text.paragraph(`${chineseNumeral(order)}是${title}。`, LENGTH.finding);
      const causes = random.sample(causeIds, random.int(1, 2));
      const measures = random.sample(measureIds, random.int(1, 2));
      add(
        `${folder}/findings/${a + 1}-${order}.mdx`,
        entryFile(
          [
            `area: ${a + 1}`,
            `order: ${order}`,
            `title: ${yaml(title)}`,
            `causes: [${causes.join(', ')}]`,
            `measures: [${measures.join(', ')}]`,
          ],
          body,
        ),
      );
      corpus.findings += 1;
      corpus.characters += body.length;
    }
  });
  for (const [kind, ids, length] of [
    ['causes', causeIds, LENGTH.cause],
    ['measures', measureIds, LENGTH.measure],
  ] as const) {
    for (const order of ids) {
      const title = text.headline();
      const body = text.paragraph(`（${chineseNumeral(order)}）${title}。`, length);
      add(
        `${folder}/${kind}/${order}.mdx`,
        entryFile([`order: ${order}`, `title: ${yaml(title)}`], body),
      );
      corpus[kind] += 1;
      corpus.characters += body.length;
    }
  }
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

function entryFile(frontmatter: string[], body: string): string {
  return ['---', ...frontmatter, '---', '', mdxText(body), ''].join('\n');
}

/** Text as MDX reads it literally: `<`, `{` and `}` would start a tag or an expression. */
function mdxText(text: string): string {
  return text.replace(/[<{}]/g, (ch) => `\\${ch}`);
}

/** A YAML double-quoted scalar; JSON's string syntax is a subset of it. */
function yaml(value: string): string {
  return JSON.stringify(value);
}

function pad2(n: number): string {
  return String(n).padStart(2, '0');
}
