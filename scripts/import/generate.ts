/**
 * The entries of a review as the importer creates them from an outline: front matter data in the
 * order people read it, and MDX bodies. Relations are left empty: the document does not state
 * them, so people fill them in.
 */
import type { RootContent } from 'mdast';
import type { z } from 'astro/zod';
import { entryFilePath, REVIEW_FILE } from '../../src/model/entry-paths.ts';
import type { causeSchema } from '../../src/schemas/cause.ts';
import type { findingSchema } from '../../src/schemas/finding.ts';
import type { measureSchema } from '../../src/schemas/measure.ts';
import type { reviewSchema } from '../../src/schemas/review.ts';
import { headingNode, paragraphNode, partPlaceholderNode, toMdx } from '../shared/mdx.ts';
import type { ReviewFacts } from './metadata.ts';
import type { Area, Item, Outline } from './outline.ts';

/** Front matter as written to each kind of file (schema input: dates as YYYY-MM-DD text). */
export interface FrontMatterByKind {
  review: z.input<typeof reviewSchema>;
  finding: z.input<typeof findingSchema>;
  cause: z.input<typeof causeSchema>;
  measure: z.input<typeof measureSchema>;
}

export type FileKind = keyof FrontMatterByKind;

/** One file of a review to be written. */
export interface GeneratedEntry<K extends FileKind = FileKind> {
  kind: K;
  /** Id within the review (`1-2`, `3`); empty for the review itself. */
  id: string;
  /** Path inside the review folder, e.g. `findings/1-2.mdx`. */
  path: string;
  data: FrontMatterByKind[K];
  /** The MDX body. */
  body: string;
}

export interface GeneratedReview {
  review: GeneratedEntry<'review'>;
  findings: GeneratedEntry<'finding'>[];
  causes: GeneratedEntry<'cause'>[];
  measures: GeneratedEntry<'measure'>[];
}

/** Builds every file of a review from its outline and facts. */
export function generateReview(outline: Outline, facts: ReviewFacts): GeneratedReview {
  const reviewData: FrontMatterByKind['review'] = {
    title: facts.title,
    organization: facts.organization,
    ...(facts.role ? { role: facts.role } : {}),
    meeting: facts.meeting,
    ...(facts.date ? { date: facts.date } : {}),
    ...(facts.basis.length > 0 ? { basis: facts.basis } : {}),
    areas: outline.areas.map(areaData),
  };
  const body = outline.body.map((block): RootContent => {
    switch (block.type) {
      case 'paragraph':
        return paragraphNode(block.paragraph.text);
      case 'heading':
        return headingNode(block.paragraph.text);
      case 'part':
        return partPlaceholderNode(block.kind);
    }
  });
  const itemBody = (item: Item) => toMdx(item.paragraphs.map((p) => paragraphNode(p.text)));
  const numbered = <K extends 'cause' | 'measure'>(kind: K, item: Item): GeneratedEntry<K> => ({
    kind,
    id: String(item.order),
    path: entryFilePath(kind, String(item.order)),
    data: { order: item.order, title: item.title },
    body: itemBody(item),
  });
  return {
    review: { kind: 'review', id: '', path: REVIEW_FILE, data: reviewData, body: toMdx(body) },
    findings: outline.findings.map((item) => {
      const id = `${item.area}-${item.order}`;
      return {
        kind: 'finding',
        id,
        path: entryFilePath('finding', id),
        data: {
          area: item.area,
          order: item.order,
          title: item.title,
          ...(item.continues ? { paragraph: 'continues' as const } : {}),
          causes: [],
          measures: [],
        },
        body: itemBody(item),
      };
    }),
    causes: outline.causes.map((item) => numbered('cause', item)),
    measures: outline.measures.map((item) => numbered('measure', item)),
  };
}

/** An area as `areas` lists it: its heading alone, or with the text that stays with it. */
function areaData(area: Area): FrontMatterByKind['review']['areas'][number] {
  if (area.lead === undefined && area.paragraphs.length === 0) return area.heading;
  return {
    heading: area.heading,
    ...(area.lead !== undefined ? { lead: area.lead } : {}),
    ...(area.paragraphs.length > 0 ? { paragraphs: area.paragraphs.map((p) => p.text) } : {}),
  };
}
