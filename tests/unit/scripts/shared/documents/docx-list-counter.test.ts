import { describe, expect, it } from 'vitest';
import { ListCounter } from '../../../../../scripts/shared/documents/docx-list-counter.ts';
import {
  readListDefinitions,
  type ListReference,
} from '../../../../../scripts/shared/documents/docx-numbering.ts';
import {
  abstractNum,
  num,
  paragraphStyle,
  partXml,
  type LevelSpec,
} from '../../../../fixtures/import/numbering/make-numbered-docx.ts';

/** A paragraph's own numbering, `[numId, level]`, or its style alone. */
type Paragraph = [numId: number | string, level?: number] | { style: string; numId?: string };

const reference = (p: Paragraph): ListReference =>
  Array.isArray(p)
    ? {
        style: undefined,
        numId: String(p[0]),
        level: p[1] === undefined ? undefined : String(p[1]),
      }
    : { style: p.style, numId: p.numId, level: undefined };

/** The numbers Word shows before `paragraphs`, each with what follows it; `!why` if unwritten. */
function numbers(numbering: string, paragraphs: Paragraph[], styles = ''): (string | undefined)[] {
  const counter = new ListCounter(
    readListDefinitions(partXml('numbering', numbering), partXml('styles', styles)),
  );
  return paragraphs.map((p) => {
    const number = counter.next(reference(p));
    if (number === undefined) return undefined;
    return 'text' in number ? `${number.text}${number.separator}` : `!${number.unwritten}`;
  });
}

/** Levels 0–3 as a review numbers them: 一、 （一） 1. ①. */
const REVIEW_LEVELS: LevelSpec[] = [
  { format: 'chineseCounting', text: '%1、', suffix: 'nothing' },
  { format: 'chineseCounting', text: '（%2）' },
  { format: 'decimal', text: '%3.', suffix: 'nothing' },
  { format: 'decimalEnclosedCircle', text: '%4' },
];

describe('ListCounter', () => {
  it('writes each level in its format and text, and starts the levels below a level again', () => {
    const list = abstractNum(0, REVIEW_LEVELS) + num(1, 0);
    const levels = [0, 1, 2, 2, 3, 3, 1, 2, 0, 1, 2];
    expect(
      numbers(
        list,
        levels.map((level) => [1, level]),
      ),
    ).toEqual(['一、', '（一）', '1.', '2.', '①', '②', '（二）', '1.', '二、', '（一）', '1.']);
  });

  it('puts a space after a number that ends in a Latin mark, as plain text is typed', () => {
    const list =
      abstractNum(0, [
        { format: 'decimal', text: '%1.' },
        { format: 'decimal', text: '(%2)', suffix: 'space' },
        { format: 'decimal', text: '%3)', suffix: 'nothing' },
        { format: 'chineseCounting', text: '%4、' },
      ]) + num(1, 0);
    expect(
      numbers(
        list,
        [0, 1, 2, 3].map((level) => [1, level]),
      ),
    ).toEqual(['1. ', '(1) ', '1)', '一、']);
  });

  it('writes the counts of the levels above in a text like %1.%2, Arabic for a legal level', () => {
    const list =
      abstractNum(0, [
        { format: 'chineseCounting', text: '第%1章', suffix: 'space' },
        { format: 'chineseCounting', text: '第%1章第%2节', suffix: 'space' },
        { format: 'decimal', text: '%1.%2.%3', legal: true },
      ]) + num(1, 0);
    expect(
      numbers(
        list,
        [0, 1, 1, 2, 0, 2].map((level) => [1, level]),
      ),
    ).toEqual([
      '第一章 ',
      '第一章第一节 ',
      '第一章第二节 ',
      '1.2.1 ',
      '第二章 ',
      // A level not used since the level above advanced counts from its start.
      '2.1.1 ',
    ]);
  });

  it('starts a level where w:start says, 0 when it is left out', () => {
    const list =
      abstractNum(0, [{ format: 'chineseCounting', text: '%1、', start: 3 }]) +
      abstractNum(1, [{ format: 'decimal', text: '%1.' }]).replace('<w:start w:val="1"/>', '') +
      num(1, 0) +
      num(2, 1);
    expect(
      numbers(list, [
        [1, 0],
        [1, 0],
        [2, 0],
        [2, 0],
      ]),
    ).toEqual(['三、', '四、', '0. ', '1. ']);
  });

  it('restarts a level only after the level w:lvlRestart names, never after 0', () => {
    const list =
      abstractNum(0, [
        { format: 'decimal', text: '%1' },
        { format: 'decimal', text: '%2', restart: 0 },
        { format: 'decimal', text: '%3', restart: 1 },
      ]) + num(1, 0);
    const levels = [0, 1, 2, 2, 1, 2, 0, 1, 2];
    expect(
      numbers(
        list,
        levels.map((level) => [1, level]),
      ),
    ).toEqual(['1', '1', '1', '2', '2', '3', '2', '3', '1'].map((n) => `${n} `));
  });

  it('counts on across the instances of one list; an instance that overrides a start restarts it', () => {
    const list =
      abstractNum(0, [{ format: 'decimalEnclosedCircle', text: '%1' }]) +
      num(1, 0) +
      num(2, 0) +
      num(3, 0, { 0: 1 }) +
      num(4, 0, { 0: 5 });
    const instances = [1, 1, 2, 3, 3, 1, 4, 2];
    expect(
      numbers(
        list,
        instances.map((numId) => [numId, 0]),
      ),
    ).toEqual(['①', '②', '③', '①', '②', '③', '⑤', '⑥']);
  });

  it('counts the lists of different abstract definitions apart', () => {
    const list =
      abstractNum(0, [{ format: 'decimal', text: '%1.' }]) +
      abstractNum(1, [{ format: 'decimal', text: '（%1）' }]) +
      num(1, 0) +
      num(2, 1);
    expect(
      numbers(list, [
        [1, 0],
        [2, 0],
        [1, 0],
        [2, 0],
      ]),
    ).toEqual(['1. ', '（1）', '2. ', '（2）']);
  });

  it('uses a level an instance overrides in place of the abstract one', () => {
    const override =
      '<w:num w:numId="2"><w:abstractNumId w:val="0"/><w:lvlOverride w:ilvl="0">' +
      '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/>' +
      '<w:lvlText w:val="第%1，"/><w:suff w:val="nothing"/></w:lvl></w:lvlOverride></w:num>';
    const list = abstractNum(0, [{ format: 'decimal', text: '%1.' }]) + num(1, 0) + override;
    expect(
      numbers(list, [
        [1, 0],
        [2, 0],
      ]),
    ).toEqual(['1. ', '第二，']);
  });

  it('numbers a paragraph through its style, inherited, unless it names list 0', () => {
    const list = abstractNum(0, [
      ...REVIEW_LEVELS.slice(0, 1),
      { ...REVIEW_LEVELS[1]!, style: 'Area' },
    ]);
    const styles =
      paragraphStyle('Normal', { isDefault: true }) +
      paragraphStyle('Heading1', { list: { numId: 1 } }) +
      // The level comes from the level linked to the style when the style names none.
      paragraphStyle('Area', { list: { numId: 1 } }) +
      paragraphStyle('Part', { basedOn: 'Heading1' }) +
      paragraphStyle('Title', { basedOn: 'Heading1' });
    const paragraphs: Paragraph[] = [
      { style: 'Title', numId: '0' },
      { style: 'Heading1' },
      { style: 'Area' },
      { style: 'Area' },
      { style: 'Normal' },
      { style: 'Part' },
      { style: 'Area' },
      [1, 1],
    ];
    expect(numbers(list + num(1, 0), paragraphs, styles)).toEqual([
      undefined,
      '一、',
      '（一）',
      '（二）',
      undefined,
      '二、',
      '（一）',
      '（二）',
    ]);
  });

  it('follows a list that takes its levels from a numbering style', () => {
    const list =
      abstractNum(0, [{ format: 'chineseCounting', text: '（%1）' }]).replace(
        '<w:multiLevelType w:val="multilevel"/>',
        '<w:styleLink w:val="Outline"/>',
      ) +
      '<w:abstractNum w:abstractNumId="1"><w:numStyleLink w:val="Outline"/></w:abstractNum>' +
      num(1, 0) +
      num(2, 1);
    const styles =
      '<w:style w:type="numbering" w:styleId="Outline"><w:pPr><w:numPr><w:numId w:val="1"/></w:numPr></w:pPr></w:style>';
    expect(
      numbers(
        list,
        [
          [1, 0],
          [2, 0],
          [1, 0],
        ],
        styles,
      ),
    ).toEqual(['（一）', '（二）', '（三）']);
  });

  it('reads a format Word 2010 writes in a fallback', () => {
    const list = abstractNum(0, [{ format: 'decimal', text: '%1.' }]).replace(
      '<w:numFmt w:val="decimal"/>',
      '<mc:AlternateContent xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006">' +
        '<mc:Choice Requires="w14"><w:numFmt w:val="custom" w:format="01, 02, 03, ..."/></mc:Choice>' +
        '<mc:Fallback><w:numFmt w:val="decimalZero"/></mc:Fallback></mc:AlternateContent>',
    );
    expect(numbers(list + num(1, 0), [[1, 0]])).toEqual(['01. ']);
  });

  it('gives no number outside a list, in a bulleted list, or at a level without text', () => {
    const list =
      abstractNum(0, [
        { format: 'decimal', text: '%1.' },
        { format: 'bullet', text: '' },
      ]).replace('<w:lvlText w:val="%1."/>', '') + num(1, 0);
    expect(
      numbers(list, [
        [0, 0],
        [9, 0],
        [1, 5],
        [1, 1],
        [1, 0],
        [1, 9],
        ['x', 0],
      ]),
    ).toEqual(Array(7).fill(undefined));
  });

  it('says why it cannot write a number, instead of guessing one', () => {
    const list =
      abstractNum(0, [
        { format: 'chineseLegalSimplified', text: '%1、' },
        { format: 'ideographTraditional', text: '%2.', start: 10 },
        { format: 'decimal', text: `%3${'、'.repeat(100)}` },
        { format: 'decimal', text: '%9' },
      ]) + num(1, 0);
    expect(
      numbers(list, [
        [1, 0],
        [1, 1],
        [1, 1],
        [1, 2],
        [1, 3],
      ]),
    ).toEqual([
      '!编号格式“壹、贰、叁”（chineseLegalSimplified）不受支持',
      '癸. ',
      '!编号超出了编号格式“甲、乙、丙……癸（只有 10 个）”（ideographTraditional）能写的范围',
      '!编号的文字超过 60 个字符，不像是编号',
      '!编号引用的第 9 级没有定义',
    ]);
  });

  it('stops where styles or numbering styles refer to each other in a circle', () => {
    const list =
      '<w:abstractNum w:abstractNumId="0"><w:numStyleLink w:val="A"/></w:abstractNum>' + num(1, 0);
    const styles =
      '<w:style w:type="numbering" w:styleId="A"><w:pPr><w:numPr><w:numId w:val="1"/></w:numPr></w:pPr></w:style>' +
      paragraphStyle('B', { basedOn: 'C' }) +
      paragraphStyle('C', { basedOn: 'B' });
    expect(numbers(list, [[1, 0], { style: 'B' }], styles)).toEqual([undefined, undefined]);
  });
});
