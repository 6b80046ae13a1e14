import { fieldDocs } from '../ledger/columns.ts';

/**
 * The front matter fields by the names office staff know them by, with an example of each, for
 * messages: `deadline（完成时限）应写作 YYYY-MM-DD`, `缺少 title（标题），例如 title: ……`.
 */
/** A field as messages name it, with an example of how it is written. */
export interface FieldDoc {
  name: string;
  example: string;
}

export const FIELDS: Record<string, FieldDoc> = {
  title: { name: '标题', example: 'title: 学习领会不够深入' },
  organization: { name: '单位', example: 'organization: XX县民政局' },
  author: { name: '撰写人', example: 'author: 张三' },
  role: { name: '职务', example: 'role: 党组书记、局长' },
  meeting: { name: '会议', example: 'meeting: 巡察整改专题民主生活会' },
  date: { name: '日期', example: 'date: 2024-03-15' },
  basis: { name: '依据文件', example: 'basis: [{ number: 城巡办发〔2024〕1号 }]' },
  number: { name: '文号', example: 'number: 城巡办发〔2024〕1号' },
  areas: { name: '方面标题', example: 'areas: [（一）……方面]' },
  heading: { name: '方面的标题', example: 'heading: （一）……方面' },
  lead: { name: '方面标题之后同一段的文字', example: 'lead: ，主要是……' },
  paragraphs: { name: '方面标题之后的段落', example: 'paragraphs: [总的看，……。]' },
  paragraph: { name: '接续上一段', example: 'paragraph: continues' },
  area: { name: '方面序号', example: 'area: 1' },
  order: { name: '序号', example: 'order: 1' },
  causes: { name: '原因', example: 'causes: [1, 3]' },
  measures: { name: '措施', example: 'measures: [2]' },
  aliases: { name: '旧网址', example: 'aliases: [1-3]' },
  inspection: { name: '回应的巡察', example: 'inspection: xc-2023-minzhengju' },
  feedback: { name: '回应的反馈问题', example: 'feedback: [3, 7]' },
  recurs: { name: '以前出现过的同一问题', example: 'recurs: [xx-minzhengju-2021/1-2]' },
  team: { name: '巡察组', example: 'team: 县委第一巡察组' },
  inspectedFrom: { name: '巡察开始日期', example: 'inspectedFrom: 2023-04-10' },
  inspectedTo: { name: '巡察结束日期', example: 'inspectedTo: 2023-05-20' },
  feedbackOn: { name: '反馈日期', example: 'feedbackOn: 2023-06-15' },
  categories: { name: '方面标题', example: 'categories: [（一）……方面]' },
  category: { name: '方面序号', example: 'category: 1' },
  follows: { name: '上一轮巡察', example: 'follows: xc-2021-minzhengju' },
  // The ledger's fields, named where its columns are defined (src/ledger/columns.ts).
  ...fieldDocs(),
};
