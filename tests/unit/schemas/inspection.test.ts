import { describe, expect, it } from 'vitest';
import { checkContentText, checkSchema } from '../../../src/loaders/content-file.ts';
import { inspectionSchema } from '../../../src/schemas/inspection.ts';
import { measureSchema } from '../../../src/schemas/measure.ts';
import { problemSchema } from '../../../src/schemas/problem.ts';

/** The problems the schema finds in a file's text, as messages print them. */
function problems(schema: Parameters<typeof checkSchema>[0], text: string): string[] {
  const read = checkContentText(text, 'x.mdx');
  if ('problems' in read) throw new Error('unreadable front matter');
  const checked = checkSchema(schema, read.read.frontMatter, 'x.mdx');
  return 'problems' in checked
    ? checked.problems.map((p) => `${p.line ?? '-'} ${p.field}：${p.message}｜${p.hint}`)
    : [];
}

describe('an inspection’s front matter', () => {
  it('names its unit 被巡察单位, where a measure’s unit is its 责任单位', () => {
    const inspection = problems(
      inspectionSchema,
      '---\ntitle: 反馈意见\nteam: 巡察组\nunit: 3\ncategories: [（一）方面]\n---\n正文\n',
    );
    expect(inspection).toEqual([expect.stringContaining('4 unit：被巡察单位（unit）')]);
    expect(inspection[0]).toContain('unit: 县民政局党组');
    const measure = problems(measureSchema, '---\norder: 1\ntitle: 措施\nunit: 3\n---\n正文\n');
    expect(measure).toEqual([expect.stringContaining('4 unit：责任单位（unit）')]);
  });

  it('refuses a follows that is no folder name, and a problem’s recurs without its inspection', () => {
    expect(
      problems(
        inspectionSchema,
        '---\ntitle: 反馈意见\nteam: 巡察组\nunit: 单位\ncategories: [（一）方面]\nfollows: 上一轮\n---\n',
      ),
    ).toEqual([expect.stringContaining('6 follows：上一轮巡察（follows）应是巡察文件夹名')]);
    expect(
      problems(problemSchema, '---\ncategory: 1\norder: 1\ntitle: 问题\nrecurs: [3]\n---\n'),
    ).toEqual([
      expect.stringContaining(
        'recurs[0]：以前出现过的同一问题（recurs）应写作“巡察文件夹名/问题编号”',
      ),
    ]);
  });
});
