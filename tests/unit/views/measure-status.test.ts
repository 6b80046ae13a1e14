import { describe, expect, it } from 'vitest';
import { lightOf, lightText } from '../../../src/ledger/lights.ts';
import { buildSiteIndex } from '../../../src/relations/build.ts';
import { lightState, measureStatus, statusLink } from '../../../src/views/measure-status.ts';
import { numbered, source } from './site.ts';

const TODAY = new Date('2024-06-30');

/** Review r with a third measure, extended to 2024-07-05 (申请延期). */
function review() {
  const site = source();
  site.measures.push(
    numbered('measures', 3, {
      status: '申请延期',
      deadline: new Date('2024-05-31'),
      extendedTo: new Date('2024-07-05'),
    }),
  );
  return buildSiteIndex(site).reviewById.get('r')!;
}

describe('measureStatus', () => {
  it('says the status as written and the light on the day, the day it is due as YYYY-MM-DD', () => {
    const [, overdue, extended] = review().measures;
    expect(measureStatus(overdue!, TODAY)).toEqual({
      status: '推进中',
      light: '逾期',
      days: 30,
      due: '2024-05-31',
    });
    // An extension's date replaces the deadline, as in the ledger.
    expect(measureStatus(extended!, TODAY)).toEqual({
      status: '申请延期',
      light: '临期',
      days: 5,
      due: '2024-07-05',
    });
  });

  it('gives the light badge the light the ledger computes, and the same words', () => {
    for (const today of [TODAY, new Date('2024-05-01'), new Date('2024-05-30')]) {
      for (const measure of review().measures) {
        const state = lightState(measureStatus(measure, today));
        const ledger = lightOf(measure.entry.data, today);
        expect(state).toMatchObject({ light: ledger.light, due: ledger.due });
        expect(lightText(state)).toBe(lightText(ledger));
      }
    }
  });

  it('leaves out the days left while the light is 正常: the page does not change each day', () => {
    const [, due] = review().measures;
    expect(measureStatus(due!, new Date('2024-05-01'))).toEqual(
      measureStatus(due!, new Date('2024-05-02')),
    );
    expect(measureStatus(due!, new Date('2024-05-01')).days).toBeNull();
    expect(measureStatus(due!, new Date('2024-05-30'))).toMatchObject({ light: '临期', days: 1 });
  });
});

describe('statusLink', () => {
  it('adds the status to a measure’s link only', () => {
    const r = review();
    expect(statusLink(r.measures[1]!, TODAY)).toMatchObject({
      label: '措施（二）',
      status: { light: '逾期' },
    });
    expect(statusLink(r.findings[0]!, TODAY)).not.toHaveProperty('status');
  });
});
