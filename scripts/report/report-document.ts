/**
 * The progress report as a Word document in the layout of official documents (GB/T 9704-2012,
 * 党政机关公文格式), as the report page prints: A4; margins top 37 mm, bottom 35 mm, left 28 mm,
 * right 26 mm; a grid of 22 lines of 28 characters; title 二号方正小标宋简体 centred; body
 * 三号仿宋_GB2312 at a fixed line spacing of 28.95 pt, each paragraph indented two characters;
 * 一、 headings 黑体, （一） headings 楷体_GB2312, 1. headings 仿宋 bold; page numbers “— 1 —” in
 * 4号宋体 at the foot, odd pages on the right and even pages on the left, one character in.
 *
 * The text is the report's own (src/inspections/report.ts), block by block: the page shows the
 * same words and numbers.
 */
import {
  AlignmentType,
  Document,
  Footer,
  LineRuleType,
  Packer,
  PageNumber,
  Paragraph,
  TextRun,
  type IParagraphStyleOptions,
} from 'docx';
import { blockText, reportBlocks, type ProgressReport } from '../../src/inspections/report.ts';

/** Twips (1/1440 inch) in a millimetre. */
const MM = 1440 / 25.4;
const twips = (mm: number) => Math.round(mm * MM);

/** A4 portrait, in twips. */
export const PAGE = { width: 11906, height: 16838 } as const;

/** The margins GB/T 9704 gives, in twips. */
export const MARGINS = {
  top: twips(37),
  bottom: twips(35),
  left: twips(28),
  right: twips(26),
} as const;

/**
 * Each face under the name Chinese offices' Windows gives it, with the face Word takes instead on
 * machines without it (written in the font table, `w:altName`): the _GB2312 faces came with
 * older Windows, and 方正小标宋 is installed separately.
 */
export const FONTS = {
  xiaobiaosong: { name: '方正小标宋简体', fallback: '宋体' },
  fangsong: { name: '仿宋_GB2312', fallback: '仿宋' },
  heiti: { name: '黑体', fallback: 'SimHei' },
  kaiti: { name: '楷体_GB2312', fallback: '楷体' },
  songti: { name: '宋体', fallback: 'SimSun' },
} as const;

type Face = keyof typeof FONTS;

/** Half-points: 二号 22 pt, 三号 16 pt, 四号 14 pt. */
const SIZE = { erhao: 44, sanhao: 32, sihao: 28 } as const;

/** 28.95 pt: 22 lines fill the 225 mm text area. */
const LINE = 579;
/** One character of the body (三号, 16 pt), in twips. */
const CHAR = 320;

/**
 * The grid's character pitch, in 4096ths of a point more than the body's size: 28 characters to
 * the 156 mm line, as Word's 文档网格 “指定行和字符网格” sets it.
 */
const CHAR_SPACE = Math.round(
  ((PAGE.width - MARGINS.left - MARGINS.right) / 20 / 28 - SIZE.sanhao / 2) * 4096,
);

/** The run font of a face: East Asian text and Latin letters and digits alike. */
function font(face: Face) {
  const { name } = FONTS[face];
  return { ascii: name, hAnsi: name, eastAsia: name, cs: name, hint: 'eastAsia' };
}

const BODY_PARAGRAPH = {
  alignment: AlignmentType.BOTH,
  spacing: { line: LINE, lineRule: LineRuleType.EXACT, before: 0, after: 0 },
  indent: { firstLineChars: 200, firstLine: 2 * CHAR },
};

/** The document's paragraph styles, by the block kinds of the report and the title. */
const STYLES: IParagraphStyleOptions[] = [
  {
    id: 'ReportTitle',
    name: '公文标题',
    basedOn: 'Normal',
    next: 'ReportBody',
    run: { font: font('xiaobiaosong'), size: SIZE.erhao, snapToGrid: false },
    paragraph: {
      alignment: AlignmentType.CENTER,
      // A blank line below the title, as the standard asks.
      spacing: { line: 700, lineRule: LineRuleType.EXACT, before: 0, after: LINE },
      indent: { firstLine: 0 },
      keepNext: true,
    },
  },
  {
    id: 'ReportBody',
    name: '公文正文',
    basedOn: 'Normal',
    run: { font: font('fangsong'), size: SIZE.sanhao },
    paragraph: BODY_PARAGRAPH,
  },
  {
    id: 'ReportHeading1',
    name: '公文一级标题',
    basedOn: 'ReportBody',
    next: 'ReportBody',
    run: { font: font('heiti') },
    paragraph: { ...BODY_PARAGRAPH, keepNext: true, outlineLevel: 0 },
  },
  {
    id: 'ReportHeading2',
    name: '公文二级标题',
    basedOn: 'ReportBody',
    next: 'ReportBody',
    run: { font: font('kaiti') },
    paragraph: { ...BODY_PARAGRAPH, keepNext: true, outlineLevel: 1 },
  },
  {
    id: 'ReportHeading3',
    name: '公文三级标题',
    basedOn: 'ReportBody',
    next: 'ReportBody',
    run: { font: font('fangsong'), bold: true },
    paragraph: { ...BODY_PARAGRAPH, keepNext: true, outlineLevel: 2 },
  },
  {
    // 发文机关署名: a blank line above it, two characters in from the right.
    id: 'ReportSignature',
    name: '公文署名',
    basedOn: 'ReportBody',
    next: 'ReportDate',
    run: { font: font('fangsong') },
    paragraph: {
      ...BODY_PARAGRAPH,
      alignment: AlignmentType.RIGHT,
      spacing: { ...BODY_PARAGRAPH.spacing, before: LINE },
      indent: { firstLine: 0, right: 2 * CHAR },
      keepNext: true,
    },
  },
  {
    // 成文日期 under the signature, four characters in from the right.
    id: 'ReportDate',
    name: '公文成文日期',
    basedOn: 'ReportBody',
    run: { font: font('fangsong') },
    paragraph: {
      ...BODY_PARAGRAPH,
      alignment: AlignmentType.RIGHT,
      indent: { firstLine: 0, right: 4 * CHAR },
    },
  },
  {
    id: 'ReportPageNumber',
    name: '公文页码',
    basedOn: 'Normal',
    run: { font: font('songti'), size: SIZE.sihao },
    paragraph: { spacing: { before: 0, after: 0 }, indent: { firstLine: 0 } },
  },
];

const STYLE_OF = {
  heading1: 'ReportHeading1',
  heading2: 'ReportHeading2',
  heading3: 'ReportHeading3',
  paragraph: 'ReportBody',
  signature: 'ReportSignature',
  date: 'ReportDate',
} as const;

/** The page number “— 1 —”, one character (四号) in from the outer edge. */
function pageNumberFooter(side: 'odd' | 'even'): Footer {
  const odd = side === 'odd';
  return new Footer({
    children: [
      new Paragraph({
        style: 'ReportPageNumber',
        alignment: odd ? AlignmentType.RIGHT : AlignmentType.LEFT,
        indent: odd ? { right: SIZE.sihao * 10 } : { left: SIZE.sihao * 10 },
        children: [new TextRun({ children: ['— ', PageNumber.CURRENT, ' —'] })],
      }),
    ],
  });
}

/**
 * The font table: each face with the one Word takes on a machine without it, and the Chinese
 * character set (GB2312, 86), which Word's own substitution goes by.
 */
export function fontTableXml(): string {
  const fonts = Object.values(FONTS)
    .map(
      ({ name, fallback }) =>
        `<w:font w:name="${name}"><w:altName w:val="${fallback}"/><w:charset w:val="86"/>` +
        `<w:family w:val="auto"/><w:pitch w:val="variable"/></w:font>`,
    )
    .join('');
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
    '<w:fonts xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">' +
    `${fonts}</w:fonts>`
  );
}

/** The report as the bytes of a .docx file. */
export async function reportDocument(report: ProgressReport): Promise<Uint8Array> {
  const paragraphs = [
    new Paragraph({ style: 'ReportTitle', children: [new TextRun(report.heading)] }),
    ...reportBlocks(report).map(
      (block) =>
        new Paragraph({ style: STYLE_OF[block.kind], children: [new TextRun(blockText(block))] }),
    ),
  ];
  const document = new Document({
    title: report.heading,
    subject: report.feedback.title,
    creator: report.feedback.unit,
    description: `截至${report.asOf.text}的整改进展情况，由对照检查材料网站的内容生成。`,
    evenAndOddHeaderAndFooters: true,
    styles: {
      default: {
        document: {
          run: { font: font('fangsong'), size: SIZE.sanhao, language: { eastAsia: 'zh-CN' } },
        },
      },
      paragraphStyles: STYLES,
    },
    sections: [
      {
        properties: {
          page: {
            size: PAGE,
            margin: { ...MARGINS, header: twips(15), footer: twips(22) },
          },
          grid: { type: 'linesAndChars', linePitch: LINE, charSpace: CHAR_SPACE },
        },
        footers: { default: pageNumberFooter('odd'), even: pageNumberFooter('even') },
        children: paragraphs,
      },
    ],
  });
  const bytes = await Packer.toBuffer(document, false, [
    { path: 'word/fontTable.xml', data: fontTableXml() },
  ]);
  return new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}
