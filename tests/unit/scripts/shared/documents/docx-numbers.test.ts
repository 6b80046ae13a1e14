/** Word's automatic numbering as readDocx reads it: each number before its paragraph's text. */
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { readDocx } from '../../../../../scripts/shared/documents/docx.ts';
import { listNumbers } from '../../../../../scripts/shared/documents/docx-list-numbers.ts';
import { listReferences } from '../../../../../scripts/shared/documents/docx-list-paragraphs.ts';
import { DocumentError } from '../../../../../scripts/shared/documents/errors.ts';
import {
  abstractNum,
  makeNumberedDocx,
  num,
  paragraphStyle,
  paragraphXml,
  partXml,
  type NumberedParagraph,
} from '../../../../fixtures/import/numbering/make-numbered-docx.ts';

/** 一、 （一） 1. as list 1, ① as list 2. */
const NUMBERING =
  abstractNum(0, [
    { format: 'chineseCounting', text: '%1、', suffix: 'nothing' },
    { format: 'chineseCounting', text: '（%2）', suffix: 'nothing' },
    { format: 'decimal', text: '%3.', suffix: 'nothing' },
  ]) +
  abstractNum(1, [{ format: 'decimalEnclosedCircle', text: '%1' }]) +
  num(1, 0) +
  num(2, 1);

const at = (level: number, numId = 1) => ({ list: { numId, level } });

const texts = async (body: NumberedParagraph[] | string, numbering = NUMBERING, styles?: string) =>
  (
    await readDocx(
      await makeNumberedDocx({ body, numbering, ...(styles ? { styles } : {}) }),
      'x.docx',
    )
  ).paragraphs.map((p) => p.text);

const MC = 'http://schemas.openxmlformats.org/markup-compatibility/2006';
const V = 'urn:schemas-microsoft-com:vml';

/** A paragraph of list 1 at `level` in raw XML, with more inside its run. */
const numbered = (level: number, text: string, inside = '') =>
  `<w:p><w:pPr><w:numPr><w:ilvl w:val="${level}"/><w:numId w:val="1"/></w:numPr></w:pPr>` +
  `<w:r><w:t>${text}</w:t>${inside}</w:r></w:p>`;

describe('readDocx with automatic numbering', () => {
  it('writes each paragraph’s number as Word shows it, in order', async () => {
    expect(
      await texts([
        { text: '标题' },
        { text: '存在的问题', ...at(0) },
        { text: '学习方面', ...at(1) },
        { text: '学习不深入。', ...at(2) },
        { text: '要点', ...at(0, 2) },
        { text: '调研不够。', ...at(2) },
        { text: '作风方面', ...at(1) },
        { text: '作风不实。', ...at(2) },
        { text: '原因分析', ...at(0) },
      ]),
    ).toEqual([
      '标题',
      '一、存在的问题',
      '（一）学习方面',
      '1.学习不深入。',
      '①要点',
      '2.调研不够。',
      '（二）作风方面',
      '1.作风不实。',
      '二、原因分析',
    ]);
  });

  it('numbers the paragraphs of styles that number them, and not those that say list 0', async () => {
    const styles =
      paragraphStyle('Normal', { isDefault: true }) +
      paragraphStyle('Heading1', { list: { numId: 1 } }) +
      paragraphStyle('Heading2', { basedOn: 'Heading1', list: { numId: 1, level: 1 } });
    expect(
      await texts(
        [
          { text: '标题', style: 'Heading1', list: { numId: 0 } },
          { text: '存在的问题', style: 'Heading1' },
          { text: '学习方面', style: 'Heading2' },
          { text: '作风方面', style: 'Heading2' },
        ],
        NUMBERING,
        styles,
      ),
    ).toEqual(['标题', '一、存在的问题', '（一）学习方面', '（二）作风方面']);
  });

  it('counts the paragraphs in the order mammoth reads them: tables, text boxes, tracked changes', async () => {
    const body =
      numbered(0, '甲') +
      '<w:tbl><w:tr><w:tc>' +
      numbered(1, '乙') +
      '</w:tc><w:tc><w:p><w:r><w:t>丙</w:t></w:r></w:p></w:tc></w:tr>' +
      // A deleted row is not read; its paragraph is not counted.
      '<w:tr><w:trPr><w:del w:id="1" w:author="x"/></w:trPr><w:tc>' +
      numbered(1, '删去的行') +
      '</w:tc></w:tr></w:tbl>' +
      `<w:sdt><w:sdtPr><w:alias w:val="内容控件"/></w:sdtPr><w:sdtContent>${numbered(1, '丁')}</w:sdtContent></w:sdt>` +
      // A text box follows the paragraph it stands in; Word 2010's own drawing of it is not read.
      '<w:p><w:r><w:t>戊</w:t></w:r><w:r>' +
      `<mc:AlternateContent xmlns:mc="${MC}"><mc:Choice Requires="wps"><w:drawing><w:txbxContent>${numbered(1, '框（新）')}</w:txbxContent></w:drawing></mc:Choice>` +
      `<mc:Fallback><w:pict xmlns:v="${V}"><v:shape><v:textbox><w:txbxContent>${numbered(1, '框')}</w:txbxContent></v:textbox></v:shape></w:pict></mc:Fallback></mc:AlternateContent>` +
      '</w:r><w:r><w:t>己</w:t></w:r></w:p>' +
      // A paragraph whose mark is deleted runs into the next.
      '<w:p><w:pPr><w:numPr><w:ilvl w:val="1"/><w:numId w:val="1"/></w:numPr><w:rPr><w:del w:id="2" w:author="x"/></w:rPr></w:pPr><w:r><w:t>庚</w:t></w:r></w:p>' +
      numbered(1, '辛') +
      // An embedded object's text runs into its paragraph, uncounted.
      numbered(
        1,
        '壬',
        `<w:object xmlns:v="${V}"><v:shape><v:textbox><w:txbxContent>${numbered(1, '嵌')}</w:txbxContent></v:textbox></v:shape></w:object>`,
      ) +
      numbered(1, '癸') +
      numbered(0, '子');
    expect(await texts(body)).toEqual([
      '一、甲',
      '（一）乙',
      '丙',
      '（二）丁',
      '戊己',
      '（三）框',
      '（四）庚辛',
      '（五）壬嵌',
      '（六）癸',
      '二、子',
    ]);
  });

  it('writes the number before the first line with text, and notes numbers without text', async () => {
    const docx = await makeNumberedDocx({
      body:
        paragraphXml({ text: '存在的问题', ...at(0) }) +
        // A paragraph that starts with a line break.
        '<w:p><w:pPr><w:numPr><w:ilvl w:val="1"/><w:numId w:val="1"/></w:numPr></w:pPr><w:r><w:br/><w:t>学习方面</w:t></w:r></w:p>' +
        paragraphXml({ text: '', ...at(1) }) +
        paragraphXml({ text: '', ...at(1) }) +
        paragraphXml({ text: '作风方面', ...at(1) }) +
        paragraphXml({ text: '', ...at(0) }),
      numbering: NUMBERING,
    });
    const read = await readDocx(docx, 'x.docx');
    expect(read.paragraphs).toEqual([
      { text: '一、存在的问题', line: 1 },
      { text: '（一）学习方面', line: 2 },
      { text: '（四）作风方面', line: 3 },
    ]);
    expect(read.notes).toEqual([
      {
        line: 3,
        message:
          '这一段之前有 2 个没有文字的自动编号段落（Word 中显示为“（二）”“（三）”），已略去；其后的编号照 Word 的显示接着排。如果这些空段落是多余的，请在 Word 中删去后重新导入',
      },
      {
        message:
          '文档末尾：这一段之前有 1 个没有文字的自动编号段落（Word 中显示为“二、”），已略去；其后的编号照 Word 的显示接着排。如果这些空段落是多余的，请在 Word 中删去后重新导入',
      },
    ]);
  });

  it('reads the paragraphs of a format it cannot write without their number, and says so', async () => {
    const numbering =
      NUMBERING + abstractNum(2, [{ format: 'chineseLegalSimplified', text: '%1、' }]) + num(3, 2);
    const docx = await makeNumberedDocx({
      body: [
        { text: '存在的问题', ...at(0) },
        { text: '理想信念有所淡化。', ...at(0, 3) },
        { text: '宗旨意识有所弱化。', ...at(0, 3) },
        { text: '原因分析', ...at(0) },
      ],
      numbering,
    });
    const read = await readDocx(docx, 'x.docx');
    expect(read.paragraphs.map((p) => p.text)).toEqual([
      '一、存在的问题',
      '理想信念有所淡化。',
      '宗旨意识有所弱化。',
      '二、原因分析',
    ]);
    expect(read.notes).toEqual([
      {
        line: 2,
        message:
          '“理想信念有所淡化。”用的是 Word 的自动编号，编号格式“壹、贰、叁”（chineseLegalSimplified）不受支持，这一段按没有编号读取（其后另有 1 段也是这样）。请在 Word 或 WPS 中把编号改为“一、”“（一）”“1.”等常用格式，或把文档另存为纯文本（.txt），再导入这个 .txt 文件',
      },
    ]);
  });

  it('names five kinds of number it cannot write, and sums up the rest in one note', async () => {
    const formats = [
      'hebrew1',
      'hebrew2',
      'arabicAlpha',
      'thaiLetters',
      'hindiVowels',
      'russianLower',
      'koreanDigital',
    ];
    const numbering =
      NUMBERING +
      formats
        .map((format, i) => abstractNum(10 + i, [{ format, text: '%1.' }]) + num(10 + i, 10 + i))
        .join('');
    const docx = await makeNumberedDocx({
      body: [
        { text: '存在的问题', ...at(0) },
        ...formats.map((_, i) => ({ text: `第${i}段`, ...at(0, 10 + i) })),
      ],
      numbering,
    });
    const { notes } = await readDocx(docx, 'x.docx');
    const named = (message: string) =>
      formats.find((format) => message.includes(`编号格式 ${format} 不受支持`)) ??
      message.slice(0, 20);
    expect(notes?.map((n) => [n.line, named(n.message)])).toEqual([
      [2, 'hebrew1'],
      [3, 'hebrew2'],
      [4, 'arabicAlpha'],
      [5, 'thaiLetters'],
      [6, 'hindiVowels'],
      [7, '这一段和其后另外 1 段的自动编号也因为'],
    ]);
  });

  it('refuses a document none of whose numbers it can write, as before, naming the paragraph', async () => {
    const numbering =
      abstractNum(0, [{ format: 'chineseLegalSimplified', text: '%1、' }]) + num(1, 0);
    const docx = await makeNumberedDocx({
      body: [{ text: '标题' }, { text: '存在的问题', ...at(0) }],
      numbering,
    });
    const error = await readDocx(docx, 'x.docx').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DocumentError);
    expect((error as DocumentError).message).toMatch(
      /^x\.docx 第 2 段：应为作为文字输入的编号.*实际是“存在的问题”，它用的是 Word 的自动编号，编号格式“壹、贰、叁”（chineseLegalSimplified）不受支持，编号会丢失/,
    );
    expect((error as DocumentError).hint).toContain('纯文本（.txt）');
  });

  it(
    'reads a hostile numbering part in time in proportion to it, within the limits',
    { timeout: 20_000 },
    async () => {
      // Deeper nesting than this overflows the stack of mammoth itself, which reads the part too.
      const deep = 2_000;
      const numbering =
        abstractNum(0, [{ format: 'decimal', text: 'x'.repeat(1_000_000) }]).replace(
          '<w:lvlJc',
          `${'<w:x>'.repeat(deep)}${'</w:x>'.repeat(deep)}<w:lvlJc`,
        ) +
        // Lists that take their levels from each other in a circle, through a numbering style.
        '<w:abstractNum w:abstractNumId="1"><w:numStyleLink w:val="A"/></w:abstractNum>' +
        abstractNum(2, [{ format: 'decimal', text: '%1.' }]) +
        num(1, 0) +
        num(2, 1) +
        num(3, 2);
      const styles =
        '<w:style w:type="numbering" w:styleId="A"><w:pPr><w:numPr><w:numId w:val="2"/></w:numPr></w:pPr></w:style>' +
        paragraphStyle('B', { basedOn: 'C' }) +
        paragraphStyle('C', { basedOn: 'B' });
      const many = 1_500;
      const body: NumberedParagraph[] = [
        ...Array.from({ length: many }, (_, i) => ({ text: `长${i}`, ...at(0, 1) })),
        ...Array.from({ length: many }, (_, i) => ({ text: `环${i}`, style: 'B', ...at(0, 2) })),
        { text: '正常', ...at(0, 3) },
      ];
      const docx = await makeNumberedDocx({ body, numbering, styles });
      const started = performance.now();
      const read = await readDocx(docx, 'x.docx');
      expect(performance.now() - started).toBeLessThan(10_000);
      expect(read.paragraphs.map((p) => p.text)).toEqual(
        body.map((p, i) => (i < 2 * many ? p.text : '1. 正常')),
      );
      expect(read.notes).toHaveLength(1);
      expect(read.notes?.[0]?.message).toContain(
        `编号的文字超过 60 个字符，不像是编号，这一段按没有编号读取（其后另有 ${many - 1} 段也是这样）`,
      );
    },
  );

  it('reads a document without numbering definitions as it is', async () => {
    const docx = await makeNumberedDocx({ body: [{ text: '存在的问题', ...at(0) }] });
    expect((await readDocx(docx, 'x.docx')).paragraphs.map((p) => p.text)).toEqual(['存在的问题']);
  });
});

describe('listNumbers', () => {
  it('gives up when the paragraphs found are not mammoth’s, one for one', async () => {
    const docx = await makeNumberedDocx({
      body: [
        { text: '甲', ...at(0) },
        { text: '乙', style: 'Heading1' },
      ],
      numbering: NUMBERING,
    });
    const zip = await JSZip.loadAsync(docx);
    const plain = { styleId: null, numbered: false, level: undefined };
    const first = { styleId: null, numbered: true, level: '0' };
    const second = { ...plain, styleId: 'Heading1' };
    expect(await listNumbers(zip, [first, second])).toHaveLength(2);
    expect(await listNumbers(zip, [first])).toBeUndefined();
    expect(await listNumbers(zip, [first, plain])).toBeUndefined();
    expect(await listNumbers(zip, [{ ...first, level: '1' }, second])).toBeUndefined();
  });
});

describe('listReferences', () => {
  it('gives each paragraph’s style and own numbering, the first of each property', () => {
    const body =
      '<w:p><w:pPr><w:pStyle w:val="A"/><w:pStyle w:val="B"/><w:numPr><w:ilvl w:val="2"/><w:numId w:val="5"/></w:numPr>' +
      '<w:pPrChange><w:pPr><w:numPr><w:numId w:val="9"/></w:numPr></w:pPr></w:pPrChange></w:pPr></w:p>' +
      '<w:p/>';
    expect(
      listReferences(partXml('document', `<w:body>${body}</w:body><w:body><w:p/></w:body>`)),
    ).toEqual([
      { style: 'A', numId: '5', level: '2' },
      { style: undefined, numId: undefined, level: undefined },
    ]);
  });
});
