/**
 * An inspection's front matter facts, taken only where the feedback states them in a set form:
 * the team and the unit from the sentence that says who inspected whom (县委第一巡察组……对县民政局
 * 党组进行了巡察), else from the title (关于巡察县民政局党组的反馈意见), the salutation (县民政局党组：)
 * or the signature (县委第一巡察组); the number from a line that is only the number; the dates of the
 * team's stay and of the feedback from the sentences that give them. What is not stated so is left
 * out, or — the team and the unit, which an inspection must have — written as a placeholder that
 * the report names.
 */
import type { Paragraph } from '../../shared/documents/paragraphs.ts';
import { DIGIT_CHAR, parseDigits } from '../../../src/model/numerals.ts';
import { PLACEHOLDER_MARK } from '../metadata.ts';
import type { ImportNote } from '../outline.ts';
import type { FeedbackOutline } from './outline.ts';

/** Placeholders for the required fields the document does not state. */
export const FEEDBACK_PLACEHOLDERS = {
  title: `${PLACEHOLDER_MARK}：反馈意见标题`,
  team: `${PLACEHOLDER_MARK}：巡察组名称`,
  unit: `${PLACEHOLDER_MARK}：被巡察的党组织名称`,
} as const;

/** A fact and the line it was read from, for the report. */
export interface Sourced {
  value: string;
  line: number;
  /** Where in the document: 正文, 标题, 称呼, 落款, 文号行. */
  from: string;
}

export interface FeedbackFacts {
  title: string;
  team: string;
  unit: string;
  number?: string | undefined;
  /** YYYY-MM-DD */
  inspectedFrom?: string | undefined;
  inspectedTo?: string | undefined;
  feedbackOn?: string | undefined;
  /** Each fact taken from the document, with its line. */
  sources: Partial<Record<'team' | 'unit' | 'number' | 'inspected' | 'feedbackOn', Sourced>>;
  /** Required fields written as placeholders. */
  missing: ('title' | 'team' | 'unit')[];
  /** Facts read two ways that disagree, and the like. */
  notes: ImportNote[];
}

/** A team's name: ends in 巡察组 (or 巡视组), and is not a clause that runs into it. */
const TEAM = '[\\u4e00-\\u9fa5]{1,24}?巡[察视](?:工作)?组';
const NOT_A_TEAM = /根据|按照|部署|安排|同意|要求|统一|派出/;

/** How the name of a party organisation (or of a unit) ends: 党组, 党委, 领导班子, 局 … */
const UNIT_END =
  '(?:党组|党委|党工委|党总支|党支部|总支部|支部|领导班子|班子|局|委员会|委|办公室|办|院|厅|部|中心|公司|集团|政府|镇|乡|街道|社区|村|学校|医院)';
const UNIT = new RegExp(`^([\\u4e00-\\u9fa5“”（）()]{2,40}${UNIT_END})$`, 'u');

/** 县委第一巡察组于……对县民政局党组进行了巡察; 县委第一巡察组进驻县民政局党组开展巡察. */
const WHO_INSPECTED = new RegExp(
  `(?:^|[，,。；;：:、\\s])(${TEAM})[^。；;]{0,60}?(?:对|进驻)([^，,。；;：:]{2,50}?)(?:进行|开展)`,
  'u',
);

/** 关于巡察县民政局党组的反馈意见, 县委第一巡察组关于对……开展巡察“回头看”的反馈意见. */
const TITLE = new RegExp(`^(?:(${TEAM}))?关于(.+?)的(?:巡[察视])?反馈`, 'u');

const DATE = `(${DIGIT_CHAR}{4})\\s*年\\s*(${DIGIT_CHAR}{1,2})\\s*月\\s*(${DIGIT_CHAR}{1,2})\\s*日`;
const DATE_PATTERN = new RegExp(DATE, 'gu');
/** 2023年4月10日至5月20日, 2023年4月10日至2023年5月20日, 2023年4月10日—20日. */
const PERIOD = new RegExp(
  `${DATE}\\s*(?:至|到|—|－|-|~|～)\\s*(?:(${DIGIT_CHAR}{4})\\s*年\\s*)?(?:(${DIGIT_CHAR}{1,2})\\s*月\\s*)?(${DIGIT_CHAR}{1,2})\\s*日`,
  'u',
);

/** Derives the facts from the outline. */
export function feedbackFacts(outline: FeedbackOutline): FeedbackFacts {
  const facts: FeedbackFacts = {
    title: outline.title?.text ?? FEEDBACK_PLACEHOLDERS.title,
    team: FEEDBACK_PLACEHOLDERS.team,
    unit: FEEDBACK_PLACEHOLDERS.unit,
    sources: {},
    missing: outline.title ? [] : ['title'],
    notes: [],
  };
  const list = outline.body.findIndex((b) => b.type === 'problems');
  const paragraphsOf = (blocks: FeedbackOutline['body']) =>
    blocks.flatMap((b) => (b.type === 'paragraph' ? [b.paragraph] : []));
  const before = paragraphsOf(outline.body.slice(0, list < 0 ? undefined : list));
  const after = paragraphsOf(outline.body.slice(list + 1));

  const candidates: Record<'team' | 'unit', Sourced[]> = { team: [], unit: [] };
  for (const p of before) {
    const who = WHO_INSPECTED.exec(p.text);
    if (!who) continue;
    const team = who[1]!;
    if (!NOT_A_TEAM.test(team)) candidates.team.push({ value: team, line: p.line, from: '正文' });
    const unit = unitName(who[2]!);
    if (unit) candidates.unit.push({ value: unit, line: p.line, from: '正文' });
    break;
  }
  const title = outline.title && TITLE.exec(outline.title.text);
  if (title) {
    const line = outline.title!.lines[0]!.line;
    if (title[1] && !NOT_A_TEAM.test(title[1]))
      candidates.team.push({ value: title[1], line, from: '标题' });
    const unit = unitOfTitle(title[2]!);
    if (unit) candidates.unit.push({ value: unit, line, from: '标题' });
  }
  const salutation = before[0] && /^(.{2,40})[：:]$/u.exec(before[0].text);
  const addressee = salutation && unitName(salutation[1]!);
  if (addressee) candidates.unit.push({ value: addressee, line: before[0]!.line, from: '称呼' });
  const signature = after
    .slice(-3)
    .find((p) => new RegExp(`^${TEAM}$`, 'u').test(p.text) && !NOT_A_TEAM.test(p.text));
  if (signature)
    candidates.team.push({ value: signature.text, line: signature.line, from: '落款' });

  for (const field of ['team', 'unit'] as const) {
    const [chosen, ...others] = candidates[field];
    if (!chosen) {
      facts.missing.push(field);
      continue;
    }
    facts[field] = chosen.value;
    facts.sources[field] = chosen;
    for (const other of others.filter((o) => o.value !== chosen.value)) {
      facts.notes.push({
        line: other.line,
        message: `${field === 'team' ? '巡察组' : '被巡察单位'}：${other.from}写的是“${other.value}”，而${chosen.from}（第 ${chosen.line} 行）写的是“${chosen.value}”，已用后者，请核对`,
      });
    }
  }

  if (outline.numberLine) {
    const { number, paragraph } = outline.numberLine;
    facts.number = number;
    facts.sources.number = { value: number, line: paragraph.line, from: '文号行' };
  }
  readDates(before, facts);
  return facts;
}

/** The unit a phrase names, without what runs on after it (及其领导班子, 工作, 情况). */
function unitName(phrase: string): string | undefined {
  const name = phrase
    .trim()
    .split(/及其|以及|及|和/u)[0]!
    .replace(/(?:的)?(?:工作|情况)$/u, '')
    .trim();
  return UNIT.exec(name)?.[1];
}

/** The unit a title names between 关于 and 的反馈意见: 巡察县民政局党组, 对……开展巡察“回头看”. */
function unitOfTitle(phrase: string): string | undefined {
  let name = phrase.replace(/^对/u, '');
  // 对县民政局党组开展巡察“回头看”: the unit is before what was done to it.
  name = name.replace(/(?:开展|进行)(?:了)?.*$/u, '');
  // 十届县委第三轮巡察县民政局党组: the unit is after the last 巡察.
  const last = Math.max(name.lastIndexOf('巡察'), name.lastIndexOf('巡视'));
  if (last >= 0) name = name.slice(last + 2);
  return unitName(name);
}

/** The dates of the team's stay and of the feedback, from the sentences before the list. */
function readDates(paragraphs: Paragraph[], facts: FeedbackFacts): void {
  const sentences = paragraphs.flatMap((p) =>
    p.text.split(/(?<=[。；;])/u).map((text) => ({ text, line: p.line })),
  );
  for (const { text, line } of sentences) {
    if (facts.inspectedFrom || !/巡[察视]|进驻/u.test(text)) continue;
    const period = PERIOD.exec(text);
    if (!period) continue;
    const from = isoDate(period[1]!, period[2]!, period[3]!);
    const to = isoDate(period[4] ?? period[1]!, period[5] ?? period[2]!, period[6]!);
    if (!from || !to || to < from) continue;
    facts.inspectedFrom = from;
    facts.inspectedTo = to;
    facts.sources.inspected = { value: `${from} 至 ${to}`, line, from: '正文' };
  }
  for (const { text, line } of sentences) {
    if (facts.feedbackOn || !/反馈/u.test(text) || /反馈如下/u.test(text)) continue;
    const dates = [...text.matchAll(DATE_PATTERN)];
    if (dates.length !== 1 || PERIOD.test(text)) continue;
    const [, y, m, d] = dates[0]!;
    const date = isoDate(y!, m!, d!);
    if (!date || (facts.inspectedTo && date < facts.inspectedTo)) continue;
    facts.feedbackOn = date;
    facts.sources.feedbackOn = { value: date, line, from: '正文' };
  }
}

/** YYYY-MM-DD of a date written with digits, or undefined when there is no such day. */
function isoDate(year: string, month: string, day: string): string | undefined {
  const [y, m, d] = [year, month, day].map(parseDigits);
  if (y === undefined || m === undefined || d === undefined) return undefined;
  const date = new Date(Date.UTC(y, m - 1, d));
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d)
    return undefined;
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}
