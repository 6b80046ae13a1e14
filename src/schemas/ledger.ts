import { z } from 'astro/zod';
import { buildDate, formatIsoDate } from '../text/dates.ts';
import { RECTIFICATION_MODES, RECTIFICATION_STATUSES } from '../ledger/terms.ts';
import { dateSchema } from './date.ts';
import { linkSchema } from './link.ts';

/** One dated report of progress on a measure. */
export const progressEntrySchema = z.strictObject({
  /** The day the progress was made or reported (YYYY-MM-DD). */
  date: dateSchema,
  /** What was done, in a sentence or two. */
  note: z.string().trim().min(1),
  /** Optional link to evidence: an http(s) address on the intranet or a path on this site. */
  evidence: linkSchema.optional(),
});

/**
 * The ledger (整改台账) fields of a measure. All optional: a review is published first and its
 * ledger filled in over the months of rectification; nothing is assumed for a field left out.
 */
export const ledgerFieldsSchema = z.object({
  /** 责任领导: the leader answerable for the measure. */
  leader: z.string().trim().min(1).optional(),
  /** 责任单位: the unit that carries it out. */
  unit: z.string().trim().min(1).optional(),
  /** 完成时限: the deadline (YYYY-MM-DD). */
  deadline: dateSchema.optional(),
  /** 整改方式: 立行立改, 限期整改 or 长期坚持. */
  mode: z.enum(RECTIFICATION_MODES).optional(),
  /** 整改状态: 未启动, 推进中, 已完成, 已销号 or 申请延期. */
  status: z.enum(RECTIFICATION_STATUSES).optional(),
  /** 整改进展: dated reports, in any order (shown by date). */
  progress: z.array(progressEntrySchema).default([]),
  /** 销号日期: the day the measure was closed out; required once the status is 已销号. */
  closedOn: dateSchema.optional(),
});

/** A measure's ledger fields, as the schema gives them to pages and commands. */
export type LedgerFields = z.output<typeof ledgerFieldsSchema>;

/**
 * Checks between ledger fields: 已销号 needs its date, and progress cannot be reported for days
 * after the build (a typo in the year, usually).
 */
export function checkLedger(fields: LedgerFields, ctx: z.RefinementCtx): void {
  if (fields.status === '已销号' && !fields.closedOn) {
    ctx.addIssue({
      code: 'custom',
      path: ['closedOn'],
      message: '在整改状态为“已销号”时必须填写：加上销号的日期，如 closedOn: 2024-06-30',
    });
  }
  const today = buildDate();
  fields.progress.forEach((entry, i) => {
    if (entry.date.getTime() > today.getTime()) {
      ctx.addIssue({
        code: 'custom',
        path: ['progress', i, 'date'],
        message: `${formatIsoDate(entry.date)} 晚于生成网站的日期 ${formatIsoDate(today)}：进展不能提前填报（多半是年份写错了）`,
      });
    }
  });
}

export type ProgressEntry = z.output<typeof progressEntrySchema>;
