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
  /** 延期至: the day an extension runs to (YYYY-MM-DD); required under 申请延期. */
  extendedTo: dateSchema.optional(),
  /** 延期理由: why the measure was extended; required under 申请延期. */
  extensionReason: z.string().trim().min(1).optional(),
  /** 整改进展: dated reports, in any order (shown by date). */
  progress: z.array(progressEntrySchema).default([]),
  /** 销号日期: the day the measure was closed out; required once the status is 已销号. */
  closedOn: dateSchema.optional(),
});

/** A measure's ledger fields, as the schema gives them to pages and commands. */
export type LedgerFields = z.output<typeof ledgerFieldsSchema>;

/**
 * Checks between ledger fields: 已销号 needs its date, 申请延期 the day the extension runs to and
 * its reason, an extension must run past the deadline, and progress cannot be reported for days
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
  checkExtension(fields, ctx);
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

/**
 * An extension (申请延期) says to when and why: the light counts the days from 延期至 instead of
 * the deadline, and a supervisor reading the ledger asks why first. An extension to a day not
 * after the deadline extends nothing: the year or the month is mistyped.
 */
function checkExtension(fields: LedgerFields, ctx: z.RefinementCtx): void {
  const { status, deadline, extendedTo, extensionReason } = fields;
  if (status === '申请延期' && !extendedTo) {
    ctx.addIssue({
      code: 'custom',
      path: ['extendedTo'],
      message: '在整改状态为“申请延期”时必须填写：加上批准延期到的日期，如 extendedTo: 2024-09-30',
    });
  }
  // An empty reason is refused by its own schema already.
  if (status === '申请延期' && extensionReason === undefined) {
    ctx.addIssue({
      code: 'custom',
      path: ['extensionReason'],
      message:
        '在整改状态为“申请延期”时必须填写：用一句话写明为什么延期，如 extensionReason: 需待上级政策出台后实施',
    });
  }
  // Either may have failed its own check (the checks between fields run all the same).
  if (!(deadline instanceof Date) || !(extendedTo instanceof Date)) return;
  if (extendedTo.getTime() <= deadline.getTime()) {
    ctx.addIssue({
      code: 'custom',
      path: ['extendedTo'],
      message: `${formatIsoDate(extendedTo)} 不晚于完成时限 ${formatIsoDate(deadline)}：延期后的日期应在原来的完成时限之后（多半是年份或月份写错了）`,
    });
  }
}

export type ProgressEntry = z.output<typeof progressEntrySchema>;
