import { afterEach, describe, expect, it, vi } from 'vitest';
import { buildDate, parseIsoDate } from '../../../src/text/dates';
import { measureSchema } from '../../../src/schemas/measure';

const base = { order: 1, title: '强化学习' };
/** The issues of parsing `data` as `path: message` lines. */
function issues(data: Record<string, unknown>): string[] {
  const result = measureSchema.safeParse({ ...base, ...data });
  return result.success ? [] : result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
}

afterEach(() => {
  vi.unstubAllEnvs();
});

describe('measure ledger fields', () => {
  it('are all optional: a measure without them is valid', () => {
    expect(issues({})).toEqual([]);
  });

  it('accept a filled-in ledger', () => {
    vi.stubEnv('BUILD_DATE', '2024-06-30');
    const parsed = measureSchema.parse({
      ...base,
      leader: '张三',
      unit: '办公室',
      deadline: new Date('2024-05-31'),
      mode: '限期整改',
      status: '已销号',
      closedOn: '2024-06-01',
      progress: [
        { date: new Date('2024-05-20'), note: '完成学习', evidence: 'http://oa.example/1.pdf' },
      ],
    });
    expect(parsed.closedOn).toEqual(new Date('2024-06-01T00:00:00Z'));
    expect(parsed.progress).toHaveLength(1);
  });

  it('refuse an unknown status or mode, listing the allowed ones', () => {
    expect(issues({ status: '进行中' })[0]).toMatch(
      /^status: .*"未启动"\|"推进中"\|"已完成"\|"已销号"\|"申请延期"/,
    );
    expect(issues({ mode: '马上改' })[0]).toMatch(/^mode: .*"立行立改"\|"限期整改"\|"长期坚持"/);
  });

  it('refuse a malformed or impossible date, saying the form expected', () => {
    expect(issues({ deadline: '2024/6/30' })).toEqual([
      'deadline: expected a date written YYYY-MM-DD, e.g. 2024-06-30 (got "2024/6/30")',
    ]);
    expect(issues({ deadline: '2024-02-30' })[0]).toMatch(/^deadline: expected a date/);
    expect(issues({ progress: [{ date: '六月底', note: '有进展' }] })[0]).toMatch(
      /^progress\.0\.date: expected a date/,
    );
  });

  it('require closedOn once the status is 已销号', () => {
    expect(issues({ status: '已销号' })).toEqual([
      'closedOn: is required when status is 已销号: add the closing date, e.g. closedOn: 2024-06-30',
    ]);
  });

  it('refuse progress dated after the build date', () => {
    vi.stubEnv('BUILD_DATE', '2024-06-30');
    expect(
      issues({
        progress: [
          { date: '2024-06-30', note: '当天' },
          { date: '2024-07-01', note: '明天' },
        ],
      }),
    ).toEqual([
      'progress.1.date: 2024-07-01 is after the build date 2024-06-30: progress cannot be reported in advance',
    ]);
  });
});

describe('buildDate', () => {
  it('follows BUILD_DATE and refuses a malformed one', () => {
    expect(buildDate({ BUILD_DATE: '2024-06-30' })).toEqual(new Date('2024-06-30T00:00:00Z'));
    expect(() => buildDate({ BUILD_DATE: '30/06/2024' })).toThrow(/YYYY-MM-DD/);
  });

  it('is today at midnight UTC otherwise', () => {
    const today = buildDate({});
    expect(today.getUTCHours()).toBe(0);
    expect(Math.abs(Date.now() - today.getTime())).toBeLessThan(86_400_000 + 1000);
  });
});

describe('parseIsoDate', () => {
  it('parses real dates only', () => {
    expect(parseIsoDate('2024-02-29')).toEqual(new Date('2024-02-29T00:00:00Z'));
    expect(parseIsoDate('2023-02-29')).toBeUndefined();
    expect(parseIsoDate('2024-6-3')).toBeUndefined();
  });
});
