/**
 * The review's front matter facts, taken only from what the document states: the unit, post and
 * meeting from its title, the date from a date line, the documents it answers from its preamble.
 * What the document does not state is left out, or, where the content model requires it, written
 * as a placeholder that says it is to be filled in.
 */
import type { BasisDocument } from '../../src/schemas/review.ts';
import { parseDateLine } from './date-line.ts';
import type { Outline } from './outline.ts';

/** Marks a value the importer could not take from the document. */
export const PLACEHOLDER_MARK = '待填写';

/** Placeholders for the required fields, shown on the site until someone fills them in. */
export const PLACEHOLDERS = {
  title: `${PLACEHOLDER_MARK}：材料标题`,
  organization: `${PLACEHOLDER_MARK}：单位名称`,
  meeting: `${PLACEHOLDER_MARK}：会议名称`,
} as const;

/** Whether a front matter value is one of the importer's placeholders. */
export function isPlaceholder(value: unknown): boolean {
  return typeof value === 'string' && value.startsWith(PLACEHOLDER_MARK);
}

export interface ReviewFacts {
  title: string;
  organization: string;
  role?: string;
  meeting: string;
  /** YYYY-MM-DD */
  date?: string;
  basis: BasisDocument[];
  /** Fields written as placeholders or left out, for the report. */
  missing: ('title' | 'organization' | 'meeting' | 'date')[];
}

/** The meeting itself: 民主生活会 or 组织生活会, 专题 or not. */
const MEETING_CORE = /(?:专题)?(?:民主生活会|组织生活会)/;

/** What titles put before the meeting's name, read backwards from it. */
const MEETING_QUALIFIER =
  /(?:(?:巡察|巡视|审计)(?:反馈)?(?:问题)?整改|主题教育|党史学习教育|以案促改|以案为鉴|警示教育|年度|[0-9０-９]{4}\s*年度?|[〇零○Ｏ一二三四五六七八九]{4}\s*年度?)\s*$/;

/** The meeting a text names, e.g. 巡察整改专题民主生活会, with where it starts. */
export function meetingIn(text: string): { index: number; name: string } | undefined {
  const core = MEETING_CORE.exec(text);
  if (!core) return undefined;
  let index = core.index;
  for (
    let q = MEETING_QUALIFIER.exec(text.slice(0, index));
    q;
    q = MEETING_QUALIFIER.exec(text.slice(0, index))
  ) {
    index = q.index;
  }
  // 2025 年度民主生活会: a space typed inside the name is not part of it.
  return { index, name: text.slice(index, core.index + core[0].length).replace(/\s+/g, '') };
}

/** One post, as titles write it: 书记, 党组成员, 常委, 副局长, 主任 … */
const POST = String.raw`(?:(?:党组|党委|党工委|党总支|党支部|总支|支部)?副?书记|党组成员|党委委员|常委|委员|副?(?:局|县|区|市|州|镇|乡|院|部|处|科|所|站|厅|庭|校|社|队)长|副?主任|副?主席|副?秘书长|副?总经理|董事长|负责人)`;

/**
 * The posts a title names after the unit, to its end: 党组书记、局长, 常委、区委宣传部长. A post after
 * the first may name a unit of its own (区委宣传部长: the 部长 of the 区委宣传部), which stays part of
 * the post.
 */
const ROLE = new RegExp(`${POST}(?:[、，,和及兼][\u4e00-\u9fa5]{0,10}?${POST})*$`, 'u');

/** How a unit's name ends: 局, 委员会, 政府, 公司 … */
const UNIT_END =
  /(?:局|委|办|院|厅|部|处|科|所|站|中心|公司|集团|政府|县|市|区|镇|乡|街道|社区|村|学校|大学|医院|银行|协会|会|馆|队|党组|党委|支部|总支|班子)$/;

/** Document numbers as printed: 城巡办发〔2023〕21号 (also with [] or ［］). */
const DOCUMENT_NUMBER = /[\u4e00-\u9fa5A-Za-z]{1,16}[〔［[]\d{4}[〕］\]]\s*\d{1,4}\s*号/g;

/** Derives the review's facts from its outline. */
export function reviewFacts(outline: Outline): ReviewFacts {
  const missing: ReviewFacts['missing'] = [];
  const title = outline.title?.text;
  if (!title) missing.push('title');

  const firstHeading = outline.body.findIndex((b) => b.type !== 'paragraph');
  const preamble = outline.body
    .slice(0, firstHeading < 0 ? undefined : firstHeading)
    .flatMap((b) => (b.type === 'paragraph' ? [b.paragraph.text] : []));
  const meeting = [title ?? '', ...preamble].map((text) => meetingIn(text)?.name).find(Boolean);
  if (!meeting) missing.push('meeting');

  // A title without the unit (个人对照检查材料) is often followed by a byline that has it.
  const fromTitle = title ? unitAndRole(title) : {};
  const { organization, role } = fromTitle.organization
    ? fromTitle
    : unitAndRole(bylineOf(preamble[0]) ?? '');
  if (!organization) missing.push('organization');

  const dates = [
    ...new Set(
      outline.body
        .flatMap((b) => (b.type === 'paragraph' ? [parseDateLine(b.paragraph.text)] : []))
        .filter(Boolean),
    ),
  ];
  const date = dates.length === 1 ? dates[0] : undefined;
  if (!date) missing.push('date');

  return {
    title: title ?? PLACEHOLDERS.title,
    organization: organization ?? PLACEHOLDERS.organization,
    ...(role ? { role } : {}),
    meeting: meeting ?? PLACEHOLDERS.meeting,
    ...(date ? { date } : {}),
    basis: preamble.flatMap(basisDocuments),
    missing,
  };
}

/**
 * The unit and the post a title names before its meeting: `XX县民政局长巡察整改…` → XX县民政局 and
 * 局长. A title that names no unit (个人对照检查材料) gives neither.
 */
export function unitAndRole(title: string): { organization?: string; role?: string } {
  const meeting = meetingIn(title);
  let prefix = (
    meeting
      ? title.slice(0, meeting.index)
      : title.replace(/(?:个人)?(?:对照检查|检视剖析|发言).*$/, '')
  )
    .replace(/^关于/, '')
    .replace(/(?:同志)?(?:在|关于|的|个人)+$/, '')
    .trim();
  let role: string | undefined;
  const post = ROLE.exec(prefix);
  if (post && post.index > 0) {
    role = post[0];
    prefix = prefix.slice(0, post.index);
    // 民政局长 is short for 民政局局长: the unit keeps the 局 its post begins with.
    if (!UNIT_END.test(prefix) && UNIT_END.test(prefix + role[0]!)) prefix += role[0]!;
  }
  prefix = prefix.replace(/领导班子$|班子$/, '').trim();
  if (!UNIT_END.test(prefix) || prefix.length < 2) return {};
  return { organization: prefix, ...(role ? { role } : {}) };
}

/**
 * The unit and post of a byline under the title, without the name after them:
 * `XX市发改委党组书记、主任  张三` → `XX市发改委党组书记、主任`. Undefined for a paragraph that is
 * no byline (a sentence, a date).
 */
function bylineOf(text: string | undefined): string | undefined {
  if (!text || text.length > 40 || /[。；，：,;:！？!?]/.test(text) || parseDateLine(text)) {
    return undefined;
  }
  return text.replace(/\s+[\u4e00-\u9fa5·]{2,4}$/u, '').trim();
}

/** Words that run into a document number when it is cited without 《》: 根据城巡办发〔2023〕21号. */
const CITING_WORDS = /^(?:根据|按照|依据|对照|结合|落实|贯彻|关于|印发|转发|的|和|及|与)+/;

/** The documents a paragraph cites by number, with the 《title》 just before each number. */
export function basisDocuments(text: string): BasisDocument[] {
  return [...text.matchAll(DOCUMENT_NUMBER)].map((match) => {
    const number = match[0].replace(/\s+/g, '').replace(CITING_WORDS, '');
    const before = text.slice(0, match.index).replace(/[（(]\s*$/, '');
    const title = before.endsWith('》') ? bracketedTitle(before) : undefined;
    return title ? { number, title } : { number };
  });
}

/** The text inside the 《》 that `text` ends with, nested 《》 included. */
function bracketedTitle(text: string): string | undefined {
  let depth = 0;
  for (let i = text.length - 1; i >= 0; i--) {
    if (text[i] === '》') depth++;
    else if (text[i] === '《' && --depth === 0) return text.slice(i + 1, -1).trim() || undefined;
  }
  return undefined;
}
