/**
 * Recognises the structure of a 对照检查材料: its title, the text before the parts, the three parts
 * (problems, causes, measures) with their areas and numbered items, any other section, and the
 * closing lines. Every paragraph ends up in exactly one place, in document order: the review's own
 * text or an entry.
 */
import type { EntryKind } from '../../src/model/kinds';
import { parseDateLine } from './date-line';
import { DocumentError, quote } from '../shared/documents/errors';
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

const PART_NAMES: Record<EntryKind, string> = {
  finding: 'problems (存在的问题)',
  cause: 'causes (原因分析)',
  measure: 'measures (整改措施)',
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
        expected: 'the text of a review',
        found: 'only blank lines',
        hint: 'Check that you named the right file and that it was saved.',
      });
    }
    const lines = titleLines(this.doc.paragraphs);
    if (lines.length === 0) {
      this.note(
        first,
        'the first paragraph does not look like a title, so the title is left to fill in',
      );
    } else {
      this.outline.title = { text: lines.map((p) => p.text).join(''), lines };
      if (lines.length > 1) {
        this.note(
          first,
          `the title is set on ${lines.length} lines; they are joined into one title`,
        );
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
        this.note(
          heading,
          `a second ${PART_NAMES[found]} heading; kept as a section of the review's own text`,
        );
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
      expected:
        'a heading of the problems part, such as “一、存在的主要问题”, “一、查摆的问题” or “一、问题查摆”',
      found:
        sections.length > 0
          ? `only the headings ${sections.map((s) => `${quote(s.heading.text)} (${this.doc.unit} ${s.heading.line})`).join(', ')}`
          : 'no part heading at all (no paragraph starting 一、 二、 三、)',
      hint:
        'Each part heading must be a paragraph of its own, numbered 一、二、三、 in order; the problems part is recognised by ' +
        'words such as 存在的问题, 查摆的问题, 问题查摆, 不足 or 差距 in its heading. Check the document for a heading run ' +
        'together with the next paragraph.',
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
        this.expectNumber(heading, k + 1, areaScheme, 'area of the problems part');
        this.outline.areas.push(heading);
        const segment = paragraphs.slice(start + 1, areaStarts[k + 1]);
        const items = this.splitItems(
          segment,
          itemScheme,
          `finding of area ${markerFor(areaScheme, k + 1)}`,
        );
        if (items.length === 0 && segment[0]) {
          throw new DocumentError({
            file: this.doc.file,
            line: segment[0].line,
            unit: this.doc.unit,
            expected: `the findings of area ${markerFor(areaScheme, k + 1)} numbered like those of the other areas (${markerFor(itemScheme, 1)}, ${markerFor(itemScheme, 2)} …)`,
            found: quote(segment[0].text),
            hint: 'Number the findings of this area the way the other areas number theirs.',
          });
        }
        if (items.length === 0)
          this.note(
            heading,
            'this area has no findings of its own; its heading is published as it is',
          );
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
          expected: `findings under ${quote(section.heading.text)}, numbered （一）（二）, 一是 二是, or 1. 2.`,
          found: next ? quote(next.text) : 'nothing before the next heading',
          hint: 'Each finding must start a paragraph with its number. If the findings are written as one block of text, break it into paragraphs at 一是, 二是 ….',
        });
      }
      // Without area headings, the part heading stands for the one area, so it is not repeated.
      this.outline.areas.push(section.heading);
      this.note(
        section.heading,
        'the problems part has no area headings （一）（二）…; its heading serves as the only area',
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
        `no numbered ${PART_NAMES[kind]} found under this heading; its text is kept as the review's own text`,
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
   * Splits paragraphs into items at each paragraph numbered in `scheme`; paragraphs numbered
   * otherwise, or not at all, belong to the item above them. Text before the first item joins it.
   */
  private splitItems(paragraphs: Paragraph[], scheme: NumberingScheme, what: string): Item[] {
    const items: Item[] = [];
    const leading: Paragraph[] = [];
    for (const p of paragraphs) {
      const numbering = numberingOf(p.text);
      if (numbering?.scheme === scheme) {
        this.expectNumber(p, items.length + 1, scheme, what);
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
        `text before the first ${what} is published at the start of that ${what}`,
      );
      items[0].paragraphs.unshift(...leading);
    }
    return items;
  }

  private expectNumber(
    p: Paragraph,
    expected: number,
    scheme: NumberingScheme,
    what: string,
  ): void {
    const numbering = numberingOf(p.text)!;
    if (numbering.number === expected) return;
    throw new DocumentError({
      file: this.doc.file,
      line: p.line,
      unit: this.doc.unit,
      expected: `${markerFor(scheme, expected)}, the number of the next ${what}`,
      found: quote(p.text),
      hint:
        'Numbers run 1, 2, 3 … within each part and area. Fix a repeated or skipped number in the document; ' +
        'if this paragraph is a point inside the item above it, its numbering must differ from the items’ (for example （1）（2）).',
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
