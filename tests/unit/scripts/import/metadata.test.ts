import { describe, expect, it } from 'vitest';
import {
  basisDocuments,
  meetingIn,
  PLACEHOLDERS,
  reviewFacts,
  unitAndRole,
} from '../../../../scripts/import/metadata.ts';
import { textParagraphs } from '../../../../scripts/shared/documents/text.ts';
import { recogniseOutline } from '../../../../scripts/import/structure.ts';

const facts = (lines: string[]) =>
  reviewFacts(
    recogniseOutline({
      file: 'doc.txt',
      unit: 'line',
      paragraphs: textParagraphs(lines.join('\n')),
      links: [],
      encoding: 'utf-8',
    }),
  );
const PARTS = ['一、存在的问题', '（一）方面', '一是问题。'];

describe('meetingIn', () => {
  it('finds the meeting with the words titles put before it', () => {
    expect(meetingIn('XX县民政局长巡察整改专题民主生活会对照检查材料')?.name).toBe(
      '巡察整改专题民主生活会',
    );
    expect(meetingIn('XX局党组2023年度民主生活会对照检查材料')?.name).toBe('2023年度民主生活会');
    expect(meetingIn('XX支部专题组织生活会发言提纲')?.name).toBe('专题组织生活会');
    expect(meetingIn('关于巡视反馈问题整改专题民主生活会的个人对照检查材料')?.name).toBe(
      '巡视反馈问题整改专题民主生活会',
    );
    expect(meetingIn('个人对照检查材料')).toBeUndefined();
  });

  it('reads a year with a space before 年度 as part of the meeting, without the space', () => {
    expect(meetingIn('XX区委常委2025 年度民主生活会对照检查材料')?.name).toBe('2025年度民主生活会');
    expect(meetingIn('XX局党组二〇二四年度民主生活会对照检查材料')?.name).toBe(
      '二〇二四年度民主生活会',
    );
  });
});

describe('unitAndRole', () => {
  it('splits the words before the meeting into the unit and the post', () => {
    expect(unitAndRole('XX县民政局长巡察整改专题民主生活会对照检查材料')).toEqual({
      organization: 'XX县民政局',
      role: '局长',
    });
    expect(unitAndRole('XX市财政局党组书记、局长巡察整改专题民主生活会对照检查材料')).toEqual({
      organization: 'XX市财政局',
      role: '党组书记、局长',
    });
    expect(unitAndRole('关于XX区教育局党组书记巡察整改专题民主生活会个人对照检查材料')).toEqual({
      organization: 'XX区教育局',
      role: '党组书记',
    });
    expect(unitAndRole('XX县卫生健康局领导班子巡察整改专题民主生活会对照检查材料')).toEqual({
      organization: 'XX县卫生健康局',
    });
  });

  it('reads the posts of party committees and the ones that name a unit of their own', () => {
    expect(unitAndRole('XX区委常委、区委宣传部长2025年度民主生活会个人对照检查材料')).toEqual({
      organization: 'XX区委',
      role: '常委、区委宣传部长',
    });
    expect(unitAndRole('XX县委副书记2024年度民主生活会对照检查材料')).toEqual({
      organization: 'XX县委',
      role: '副书记',
    });
    expect(unitAndRole('XX局党组成员、副局长巡察整改专题民主生活会对照检查材料')).toEqual({
      organization: 'XX局',
      role: '党组成员、副局长',
    });
    expect(unitAndRole('XX县委常委、常务副县长2023年度民主生活会对照检查材料')).toEqual({
      organization: 'XX县委',
      role: '常委、常务副县长',
    });
    expect(unitAndRole('XX区人大常委会副主任2025年度民主生活会对照检查材料')).toEqual({
      organization: 'XX区人大常委会',
      role: '副主任',
    });
    expect(unitAndRole('XX区委宣传部长2025年度民主生活会对照检查材料')).toEqual({
      organization: 'XX区委宣传部',
      role: '部长',
    });
  });

  it('names no unit when the title names none', () => {
    expect(unitAndRole('巡察整改专题民主生活会个人对照检查材料')).toEqual({});
    expect(unitAndRole('张三同志巡察整改专题民主生活会对照检查材料')).toEqual({});
  });
});

describe('basisDocuments', () => {
  it('takes each document number with the 《title》 just before it', () => {
    expect(
      basisDocuments(
        '根据《关于印发县委第一巡察组<关于巡察县民政局党组的反馈意见>的通知》（城巡办发〔2023〕21号）要求，',
      ),
    ).toEqual([
      {
        number: '城巡办发〔2023〕21号',
        title: '关于印发县委第一巡察组<关于巡察县民政局党组的反馈意见>的通知',
      },
    ]);
    expect(basisDocuments('根据县巡发［2024］8号和《通知》（市巡办〔2024〕2 号）要求')).toEqual([
      { number: '县巡发［2024］8号' },
      { number: '市巡办〔2024〕2号', title: '通知' },
    ]);
  });
});

describe('reviewFacts', () => {
  it('takes the facts the document states', () => {
    expect(
      facts([
        'XX局局长巡察整改专题民主生活会对照检查材料',
        '根据《通知》（X发〔2024〕1号）要求，现报告如下：',
        ...PARTS,
        '2024年3月15日',
      ]),
    ).toEqual({
      title: 'XX局局长巡察整改专题民主生活会对照检查材料',
      organization: 'XX局',
      role: '局长',
      meeting: '巡察整改专题民主生活会',
      date: '2024-03-15',
      basis: [{ number: 'X发〔2024〕1号', title: '通知' }],
      missing: [],
    });
  });

  it('writes placeholders for what it requires and the document does not state', () => {
    expect(facts(['根据要求，现报告如下：', ...PARTS])).toEqual({
      title: PLACEHOLDERS.title,
      organization: PLACEHOLDERS.organization,
      meeting: PLACEHOLDERS.meeting,
      basis: [],
      missing: ['title', 'meeting', 'organization', 'date'],
    });
  });

  it('takes the unit and post from a byline when the title names none', () => {
    const result = facts([
      '关于巡视反馈问题整改专题民主生活会的个人对照检查材料',
      'XX市发改委党组书记、主任  张三',
      '（2022年11月）',
      ...PARTS,
    ]);
    expect(result).toMatchObject({ organization: 'XX市发改委', role: '党组书记、主任' });
    expect(facts(['个人对照检查材料', '根据要求，现报告如下：', ...PARTS]).missing).toContain(
      'organization',
    );
  });

  it('takes the meeting from the preamble when the title does not name it, and no date when two differ', () => {
    const result = facts([
      '个人对照检查材料',
      '2024年3月1日',
      '按照召开巡察整改专题民主生活会的要求，报告如下：',
      ...PARTS,
      '2024年3月15日',
    ]);
    expect(result.meeting).toBe('巡察整改专题民主生活会');
    expect(result.date).toBeUndefined();
    expect(result.missing).toEqual(['organization', 'date']);
  });
});
