import { describe, expect, it } from 'vitest';
import { buildSiteIndex } from '../../../src/relations/build.ts';
import type { SiteSource, SourceEntries } from '../../../src/relations/nodes.ts';
import { pageKeys, type PageKeys } from '../../../src/relations/page-keys.ts';

type Source = SiteSource<SourceEntries>;

const review = (id: string, title = `材料 ${id}`) => ({
  id,
  filePath: `content/reviews/${id}/review.mdx`,
  body: '<Findings />\n\n<Causes />\n\n<Measures />',
  data: { title, organization: '单位', meeting: '会议', basis: [], areas: ['（一）甲方面'] },
});
const finding = (id: string, causes: string[], measures: string[], title = `问题${id}`) => ({
  id: `r/${id}`,
  filePath: `content/reviews/r/findings/${id}.mdx`,
  body: `问题${id}的原文。`,
  data: { area: 1, order: Number(id.split('-')[1]), title, causes, measures, aliases: [] },
});
const numbered = (folder: string, order: number, ledger: Record<string, unknown> = {}) => ({
  id: `r/${order}`,
  filePath: `content/reviews/r/${folder}/${order}.mdx`,
  body: `${folder} ${order} 的原文。`,
  data: { order, title: `${folder}${order}`, aliases: [], progress: [], ...ledger },
});

/** One review: 1-1 ← causes 1, 2 → measure 1; 1-2 ← cause 2 → measure 2 (due 2024-05-31). */
const source = (): Source => ({
  reviews: [review('r'), review('s')],
  findings: [finding('1-1', ['1', '2'], ['1']), finding('1-2', ['2'], ['2'])],
  causes: [numbered('causes', 1), numbered('causes', 2)],
  measures: [
    numbered('measures', 1, { status: '推进中' }),
    numbered('measures', 2, { deadline: new Date('2024-05-31'), status: '推进中' }),
  ],
});

const TODAY = new Date('2024-05-01');

function keyed(keys: PageKeys): Map<string, string> {
  const all = new Map<string, string>();
  for (const [node, key] of keys.entry) all.set(node.path, key);
  for (const [alias, key] of keys.alias) all.set(`alias ${alias.path}`, key);
  for (const page of ['fullText', 'map', 'mapStyles', 'ledger', 'ledgerExport'] as const) {
    for (const [review, key] of keys[page]) all.set(`${page} ${review.id}`, key);
  }
  return all;
}

/** The pages whose key differs between the site before and after `change`. */
function changedPages(change: (s: Source) => void, today = TODAY): string[] {
  const before = keyed(pageKeys(buildSiteIndex(source()), TODAY));
  const changed = source();
  change(changed);
  const after = keyed(pageKeys(buildSiteIndex(changed), today));
  return [...after].filter(([page, key]) => before.get(page) !== key).map(([page]) => page);
}

describe('pageKeys', () => {
  it('gives the same key to the same content', () => {
    expect(changedPages(() => {})).toEqual([]);
  });

  it('changes a measure’s page and the ledger when its status changes', () => {
    expect(
      changedPages((s) => {
        s.measures[0]!.data = { ...s.measures[0]!.data, status: '已完成' };
      }),
    ).toEqual(['/r/measures/1/', 'ledger r', 'ledgerExport r']);
  });

  it('changes both sides of a relation, the full text and the map when a finding’s causes change', () => {
    // Measure 1 lists the causes of the findings it answers; cause 1 still explains 1-1.
    expect(
      changedPages((s) => {
        s.findings[0]!.data = { ...s.findings[0]!.data, causes: ['1'] };
      }),
    ).toEqual(['/r/findings/1-1/', '/r/causes/2/', '/r/measures/1/', 'fullText r', 'map r']);
  });

  it('changes an entry’s page and the full text when a word of its text changes', () => {
    expect(
      changedPages((s) => {
        s.causes[1]!.body = 'causes 2 的新原文。';
      }),
    ).toEqual(['/r/causes/2/', 'fullText r']);
  });

  it('changes the pages that link to an entry when its title changes', () => {
    expect(
      changedPages((s) => {
        s.causes[0]!.data = { ...s.causes[0]!.data, title: '新标题' };
      }),
    ).toEqual([
      '/r/findings/1-1/',
      // The entry before cause 1 (next: cause 1), and the one after it (previous: cause 1).
      '/r/findings/1-2/',
      '/r/causes/1/',
      '/r/causes/2/',
      // Through finding 1-1.
      '/r/measures/1/',
      'fullText r',
      'map r',
    ]);
  });

  it('changes every page of a review, and only of that review, when its title changes', () => {
    const changed = changedPages((s) => {
      s.reviews[0]!.data = { ...s.reviews[0]!.data, title: '新材料' };
    });
    expect(changed).toContain('fullText r');
    expect(changed).toContain('ledgerExport r');
    expect(changed.filter((page) => page.startsWith('/r/'))).toHaveLength(6);
    expect(changed.filter((page) => page.endsWith(' s'))).toEqual([]);
    // The map's stylesheet holds the boxes' anchors only.
    expect(changed).not.toContain('mapStyles r');
  });

  it('changes an overdue measure’s page and the ledger on the day it falls overdue', () => {
    expect(changedPages(() => {}, new Date('2024-06-01'))).toEqual([
      '/r/measures/2/',
      'ledger r',
      'ledger s',
      'ledgerExport r',
    ]);
  });
});
