/**
 * The words the importer recognises a review's headings and closing lines by. When a document
 * fails to import because a heading was not recognised, this is the file to edit: add the words
 * to the row they belong to, and the heading to the cases in the test.
 */
import type { EntryKind } from '../../src/model/kinds';

/** Words a part heading may contain, and what a heading with them heads. */
export interface HeadingWords {
  /** The part such a heading heads, or `extra`: a section of the review's own text. */
  heads: EntryKind | 'extra';
  words: RegExp;
}

/**
 * What a part heading heads, by its words. The first row that matches decides, so a heading that
 * names several parts (产生问题的原因) goes to the row listed first.
 */
export const HEADING_WORDS: readonly HeadingWords[] = [
  // A report on earlier rectification (上次民主生活会整改措施落实情况) is a section of its own,
  // though it names 整改措施 or 问题.
  { heads: 'extra', words: /落实情况|整改情况|完成情况|执行情况/ },
  // 个人有关事项报告情况: a report the meeting asks for, not a part.
  { heads: 'extra', words: /报告情况|事项/ },
  // 原因分析, 产生问题的原因: before the problems' words, which these headings also contain.
  { heads: 'cause', words: /原因/ },
  // 思想根源, 问题的根子: the root of the problems is their cause.
  { heads: 'cause', words: /根源|根子/ },
  // 原因剖析, 深刻剖析: the analysis of the causes.
  { heads: 'cause', words: /剖析/ },
  // 整改措施, 整改方向, 整改举措 …: before the problems' words, since 问题整改措施 has both.
  { heads: 'measure', words: /整改(?:措施|方向|举措|打算|思路|目标)/ },
  // 今后的努力方向, 改进措施.
  { heads: 'measure', words: /努力方向|改进(?:措施|方向)/ },
  // 下一步打算, 今后努力方向: what is to come is a measure.
  { heads: 'measure', words: /下一步|今后/ },
  // 措施 or 打算 alone: 主要措施, 个人打算.
  { heads: 'measure', words: /措施|打算/ },
  // 存在的问题, 存在的不足和差距: what the review found.
  { heads: 'finding', words: /问题|不足|差距/ },
  // 问题查摆, 检视问题, 对照检查情况: the finding-out itself.
  { heads: 'finding', words: /查摆|检视|对照检查/ },
];

/** The part a heading names, if it names one. */
export function partKindOf(heading: string): EntryKind | undefined {
  const heads = HEADING_WORDS.find(({ words }) => words.test(heading))?.heads;
  return heads === 'extra' ? undefined : heads;
}

/**
 * What a title calls the document; any row may match. A first title line without them (the unit
 * and post) is continued by the next line, up to the one that has them.
 */
export const DOCUMENT_KIND_WORDS: readonly RegExp[] = [
  // 对照检查材料, 检视剖析材料: the review itself.
  /对照检查|检视剖析/,
  // 发言提纲, 发言材料: the review as the text the speaker reads at the meeting.
  /发言提纲|发言材料/,
  // Any other title that ends in 材料 or 提纲.
  /材料$|提纲$/,
];

/** Whether a title line says what the document is: 对照检查材料, 发言提纲 … */
export function namesDocumentKind(line: string): boolean {
  return DOCUMENT_KIND_WORDS.some((words) => words.test(line));
}

/**
 * The words of the sentence that ends a review (以上对照检查，不妥之处，请同志们批评指正。); any row
 * may match. They start the closing lines, which belong to the review's own text, not to its last
 * item.
 */
export const CLOSING_WORDS: readonly RegExp[] = [
  // 请同志们批评指正, 请大家批评帮助: the request nearly every review ends with.
  /批评指正|批评帮助/,
  // 以上是我的对照检查, 以上发言: the summing-up that opens the closing sentence.
  /以上(?:是|为|就是|对照|发言|检查|剖析)/,
  // 不妥之处, 不当之处: the apology for what may be wrong.
  /不妥之处|不当之处/,
  // 请组织和同志们给予帮助: the request with other words in between.
  /请.{0,8}(?:同志|组织).{0,8}(?:批评|指正|帮助)/,
  // 恳请, 敬请: polite requests, which only the closing makes.
  /恳请|敬请/,
];

/** Whether a paragraph has the words of a review's closing sentence. */
export function hasClosingWords(text: string): boolean {
  return CLOSING_WORDS.some((words) => words.test(text));
}
