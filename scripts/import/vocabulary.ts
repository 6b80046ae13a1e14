/**
 * The words the importer recognises a review's headings and closing lines by. When a document
 * fails to import because a heading was not recognised, this is the file to edit: add the words
 * to the row they belong to, and the heading to the cases in the test.
 */
import type { EntryKind } from '../../src/model/kinds.ts';

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
  // 反面典型案例剖析情况, 典型剖析: a case study is text of the review, though it says 剖析.
  { heads: 'extra', words: /案例|典型(?:剖析|分析)/ },
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

/**
 * The part a heading names and how surely: the row of `HEADING_WORDS` that decides, where a lower
 * row is a more usual heading for its part (原因分析 before 剖析). When two headings name one part,
 * the surer one heads it.
 */
export function partMatch(heading: string): { heads: EntryKind; row: number } | undefined {
  const row = HEADING_WORDS.findIndex(({ words }) => words.test(heading));
  const heads = HEADING_WORDS[row]?.heads;
  return heads === undefined || heads === 'extra' ? undefined : { heads, row };
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
  // Any other title that ends in 材料 or 提纲, with a note after it: ……材料（含案例）.
  /(?:材料|提纲)(?:[（(][^）)]*[）)])?$/,
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

/**
 * Words of the first clause of a paragraph that name an area of the problems part: （一）关于班子
 * 建设方面，…… Such a paragraph heads an area even when a lead-in follows its heading.
 */
export const AREA_WORDS: readonly RegExp[] = [
  // 在带头强化政治忠诚方面, 作风建设领域: what an area is called.
  /方面|领域/,
];

/** Whether the first clause of a paragraph names an area. */
export function namesArea(clause: string): boolean {
  return areaWord(clause) !== undefined;
}

/** Where the first word that names an area ends in `text`, if one does. */
export function areaWord(text: string): number | undefined {
  const ends = AREA_WORDS.flatMap((words) => {
    const match = words.exec(text);
    return match ? [match.index + match[0].length] : [];
  });
  return ends.length > 0 ? Math.min(...ends) : undefined;
}

/**
 * How a paragraph ends when it introduces the numbered items below it (……发现以下问题：); any row may
 * match. An area's lead-in ends so.
 */
export const INTRODUCING_WORDS: readonly RegExp[] = [
  // 主要表现在：, 具体如下: a colon, or 如下, at the end.
  /(?:[：:]|如下[。.]?)$/,
  // 发现以下问题, 存在以下几个方面的问题: the items announced.
  /以下.{0,8}问题[。.]?$/,
];

/** Whether a paragraph ends by introducing the items below it. */
export function introducesItems(text: string): boolean {
  return INTRODUCING_WORDS.some((words) => words.test(text));
}

/** What a line of a web page above the review is, for the note that says it was left out. */
export type PageLineKind = 'site' | 'stats';

/**
 * Lines that a web page puts above a review it shows (the site's greeting and menus, when and how
 * often the page was viewed), by their words. Only lines above the title are read against these:
 * in the review's own text such words are the review's. Any row may match. A row marked `sure`
 * marks a line as the page's even when it also names the document (首页 > 范文 > 对照检查材料); the
 * other row's words may be part of a title (XX市政府网站管理中心主任……对照检查材料).
 */
export const PAGE_LINE_WORDS: readonly { kind: PageLineKind; words: RegExp; sure: boolean }[] = [
  // XX文库，欢迎您！; 欢迎光临; 当前位置：: what only a site says.
  { kind: 'site', sure: true, words: /欢迎(?:您|你|光临|访问|来到)|当前位置|您的位置/ },
  // The site and its buttons: 首页, 登录, 下载, 收藏, 扫码阅读, 当前位置 …
  {
    kind: 'site',
    sure: false,
    words:
      /文库|网站|首页|登录|注册|会员|VIP|APP|客户端|扫码|二维码|收藏|下载|分享|举报|付费|全文阅读|阅读全文|展开全文/i,
  },
  // A menu path: 范文 > 心得体会 > …, 首页>工作总结>对照检查.
  { kind: 'site', sure: true, words: /\s[>»›]\s|[>»›][^>»›]*[>»›]/ },
  // 浏览次数：356, 阅读 1.2万, 356人阅读.
  {
    kind: 'stats',
    sure: true,
    words:
      /(?:浏览|阅读|点击|访问|下载|围观|评论|热度)(?:次数|量|数)?\s*[:：]?\s*\d|\d+\s*(?:次|人)(?:浏览|阅读|下载|围观)/,
  },
  // 发布时间：, 更新于, 来源：, 作者：, 字数：.
  {
    kind: 'stats',
    sure: true,
    words:
      /^(?:发布|更新|上传|发表|编辑|来源|作者|出处|责任编辑|字数|页数|格式|大小|分类|标签|栏目)(?:时间|日期|于)?\s*[:：]|(?:发布|更新|上传)于/,
  },
  // 2024-01-05 10:23, 2024/1/5: a date as a page prints it (the document writes 2024年1月5日).
  {
    kind: 'stats',
    sure: true,
    words: /^\d{4}[-/.]\d{1,2}[-/.]\d{1,2}(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?$/,
  },
];

/**
 * What a line above the title is, if it is clearly a web page's; `sure` when it is so even if it
 * names the document.
 */
export function pageLineKind(line: string): { kind: PageLineKind; sure: boolean } | undefined {
  const rows = PAGE_LINE_WORDS.filter(({ words }) => words.test(line));
  return rows[0] && { kind: rows[0].kind, sure: rows.some((row) => row.sure) };
}
