/**
 * The rectification numbers of an inspection, against the fictional example (examples/shili),
 * counted by hand from its files: xc-2023-shili has 6 problems; two reviews answer it with
 * 4 + 2 measures. Measures: 局长 1 已完成, 2 推进中 (due 2024-06-30), 3 已销号, 4 已完成;
 * 副局长 1 推进中 (due 2024-03-31), 2 申请延期 (to 2025-06-30). Problem 6 is answered by no one.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { indexContentFolder } from '../../../scripts/shared/content-folder.ts';
import { inspectionProgress } from '../../../src/inspections/progress.ts';
import type { SiteIndex } from '../../../src/relations/nodes.ts';
import { parseIsoDate } from '../../../src/text/dates.ts';

let site: SiteIndex;
beforeAll(async () => {
  site = await indexContentFolder('examples/shili');
});

const on = (day: string) => parseIsoDate(day)!;

describe('the progress of an inspection', () => {
  it('counts every measure of the reviews that answer it, done, under way and overdue', () => {
    const inspection = site.inspectionById.get('xc-2023-shili')!;
    expect(inspection.reviews.map((r) => r.id).sort()).toEqual([
      'shili-fujuzhang-2023',
      'shili-juzhang-2023',
    ]);
    const late = inspectionProgress(inspection, on('2026-12-06'));
    expect(late.counts).toEqual({ total: 6, done: 3, overdue: 3, underway: 0 });
    expect(late.rate).toBe('50.0%');
    const early = inspectionProgress(inspection, on('2024-01-01'));
    expect(early.counts).toEqual({ total: 6, done: 3, overdue: 0, underway: 3 });
  });

  it('groups each problem’s findings by review, with their measures once each', () => {
    const progress = inspectionProgress(
      site.inspectionById.get('xc-2023-shili')!,
      on('2026-12-06'),
    );
    const two = progress.problems.find((p) => p.problem.id === '2')!;
    expect(two.answers.map((a) => [a.review.id, a.findings.map((f) => f.id)])).toEqual(
      expect.arrayContaining([
        ['shili-juzhang-2023', ['1-2']],
        ['shili-fujuzhang-2023', ['1-1']],
      ]),
    );
    expect(two.counts).toEqual({ total: 2, done: 0, overdue: 2, underway: 0 });
    const four = progress.problems.find((p) => p.problem.id === '4')!;
    expect(four.measures.map((m) => m.id)).toEqual(['3', '4']);
    expect(four.allDone).toBe(true);
  });

  it('flags the problems no review answers, and those whose measures are all done', () => {
    const progress = inspectionProgress(
      site.inspectionById.get('xc-2023-shili')!,
      on('2026-12-06'),
    );
    expect(progress.unanswered.map((p) => p.problem.id)).toEqual(['6']);
    expect(progress.allDone.map((p) => p.problem.id)).toEqual(['1', '3', '4']);
    expect(progress.byCategory.map((c) => c.problems.map((p) => p.problem.id))).toEqual([
      ['1', '2'],
      ['3', '4'],
      ['5', '6'],
    ]);
  });
});

describe('the example’s second round (回头看)', () => {
  it('links the later inspection to the earlier one, and a recurring problem both ways', () => {
    const later = site.inspectionById.get('xc-2025-shili')!;
    const earlier = site.inspectionById.get('xc-2023-shili')!;
    expect(later.follows).toBe(earlier);
    expect(earlier.followedBy).toEqual([later]);
    const first = later.problems.find((p) => p.id === '1')!;
    expect(first.recurs.map((p) => `${p.inspection}/${p.id}`)).toEqual(['xc-2023-shili/1']);
    expect(earlier.problems.find((p) => p.id === '1')!.recurredBy).toEqual([first]);
  });

  it('links a finding to the same finding of an earlier review, both ways', () => {
    const finding = site.reviewById.get('shili-juzhang-2025')!.findings[0]!;
    const earlier = site.reviewById.get('shili-juzhang-2023')!.findings[0]!;
    expect(finding.recurs).toEqual([earlier]);
    expect(earlier.recurredBy).toEqual([finding]);
    expect(finding.feedback.map((p) => p.id)).toEqual(['1']);
  });
});
