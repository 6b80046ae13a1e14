/**
 * Importing a Word document numbered by Word's automatic numbering, without building a site: it
 * imports as its plain-text twin does — the twin with the numbers typed, as Word shows them — file
 * for file; numbers in a format that cannot be written are named; and a document that stops in its
 * first area heading gives an area, not a finding.
 */
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { importReview, type ImportReport } from '../../scripts/import/import-review.ts';
import { readDocument } from '../../scripts/shared/documents/read.ts';
import {
  abstractNum,
  makeNumberedDocx,
  num,
  type NumberedDocument,
} from '../fixtures/import/numbering/make-numbered-docx.ts';
import { NUMBERED_REVIEW } from '../fixtures/import/numbering/numbered-review.ts';

const TWIN = 'tests/fixtures/import/numbering/review.txt';

let dir = '';
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'import-numbering-'));
});

/** Imports a file as review `demo`, writing nothing. */
const dryRun = (file: string) =>
  importReview({ file, review: 'demo', contentDir: dir, dryRun: true });

async function importDocx(name: string, document: NumberedDocument): Promise<ImportReport> {
  const file = join(dir, name);
  await writeFile(file, await makeNumberedDocx(document));
  return dryRun(file);
}

/** The structure as the command lists it: parts, areas and entries with their titles. */
const structure = ({ outline }: ImportReport) => ({
  parts: outline.parts.map((p) => [p.kind, p.heading.text]),
  areas: outline.areas.map((a) => a.heading),
  findings: outline.findings.map((f) => `${f.area}-${f.order} ${f.title}`),
  causes: outline.causes.map((c) => `${c.order} ${c.title}`),
  measures: outline.measures.map((m) => `${m.order} ${m.title}`),
});

describe('importing a .docx numbered by Word', () => {
  it('imports as its plain-text twin does, file for file', async () => {
    const docx = await importDocx('numbered.docx', NUMBERED_REVIEW);
    const twin = await dryRun(TWIN);
    expect(structure(docx)).toEqual({
      parts: [
        ['finding', '一、存在的主要问题'],
        ['cause', '二、问题产生的原因'],
        ['measure', '三、下一步整改措施'],
      ],
      areas: ['（一）在履行全面从严治党主体责任方面', '（二）在推动民生保障政策落实方面'],
      findings: [
        '1-1 压力传导不够到位',
        '1-2 监督检查不够经常',
        '2-1 政策宣传不够深入',
        '2-2 服务基层不够主动',
      ],
      causes: ['1 理论学习不够系统', '2 宗旨意识有所淡化'],
      measures: ['1 压实主体责任', '2 加强政策宣传'],
    });
    expect(structure(docx)).toEqual(structure(twin));
    expect(docx.plan.files).toEqual(twin.plan.files);
    expect(docx.notes).toEqual(twin.notes);
    // The points numbered ① ② by Word stay in their finding, the second list starting again.
    const finding = docx.plan.files.find((f) => f.path === 'findings/2-1.mdx')!;
    expect(finding.content).toContain('①入户宣讲少；');
    expect(finding.content).toContain('②窗口解读不够细。');
    // The importer read the same text from both, paragraph for paragraph, numbers and all.
    const read = await readDocument(join(dir, 'numbered.docx'));
    expect(read.paragraphs).toEqual((await readDocument(TWIN)).paragraphs);
  });

  it('names the paragraphs whose numbers it cannot write, and imports the rest', async () => {
    const legal =
      abstractNum(9, [{ format: 'chineseLegalSimplified', text: '%1、', suffix: 'nothing' }]) +
      num(9, 9);
    const document: NumberedDocument = {
      ...NUMBERED_REVIEW,
      numbering: NUMBERED_REVIEW.numbering! + legal,
      body: (NUMBERED_REVIEW.body as Exclude<NumberedDocument['body'], string>).map((p) =>
        p.list?.numId === 4 ? { ...p, list: { numId: 9, level: 0 } } : p,
      ),
    };
    const report = await importDocx('legal.docx', document);
    expect(report.counts).toMatchObject({ findings: 4, causes: 2, measures: 0 });
    const note = report.notes.find((n) => n.message.includes('chineseLegalSimplified'));
    expect(note).toEqual({
      line: 18,
      message:
        '“压实主体责任。每季度听取一次下属单位党组织书记履……”用的是 Word 的自动编号，编号格式“壹、贰、叁”（chineseLegalSimplified）不受支持，这一段按没有编号读取（其后另有 1 段也是这样）。请在 Word 或 WPS 中把编号改为“一、”“（一）”“1.”等常用格式，或把文档另存为纯文本（.txt），再导入这个 .txt 文件',
    });
  });
});

describe('importing a document that stops in its first area heading', () => {
  it('gives an area with a warning, not a finding named after half a heading', async () => {
    const file = join(dir, 'cut.txt');
    const lines = (await readFile(TWIN, 'utf8')).split('\n');
    // Cut off as a copy that stopped early: in the middle of the first area's heading.
    await writeFile(file, [...lines.slice(0, 3), '（一）在履行全面从严'].join('\n'));
    const report = await dryRun(file);
    expect(structure(report)).toMatchObject({
      areas: ['（一）在履行全面从严'],
      findings: [],
    });
    expect(report.notes[0]).toEqual({
      line: 4,
      message:
        '文档在这里结束：“（一）在履行全面从严”像方面（一）的标题，已作为方面导入，其下没有问题。请核对文档是否完整（是否只复制或保存了一部分），补全后重新导入',
    });
    expect(report.plan.files.map((f) => f.path)).toEqual(['review.mdx']);
  });
});
