/**
 * A small site with two rounds of inspection of one unit, for the view models of the inspections'
 * pages. Inspection xc (three problems; the third answered by no one) is answered by review r;
 * xc-2 looks back on xc: its problem 1 recurs xc/1, its problem 2 is new, and review t answers it,
 * t's finding 1-1 recurring r's 1-1.
 */
import type { SiteSource, SourceEntries } from '../../../src/relations/nodes.ts';
import { finding, numbered, review, text } from './site.ts';

const inspection = (id: string, fields: Record<string, unknown>) => ({
  id,
  filePath: `content/inspections/${id}/inspection.mdx`,
  body: '现将问题反馈如下：\n\n<Problems />\n\n请认真整改。',
  data: {
    title: `反馈意见 ${id}`,
    team: '第一巡察组',
    unit: '示例单位党组',
    categories: ['（一）甲方面', '（二）乙方面'],
    ...fields,
  },
});

const problem = (
  inspection: string,
  id: string,
  category: number,
  order: number,
  recurs: string[] = [],
) => ({
  id: `${inspection}/${id}`,
  filePath: `content/inspections/${inspection}/problems/${id}.mdx`,
  ...text(`${id}.反馈问题${inspection}/${id}的原文。`),
  data: { category, order, title: `问题${inspection}/${id}`, recurs, aliases: [] },
});

/** The finding `id` of review `in`, answering feedback problems `feedback`. */
const answering = (
  id: string,
  measures: string[],
  fields: { feedback?: string[]; recurs?: string[] } = {},
  inReview = 'r',
) => {
  const base = finding(id, [], measures);
  return {
    ...base,
    id: `${inReview}/${id}`,
    filePath: `content/reviews/${inReview}/findings/${id}.mdx`,
    data: { ...base.data, ...fields },
  };
};

export const inspectionSource = (): SiteSource<SourceEntries> => ({
  reviews: [
    { ...review('r'), data: { ...review('r').data, inspection: 'xc' } },
    {
      ...review('t', '材料 t'),
      data: { ...review('t', '材料 t').data, date: new Date('2025-03-01'), inspection: 'xc-2' },
    },
  ],
  findings: [
    answering('1-1', ['1'], { feedback: ['1'] }),
    answering('1-2', ['1', '2'], { feedback: ['1', '2'] }),
    answering('2-1', []),
    answering('1-1', ['1'], { feedback: ['1'], recurs: ['r/1-1'] }, 't'),
  ],
  causes: [],
  measures: [
    numbered('measures', 1, {
      status: '已完成',
      unit: '办公室',
      leader: '张三',
      deadline: new Date('2024-04-30'),
    }),
    numbered('measures', 2, { deadline: new Date('2024-05-31'), status: '推进中' }),
    {
      ...numbered('measures', 1, { status: '推进中' }),
      id: 't/1',
      filePath: 'content/reviews/t/measures/1.mdx',
    },
  ],
  inspections: [
    inspection('xc', {
      number: '示巡发〔2024〕1号',
      inspectedFrom: new Date('2024-01-08'),
      inspectedTo: new Date('2024-02-02'),
      feedbackOn: new Date('2024-02-20'),
    }),
    inspection('xc-2', {
      feedbackOn: new Date('2025-01-10'),
      follows: 'xc',
      categories: ['（一）上轮整改方面'],
    }),
  ],
  problems: [
    problem('xc', '1', 1, 1),
    problem('xc', '2', 2, 1),
    problem('xc', '3', 2, 2),
    problem('xc-2', '1', 1, 1, ['xc/1']),
    problem('xc-2', '2', 1, 2),
  ],
});
