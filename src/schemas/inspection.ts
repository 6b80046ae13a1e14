import { z } from 'astro/zod';
import { ID_PATTERN } from '../model/kinds.ts';
import { areaSchema } from './area.ts';
import { dateSchema } from './date.ts';

/** An inspection's folder name, as another file names it (`follows`, a review's `inspection`). */
export const inspectionRefSchema = z
  .string()
  .trim()
  .regex(ID_PATTERN, '应是巡察文件夹名（content/inspections/ 下的文件夹，如 xc-2023-shili）');

/**
 * Front matter of `content/inspections/<inspection>/inspection.mdx`: the feedback (反馈意见) an
 * inspection team handed a unit. Its body is the document's own text, with `<Problems />` where
 * the numbered list of problems stands.
 */
export const inspectionSchema = z.strictObject({
  /** The feedback's title exactly as written, e.g. 关于巡察县民政局党组的反馈意见. */
  title: z.string().trim().min(1),
  /** The inspection team, e.g. 县委第一巡察组. */
  team: z.string().trim().min(1),
  /** The party organisation inspected, e.g. 县民政局党组. */
  unit: z.string().trim().min(1),
  /** The document number as printed, e.g. 城巡办发〔2023〕21号; left out when there is none. */
  number: z.string().trim().min(1).optional(),
  /** The first and last day the team was stationed at the unit (巡察进驻), when known. */
  inspectedFrom: dateSchema.optional(),
  inspectedTo: dateSchema.optional(),
  /** The day the feedback was handed over (反馈日期), when known. */
  feedbackOn: dateSchema.optional(),
  /**
   * The categories (方面) of the problem list in order, each its heading verbatim (e.g.
   * （一）贯彻落实党的路线方针政策方面), or with its lead-in like a review's areas. A problem's
   * `category` is a 1-based index into this list.
   */
  categories: z.array(areaSchema).min(1),
  /** The earlier inspection of the same unit this one re-examines (回头看), by its folder name. */
  follows: inspectionRefSchema.optional(),
});

export type InspectionData = z.output<typeof inspectionSchema>;

/** Keys an inspection uses in a sense of its own: `unit` is a measure's 责任单位 everywhere else. */
export const INSPECTION_FIELD_NAMES = {
  unit: { name: '被巡察单位', example: 'unit: 县民政局党组' },
} as const;
