/**
 * Recognises the structure of a 对照检查材料: its title, the text before the parts, the three parts
 * (problems, causes, measures) with their areas and numbered items, any other section, and the
 * closing lines. Every paragraph ends up in exactly one place, in document order: the review's own
 * text or an entry.
 */
import type { EntryKind } from '../../src/model/kinds';
import { KIND_NOUN } from '../../src/model/labels';
import { parseDateLine } from './date-line';
import { DocumentError, position, quote } from '../shared/documents/errors';
import { headline, isHeadingLike } from './headline';
import {
  markerFor,
  numberingOf,
  PART_HEADING_SCHEMES,
  type NumberingScheme,
} from '../../src/model/numbering';
import type { Item, Outline } from './outline';
import type { Paragraph, SourceDocument } from '../shared/documents/paragraphs';
import { hasClosingWords, namesDocumentKind, partKindOf } from './vocabulary';

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

interface Section {
  heading: Paragraph;
  kind: EntryKind | 'extra';
  paragraphs: Paragraph[];
}

/** Reads the document's structure, or throws an `DocumentError` naming the line it could not place. */
export function recogniseOutline(doc: SourceDocument): Outline {
  return new OutlineReader(doc).read();
}

class OutlineReader {
  private readonly outline: Outline = {
    title: undefined,
    body: [],
    areas: [],
    findings: [],
    causes: [],
    measures: [],
    notes: [],
  };

  constructor(private readonly doc: SourceDocument) {}

  read(): Outline {
    const [first] = this.doc.paragraphs;
    if (!first) {
      throw new DocumentError({
        file: this.doc.file,
        expected: '对照检查材料的正文',
        found: '只有空行',
        hint: '请确认文件名无误，并且文件已经保存。',
      });
    }
    const lines = titleLines(this.doc.paragraphs);
    if (lines.length === 0) {
      this.note(first, '第一段不像标题，标题留待填写');
    } else {
      this.outline.title = { text: lines.map((p) => p.text).join(''), lines };
      if (lines.length > 1) {
        this.note(first, `标题分 ${lines.length} 行排，已合为一个标题`);
      }
    }

    const { preamble, sections } = this.sections(this.doc.paragraphs.slice(lines.length));
    this.paragraphs(preamble);
    sections.forEach((section, i) => {
      const last = i === sections.length - 1;
      if (section.kind === 'extra') {
        this.heading(section.heading);
        this.paragraphs(section.paragraphs);
      } else if (section.kind === 'finding') {
        this.findings(section, last);
      } else {
        this.items(section, section.kind, last);
      }
    });
    return this.outline;
  }

  /** Splits the paragraphs after the title into the preamble and the numbered sections. */
  private sections(paragraphs: Paragraph[]): { preamble: Paragraph[]; sections: Section[] } {
    let starts = numberedSectionStarts(paragraphs);
    if (!starts.some((i) => partKindOf(paragraphs[i]!.text) === 'finding')) {
      // Some documents head their parts without 一、二、: a short line naming the part, without
      // punctuation (a sentence that mentions 问题 is not a heading).
      const unnumbered = paragraphs.flatMap((p, i) =>
        p.text.length <= 20 &&
        !/[，。；：！？,.;:!?]/.test(p.text) &&
        !numberingOf(p.text) &&
        partKindOf(p.text)
          ? [i]
          : [],
      );
      if (unnumbered.some((i) => partKindOf(paragraphs[i]!.text) === 'finding'))
        starts = unnumbered;
    }
    const taken = new Set<EntryKind>();
    const sections = starts.map((start, k): Section => {
      const heading = paragraphs[start]!;
      const found = partKindOf(heading.text);
      let kind: Section['kind'] = found ?? 'extra';
      if (found && taken.has(found)) {
        kind = 'extra';
        this.note(heading, `又一个${PART_NAMES[found]}的标题，作为材料正文中的一节原样保留`);
      }
      if (found) taken.add(found);
      return { heading, kind, paragraphs: paragraphs.slice(start + 1, starts[k + 1]) };
    });
    if (!taken.has('finding')) throw this.noProblemsPart(paragraphs, sections);
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

  /** The problems part: area headings （一）（二）… with their numbered findings, or findings only. */
  private findings(section: Section, last: boolean): void {
    const { items: paragraphs, closing } = this.splitClosing(section.paragraphs, last);
    // Areas are the part's top numbering — （一）（二） as a rule — when every one of them is a
    // heading and findings numbered another way follow them.
    const areaScheme = paragraphs.map((p) => numberingOf(p.text)?.scheme).find(Boolean);
    const areaStarts = paragraphs.flatMap((p, i) =>
      areaScheme && numberingOf(p.text)?.scheme === areaScheme ? [i] : [],
    );
    const itemScheme = areaStarts.every((i) => isHeadingLike(paragraphs[i]!.text, 80))
      ? areaStarts
          .map((start, k) =>
            itemSchemeBetween(paragraphs, start + 1, areaStarts[k + 1], areaScheme),
          )
          .find(Boolean)
      : undefined;

    if (areaScheme && itemScheme) {
      this.heading(section.heading);
      this.paragraphs(paragraphs.slice(0, areaStarts[0]));
      areaStarts.forEach((start, k) => {
        const heading = paragraphs[start]!;
        this.expectNumber(heading, k + 1, areaScheme, '问题部分下一个方面');
        this.outline.areas.push(heading);
        const segment = paragraphs.slice(start + 1, areaStarts[k + 1]);
        const items = this.splitItems(segment, itemScheme, 'finding', markerFor(areaScheme, k + 1));
        if (items.length === 0 && segment[0]) {
          throw new DocumentError({
            file: this.doc.file,
            line: segment[0].line,
            unit: this.doc.unit,
            expected: `方面${markerFor(areaScheme, k + 1)}下带编号的问题，编号方式和其他方面相同（${markerFor(itemScheme, 1)}、${markerFor(itemScheme, 2)}……）`,
            found: quote(segment[0].text),
            hint: '请按其他方面的编号方式，给这个方面的每个问题编号。',
          });
        }
        if (items.length === 0) this.note(heading, '这个方面下没有问题，方面标题原样发布');
        this.outline.findings.push(...items.map((item) => ({ ...item, area: k + 1 })));
      });
    } else {
      const first = paragraphs.find((p) => numberingOf(p.text));
      if (!first) {
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
      this.outline.areas.push(section.heading);
      this.note(
        section.heading,
        '问题部分没有（一）（二）……这样的方面标题，以这个部分的标题作为唯一的方面',
      );
      const items = this.splitItems(paragraphs, numberingOf(first.text)!.scheme, 'finding');
      this.outline.findings.push(...items.map((item) => ({ ...item, area: 1 })));
    }
    this.outline.body.push({ type: 'part', kind: 'finding' });
    this.paragraphs(closing);
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
      (kind === 'cause' ? this.outline.causes : this.outline.measures).push(...items);
      this.outline.body.push({ type: 'part', kind });
    }
    this.paragraphs(closing);
  }

  /**
   * Splits paragraphs into items of `kind` at each paragraph numbered in `scheme`; paragraphs
   * numbered otherwise, or not at all, belong to the item above them. Text before the first item
   * joins it. `area` is the marker of the findings' area, for messages.
   */
  private splitItems(
    paragraphs: Paragraph[],
    scheme: NumberingScheme,
    kind: EntryKind,
    area?: string,
  ): Item[] {
    const items: Item[] = [];
    const leading: Paragraph[] = [];
    const inArea = area ? `方面${area}` : '';
    for (const p of paragraphs) {
      const numbering = numberingOf(p.text);
      if (numbering?.scheme === scheme) {
        this.expectNumber(p, items.length + 1, scheme, `${inArea}下一${ITEM_NAMES[kind]}`);
        items.push({ order: items.length + 1, title: headline(p.text), paragraphs: [p] });
      } else if (items.length === 0) {
        leading.push(p);
      } else {
        items.at(-1)!.paragraphs.push(p);
      }
    }
    if (items[0] && leading[0]) {
      this.note(
        leading[0],
        `${inArea}第一${ITEM_NAMES[kind]}之前的文字，归入这${ITEM_NAMES[kind]}的开头发布`,
      );
      items[0].paragraphs.unshift(...leading);
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
    if (!isHeadingLike(p.text, 40) && !partKindOf(headline(p.text))) return;
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

/**
 * The lines of the title at the start of the document: the first line, and when it does not yet
 * say what the document is, the next one or two title-like lines up to the one that does.
 */
function titleLines(paragraphs: Paragraph[]): Paragraph[] {
  const [first] = paragraphs;
  if (!first || !looksLikeTitle(first.text)) return [];
  if (namesDocumentKind(first.text)) return [first];
  for (let k = 1; k <= 2; k++) {
    const line = paragraphs[k];
    if (!line || !looksLikeTitle(line.text)) break;
    if (namesDocumentKind(line.text)) return paragraphs.slice(0, k + 1);
  }
  return [first];
}

/** A title is a short line that is not numbered and does not end like a sentence. */
function looksLikeTitle(text: string): boolean {
  return (
    text.length <= 80 &&
    !numberingOf(text) &&
    !numberingOf(text, PART_HEADING_SCHEMES) &&
    parseDateLine(text) === undefined &&
    !/[。；，：,;:]$/.test(text)
  );
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
