/**
 * Recognises the structure of a 对照检查材料: its title, the text before the parts, the three parts
 * (problems, causes, measures) with their areas and numbered items, any other section, and the
 * closing lines. Every paragraph ends up in exactly one place, in document order: the review's own
 * text or an entry — except the lines a web page put above the title, which are reported instead.
 */
import type { EntryKind } from '../../src/model/kinds.ts';
import { KIND_NOUN } from '../../src/model/labels.ts';
import { parseDateLine } from './date-line.ts';
import { pageLines } from './debris.ts';
import { DocumentError, position, quote, spanOf } from '../shared/documents/errors.ts';
import { joinBrokenLines } from './hard-wraps.ts';
import {
  headline,
  isCutOffAreaHeading,
  isHeadingLike,
  isHeadlineOnly,
  splitHeading,
} from './headline.ts';
import { cutAt, firstItemScheme, itemRun } from './inline-items.ts';
import {
  markerFor,
  numberingOf,
  PART_HEADING_SCHEMES,
  type NumberingScheme,
} from '../../src/model/numbering.ts';
import type { Area, Item, Outline } from './outline.ts';
import type { Paragraph, SourceDocument } from '../shared/documents/paragraphs.ts';
import { titleLines, titleText } from './title.ts';
import { hasClosingWords, introducesItems, namesArea, partMatch } from './vocabulary.ts';

/** The parts as messages name them. */
const PART_NAMES: Record<EntryKind, string> = {
  finding: '问题部分（存在的问题）',
  cause: '原因部分（原因分析）',
  measure: '措施部分（整改措施）',
};

/** An item of each part, as messages name it after a number or 下一: 一条原因, 下一项措施. */
const ITEM_NAMES: Record<EntryKind, string> = {
  finding: '个问题',
  cause: '条原因',
  measure: '项措施',
};

/** A usual heading of each part, for the note that says it is missing. */
const PART_EXAMPLES: Record<'cause' | 'measure', string> = {
  cause: '“二、产生问题的原因分析”',
  measure: '“三、下一步努力方向和整改措施”',
};

interface Section {
  heading: Paragraph;
  kind: EntryKind | 'extra';
  paragraphs: Paragraph[];
}

export interface OutlineOptions {
  /** Keep each line a paragraph of its own, even where it stops mid-sentence. */
  keepLines?: boolean | undefined;
}

/** Reads the document's structure, or throws an `DocumentError` naming the line it could not place. */
export function recogniseOutline(doc: SourceDocument, options: OutlineOptions = {}): Outline {
  return new OutlineReader(doc, options).read();
}

class OutlineReader {
  private readonly outline: Outline = {
    title: undefined,
    body: [],
    parts: [],
    areas: [],
    findings: [],
    causes: [],
    measures: [],
    dropped: [],
    joined: [],
    notes: [],
  };

  private readonly doc: SourceDocument;
  private readonly options: OutlineOptions;

  constructor(doc: SourceDocument, options: OutlineOptions) {
    this.doc = doc;
    this.options = options;
  }

  read(): Outline {
    if (this.doc.paragraphs.length === 0) {
      throw new DocumentError({
        file: this.doc.file,
        expected: '对照检查材料的正文',
        found: '只有空行',
        hint: '请确认文件名无误，并且文件已经保存。',
      });
    }
    // How the reader read the file (Word's automatic numbering), by paragraph, comes first.
    this.outline.notes.push(...(this.doc.notes ?? []));
    const page = pageLines(this.doc.paragraphs);
    this.outline.dropped = page.dropped;
    for (const { paragraph, why } of page.dropped) {
      this.note(
        paragraph,
        `已略去${quote(paragraph.text, 40)}：在标题之上，是${why}，不是材料的内容`,
      );
    }
    for (const paragraph of page.unsure) {
      this.note(
        paragraph,
        `${quote(paragraph.text, 40)}在标题之上，不能确定是不是材料的内容，已保留在正文开头；如果不是，请从文档中删去后重新导入`,
      );
    }
    const [first] = page.rest;
    const lines = titleLines(page.rest);
    if (first && lines.length === 0) {
      this.note(first, '第一段不像标题，标题留待填写');
    } else if (lines.length > 0) {
      this.outline.title = { text: titleText(lines), lines };
      if (lines.length > 1) {
        this.note(lines[0]!, `标题分 ${lines.length} 行排，已合为一个标题`);
      }
    }

    let paragraphs = page.rest.slice(lines.length);
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

    const { preamble, sections } = this.sections(paragraphs);
    this.paragraphs([...page.unsure, ...preamble]);
    sections.forEach((section, i) => {
      const last = i === sections.length - 1;
      this.outline.parts.push({ kind: section.kind, heading: section.heading });
      if (section.kind === 'extra') {
        this.heading(section.heading);
        this.paragraphs(section.paragraphs);
      } else if (section.kind === 'finding') {
        this.findings(section, last);
      } else {
        this.items(section, section.kind, last);
      }
    });
    for (const kind of ['cause', 'measure'] as const) {
      if (!sections.some((s) => s.kind === kind)) {
        this.outline.notes.push({
          message: `没有找到${PART_NAMES[kind]}：材料中没有像${PART_EXAMPLES[kind]}这样的标题。如果材料有这一部分，请检查它的标题是否单独成段`,
        });
      }
    }
    return this.outline;
  }

  /** Splits the paragraphs after the title into the preamble and the numbered sections. */
  private sections(paragraphs: Paragraph[]): { preamble: Paragraph[]; sections: Section[] } {
    let starts = numberedSectionStarts(paragraphs);
    const unnumbered = paragraphs.flatMap((p, i) => (isUnnumberedPartHeading(p.text) ? [i] : []));
    if (!starts.some((i) => partMatch(paragraphs[i]!.text)?.heads === 'finding')) {
      // Some documents head their parts without 一、二、: a short line naming the part, without
      // punctuation (a sentence that mentions 问题 is not a heading).
      if (unnumbered.some((i) => partMatch(paragraphs[i]!.text)?.heads === 'finding'))
        starts = unnumbered;
    } else {
      // A part whose heading is not numbered like the others is still found by its words, after
      // the problems part begins: 一、存在的问题 … 原因分析 … 整改措施.
      const named = new Set(starts.map((i) => partMatch(paragraphs[i]!.text)?.heads));
      const problems = starts.find((i) => partMatch(paragraphs[i]!.text)?.heads === 'finding')!;
      const extra = unnumbered.filter((i) => {
        const kind = partMatch(paragraphs[i]!.text)?.heads;
        return i > problems && kind !== undefined && !named.has(kind);
      });
      starts = [...starts, ...extra].sort((a, b) => a - b);
    }
    // When two headings name one part, the one with the more usual words heads it (原因分析 over
    // 剖析); the other is a section of the review's own text.
    const heads = new Map<EntryKind, number>();
    for (const i of starts) {
      const match = partMatch(paragraphs[i]!.text);
      if (!match) continue;
      const held = heads.get(match.heads);
      if (held === undefined || match.row < partMatch(paragraphs[held]!.text)!.row) {
        heads.set(match.heads, i);
      }
    }
    const sections = starts.map((start, k): Section => {
      const heading = paragraphs[start]!;
      const match = partMatch(heading.text);
      let kind: Section['kind'] = 'extra';
      if (match && heads.get(match.heads) === start) kind = match.heads;
      else if (match) {
        const chosen = paragraphs[heads.get(match.heads)!]!;
        this.note(
          heading,
          `也像${PART_NAMES[match.heads]}的标题，但${position(chosen.line, this.doc.unit)}${quote(chosen.text)}更像，以那一行为这一部分的标题；这一节作为材料正文原样保留`,
        );
      }
      return { heading, kind, paragraphs: paragraphs.slice(start + 1, starts[k + 1]) };
    });
    if (!heads.has('finding')) throw this.noProblemsPart(paragraphs, sections);
    return { preamble: paragraphs.slice(0, starts[0]), sections };
  }

  private noProblemsPart(paragraphs: Paragraph[], sections: Section[]): DocumentError {
    const where = sections[0]?.heading ?? paragraphs[0];
    return new DocumentError({
      file: this.doc.file,
      line: where?.line,
      unit: this.doc.unit,
      expected: '问题部分的标题，如“一、存在的主要问题”“一、查摆的问题”或“一、问题查摆”',
      found:
        sections.length > 0
          ? `只有这些标题：${sections.map((s) => `${quote(s.heading.text)}（${position(s.heading.line, this.doc.unit)}）`).join('、')}`
          : '没有任何部分标题（没有以“一、”“二、”“三、”开头的段落）',
      hint:
        '每个部分的标题须单独成段，按一、二、三、的顺序编号；问题部分靠标题中的“存在的问题”“查摆的问题”“问题查摆”“不足”“差距”等词识别。' +
        '请检查材料中是否有标题和下一段连在了一起。',
    });
  }

  /** The problems part: areas （一）（二）… with their findings, or findings only. */
  private findings(section: Section, last: boolean): void {
    const { items: paragraphs, closing } = this.splitClosing(section.paragraphs, last);
    // Where the document stops, nothing follows its last paragraph.
    const ends = last && closing.length === 0;
    if (ends && endsInFirstAreaHeading(paragraphs)) {
      this.cutOffArea(section, paragraphs);
      return;
    }
    // Areas are the part's top numbering — （一）（二） as a rule — when findings numbered another
    // way follow each of them or stand inside its paragraph, and each reads as an area's heading.
    const areaScheme = paragraphs.map((p) => numberingOf(p.text)?.scheme).find(Boolean);
    const areaStarts = paragraphs.flatMap((p, i) =>
      areaScheme && numberingOf(p.text)?.scheme === areaScheme ? [i] : [],
    );
    const itemScheme =
      areaStarts
        .map((start, k) => itemSchemeBetween(paragraphs, start + 1, areaStarts[k + 1], areaScheme))
        .find(Boolean) ??
      areaStarts
        .flatMap((start, k) => paragraphs.slice(start, areaStarts[k + 1]))
        .filter((p) => numberingOf(p.text)?.scheme === areaScheme || !numberingOf(p.text))
        .map((p) => firstItemScheme(p.text, areaScheme))
        .find(Boolean);
    const areas =
      areaScheme !== undefined &&
      itemScheme !== undefined &&
      areaStarts.every((i) => isAreaParagraph(paragraphs[i]!.text, itemScheme));

    if (areas) {
      this.heading(section.heading);
      this.paragraphs(paragraphs.slice(0, areaStarts[0]));
      areaStarts.forEach((start, k) => {
        const heading = paragraphs[start]!;
        this.expectNumber(heading, k + 1, areaScheme, '问题部分下一个方面');
        const segment = paragraphs.slice(start + 1, areaStarts[k + 1]);
        const name = `方面${markerFor(areaScheme, k + 1)}`;
        const { area, items } = this.area(heading, true, segment, itemScheme, name);
        this.outline.areas.push(area);
        const text = area.paragraphs[0];
        if (items.length === 0 && text) {
          throw new DocumentError({
            file: this.doc.file,
            line: text.line,
            unit: this.doc.unit,
            expected: `方面${markerFor(areaScheme, k + 1)}下带编号的问题，编号方式和其他方面相同（${markerFor(itemScheme, 1)}、${markerFor(itemScheme, 2)}……）`,
            found: quote(text.text),
            hint: '请按其他方面的编号方式，给这个方面的每个问题编号。',
          });
        }
        if (items.length === 0) {
          const stops = ends && k === areaStarts.length - 1 && segment.length === 0;
          this.note(
            heading,
            stops
              ? `文档在方面${markerFor(areaScheme, k + 1)}的标题处结束，这个方面下没有问题，方面标题原样发布；请核对文档是否完整`
              : `方面${markerFor(areaScheme, k + 1)}下没有问题，方面标题原样发布`,
          );
        }
        this.outline.findings.push(...items.map((item) => ({ ...item, area: k + 1 })));
      });
    } else {
      const scheme =
        paragraphs.map((p) => numberingOf(p.text)?.scheme).find(Boolean) ??
        paragraphs.map((p) => firstItemScheme(p.text, undefined)).find(Boolean);
      if (!scheme) {
        const next = paragraphs[0];
        throw new DocumentError({
          file: this.doc.file,
          line: next?.line ?? section.heading.line,
          unit: this.doc.unit,
          expected: `${quote(section.heading.text)}下带编号的问题，编号如（一）（二）、一是 二是或 1. 2.`,
          found: next ? quote(next.text) : '下一个标题之前没有任何文字',
          hint: '每个问题都须以编号开始一段。如果几个问题写成了一大段，请在“一是”“二是”……处分段。',
        });
      }
      // Without area headings, the part heading stands for the one area, so it is not repeated.
      this.note(
        section.heading,
        '问题部分没有（一）（二）……这样的方面标题，以这个部分的标题作为唯一的方面',
      );
      const { area, items } = this.area(section.heading, false, paragraphs, scheme, '');
      this.outline.areas.push(area);
      this.outline.findings.push(...items.map((item) => ({ ...item, area: 1 })));
    }
    this.outline.body.push({ type: 'part', kind: 'finding' });
    for (const item of this.outline.findings) {
      if (item.paragraphs.length === 1 && isHeadlineOnly(item.paragraphs[0]!.text)) {
        this.note(
          item.paragraphs[0]!,
          `这个问题只有一句标题，没有具体内容：${quote(item.paragraphs[0]!.text, 40)}。请核对它的正文是否漏掉了，或者它是不是一个方面的标题`,
        );
      }
    }
    this.paragraphs(closing);
  }

  /**
   * A problems part that stops in the heading of its first area, the document ending there: the
   * heading is an area without findings, not a finding named after half a heading, and the note
   * says the document may be incomplete.
   */
  private cutOffArea(section: Section, paragraphs: Paragraph[]): void {
    const heading = paragraphs.at(-1)!;
    const scheme = numberingOf(heading.text)!.scheme;
    this.heading(section.heading);
    this.paragraphs(paragraphs.slice(0, -1));
    this.expectNumber(heading, 1, scheme, '问题部分第一个方面');
    const split = splitHeading(heading.text);
    this.outline.areas.push({
      paragraph: heading,
      heading: split.heading,
      lead: split.rest || undefined,
      paragraphs: [],
    });
    this.note(
      heading,
      `文档在这里结束：${quote(heading.text, 40)}像方面${markerFor(scheme, 1)}的标题，已作为方面导入，其下没有问题。请核对文档是否完整（是否只复制或保存了一部分），补全后重新导入`,
    );
    this.outline.body.push({ type: 'part', kind: 'finding' });
  }

  /**
   * One area: the text that stays with its heading, and its findings in `scheme` — paragraphs of
   * their own, or pieces of a paragraph that holds several. `heading` is the area's paragraph, or
   * the part's heading when it stands for the one area (`own` false); `name` names the area in
   * messages (方面（二）).
   */
  private area(
    heading: Paragraph,
    own: boolean,
    segment: Paragraph[],
    scheme: NumberingScheme,
    name: string,
  ): { area: Area; items: Item[] } {
    const separate = segment.flatMap((p, i) => (numberingOf(p.text)?.scheme === scheme ? [i] : []));
    // A run inside a paragraph is items only if the next separate item carries on its numbering;
    // otherwise it is a list of points (or a summary that the items below repeat).
    const runIn = (text: string, first: number, next: number | undefined) => {
      const run = itemRun(text, scheme, first, 1);
      const after = next === undefined ? undefined : numberingOf(segment[next]!.text)?.number;
      return run && (after === undefined || after === first + run.length) ? run : undefined;
    };
    const items: Item[] = [];
    // Adds the items of a run, each continuing the paragraph; returns the text before the first.
    const addRun = (p: Paragraph, run: { index: number }[]): string => {
      const [before, ...pieces] = cutAt(
        p.text,
        run.map((m) => m.index),
      );
      for (const text of pieces) {
        items.push({
          order: items.length + 1,
          title: headline(text),
          paragraphs: [{ ...p, text }],
          continues: true,
        });
      }
      return before!;
    };

    const area: Area = {
      paragraph: heading,
      heading: heading.text,
      lead: undefined,
      paragraphs: [],
    };
    if (own) {
      const run = runIn(heading.text, 1, separate[0]);
      const before = run ? addRun(heading, run) : heading.text;
      // A heading that names its area ends with 方面 (and its full stop); one that does not is all
      // of a one-clause paragraph. What follows it is the area's lead-in.
      if (namesArea(before) || !isHeadingLike(before, 80)) {
        const split = splitHeading(before);
        area.heading = split.heading;
        if (split.rest) area.lead = split.rest;
      } else {
        area.heading = before;
      }
    }
    // The area's own text, up to its first separate finding, unless findings began in the heading.
    let i = 0;
    for (; i < (separate[0] ?? segment.length) && items.length === 0; i++) {
      const p = segment[i]!;
      const run = runIn(p.text, 1, separate[0]);
      area.paragraphs.push(run ? { ...p, text: addRun(p, run) } : p);
    }
    if (items.length === 0 && separate.length === 0) return { area, items };
    for (; i < segment.length; i++) {
      const p = segment[i]!;
      if (numberingOf(p.text)?.scheme !== scheme) {
        items.at(-1)!.paragraphs.push(p);
        continue;
      }
      this.expectNumber(p, items.length + 1, scheme, `${name}下一${ITEM_NAMES.finding}`);
      const item: Item = {
        order: items.length + 1,
        title: headline(p.text),
        paragraphs: [p],
        continues: false,
      };
      items.push(item);
      const run = runIn(
        p.text,
        item.order + 1,
        separate.find((s) => s > i),
      );
      if (run) item.paragraphs = [{ ...p, text: addRun(p, run) }];
    }
    return { area, items };
  }

  /** The causes or measures part: an introduction, then items numbered in one scheme. */
  private items(section: Section, kind: 'cause' | 'measure', last: boolean): void {
    const { items: paragraphs, closing } = this.splitClosing(section.paragraphs, last);
    this.heading(section.heading);
    const first = paragraphs.findIndex((p) => numberingOf(p.text));
    if (first < 0) {
      this.note(
        section.heading,
        `这个标题下没有带编号的${KIND_NOUN[kind]}，其下文字作为材料正文原样保留`,
      );
      this.paragraphs(paragraphs);
    } else {
      this.paragraphs(paragraphs.slice(0, first));
      const scheme = numberingOf(paragraphs[first]!.text)!.scheme;
      const items = this.splitItems(paragraphs.slice(first), scheme, kind);
      // Only findings are published as parts of a shared paragraph; several causes or measures
      // written in one are imported as one, and said so.
      for (const item of items) {
        const [p] = item.paragraphs;
        const next = itemRun(p!.text, scheme, item.order + 1, 1)?.[0];
        if (!next) continue;
        this.note(
          p!,
          `这一段中还有下一${ITEM_NAMES[kind]}（${quote(p!.text.slice(next.index), 12)}），整段作为一${ITEM_NAMES[kind]}导入；如果它们是几${ITEM_NAMES[kind]}，请在编号处分段后重新导入`,
        );
      }
      (kind === 'cause' ? this.outline.causes : this.outline.measures).push(...items);
      this.outline.body.push({ type: 'part', kind });
    }
    this.paragraphs(closing);
  }

  /**
   * Splits paragraphs into items of `kind` at each paragraph numbered in `scheme`; paragraphs
   * numbered otherwise, or not at all, belong to the item above them. The first paragraph is one
   * numbered in `scheme`.
   */
  private splitItems(paragraphs: Paragraph[], scheme: NumberingScheme, kind: EntryKind): Item[] {
    const items: Item[] = [];
    for (const p of paragraphs) {
      const numbering = numberingOf(p.text);
      if (numbering?.scheme === scheme) {
        this.expectNumber(p, items.length + 1, scheme, `下一${ITEM_NAMES[kind]}`);
        items.push({
          order: items.length + 1,
          title: headline(p.text),
          paragraphs: [p],
          continues: false,
        });
      } else {
        items.at(-1)!.paragraphs.push(p);
      }
    }
    return items;
  }

  /** Throws unless `p` has number `expected`; `next` names what it numbers: 下一条原因. */
  private expectNumber(
    p: Paragraph,
    expected: number,
    scheme: NumberingScheme,
    next: string,
  ): void {
    const numbering = numberingOf(p.text)!;
    if (numbering.number === expected) return;
    throw new DocumentError({
      file: this.doc.file,
      line: p.line,
      unit: this.doc.unit,
      expected: `${next}的编号“${markerFor(scheme, expected)}”`,
      found: quote(p.text),
      hint:
        '每个部分、每个方面里的编号都从头连续排列。请改正材料中重复或跳过的编号；' +
        '如果这一段是上一条里面的小点，它的编号方式须和条目的不同（例如用（1）（2））。',
    });
  }

  /**
   * The closing lines after the last part (以上对照检查，请同志们批评指正; a signature; a date)
   * belong to the review's own text, not to the last item.
   */
  private splitClosing(
    paragraphs: Paragraph[],
    last: boolean,
  ): { items: Paragraph[]; closing: Paragraph[] } {
    if (!last) return { items: paragraphs, closing: [] };
    const lastNumbered = paragraphs.findLastIndex((p) => numberingOf(p.text));
    let start = paragraphs.length;
    while (start > lastNumbered + 1 && isSignatureOrDate(paragraphs[start - 1]!.text)) start--;
    const sentence = paragraphs.findIndex(
      (p, i) => i > lastNumbered && i < start && isClosingSentence(p.text),
    );
    if (sentence >= 0) start = sentence;
    return { items: paragraphs.slice(0, start), closing: paragraphs.slice(start) };
  }

  private heading(paragraph: Paragraph): void {
    this.outline.body.push({ type: 'heading', paragraph });
  }

  private paragraphs(paragraphs: Paragraph[]): void {
    for (const paragraph of paragraphs) this.outline.body.push({ type: 'paragraph', paragraph });
  }

  private note(p: Paragraph, message: string): void {
    this.outline.notes.push({ line: p.line, message });
  }
}

/**
 * Whether a paragraph numbered like the areas reads as an area's heading: a heading alone; a
 * heading that names its area (……方面) or introduces what follows (……发现以下问题：), with a lead-in
 * after it; or a heading followed, in the same paragraph, by its findings.
 */
function isAreaParagraph(text: string, itemScheme: NumberingScheme): boolean {
  if (isHeadingLike(text, 80)) return true;
  if (namesArea(splitHeading(text).heading) || introducesItems(text)) return true;
  const run = itemRun(text, itemScheme, 1, 1);
  return run !== undefined && isHeadingLike(text.slice(0, run[0]!.index), 80);
}

/** The numbering styles an area's heading comes in: （一）, 一、 (under 第一部分), 1. */
const AREA_HEADING_SCHEMES: readonly NumberingScheme[] = ['cn-paren', 'cn-dun', 'arabic'];

/**
 * Whether the problems part, the document ending in it, stops in the heading of its first area: its
 * one numbered paragraph is its last, numbered as areas are, and reads as a heading cut off (or
 * complete) rather than a finding, with no findings written inside it.
 */
function endsInFirstAreaHeading(paragraphs: Paragraph[]): boolean {
  const numbered = paragraphs.filter((p) => numberingOf(p.text));
  const last = paragraphs.at(-1);
  if (!last || numbered.length !== 1 || numbered[0] !== last) return false;
  const scheme = numberingOf(last.text)!.scheme;
  return (
    AREA_HEADING_SCHEMES.includes(scheme) &&
    isCutOffAreaHeading(last.text) &&
    firstItemScheme(last.text, scheme) === undefined
  );
}

/** A short line naming a part without numbering or punctuation: 存在的主要问题, 整改措施. */
function isUnnumberedPartHeading(text: string): boolean {
  return (
    text.length <= 20 &&
    !/[，。；：！？,.;:!?]/.test(text) &&
    !numberingOf(text) &&
    !numberingOf(text, PART_HEADING_SCHEMES) &&
    partMatch(text) !== undefined
  );
}

/**
 * Indices of the part headings numbered 一、二、三、 (or 第一部分) in order. A paragraph numbered
 * out of turn, or a long paragraph that names no part, is numbering inside a part instead.
 */
function numberedSectionStarts(paragraphs: Paragraph[]): number[] {
  const starts: number[] = [];
  // Parts are numbered one way throughout: 第一部分 … 第二部分, or 一、 … 二、 (then areas inside
  // 第一部分 may be numbered 一、二、 without being parts).
  let style: NumberingScheme | undefined;
  paragraphs.forEach((p, i) => {
    const numbering = numberingOf(p.text, PART_HEADING_SCHEMES);
    if (!numbering) return;
    if (numbering.number !== starts.length + 1 || (style && style !== numbering.scheme)) return;
    if (!isHeadingLike(p.text, 40) && !partMatch(headline(p.text))) return;
    style = numbering.scheme;
    starts.push(i);
  });
  return starts;
}

/** The numbering scheme of the first paragraph in [from, to) numbered other than `areaScheme`. */
function itemSchemeBetween(
  paragraphs: Paragraph[],
  from: number,
  to: number | undefined,
  areaScheme: NumberingScheme | undefined,
): NumberingScheme | undefined {
  for (const p of paragraphs.slice(from, to)) {
    const scheme = numberingOf(p.text)?.scheme;
    if (scheme && scheme !== areaScheme) return scheme;
  }
  return undefined;
}

/** A date, or a short unpunctuated line such as a name or a unit under the text. */
function isSignatureOrDate(text: string): boolean {
  if (parseDateLine(text)) return true;
  return text.length <= 30 && !numberingOf(text) && !/[。；！？，,;!?]/.test(text);
}

/** The sentence that ends a review: 以上对照检查，不妥之处，请同志们批评指正。 */
function isClosingSentence(text: string): boolean {
  return !numberingOf(text) && hasClosingWords(text);
}
