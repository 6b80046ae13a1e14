/**
 * The files of an inspection as the importer creates them from a feedback's outline: inspection.mdx
 * with the facts and categories in its front matter and the feedback's own text as its body, and
 * one problems/<n>.mdx per problem with its text verbatim. Nothing the document does not state is
 * filled in: `follows` and a problem's `recurs` are for people to write.
 */
import type { RootContent } from 'mdast';
import type { MdxJsxFlowElement } from 'mdast-util-mdx';
import type { z } from 'astro/zod';
import { INSPECTION_FILE, PROBLEMS_FOLDER } from '../../../src/model/entry-paths.ts';
import { PROBLEMS_PLACEHOLDER } from '../../../src/model/kinds.ts';
import type { inspectionSchema } from '../../../src/schemas/inspection.ts';
import type { problemSchema } from '../../../src/schemas/problem.ts';
import { headingNode, paragraphNode, toMdx } from '../../shared/mdx.ts';
import type { FeedbackFacts } from './facts.ts';
import type { FeedbackCategory, FeedbackOutline } from './outline.ts';

/** Front matter as written to each kind of file (schema input: dates as YYYY-MM-DD text). */
export interface InspectionFrontMatter {
  inspection: z.input<typeof inspectionSchema>;
  problem: z.input<typeof problemSchema>;
}

export type InspectionFileKind = keyof InspectionFrontMatter;

/** One file of an inspection to be written. */
export interface GeneratedInspectionFile<K extends InspectionFileKind = InspectionFileKind> {
  kind: K;
  /** The problem's number (its file name); empty for inspection.mdx. */
  id: string;
  /** Path inside the inspection folder: `inspection.mdx`, `problems/3.mdx`. */
  path: string;
  data: InspectionFrontMatter[K];
  body: string;
}

export interface GeneratedInspection {
  inspection: GeneratedInspectionFile<'inspection'>;
  problems: GeneratedInspectionFile<'problem'>[];
}

/** The path of a problem's file inside its inspection folder. */
export const problemFilePath = (id: string) => `${PROBLEMS_FOLDER}/${id}.mdx`;

/** `<Problems />`: where the list of problems stands in the feedback's text. */
function problemsPlaceholderNode(): MdxJsxFlowElement {
  return { type: 'mdxJsxFlowElement', name: PROBLEMS_PLACEHOLDER, attributes: [], children: [] };
}

/** Builds every file of an inspection from the feedback's outline and facts. */
export function generateInspection(
  outline: FeedbackOutline,
  facts: FeedbackFacts,
): GeneratedInspection {
  const data: InspectionFrontMatter['inspection'] = {
    title: facts.title,
    team: facts.team,
    unit: facts.unit,
    ...(facts.number ? { number: facts.number } : {}),
    ...(facts.inspectedFrom ? { inspectedFrom: facts.inspectedFrom } : {}),
    ...(facts.inspectedTo ? { inspectedTo: facts.inspectedTo } : {}),
    ...(facts.feedbackOn ? { feedbackOn: facts.feedbackOn } : {}),
    categories: outline.categories.map(categoryData),
  };
  const body = outline.body.map((block): RootContent => {
    switch (block.type) {
      case 'paragraph':
        return paragraphNode(block.paragraph.text);
      case 'heading':
        return headingNode(block.paragraph.text);
      case 'problems':
        return problemsPlaceholderNode();
    }
  });
  return {
    inspection: { kind: 'inspection', id: '', path: INSPECTION_FILE, data, body: toMdx(body) },
    problems: outline.problems.map((problem) => ({
      kind: 'problem',
      id: problem.id,
      path: problemFilePath(problem.id),
      data: { category: problem.category, order: problem.order, title: problem.title },
      body: toMdx(problem.paragraphs.map((p) => paragraphNode(p.text))),
    })),
  };
}

/** A category as `categories` lists it: its heading alone, or with the text that stays with it. */
function categoryData(
  category: FeedbackCategory,
): InspectionFrontMatter['inspection']['categories'][number] {
  if (category.lead === undefined && category.paragraphs.length === 0) return category.heading;
  return {
    heading: category.heading,
    ...(category.lead !== undefined ? { lead: category.lead } : {}),
    ...(category.paragraphs.length > 0
      ? { paragraphs: category.paragraphs.map((p) => p.text) }
      : {}),
  };
}
