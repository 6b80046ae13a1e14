/**
 * Recognises the structure of a feedback document (反馈意见): its title and number, the text before
 * the list of problems (the salutation, how the inspection went), the categories of the list
 * （一）……方面 and the problems numbered under them (1. 1、 一是 （1）…), and the text after it (the
 * requests to the unit, other sections, the signature). Every paragraph ends up in one place, in
 * document order. What the importer cannot be sure of — no categories, a number skipped, a
 * paragraph without a number among the problems, a category without problems — is read the most
 * likely way and said in a note, never decided silently.
 */
import {
  markerFor,
  numberingOf,
  PARAGRAPH_SCHEMES,
  PART_HEADING_SCHEMES,
  type NumberingScheme,
} from '../../../src/model/numbering.ts';
import { DocumentError, quote, spanOf } from '../../shared/documents/errors.ts';
import type { Paragraph, SourceDocument } from '../../shared/documents/paragraphs.ts';
import { parseDateLine } from '../date-line.ts';
import { joinBrokenLines } from '../hard-wraps.ts';
import { headline, isHeadingLike, splitHeading } from '../headline.ts';
import { sentenceMarkers } from '../inline-items.ts';
import { PLACEHOLDER_MARK } from '../metadata.ts';
import { introducesItems, namesArea } from '../vocabulary.ts';
import type { FeedbackCategory, FeedbackOutline } from './outline.ts';

/** Every numbering a paragraph of a feedback may open with, 第一部分 included. */
const ALL_SCHEMES: readonly NumberingScheme[] = [...PARAGRAPH_SCHEMES, 'cn-part'];

/** The heading of a list of problems that has no categories, until someone writes one. */
export const CATEGORY_PLACEHOLDER = `${PLACEHOLDER_MARK}：问题所属的方面（反馈意见没有分方面）`;

/** A title says what the document is: 关于巡察……的反馈意见, ……巡察情况的反馈. */
const FEEDBACK_WORDS = /反馈/;

/** A heading of the suggestions that follow the list: 整改意见建议, 有关要求. */
const SUGGESTION_WORDS = /意见|建议|要求/u;

/** A part heading that heads the list of problems: 一、巡察发现的主要问题. */
const PROBLEMS_PART_WORDS = /问题/;

/** A line that is only a document number, perhaps in brackets: （城巡办发〔2023〕21号）. */
const NUMBER_LINE =
  /^[（(]?\s*([\u4e00-\u9fa5A-Za-z]{1,16}[〔［[][0-9０-９]{4}[〕］\]]\s*[0-9０-９]{1,4}\s*号)\s*[）)]?$/u;

/**
 * How the paragraph that starts the end of a feedback begins: its requests to the unit (请……党组
 * 认真研究), what the team will do, a summing-up. Unnumbered paragraphs after the last problem up
 * to such a one are the last problem's; from it on, the feedback's own text.
 */
const CLOSING_START =
  /^(?:请|望|希望|以上|针对(?:上述|以上|这些|巡察发现)|对(?:上述|以上|这些|巡察发现|反馈)|整改(?:情况|报告|方案|落实情况)|巡察组将)/u;

export interface FeedbackOptions {
  /** Keep each line a paragraph of its own, even where it stops mid-sentence. */
  keepLines?: boolean | undefined;
}

/** Reads a feedback document's structure; throws a `DocumentError` when it has no text at all. */
export function recogniseFeedback(
  doc: SourceDocument,
  options: FeedbackOptions = {},
): FeedbackOutline {
  return new FeedbackReader(doc, options).read();
}

/** The document's number on a line of its own, without brackets and spaces. */
export function numberOfLine(text: string): string | undefined {
  const number = NUMBER_LINE.exec(text.trim())?.[1]?.replace(/\s+/g, '');
  // 根据城巡办发〔2023〕21号 cites another document; it is not this one's number.
  return number && !/^(?:根据|按照|依据|对照|关于|落实|贯彻)/u.test(number) ? number : undefined;
}

class FeedbackReader {
  private readonly outline: FeedbackOutline = {
    title: undefined,
    numberLine: undefined,
    body: [],
    categories: [],
    categorised: true,
    problems: [],
    numbering: 'printed',
    joined: [],
    notes: [],
  };

  private readonly doc: SourceDocument;
  private readonly options: FeedbackOptions;

  constructor(doc: SourceDocument, options: FeedbackOptions) {
    this.doc = doc;
    this.options = options;
  }

  read(): FeedbackOutline {
    const all = this.doc.paragraphs;
    if (all.length === 0) {
      throw new DocumentError({
        file: this.doc.file,
        expected: '反馈意见的正文',
        found: '只有空行',
        hint: '请确认文件名无误，并且文件已经保存。',
      });
    }
    let start = this.takeNumberLine(all, 0);
    const lines = titleLines(all, start);
    if (lines.length > 0) {
      const text = lines.map((p) => p.text).join('');
      this.outline.title = { text, lines };
      if (lines.length > 1) this.note(lines[0]!, `标题分 ${lines.length} 行排，已合为一个标题`);
      if (!FEEDBACK_WORDS.test(text)) {
        this.note(lines[0]!, `标题${quote(text, 40)}中没有“反馈”二字：请核对这是不是反馈意见`);
      }
    } else {
      this.note(all[start]!, '第一段不像反馈意见的标题，标题留待填写');
    }
    start += lines.length;
    if (!this.outline.numberLine) start = this.takeNumberLine(all, start);

    let paragraphs = all.slice(start);
    if (!this.options.keepLines) {
      const joined = joinBrokenLines(paragraphs);
      paragraphs = joined.paragraphs;
      this.outline.joined = joined.joined;
      if (joined.joined.length > 0) {
        const count = joined.joined.reduce((sum, j) => sum + j.lines, 0);
        this.outline.notes.push({
          message: `${count} 行在句子中间断开（从 PDF 等处复制的文字常这样），已连成 ${joined.joined.length} 段：${joined.joined.map((j) => spanOf(j.line, j.lastLine, this.doc.unit)).join('、')}；如果原文确实在这些地方分段，请加 --keep-lines 重新导入`,
        });
      }
    }
    this.readParts(paragraphs);
    return this.outline;
  }

  /** Takes `all[at]` as the document's number when it is only that; returns where the rest starts. */
  private takeNumberLine(all: Paragraph[], at: number): number {
    const paragraph = all[at];
    const number = paragraph && numberOfLine(paragraph.text);
    if (!paragraph || !number) return at;
    this.outline.numberLine = { number, paragraph };
    return at + 1;
  }

  /**
   * The parts of the feedback: when it heads its list with a numbered part heading (一、巡察发现
   * 的主要问题), the list is that part, and the other parts (二、整改意见建议) are its own text;
   * otherwise the list runs from the first category to the closing lines.
   */
  private readParts(paragraphs: Paragraph[]): void {
    const parts = partHeadings(paragraphs);
    const problemsPart = parts.findIndex((i) => PROBLEMS_PART_WORDS.test(paragraphs[i]!.text));
    if (problemsPart < 0) {
      this.readList(paragraphs, true);
      return;
    }
    const from = parts[problemsPart]!;
    const to = parts[problemsPart + 1] ?? paragraphs.length;
    this.text(paragraphs.slice(0, from), parts);
    this.outline.body.push({ type: 'heading', paragraph: paragraphs[from]! });
    const scheme = this.readList(paragraphs.slice(from + 1, to), to === paragraphs.length);
    if (scheme) this.noteNumberedText(paragraphs.slice(0, from), scheme);
    this.text(paragraphs.slice(to), parts, to);
  }

  /** Paragraphs of the feedback's own text; those at `headings` (offset by `from`) are headings. */
  private text(paragraphs: Paragraph[], headings: number[] = [], from = 0): void {
    paragraphs.forEach((paragraph, i) => {
      const heading = headings.includes(from + i);
      this.outline.body.push({ type: heading ? 'heading' : 'paragraph', paragraph });
    });
  }

  /**
   * The list of problems and the text around it. Categories are the list's first numbering when
   * problems numbered another way follow them and each reads as a heading; problems are that
   * other numbering. Without categories, the first numbering is the problems'. Returns the
   * problems' numbering, if there are any.
   */
  private readList(paragraphs: Paragraph[], last: boolean): NumberingScheme | undefined {
    const schemes = paragraphs.map((p) => numberingOf(p.text, ALL_SCHEMES)?.scheme);
    const first = schemes.findIndex(Boolean);
    if (first < 0) {
      this.text(paragraphs);
      this.outline.body.push({ type: 'problems' });
      this.outline.categorised = false;
      this.outline.categories.push(placeholderCategory());
      this.outline.notes.push({
        message:
          '没有找到带编号的问题：反馈意见中没有以 1. 1、 一是 （1）等编号开头的段落，只导入了它的正文。如果反馈意见列出了问题，请检查每个问题是否以编号开始一段',
      });
      return undefined;
    }
    const outer = schemes[first]!;
    // 三、整改意见建议 after categories that each name their 方面 (一、……方面): the list has
    // ended there, and what follows is the feedback's own text.
    const namesCategory = (i: number) => namesArea(splitHeading(paragraphs[i]!.text).heading);
    const outerStarts = schemes.flatMap((s, i) => (s === outer ? [i] : []));
    const stop = outerStarts.find(
      (i, k) =>
        k > 0 &&
        !namesCategory(i) &&
        SUGGESTION_WORDS.test(paragraphs[i]!.text) &&
        outerStarts.slice(0, k).every(namesCategory),
    );
    const limit = stop ?? paragraphs.length;
    const categoryStarts = outerStarts.filter((i) => i < limit);
    const inner = schemes.slice(first + 1, limit).find((s) => s !== undefined && s !== outer);
    const categorised =
      inner !== undefined &&
      categoryStarts.every((i) => isCategoryHeading(paragraphs[i]!.text)) &&
      categoryStarts.some((i, k) =>
        schemes.slice(i + 1, categoryStarts[k + 1]).some((s) => s === inner),
      );
    const problemScheme = categorised ? inner : outer;

    const before = paragraphs.slice(0, first);
    this.text(before);
    this.noteNumberedText(before, problemScheme);
    this.outline.body.push({ type: 'problems' });

    // The closing: from the first paragraph after the last problem that starts the feedback's end.
    const lastProblem = schemes.slice(0, limit).findLastIndex((s) => s === problemScheme);
    let end = limit;
    if (lastProblem >= 0) {
      const after = paragraphs.slice(lastProblem + 1, limit);
      const closing = after.findIndex(
        (p, i) =>
          !numberingOf(p.text, ALL_SCHEMES) &&
          startsClosing(p.text, after.slice(i), last && stop === undefined),
      );
      if (closing >= 0) end = lastProblem + 1 + closing;
    }
    const list = paragraphs.slice(first, end);
    if (categorised) this.readCategories(list, outer, problemScheme);
    else this.readUncategorised(list, problemScheme);
    this.assignIds();
    this.noteUnnumbered();
    this.text(paragraphs.slice(end), stop === undefined ? [] : [stop], end);
    return problemScheme;
  }

  /** A list whose first numbering heads categories and whose second numbers problems. */
  private readCategories(list: Paragraph[], outer: NumberingScheme, scheme: NumberingScheme): void {
    let category: FeedbackCategory | undefined;
    for (const p of list) {
      const numbering = numberingOf(p.text, ALL_SCHEMES);
      if (numbering?.scheme === outer) {
        const expected = this.outline.categories.length + 1;
        if (numbering.number !== expected) {
          this.note(
            p,
            `方面的编号应为“${markerFor(outer, expected)}”，实际是${quote(p.text, 20)}：已按顺序作为第 ${expected} 个方面导入，请核对是否漏掉或重复了方面`,
          );
        }
        category = categoryOf(p);
        this.outline.categories.push(category);
        this.noteInlineNumbers(p, '这个方面标题的段落');
        continue;
      }
      if (numbering?.scheme === scheme) {
        this.addProblem(p, this.outline.categories.length);
        continue;
      }
      const problem = this.outline.problems.at(-1);
      if (problem && problem.category === this.outline.categories.length) {
        problem.paragraphs.push(p);
      } else {
        category!.paragraphs.push(p);
        this.noteInlineNumbers(p, '这个方面的说明');
      }
    }
    this.outline.categories.forEach((c, i) => {
      if (!this.outline.problems.some((p) => p.category === i + 1)) {
        this.note(
          c.paragraph!,
          `方面${quote(c.heading, 30)}下没有带编号的问题，只导入了它的标题${c.paragraphs.length > 0 ? '和说明' : ''}；如果其下有问题，请给它们编号（如“${markerFor(scheme, 1)}”“${markerFor(scheme, 2)}”）后重新导入`,
        );
      }
    });
  }

  /** A list of problems without category headings: one placeholder category holds them all. */
  private readUncategorised(list: Paragraph[], scheme: NumberingScheme): void {
    this.outline.categorised = false;
    this.outline.categories.push(placeholderCategory());
    for (const p of list) {
      if (numberingOf(p.text, ALL_SCHEMES)?.scheme !== scheme) {
        this.outline.problems.at(-1)!.paragraphs.push(p);
        continue;
      }
      this.addProblem(p, 1);
      // （一）……方面。一是……；二是……: a category whose problems stand in its own paragraph.
      if (namesArea(splitHeading(p.text).heading)) {
        this.noteInlineNumbers(
          p,
          '这一段像方面标题（……方面），段',
          '整段作为一个问题导入：反馈问题须各自成段。如果它是一个方面、那几项是它的问题，请在编号处分段后重新导入',
        );
      }
    }
    this.note(
      list[0]!,
      `没有找到（一）（二）……这样的方面标题：${this.outline.problems.length} 个问题都归入一个方面，inspection.mdx 的 categories 中暂写作“${CATEGORY_PLACEHOLDER}”。如果反馈意见分了方面，请检查方面标题是否单独成段；没有分方面的，请写上问题清单的标题`,
    );
  }

  private addProblem(p: Paragraph, category: number): void {
    const numbering = numberingOf(p.text, ALL_SCHEMES)!;
    const order = this.outline.problems.filter((q) => q.category === category).length + 1;
    this.outline.problems.push({
      id: '',
      category,
      order,
      marker: numbering.marker,
      printed: numbering.number,
      title: headline(p.text),
      paragraphs: [p],
    });
    const next = sentenceMarkers(p.text, numbering.scheme).find(
      (m) => m.number === numbering.number + 1 && m.index > 0,
    );
    if (next) {
      this.note(
        p,
        `这一段中还有下一个问题（${quote(p.text.slice(next.index), 12)}），整段作为一个问题导入；如果它们是两个问题，请在编号处分段后重新导入`,
      );
    }
  }

  /**
   * The problems' file names. Feedback documents number their problems 1…N across the categories,
   * and findings and notices cite them by that number (反馈问题3); where the document does so, the
   * file name is its number, a number skipped included, so that the number in the document and the
   * one a finding writes are the same. Where it starts again under each category, or numbers out of
   * order, the files are numbered 1…N in document order: one plain number per problem of the
   * inspection, as `feedback: [3, 7]` writes it, not one that needs its category to be told apart.
   */
  private assignIds(): void {
    const problems = this.outline.problems;
    const increasing = problems.every((p, i) => i === 0 || p.printed > problems[i - 1]!.printed);
    this.outline.numbering = increasing ? 'printed' : 'sequence';
    problems.forEach((p, i) => {
      p.id = String(increasing ? p.printed : i + 1);
    });
    if (problems.length === 0) return;
    if (increasing) {
      problems.forEach((p, i) => {
        const expected = i === 0 ? 1 : problems[i - 1]!.printed + 1;
        if (p.printed === expected) return;
        this.note(
          p.paragraphs[0]!,
          `问题的编号应为“${expected}”，实际是${quote(p.paragraphs[0]!.text, 16)}：文件按原文的编号命名为 problems/${p.id}.mdx，没有 ${expected === p.printed - 1 ? `${expected}.mdx` : `${expected}.mdx 到 ${p.printed - 1}.mdx`}。如果原文漏掉了问题，请补上后重新导入；如果是编号写错了，请改正原文后重新导入`,
        );
      });
      return;
    }
    const restarts = this.outline.categories.every((_, k) =>
      problems.filter((p) => p.category === k + 1).every((p, i) => p.printed === i + 1),
    );
    this.outline.notes.push({
      message: restarts
        ? `反馈意见在每个方面下重新编号：文件按问题在全文中的顺序命名为 problems/1.mdx 到 problems/${problems.length}.mdx（结构中逐条列出），问题的 feedback 要写这个编号`
        : `问题的编号没有依次递增（${problems.map((p) => p.printed).join('、')}）：文件按问题在全文中的顺序命名为 problems/1.mdx 到 problems/${problems.length}.mdx（结构中逐条列出）；请对照原文核对是否有重复、漏掉或写错的编号`,
    });
  }

  /**
   * Says which problems have paragraphs without a number after their own: they are taken as the
   * problem's, but one of them may be a problem whose number is missing.
   */
  private noteUnnumbered(): void {
    for (const problem of this.outline.problems) {
      const extra = problem.paragraphs.slice(1).filter((p) => !numberingOf(p.text, ALL_SCHEMES));
      if (extra.length === 0) continue;
      const lines = extra.map((p) => spanOf(p.line, p.lastLine, this.doc.unit)).join('、');
      this.note(
        problem.paragraphs[0]!,
        `反馈问题${problem.id}之后的 ${extra.length} 段没有编号（${lines}），作为这个问题的正文导入；如果其中有另一个问题（漏了编号），请补上编号后重新导入`,
      );
    }
  }

  /** Says where numbered paragraphs stand before the first category: kept as the feedback's text. */
  private noteNumberedText(paragraphs: Paragraph[], scheme: NumberingScheme): void {
    for (const p of paragraphs) {
      if (numberingOf(p.text, ALL_SCHEMES)?.scheme !== scheme) continue;
      this.note(
        p,
        `${quote(p.text, 20)}有问题那样的编号，但在第一个方面之前，作为反馈意见的正文导入；如果它是一个问题，请把它移到所属方面的标题之下`,
      );
    }
  }

  /** Says that numbered items inside a paragraph were left in it. */
  private noteInlineNumbers(
    p: Paragraph,
    what: string,
    outcome = '没有拆开：反馈问题须各自成段。如果它们是几个问题，请在编号处分段后重新导入',
  ): void {
    const markers = sentenceMarkers(p.text).filter((m) => m.index > 0);
    const run = markers.filter((m) => m.scheme === markers[0]?.scheme);
    if (run.length < 2 || run[0]!.number !== 1) return;
    this.note(p, `${what}中写着几项（${run.map((m) => m.marker).join('、')}……），${outcome}`);
  }

  private note(p: Paragraph, message: string): void {
    this.outline.notes.push({ line: p.line, message });
  }
}

/** The lines of the title at `paragraphs[start]`: that line, or two when it is set on two. */
function titleLines(paragraphs: Paragraph[], start: number): Paragraph[] {
  const first = paragraphs[start];
  if (!first || !looksLikeTitle(first.text)) return [];
  if (FEEDBACK_WORDS.test(first.text)) return [first];
  const next = paragraphs[start + 1];
  if (next && looksLikeTitle(next.text) && FEEDBACK_WORDS.test(next.text)) return [first, next];
  return [first];
}

/** A title is a short line that is not numbered, not a date or a number, not a sentence. */
function looksLikeTitle(text: string): boolean {
  return (
    text.length <= 80 &&
    !numberingOf(text, ALL_SCHEMES) &&
    parseDateLine(text) === undefined &&
    numberOfLine(text) === undefined &&
    !/[。；，：,;:.]$/.test(text)
  );
}

/**
 * The part headings 一、 二、 (or 第一部分) in order: short heading lines numbered one after the
 * other that do not name a category (……方面 is a category numbered 一、).
 */
function partHeadings(paragraphs: Paragraph[]): number[] {
  const starts: number[] = [];
  let style: NumberingScheme | undefined;
  paragraphs.forEach((p, i) => {
    const numbering = numberingOf(p.text, PART_HEADING_SCHEMES);
    if (!numbering || numbering.number !== starts.length + 1) return;
    if (style && style !== numbering.scheme) return;
    if (!isHeadingLike(p.text, 40) || namesArea(splitHeading(p.text).heading)) return;
    style = numbering.scheme;
    starts.push(i);
  });
  return starts;
}

/**
 * Whether a numbered paragraph reads as a category's heading: it names its category (……方面), or
 * introduces what follows (……存在以下问题：), or is a heading without a full stop — a problem's
 * headline alone (1.理论学习不够深入。) ends with one.
 */
function isCategoryHeading(text: string): boolean {
  return (
    namesArea(splitHeading(text).heading) ||
    introducesItems(text) ||
    (isHeadingLike(text, 80) && !/[。.]$/.test(text))
  );
}

/** A category from its heading's paragraph: the heading, and the lead-in after it. */
function categoryOf(p: Paragraph): FeedbackCategory {
  const category: FeedbackCategory = {
    paragraph: p,
    heading: p.text,
    lead: undefined,
    paragraphs: [],
  };
  if (namesArea(p.text.slice(0, 80)) || !isHeadingLike(p.text, 80)) {
    const split = splitHeading(p.text);
    category.heading = split.heading;
    if (split.rest) category.lead = split.rest;
  }
  return category;
}

function placeholderCategory(): FeedbackCategory {
  return { paragraph: undefined, heading: CATEGORY_PLACEHOLDER, lead: undefined, paragraphs: [] };
}

/**
 * Whether `rest`, the paragraphs after the last problem from this one on, is the feedback's end:
 * it starts with words that end a feedback, or (at the end of the document) is only its signature
 * and date.
 */
function startsClosing(text: string, rest: Paragraph[], last: boolean): boolean {
  if (CLOSING_START.test(text)) return true;
  return last && rest.every((p) => isSignatureOrDate(p.text));
}

/** A date, or a short line without a sentence's marks: a signature, a unit. */
function isSignatureOrDate(text: string): boolean {
  if (parseDateLine(text)) return true;
  return text.length <= 30 && !/[。；！？，,;!?：:]/.test(text);
}
