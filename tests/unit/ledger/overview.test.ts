import { describe, expect, it } from 'vitest';
import {
  barPercent,
  completionRate,
  figureKey,
  ledgerOverview,
  namesIn,
  overviewFigures,
} from '../../../src/ledger/overview.ts';
import { parseIsoDate } from '../../../src/text/dates.ts';

const day = (text: string) => parseIsoDate(text)!;
const today = day('2024-06-30');

const rows = [
  {
    status: '已完成',
    mode: '立行立改',
    unit: '办公室',
    leader: '李明',
    deadline: day('2024-03-31'),
  },
  {
    status: '已销号',
    mode: '立行立改',
    unit: '人事股、纪检组',
    leader: '李明',
    deadline: day('2024-03-31'),
  },
  {
    status: '推进中',
    mode: '限期整改',
    unit: '办公室',
    leader: '王强',
    deadline: day('2024-06-01'),
  },
  { status: '推进中', mode: '限期整改', unit: '人事股', deadline: day('2024-07-20') },
  {
    status: '申请延期',
    unit: '办公室',
    deadline: day('2024-05-01'),
    extendedTo: day('2024-07-05'),
  },
  {},
] as const;

describe('ledgerOverview', () => {
  const overview = ledgerOverview(rows, today);

  it('gives the total, the measures done and the completion rate with one decimal', () => {
    expect(overview).toMatchObject({ total: 6, done: 2, rate: '33.3%' });
  });

  it('counts every status and mode, those not filled in included', () => {
    expect(overview.byStatus).toEqual([
      ['未启动', 0],
      ['推进中', 2],
      ['已完成', 1],
      ['已销号', 1],
      ['申请延期', 1],
      ['未填写', 1],
    ]);
    expect(overview.byMode).toEqual([
      ['立行立改', 2],
      ['限期整改', 2],
      ['长期坚持', 0],
      ['未填写', 2],
    ]);
  });

  it('counts the lights, an extension measured by its new date', () => {
    expect(overview.byLight).toEqual([
      ['逾期', 1],
      ['临期', 1],
      ['正常', 2],
      ['已完成', 2],
    ]);
    expect(overview.overdue).toBe(1);
    expect(overview.dueWithin30).toBe(2);
  });

  it('counts a measure for each unit its cell names, most measures first, none named last', () => {
    expect(overview.byUnit).toEqual([
      { name: '办公室', total: 3, done: 1, overdue: 1 },
      { name: '人事股', total: 2, done: 1, overdue: 0 },
      { name: '纪检组', total: 1, done: 1, overdue: 0 },
      { name: '未填写', total: 1, done: 0, overdue: 0 },
    ]);
    expect(overview.byLeader.map((t) => [t.name, t.total])).toEqual([
      ['李明', 2],
      ['王强', 1],
      ['未填写', 3],
    ]);
  });
});

describe('completionRate', () => {
  it('writes a dash for an empty ledger', () => {
    expect(completionRate(0, 0)).toBe('—');
    expect(completionRate(2, 3)).toBe('66.7%');
    expect(completionRate(3, 3)).toBe('100.0%');
  });
});

describe('namesIn', () => {
  it('splits the separators people use between names', () => {
    expect(namesIn('人事股、纪检组，办公室; 财务股 局领导')).toEqual([
      '人事股',
      '纪检组',
      '办公室',
      '财务股',
      '局领导',
    ]);
    expect(namesIn(undefined)).toEqual([]);
  });
});

describe('overviewFigures', () => {
  it('gives every figure the page shows under its key, as the page writes it', () => {
    const overview = ledgerOverview(rows, today);
    const figures = overviewFigures(overview);
    expect(figures.get(figureKey.rate)).toBe('33.3%');
    expect(figures.get(figureKey.overdue)).toBe('1');
    expect(figures.get(figureKey.dueWithin30)).toBe('2');
    expect(figures.get(figureKey.status('推进中'))).toBe('2');
    expect(figures.get(figureKey.light('临期'))).toBe('1');
    expect(figures.get(figureKey.mode('未填写'))).toBe('2');
    expect(figures.get(figureKey.unit('办公室', 'overdue'))).toBe('1');
    expect(figures.get(figureKey.leader('李明', 'done'))).toBe('2');
    // A unit and a leader of the same name are two figures.
    expect(figureKey.unit('未填写', 'total')).not.toBe(figureKey.leader('未填写', 'total'));
  });

  it('changes with the day only where the day matters', () => {
    const later = overviewFigures(ledgerOverview(rows, day('2024-08-01')));
    const now = overviewFigures(ledgerOverview(rows, today));
    const changed = [...now.keys()].filter((key) => now.get(key) !== later.get(key));
    expect(changed.sort()).toEqual(
      [
        figureKey.overdue,
        figureKey.dueWithin30,
        ...(['逾期', '临期', '正常'] as const).map(figureKey.light),
        figureKey.unit('办公室', 'overdue'),
        figureKey.unit('人事股', 'overdue'),
        figureKey.leader('未填写', 'overdue'),
      ].sort(),
    );
  });
});

describe('barPercent', () => {
  it('gives a share in percent with one decimal, and nothing of nothing', () => {
    expect(barPercent(1, 3)).toBe(33.3);
    expect(barPercent(3, 3)).toBe(100);
    expect(barPercent(0, 0)).toBe(0);
  });
});
