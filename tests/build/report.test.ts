/**
 * `npm run report`: the progress report of an inspection written as a Word document in the layout
 * of official documents, read back from the .docx; and the report page of the built features
 * fixture, which must say word for word what the document for the same day says.
 */
import { spawnSync } from 'node:child_process';
import { cp, mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import mammoth from 'mammoth';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { runReportCli } from '../../scripts/report/run-cli.ts';
import { loadPage } from '../helpers/html.ts';

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'report-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

/** Runs the command in this process, as `npm run report` runs it, typed in `cwd`. */
async function cli(args: string[], cwd = dir) {
  let stdout = '';
  let stderr = '';
  const status = await runReportCli(args, {
    stdout: (text) => (stdout += text),
    stderr: (text) => (stderr += text),
    env: { INIT_CWD: cwd, NO_COLOR: '1', DEBUG: '' },
  });
  return { status, stdout, stderr };
}

/** The parts of a .docx a reader checks, as XML. */
async function docxParts(file: string) {
  const files = unzipSync(new Uint8Array(await readFile(file)));
  const part = (name: string) => strFromU8(files[name] ?? new Uint8Array());
  const footers = Object.keys(files)
    .filter((name) => /^word\/footer\d+\.xml$/.test(name))
    .map(part);
  return {
    document: part('word/document.xml'),
    styles: part('word/styles.xml'),
    settings: part('word/settings.xml'),
    fontTable: part('word/fontTable.xml'),
    footers,
  };
}

/** Each paragraph of the document's body: its style and its text. */
function paragraphs(documentXml: string): { style: string; text: string }[] {
  return [...documentXml.matchAll(/<w:p>([\s\S]*?)<\/w:p>/g)].map(([, p = '']) => ({
    style: /<w:pStyle w:val="([^"]+)"\/>/.exec(p)?.[1] ?? '',
    text: [...p.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join(''),
  }));
}

/** The run properties of a paragraph style. */
function styleXml(stylesXml: string, id: string): string {
  return new RegExp(`<w:style [^>]*w:styleId="${id}"[^>]*>([\\s\\S]*?)</w:style>`).exec(
    stylesXml,
  )![1]!;
}

describe('the report of the example on 2024-06-25', () => {
  let file: string;
  let stdout: string;
  beforeAll(async () => {
    const run = await cli([
      'xc-2023-shili',
      '--content',
      join(process.cwd(), 'examples/shili'),
      '--date',
      '2024-06-25',
    ]);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    stdout = run.stdout;
    file = join(dir, 'xc-2023-shili-整改进展情况报告-2024-06-25.docx');
  });

  it('is written under its default name where the command was typed, and says so', async () => {
    expect((await stat(file)).isFile()).toBe(true);
    expect(stdout).toContain(`✓ 已写入：${file}`);
    expect(stdout).toContain('关于示例县示例局党组巡察整改进展情况的报告（截至2024年6月25日）');
    expect(stdout).toContain('反馈问题 6 个，对照检查材料 2 份，整改措施 6 项；');
    expect(stdout).toContain('已完成（含已销号）3 项，完成率 50.0%，推进中 2 项，逾期 1 项；');
    expect(stdout).toContain(
      '所有措施均已完成的问题 3 个，整改空白（尚无对照检查材料回应）的问题 1 个。',
    );
  });

  it('has the title, the headings of each level and the numbers counted by hand', async () => {
    const body = paragraphs((await docxParts(file)).document);
    expect(body[0]).toEqual({
      style: 'ReportTitle',
      text: '关于示例县示例局党组巡察整改进展情况的报告',
    });
    const byStyle = (style: string) => body.filter((p) => p.style === style).map((p) => p.text);
    expect(byStyle('ReportHeading1')).toEqual(['一、总体进展情况', '二、各问题整改情况']);
    expect(byStyle('ReportHeading2')).toEqual([
      '（一）贯彻落实党的理论和路线方针政策方面（示例）',
      '（二）落实全面从严治党战略部署方面（示例）',
      '（三）落实新时代党的组织路线方面（示例）',
    ]);
    expect(byStyle('ReportHeading3')).toHaveLength(6);
    expect(byStyle('ReportHeading3')[5]).toBe('2.关于“基层党组织建设薄弱”问题的整改情况');
    const text = body.map((p) => p.text).join('\n');
    for (const phrase of [
      '巡察反馈问题6个',
      '材料中共有整改措施6项',
      '已完成（含已销号）3项，完成率50.0%；推进中2项；逾期1项。',
      '所有措施均已完成的问题3个',
      '整改空白（尚无对照检查材料回应）的问题1个：“基层党组织建设薄弱”',
      '（反馈问题6）尚无对照检查材料回应此问题。',
      '措施（一）“跟踪项目进度”。整改状态：推进中，逾期86天；责任单位：示例局项目股；完成时限：2024年3月31日。尚未填报整改进展。',
      '最新进展（2024年5月10日）：示例项目主体完工（示例）。',
    ]) {
      expect(text).toContain(phrase);
    }
    expect(body.slice(-2)).toEqual([
      { style: 'ReportSignature', text: '示例县示例局党组' },
      { style: 'ReportDate', text: '2024年6月25日' },
    ]);
  });

  it('reads as text in Word’s order, the title first', async () => {
    const { value } = await mammoth.extractRawText({ path: file });
    const lines = value.split('\n').filter(Boolean);
    expect(lines[0]).toBe('关于示例县示例局党组巡察整改进展情况的报告');
    expect(lines[1]).toMatch(/^示例县委第一巡察组于2023年4月10日至2023年5月20日/);
    expect(lines.at(-1)).toBe('2024年6月25日');
  });

  it('is set on A4 with the margins of GB/T 9704 and a grid of 22 lines', async () => {
    const { document } = await docxParts(file);
    expect(document).toContain('<w:pgSz w:w="11906" w:h="16838" w:orient="portrait"/>');
    // 37, 26, 35 and 28 mm in twips.
    expect(document).toMatch(
      /<w:pgMar w:top="2098" w:right="1474" w:bottom="1984" w:left="1587" [^>]*\/>/,
    );
    expect(document).toMatch(/<w:docGrid w:type="linesAndChars" w:linePitch="579" /);
  });

  it('sets the title in 小标宋, the text in 仿宋 and the headings in 黑体 and 楷体', async () => {
    const { styles, fontTable } = await docxParts(file);
    const fonts = (id: string) => /<w:rFonts ([^>]*)\/>/.exec(styleXml(styles, id))?.[1] ?? '';
    expect(fonts('ReportTitle')).toContain('w:eastAsia="方正小标宋简体"');
    expect(styleXml(styles, 'ReportTitle')).toContain('<w:sz w:val="44"/>');
    expect(styleXml(styles, 'ReportTitle')).toContain('<w:jc w:val="center"/>');
    expect(fonts('ReportBody')).toContain('w:eastAsia="仿宋_GB2312"');
    expect(styleXml(styles, 'ReportBody')).toContain('<w:sz w:val="32"/>');
    expect(styleXml(styles, 'ReportBody')).toMatch(
      /<w:spacing [^>]*w:line="579" w:lineRule="exact"/,
    );
    expect(styleXml(styles, 'ReportBody')).toMatch(/<w:ind [^>]*w:firstLineChars="200"/);
    expect(fonts('ReportHeading1')).toContain('w:eastAsia="黑体"');
    expect(fonts('ReportHeading2')).toContain('w:eastAsia="楷体_GB2312"');
    expect(styleXml(styles, 'ReportHeading3')).toContain('<w:b/>');
    // Word takes 仿宋 where 仿宋_GB2312 is not installed, 楷体 for 楷体_GB2312.
    expect(fontTable).toContain('<w:font w:name="仿宋_GB2312"><w:altName w:val="仿宋"/>');
    expect(fontTable).toContain('<w:font w:name="楷体_GB2312"><w:altName w:val="楷体"/>');
  });

  it('numbers the pages “— 1 —” at the foot, odd pages on the right and even on the left', async () => {
    const { footers, settings, styles } = await docxParts(file);
    expect(settings).toContain('<w:evenAndOddHeaders/>');
    expect(footers).toHaveLength(2);
    for (const footer of footers) {
      expect(footer).toMatch(
        /<w:t xml:space="preserve">— <\/w:t>[\s\S]*<w:instrText xml:space="preserve">PAGE<\/w:instrText>[\s\S]*<w:t xml:space="preserve"> —<\/w:t>/,
      );
    }
    expect(footers.map((f) => /<w:jc w:val="(\w+)"\/>/.exec(f)?.[1]).sort()).toEqual([
      'left',
      'right',
    ]);
    expect(styleXml(styles, 'ReportPageNumber')).toContain('w:eastAsia="宋体"');
  });

  it('does not replace the file without --force, and does with it', async () => {
    const before = await readFile(file);
    const again = await cli([
      'xc-2023-shili',
      '--content',
      join(process.cwd(), 'examples/shili'),
      '--date',
      '2024-06-25',
    ]);
    expect(again.status).toBe(1);
    expect(again.stderr).toContain(`✗ ${file} 已经存在，没有覆盖`);
    expect(again.stderr).toContain('确认可以覆盖时，加上 --force');
    expect((await readFile(file)).equals(before)).toBe(true);

    const forced = await cli([
      'xc-2023-shili',
      '--content',
      join(process.cwd(), 'examples/shili'),
      '--date',
      '2024-07-01',
      '--out',
      file,
      '--force',
    ]);
    expect(forced.status).toBe(0);
    expect(paragraphs((await docxParts(file)).document).at(-1)?.text).toBe('2024年7月1日');
  });
});

describe('the command refuses', () => {
  const content = () => join(process.cwd(), 'examples/shili');

  it('an inspection the content folder does not have, naming those it has', async () => {
    const run = await cli(['xc-2099', '--content', content(), '--date', '2024-06-25']);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('中没有巡察“xc-2099”（现有：xc-2023-shili、xc-2025-shili）');
    expect(run.stderr).toContain('改法：巡察代号是 inspections/ 下的文件夹名');
  });

  it('a day that is not one, and a file name that is not a Word document', async () => {
    const date = await cli(['xc-2023-shili', '--content', content(), '--date', '2024-02-30']);
    expect(date.status).toBe(1);
    expect(date.stderr).toContain('--date 应写作 YYYY-MM-DD，是一个真实的日期');
    expect(date.stderr).toContain('“2024-02-30”');
    const out = await cli(['xc-2023-shili', '--content', content(), '--out', 'report.doc']);
    expect(out.status).toBe(1);
    expect(out.stderr).toContain('报告的文件名应以 .docx 结尾');
  });

  it('to overwrite a file that is not a Word document, even with --force', async () => {
    const notes = join(dir, 'notes.docx');
    await writeFile(notes, '整改笔记');
    const run = await cli(['xc-2023-shili', '--content', content(), '--out', notes, '--force']);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('这个文件已经存在，但不是 Word 文档（.docx），写入会把它覆盖');
    expect(await readFile(notes, 'utf8')).toBe('整改笔记');
  });

  it('content the build would refuse, saying what the build says, and writes nothing', async () => {
    const broken = join(dir, 'broken');
    await cp('examples/shili', broken, { recursive: true });
    const measure = join(broken, 'reviews/shili-fujuzhang-2023/measures/1.mdx');
    await writeFile(
      measure,
      (await readFile(measure, 'utf8')).replace('status: 推进中', 'status: 进行中'),
    );
    const run = await cli(['xc-2023-shili', '--content', broken, '--out', 'broken.docx']);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('材料内容有 1 处问题，报告没有生成');
    expect(run.stderr).toMatch(/shili-fujuzhang-2023\/measures\/1\.mdx 第 \d+ 行 → status/);
    expect(run.stderr).toContain('实际是“进行中”');
    await expect(stat(join(dir, 'broken.docx'))).rejects.toThrow();
  });

  it('with exit code 1 when run as a process', () => {
    const run = spawnSync(
      process.execPath,
      ['scripts/report/cli.ts', 'xc-2099', '--content', 'examples/shili'],
      { encoding: 'utf8', env: { ...process.env, NO_COLOR: '1', DEBUG: '' } },
    );
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('中没有巡察“xc-2099”');
  });
});

describe('the report page of the features fixture', () => {
  const site = inject('featuresDist');
  const PAGE = '/inspections/xc-2024/report/';
  let docx: { style: string; text: string }[];
  beforeAll(async () => {
    const run = await cli([
      'xc-2024',
      '--content',
      join(process.cwd(), 'tests/fixtures/features'),
      '--date',
      '2024-06-30',
      '--out',
      'features.docx',
    ]);
    expect(run.stderr).toBe('');
    docx = paragraphs((await docxParts(join(dir, 'features.docx'))).document);
  });

  it('says word for word what the document for its build date says', async () => {
    const $ = await loadPage(site, PAGE);
    const article = $('article.report');
    const page = article
      .find('h1, h2, h3, h4, p')
      .map((_, el) => $(el).text())
      .get();
    expect(page).toEqual(docx.map((p) => p.text));
  });

  it('shows the numbers counted by hand: one review, two measures, one overdue', async () => {
    const $ = await loadPage(site, PAGE);
    const figure = (key: string) => $(`[data-figure="${key}"] strong`).text();
    expect(
      ['problems', 'measures', 'done', 'rate', 'underway', 'overdue', 'allDone', 'unanswered'].map(
        figure,
      ),
    ).toEqual(['3', '2', '1', '50.0%', '0', '1', '1', '1']);
    const text = $('article.report').text();
    expect(text).toContain('巡察反馈问题3个，分为2个方面。1份对照检查材料回应了其中2个问题');
    expect(text).toContain('已完成（含已销号）1项，完成率50.0%；推进中0项；逾期1项。');
    expect(text).toContain('整改状态：推进中，逾期30天');
    expect(text).toContain('（反馈问题3）尚无对照检查材料回应此问题。');
    expect($('.report .light-overdue').first().text()).toBe('逾期30天');
  });

  it('links what it names, is left out of the search index, and prints as a document', async () => {
    const $ = await loadPage(site, PAGE);
    expect($('[data-pagefind-body]')).toHaveLength(0);
    expect($('.report a[href="/demo-2024/measures/1/"]').text()).toBe('措施（一）“强化学习”');
    expect($('.report a[href="/inspections/xc-2024/problems/3/"]').text()).toBe('反馈问题3');
    expect($('#problem-3').text()).toBe('2.关于“公务用车管理不规范”问题的整改情况');
    expect($('.report-figures').hasClass('no-print')).toBe(true);
    expect($('h1.doc-title').text()).toBe(docx[0]?.text);
  });
});
