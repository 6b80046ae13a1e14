import { z } from 'astro/zod';

/**
 * An area of the findings part whose paragraph holds more than its heading, or which has text of
 * its own before its first finding. Everything is verbatim: `heading` and `lead` put together are
 * the heading's paragraph as the document has it.
 */
export const areaWithTextSchema = z.strictObject({
  /** The heading: the first clause of its paragraph, numbering included, e.g. （一）关于班子建设方面. */
  heading: z.string().trim().min(1),
  /**
   * The rest of the heading's paragraph, from the character after the heading, e.g.
   * ，主要是作用发挥还不够：……发现以下问题. Not trimmed: it is published right after the heading.
   */
  lead: z.string().min(1).optional(),
  /** The paragraphs between the heading's paragraph and the area's first finding (a summary). */
  paragraphs: z.array(z.string().trim().min(1)).default([]),
});

/**
 * An entry of a review's `areas`: the heading alone, verbatim (e.g. （一）用新思想引领…方面。), when
 * its paragraph is nothing but the heading; or the heading with the text that goes with it.
 */
export const areaSchema = z.union([z.string().trim().min(1), areaWithTextSchema]);

export type AreaData = z.output<typeof areaSchema>;
export type AreaWithText = z.output<typeof areaWithTextSchema>;
