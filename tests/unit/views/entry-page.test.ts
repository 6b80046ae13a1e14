import { describe, expect, it } from 'vitest';
import { buildSiteIndex } from '../../../src/relations/build.ts';
import { entryPageViews } from '../../../src/views/entry-page.ts';
import { source } from './site.ts';

const TODAY = new Date('2024-06-30');
const review = buildSiteIndex(source()).reviewById.get('r')!;
const views = new Map(entryPageViews(review, TODAY).map((view) => [view.path, view]));

describe('entryPageViews', () => {
  it('makes one view per entry, in the order of the document', () => {
    expect([...views.keys()]).toEqual(review.entries.map((node) => node.path));
  });

  it('holds the text as rendered, and a description cut from its words', () => {
    const view = views.get('/r/findings/1-2/')!;
    expect(view.html).toBe('<p>问题1-2的原文。</p>');
    expect(view.description).toBe('《材料 r》问题（一）之二：问题1-2的原文。');
    expect(view.citation).toBe('《材料 r》问题（一）之二“问题1-2”');
  });

  it('names a finding’s area, and only a finding’s', () => {
    expect(views.get('/r/findings/2-1/')!.area).toEqual({ number: 2, heading: '（二）乙方面' });
    expect(views.get('/r/causes/1/')!.area).toBeNull();
  });

  it('lists the related entries in groups, as links', () => {
    expect(views.get('/r/causes/2/')!.groups).toEqual([
      {
        heading: '由此导致的问题',
        empty: '尚未关联问题。',
        links: [
          { kind: 'finding', label: '问题（一）之一', title: '问题1-1', path: '/r/findings/1-1/' },
          { kind: 'finding', label: '问题（一）之二', title: '问题1-2', path: '/r/findings/1-2/' },
        ],
      },
      {
        heading: '相应的整改措施',
        empty: '所关联的问题尚无整改措施。',
        links: [
          {
            ...{ kind: 'measure', label: '措施（一）', title: 'measures1', path: '/r/measures/1/' },
            status: { status: '推进中', light: '正常', days: null, due: null },
          },
          {
            ...{ kind: 'measure', label: '措施（二）', title: 'measures2', path: '/r/measures/2/' },
            status: { status: '推进中', light: '逾期', days: 30, due: '2024-05-31' },
          },
        ],
      },
    ]);
  });

  it('gives a finding’s measures their status and light on the build date, not its causes', () => {
    const [causes, measures] = views.get('/r/findings/1-2/')!.groups;
    expect(causes!.links.map((link) => link.status)).toEqual([undefined]);
    expect(measures!.links.map((link) => link.status)).toEqual([
      { status: '推进中', light: '逾期', days: 30, due: '2024-05-31' },
    ]);
    const later = entryPageViews(review, new Date('2024-07-10'));
    expect(
      later.find((view) => view.path === '/r/findings/1-2/')!.groups[1]!.links[0]!.status,
    ).toMatchObject({ light: '逾期', days: 40 });
  });

  it('links the entries before and after it in the document', () => {
    const view = views.get('/r/findings/1-1/')!;
    expect(view.prev).toBeNull();
    expect(view.next?.path).toBe('/r/findings/1-2/');
    expect(views.get('/r/causes/1/')!.prev?.path).toBe('/r/findings/2-1/');
  });

  it('gives a measure its ledger row, on the build date, and its reports oldest first', () => {
    const ledger = views.get('/r/measures/2/')!.ledger!;
    expect(ledger.row).toMatchObject({ status: '推进中', overdue: true });
    expect(views.get('/r/measures/1/')!.ledger!.progress).toEqual([
      { date: '2024-04-10', note: '第一次。', evidence: 'http://oa.example.gov.cn/a.pdf' },
      { date: '2024-04-20', note: '第二次。', evidence: null },
    ]);
    expect(views.get('/r/causes/1/')!.ledger).toBeNull();
  });

  it('is plain data: it reads back from JSON as it was, but for dates', () => {
    for (const path of ['/r/findings/1-1/', '/r/findings/1-2/', '/r/causes/2/']) {
      const view = views.get(path)!;
      expect(JSON.parse(JSON.stringify(view))).toEqual(view);
    }
  });
});
