import { describe, expect, it } from 'vitest';
import { buildSiteIndex } from '../../../src/relations/build.ts';
import { notFoundData, notFoundJson } from '../../../src/views/not-found.ts';
import { source } from './site.ts';

const { reviews } = buildSiteIndex(source());

describe('notFoundData', () => {
  it('lists each review’s findings, causes and measures by id, label and title', () => {
    const data = notFoundData(reviews);
    const r = data.reviews.find((review) => review.id === 'r')!;
    expect(r.title).toBe('材料 r');
    expect(r.entries.finding).toEqual([
      ['1-1', '问题（一）之一', '问题1-1'],
      ['1-2', '问题（一）之二', '问题1-2'],
      ['2-1', '问题（二）之一', '问题2-1'],
    ]);
    expect(r.entries.measure.map(([id, label]) => `${id} ${label}`)).toEqual([
      '1 措施（一）',
      '2 措施（二）',
    ]);
    expect(data.reviews.find((review) => review.id === 's')!.entries.cause).toEqual([]);
  });
});

describe('notFoundJson', () => {
  it('is the data as JSON that no `</script>` in a title can end early', () => {
    const data = {
      reviews: [
        { id: 'r', title: '关于</script>的通知', entries: { finding: [], cause: [], measure: [] } },
      ],
    };
    const json = notFoundJson(data);
    expect(json).not.toContain('<');
    expect(JSON.parse(json)).toEqual(data);
  });
});
