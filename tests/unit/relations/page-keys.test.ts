/**
 * Which pages' keys an edit changes, each page keyed by the digest of its view model as the pages
 * key themselves (src/pages/, through relations/site.ts). tests/build/rebuild*.test.ts check the
 * same on real builds, against a build from scratch.
 */
import { describe, expect, it } from 'vitest';
import { buildSiteIndex } from '../../../src/relations/build.ts';
import type { SiteIndex } from '../../../src/relations/nodes.ts';
import { pageKey } from '../../../src/relations/page-keys.ts';
import { aliasPageView } from '../../../src/views/alias-page.ts';
import { entryPageViews } from '../../../src/views/entry-page.ts';
import { fullTextView } from '../../../src/views/full-text.ts';
import { ledgerExportView } from '../../../src/views/ledger-export.ts';
import { ledgerView } from '../../../src/views/ledger.ts';
import { mapStylesView } from '../../../src/views/map-styles.ts';
import { relationMapView } from '../../../src/views/relation-map.ts';
import { source, text, type Source } from '../views/site.ts';

const TODAY = new Date('2024-05-01');

/** Every page made per entry, alias and review, with its key. */
function keyed(index: SiteIndex, today: Date): Map<string, string> {
  const all = new Map<string, string>();
  for (const review of index.reviews) {
    const entryViews = entryPageViews(review, today);
    review.entries.forEach((node, i) => {
      all.set(node.path, pageKey(entryViews[i]));
      for (const alias of node.aliases) {
        all.set(`alias ${alias.path}`, pageKey(aliasPageView(alias, node, review.title)));
      }
    });
    all.set(`fullText ${review.id}`, pageKey(fullTextView(review, today)));
    all.set(`map ${review.id}`, pageKey(relationMapView(review, today)));
    all.set(`mapStyles ${review.id}`, pageKey(mapStylesView(review)));
    all.set(`ledger ${review.id}`, pageKey(ledgerView(review, today)));
    all.set(`ledgerExport ${review.id}`, pageKey(ledgerExportView(review, today)));
  }
  return all;
}

/** The pages whose key differs between the site before and after `change`, and new pages. */
function changedPages(change: (s: Source) => void, today = TODAY): string[] {
  const before = keyed(buildSiteIndex(source()), TODAY);
  const changed = source();
  change(changed);
  const after = keyed(buildSiteIndex(changed), today);
  return [...after].filter(([page, key]) => before.get(page) !== key).map(([page]) => page);
}

describe('page keys', () => {
  it('are the same for the same content', () => {
    expect(changedPages(() => {})).toEqual([]);
  });

  it('change for a measure’s page, the pages that show its status and the ledger when its status changes', () => {
    expect(
      changedPages((s) => {
        s.measures[0]!.data = { ...s.measures[0]!.data, status: '已完成' };
      }),
    ).toEqual([
      // The finding it answers, and the causes of that finding, list it with its status.
      '/r/findings/1-1/',
      '/r/causes/1/',
      '/r/causes/2/',
      '/r/measures/1/',
      'fullText r',
      'map r',
      'ledger r',
      'ledgerExport r',
    ]);
  });

  it('change for both sides of a relation, the full text and the map when a finding’s causes change', () => {
    // Measure 1 lists the causes of the findings it answers; cause 1 still explains 1-1.
    expect(
      changedPages((s) => {
        s.findings[0]!.data = { ...s.findings[0]!.data, causes: ['1'] };
      }),
    ).toEqual(['/r/findings/1-1/', '/r/causes/2/', '/r/measures/1/', 'fullText r', 'map r']);
  });

  it('change for an entry’s page and the full text when a word of its text changes', () => {
    expect(
      changedPages((s) => {
        Object.assign(s.causes[1]!, text('causes 2 的新原文。'));
      }),
    ).toEqual(['/r/causes/2/', 'fullText r']);
  });

  it('change for the pages that link to an entry when its title changes', () => {
    expect(
      changedPages((s) => {
        s.causes[0]!.data = { ...s.causes[0]!.data, title: '新标题' };
      }),
    ).toEqual([
      '/r/findings/1-1/',
      // The entry before cause 1 (next: cause 1), cause 1, and the one after it (previous).
      '/r/findings/2-1/',
      '/r/causes/1/',
      '/r/causes/2/',
      // Through finding 1-1.
      '/r/measures/1/',
      'fullText r',
      'map r',
    ]);
  });

  it('change for the findings of an area and the full text when its heading changes', () => {
    expect(
      changedPages((s) => {
        s.reviews[0]!.data = {
          ...s.reviews[0]!.data,
          areas: ['（一）丙方面', s.reviews[0]!.data.areas[1]!],
        };
      }),
    ).toEqual(['/r/findings/1-1/', '/r/findings/1-2/', 'fullText r']);
  });

  it('change for every page of a review that names it, and only of that review, when its title changes', () => {
    const changed = changedPages((s) => {
      s.reviews[0]!.data = { ...s.reviews[0]!.data, title: '新材料' };
    });
    expect(changed.filter((page) => page.startsWith('/r/'))).toHaveLength(7);
    expect(changed).toEqual(
      expect.arrayContaining(['alias /r/findings/1-3/', 'fullText r', 'map r', 'ledger r']),
    );
    expect(changed.filter((page) => page.endsWith(' s'))).toEqual([]);
    // The ledger files do not name the review; the map's stylesheet holds the boxes' anchors only.
    expect(changed).not.toContain('ledgerExport r');
    expect(changed).not.toContain('mapStyles r');
  });

  it('change for an alias page when the alias changes, and for the full text that anchors it', () => {
    expect(
      changedPages((s) => {
        s.findings[2]!.data = { ...s.findings[2]!.data, aliases: ['1-4'] };
      }),
    ).toEqual(['alias /r/findings/1-4/', 'fullText r']);
  });

  it('change for an overdue measure’s page, the pages that show its light and the ledger on the day it falls overdue', () => {
    const changed = changedPages(() => {}, new Date('2024-06-01'));
    expect(changed).toEqual(
      expect.arrayContaining(['/r/measures/2/', 'ledger r', 'ledger s', 'ledgerExport r']),
    );
    // Measure 2's light: beside it on finding 1-2 and cause 2, on the full text and the map.
    expect(changed.filter((page) => !/measures|ledger/.test(page))).toEqual([
      '/r/findings/1-2/',
      '/r/causes/2/',
      'fullText r',
      'map r',
    ]);
  });
});
