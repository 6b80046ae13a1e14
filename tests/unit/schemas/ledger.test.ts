import { afterEach, describe, expect, it, vi } from 'vitest';
import { buildDate, parseIsoDate } from '../../../src/text/dates.ts';
import { measureSchema } from '../../../src/schemas/measure.ts';
import { schemaProblems } from '../../../src/schemas/issues.ts';

const base = { order: 1, title: '强化学习' };

/** What a user reads for `data` in a measure's front matter: `field：message` lines. */
function problems(data: Record<string, unknown>): string[] {
  const input = { ...base, ...data };
  const result = measureSchema.safeParse(input);
  if (result.success) return [];
  return schemaProblems(result.error, input, 'm.mdx').map((p) => `${p.field}：${p.message}`);
}

afterEach(() => {
  vi.unstubAllEnvs();
});

describe('measure ledger fields', () => {
  it('are all optional: a measure without them is valid', () => {
    expect(problems({})).toEqual([]);
  });

  it('accept a filled-in ledger, dates as the file writes them', () => {
    vi.stubEnv('BUILD_DATE', '2024-06-30');
    const parsed = measureSchema.parse({
      ...base,
      leader: '张三',
      unit: '办公室',
      deadline: '2024-05-31',
      mode: '限期整改',
      status: '已销号',
      closedOn: '2024-06-01',
      progress: [{ date: '2024-05-20', note: '完成学习', evidence: 'http://oa.example/1.pdf' }],
    });
    expect(parsed.closedOn).toEqual(new Date('2024-06-01T00:00:00Z'));
    expect(parsed.deadline).toEqual(new Date('2024-05-31T00:00:00Z'));
    expect(parsed.progress).toHaveLength(1);
  });

  it('refuse an unknown status or mode, listing the allowed ones', () => {
    expect(problems({ status: '进行中' })).toEqual([
      'status：整改状态（status）应为以下之一：未启动、推进中、已完成、已销号、申请延期；实际是“进行中”',
    ]);
    expect(problems({ mode: '马上改' })).toEqual([
      'mode：整改方式（mode）应为以下之一：立行立改、限期整改、长期坚持；实际是“马上改”',
    ]);
  });

  it('refuse a malformed date, saying the form expected', () => {
    expect(problems({ deadline: '2024/6/30' })).toEqual([
      'deadline：完成时限（deadline）应写作 YYYY-MM-DD（如 2024-06-30），实际是“2024/6/30”',
    ]);
    expect(problems({ progress: [{ date: '六月底', note: '有进展' }] })).toEqual([
      'progress[0].date：日期（date）应写作 YYYY-MM-DD（如 2024-06-30），实际是“六月底”',
    ]);
  });

  it('refuse a day that does not exist instead of moving it to the next month', () => {
    expect(problems({ deadline: '2024-02-30' })).toEqual([
      'deadline：完成时限（deadline）“2024-02-30”不是真实的日期：2024 年 2 月没有 30 日',
    ]);
    expect(problems({ deadline: '2024-06-00' })[0]).toContain('2024 年 6 月没有 0 日');
    expect(problems({ deadline: '2024-13-01' })[0]).toContain('没有 13 月');
    expect(problems({ closedOn: '0001-01-01' })[0]).toContain('1 年不可能');
  });

  it('refuse a date YAML would have read as a number or a timestamp', () => {
    expect(problems({ deadline: 20240630 })[0]).toContain('应为文字，实际是“20240630”');
    expect(problems({ deadline: new Date('2024-06-30') })[0]).toMatch(/^deadline：完成时限/);
  });

  it('require closedOn once the status is 已销号', () => {
    expect(problems({ status: '已销号' })).toEqual([
      'closedOn：销号日期（closedOn）在整改状态为“已销号”时必须填写：加上销号的日期，如 closedOn: 2024-06-30',
    ]);
  });

  it('require the day an extension runs to and its reason once the status is 申请延期', () => {
    expect(problems({ status: '申请延期' })).toEqual([
      'extendedTo：延期至（extendedTo）在整改状态为“申请延期”时必须填写：加上批准延期到的日期，如 extendedTo: 2024-09-30',
      'extensionReason：延期理由（extensionReason）在整改状态为“申请延期”时必须填写：用一句话写明为什么延期，如 extensionReason: 需待上级政策出台后实施',
    ]);
    expect(
      problems({
        status: '申请延期',
        extendedTo: '2024-09-30',
        extensionReason: '需待上级政策出台',
      }),
    ).toEqual([]);
  });

  it('accept an extension, its date as a date', () => {
    const parsed = measureSchema.parse({
      ...base,
      deadline: '2024-06-30',
      status: '申请延期',
      extendedTo: '2024-09-30',
      extensionReason: ' 需待上级政策出台 ',
    });
    expect(parsed.extendedTo).toEqual(new Date('2024-09-30T00:00:00Z'));
    expect(parsed.extensionReason).toBe('需待上级政策出台');
  });

  it('accept an extension kept under another status (the build warns, src/ledger/rows.ts)', () => {
    for (const status of ['推进中', '已完成']) {
      expect(
        problems({ status, extendedTo: '2024-09-30', extensionReason: '需待上级政策出台' }),
      ).toEqual([]);
    }
  });

  it('refuse an extension to a day not after the deadline, or not a date, or an empty reason', () => {
    const extension = { status: '申请延期', extensionReason: '需待上级政策出台' };
    expect(problems({ ...extension, deadline: '2024-06-30', extendedTo: '2024-06-30' })).toEqual([
      'extendedTo：延期至（extendedTo）2024-06-30 不晚于完成时限 2024-06-30：延期后的日期应在原来的完成时限之后（多半是年份或月份写错了）',
    ]);
    expect(
      problems({ ...extension, deadline: '2024-06-30', extendedTo: '2023-09-30' })[0],
    ).toContain('2023-09-30 不晚于完成时限 2024-06-30');
    // A deadline that is no date is said once, not compared.
    expect(problems({ ...extension, deadline: '2024-13-01', extendedTo: '2024-09-30' })).toEqual([
      'deadline：完成时限（deadline）“2024-13-01”不是真实的日期：没有 13 月',
    ]);
    expect(problems({ ...extension, extendedTo: '9月底' })).toEqual([
      'extendedTo：延期至（extendedTo）应写作 YYYY-MM-DD（如 2024-06-30），实际是“9月底”',
    ]);
    expect(
      problems({ status: '申请延期', extendedTo: '2024-09-30', extensionReason: '  ' }),
    ).toEqual(['extensionReason：延期理由（extensionReason）不能是空的']);
  });

  it('refuse progress dated after the build date', () => {
    vi.stubEnv('BUILD_DATE', '2024-06-30');
    expect(
      problems({
        progress: [
          { date: '2024-06-30', note: '当天' },
          { date: '2024-07-01', note: '明天' },
        ],
      }),
    ).toEqual([
      'progress[1].date：日期（date）2024-07-01 晚于生成网站的日期 2024-06-30：进展不能提前填报（多半是年份写错了）',
    ]);
  });

  it('refuse an unknown field, guessing the one meant', () => {
    const [problem] = schemaProblems(
      measureSchema.safeParse({ ...base, deadine: '2024-06-30' }).error!,
      { ...base, deadine: '2024-06-30' },
      'm.mdx',
    );
    expect(problem).toMatchObject({ file: 'm.mdx', field: 'deadine' });
    expect(problem!.message).toBe('有不认识的字段 deadine：写在其中的内容不会出现在网站上');
    expect(problem!.hint).toContain('deadine 是不是 deadline（完成时限）？');
  });
});

describe('evidence links', () => {
  const evidence = (link: string) =>
    problems({ progress: [{ date: '2024-01-01', note: '佐证', evidence: link }] });

  it.each([
    'http://oa.example.gov.cn/zhenggai/jihua.pdf',
    'HTTPS://oa.example.gov.cn/a b.pdf',
    '/xx-minzhengju-2023/measures/2/',
  ])('accept %j', (link) => {
    expect(evidence(link)).toEqual([]);
  });

  it.each([
    ['javascript:alert(1)', '不能使用“javascript:”链接'],
    [' JaVaScRiPt:alert(1)', '不能使用“javascript:”链接'],
    ['java\tscript:alert(1)', '控制字符'],
    ['data:text/html,<script>alert(1)</script>', '不能使用“data:”链接'],
    ['vbscript:msgbox(1)', '不能使用“vbscript:”链接'],
    ['file:///C:/secret.doc', '不能使用“file:”链接'],
    ['//evil.example/x', '另一个网站的地址'],
    ['/\\evil.example/x', '另一个网站的地址'],
    ['jihua.pdf', '既不是 http(s) 网址'],
  ])('refuse %j, naming the field', (link, why) => {
    const [problem] = evidence(link);
    expect(problem).toMatch(/^progress\[0\]\.evidence：佐证材料（evidence）/);
    expect(problem).toContain(why);
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

  it('keeps years before 100 as written, not as 19xx', () => {
    expect(parseIsoDate('0001-01-01')?.getUTCFullYear()).toBe(1);
  });
});
