/** The view models of the smaller pages: alias, relation map and its styles, ledger, files. */
import { describe, expect, it } from 'vitest';
import { buildSiteIndex } from '../../../src/relations/build.ts';
import { aliasPageView } from '../../../src/views/alias-page.ts';
import { ledgerExportView } from '../../../src/views/ledger-export.ts';
import { ledgerView } from '../../../src/views/ledger.ts';
import { mapStylesView } from '../../../src/views/map-styles.ts';
import { relationMapView } from '../../../src/views/relation-map.ts';
import { reviewFileView } from '../../../src/views/review-file.ts';
import { source } from './site.ts';

const TODAY = new Date('2024-06-30');
const review = buildSiteIndex(source()).reviewById.get('r')!;

describe('aliasPageView', () => {
  it('leads a former address to the entry, carrying its former anchor', () => {
    const node = review.findings[2]!;
    expect(aliasPageView(node.aliases[0]!, node, review.title)).toEqual({
      path: '/r/findings/1-3/',
      formerAnchor: 'finding-1-3',
      target: {
        kind: 'finding',
        label: '问题（二）之一',
        title: '问题2-1',
        path: '/r/findings/2-1/',
        anchor: 'finding-2-1',
      },
      reviewTitle: '材料 r',
    });
  });
});

describe('relationMapView', () => {
  it('holds the boxes of each column and each finding’s links', () => {
    const view = relationMapView(review, TODAY);
    expect(view.causes.map((box) => box.anchor)).toEqual(['cause-1', 'cause-2']);
    expect(view.findings[0]!.causes.map((box) => box.anchor)).toEqual(['cause-1', 'cause-2']);
    expect(view.findings[0]!.measures.map((box) => box.label)).toEqual(['措施（一）']);
  });

  it('gives each measure’s box and link its status on the build date, and names that day', () => {
    const view = relationMapView(review, TODAY);
    expect(view.today).toBe('2024年6月30日');
    const overdue = { status: '推进中', light: '逾期', days: 30, due: '2024-05-31' };
    expect(view.measures.map((box) => box.status)).toEqual([
      { status: '推进中', light: '正常', days: null, due: null },
      overdue,
    ]);
    expect(view.findings[1]!.measures.map((box) => box.status)).toEqual([overdue]);
    expect(view.findings[1]!.causes[0]).not.toHaveProperty('status');
    // Without measures the page names no day, and its key does not change with it.
    const empty = buildSiteIndex(source()).reviewById.get('s')!;
    expect(relationMapView(empty, TODAY).today).toBeNull();
  });

  it('gives the stylesheet every box’s anchor', () => {
    expect(mapStylesView(review).anchors).toEqual(review.entries.map((node) => node.anchor));
  });
});

describe('ledgerView and ledgerExportView', () => {
  it('holds the rows on the build date, and the day as the page names it', () => {
    const view = ledgerView(review, TODAY);
    expect(view.today).toBe('2024年6月30日');
    expect(view.rows.map((row) => [row.measureLabel, row.overdue])).toEqual([
      ['措施（一）', false],
      ['措施（二）', true],
    ]);
  });

  it('gives the exports the table they hold, without a 材料 column', () => {
    const { table } = ledgerExportView(review, TODAY);
    expect(table).toHaveLength(3);
    expect(table[0]).not.toContain('材料');
    expect(table.at(-1)!.at(-1)).toBe('r/measures/2');
  });
});

describe('reviewFileView', () => {
  it('names the file by its bytes', () => {
    const a = reviewFileView('r', 'images/a.png', new Uint8Array([1, 2]));
    expect(a).toMatchObject({ review: 'r', file: 'images/a.png' });
    expect(reviewFileView('r', 'images/a.png', new Uint8Array([1, 3])).sha256).not.toBe(a.sha256);
  });
});
