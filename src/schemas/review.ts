import { z } from 'astro/zod';
import { areaSchema } from './area.ts';
import { dateSchema } from './date.ts';
import { inspectionRefSchema } from './inspection.ts';

/** A document the review answers, e.g. the notice that forwarded the inspection feedback. */
export const basisDocumentSchema = z.strictObject({
  /** The document number exactly as printed, e.g. 城巡办发〔2023〕21号. */
  number: z.string().trim().min(1),
  /** The document title as cited in the review, without the 《》. */
  title: z.string().trim().min(1).optional(),
});

/** Front matter of `content/reviews/<review>/review.mdx`; its body holds the document's own text. */
export const reviewSchema = z.strictObject({
  /** The document title exactly as written, e.g. XX县民政局长巡察整改专题民主生活会对照检查材料. */
  title: z.string().trim().min(1),
  /** The unit the review belongs to, e.g. XX县民政局. */
  organization: z.string().trim().min(1),
  /** Name of the person who wrote the review; left out when the document does not say. */
  author: z.string().trim().min(1).optional(),
  /** Post of the author as the document states it, e.g. 局党组书记、局长. */
  role: z.string().trim().min(1).optional(),
  /** The meeting the review was written for, e.g. 巡察整改专题民主生活会. */
  meeting: z.string().trim().min(1),
  /** Date of the document or the meeting (YYYY-MM-DD); left out when the document does not say. */
  date: dateSchema.optional(),
  /** Documents the review answers, in the order the document cites them. */
  basis: z.array(basisDocumentSchema).default([]),
  /**
   * The areas of the findings part in order: each its heading verbatim, numbering included (e.g.
   * （一）用新思想引领推动民政工作…方面。), or the heading with its lead-in and summary text
   * (`heading`, `lead`, `paragraphs`). A finding's `area` is a 1-based index into this list.
   */
  areas: z.array(areaSchema).min(1),
  /**
   * The inspection whose feedback this review answers, by its folder under content/inspections/;
   * its findings then say which of the feedback's problems they answer (`feedback`).
   */
  inspection: inspectionRefSchema.optional(),
});

export type ReviewData = z.output<typeof reviewSchema>;
export type BasisDocument = z.output<typeof basisDocumentSchema>;
