/**
 * A small site for the view models' tests, as the loader would store it: each entry's text with
 * the HTML and facts it is rendered to at sync (here: one paragraph per blank-line block).
 */
import type { SiteSource, SourceEntries } from '../../../src/relations/nodes.ts';
import { entryFacts } from '../../../src/text/entry-facts.ts';

export type Source = SiteSource<SourceEntries>;

/** The text of an entry, with what the loader stores alongside it. */
export function text(body: string) {
  const html = body
    .split(/\n\s*\n/)
    .map((block) => `<p>${block.trim()}</p>`)
    .join('\n');
  return { body, rendered: { html, metadata: { facts: entryFacts(html) } } };
}

export const review = (id: string, title = `材料 ${id}`) => ({
  id,
  filePath: `content/reviews/${id}/review.mdx`,
  body: '<Findings />\n\n<Causes />\n\n<Measures />',
  data: {
    title,
    organization: '单位',
    author: '张三',
    role: '主任',
    meeting: '会议',
    date: new Date('2024-03-15'),
    basis: [{ number: '示发〔2024〕1号', title: '通知' }, { number: '示发〔2024〕2号' }],
    areas: ['（一）甲方面', { heading: '（二）乙方面', lead: '，主要是：', paragraphs: [] }],
  },
});

export const finding = (
  id: string,
  causes: string[],
  measures: string[],
  extra: { aliases?: string[]; paragraph?: 'continues' } = {},
) => {
  const [area, order] = id.split('-').map(Number) as [number, number];
  return {
    id: `r/${id}`,
    filePath: `content/reviews/r/findings/${id}.mdx`,
    ...text(`问题${id}的原文。`),
    data: {
      area,
      order,
      title: `问题${id}`,
      causes,
      measures,
      aliases: [],
      feedback: [],
      recurs: [],
      ...extra,
    },
  };
};

export const numbered = (folder: string, order: number, fields: Record<string, unknown> = {}) => ({
  id: `r/${order}`,
  filePath: `content/reviews/r/${folder}/${order}.mdx`,
  ...text(`${folder} ${order} 的原文。`),
  data: { order, title: `${folder}${order}`, aliases: [], progress: [], ...fields },
});

/**
 * Review r: 1-1 ← causes 1, 2 → measure 1; 1-2 ← cause 2 → measure 2 (due 2024-05-31); 2-1 continues
 * the paragraph of area 2's heading, and was 1-3 before. Review s is empty but for its title.
 */
export const source = (): Source => ({
  reviews: [review('r'), { ...review('s'), body: '' }],
  findings: [
    finding('1-1', ['1', '2'], ['1']),
    finding('1-2', ['2'], ['2']),
    finding('2-1', [], [], { aliases: ['1-3'], paragraph: 'continues' }),
  ],
  causes: [numbered('causes', 1), numbered('causes', 2)],
  measures: [
    numbered('measures', 1, {
      status: '推进中',
      progress: [
        { date: new Date('2024-04-20'), note: '第二次。' },
        {
          date: new Date('2024-04-10'),
          note: '第一次。',
          evidence: 'http://oa.example.gov.cn/a.pdf',
        },
      ],
    }),
    numbered('measures', 2, { deadline: new Date('2024-05-31'), status: '推进中' }),
  ],
});
