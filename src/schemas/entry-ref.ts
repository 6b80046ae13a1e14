import { z } from 'astro/zod';
import { ID_SEGMENT } from '../model/kinds.ts';

/** An id as YAML may hand it over: `1-2` as text, `3` as a number (what people type). */
export const idTextSchema = z
  .union([z.number().int().positive(), z.string().trim().min(1)])
  .transform(String);

/**
 * A relation from a finding to a cause or measure of the same review, written as the target's id:
 * its file name without extension (`3` for `causes/3.mdx`). YAML numbers are accepted because
 * `causes: [1, 3]` is what people type. `other-review/3` parses too, so that a relation to
 * another review is reported as exactly that instead of as an unknown id.
 */
export const entryRefSchema = idTextSchema.pipe(
  z
    .string()
    .regex(
      new RegExp(`^(?:${ID_SEGMENT}/)?${ID_SEGMENT}$`),
      '应是条目编号，即文件名去掉 .mdx，如 3 或 1-2（小写英文字母、数字和连字符）',
    ),
);

/** The list of relations of one kind; empty until someone links the entries. */
export const entryRefListSchema = z.array(entryRefSchema).default([]);

export type EntryRef = z.output<typeof entryRefSchema>;
