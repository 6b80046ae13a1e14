/**
 * `npm run import -- <反馈意见> --inspection <id>`: a feedback document imported as an inspection,
 * from text and from Word alike, every paragraph in one place and verbatim, what the importer is
 * unsure of said, nothing written on a dry run or a refusal, hand-filled fields kept on a
 * re-import, and the files accepted by the build's own checks. No site is built.
 */
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, rename, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { mdxFromMarkdown } from 'mdast-util-mdx';
import { toString } from 'mdast-util-to-string';
import { mdxjs } from 'micromark-extension-mdxjs';
import { describe, expect, it } from 'vitest';
import { runImportCli } from '../../scripts/import/run-cli.ts';
import { indexContentFiles } from '../../scripts/shared/content-index.ts';
import { readInspectionFiles } from '../../scripts/shared/inspection-files.ts';
import { sourceParagraphs } from '../../scripts/shared/documents/text.ts';
import { readFrontMatter } from '../../src/loaders/front-matter.ts';
import { encodeAs } from '../fixtures/encodings/encode.ts';
import { makeDocx } from '../fixtures/import/make-docx.ts';
import { snapshot } from '../fixtures/import/snapshot.ts';

const FEEDBACK = 'tests/fixtures/import/feedback-shili.txt';

/** Runs the command in this process, as `npm run import` runs it, and collects what it prints. */
async function cli(args: string[], contentDir: string) {
  let stdout = '';
  let stderr = '';
  const status = await runImportCli(args, {
    stdout: (text) => (stdout += text),
    stderr: (text) => (stderr += text),
    env: { CONTENT_DIR: contentDir, NO_COLOR: '1', DEBUG: '' },
  });
  return { status, stdout, stderr };
}

const contentDir = () => mkdtemp(join(tmpdir(), 'import-inspection-'));

/** The fixture's paragraphs, as a reader of the text sees them. */
const fixtureParagraphs = async () => sourceParagraphs(await readFile(FEEDBACK, 'utf8'));

/** A written file: its front matter as data, and its body as the text of each block, in order. */
async function written(path: string) {
  const text = await readFile(path, 'utf8');
  const read = readFrontMatter(text, path);
  if ('problem' in read) throw new Error(read.problem.message);
  const tree = fromMarkdown(read.frontMatter.body, {
    extensions: [mdxjs()],
    mdastExtensions: [mdxFromMarkdown()],
  });
  const blocks = tree.children.map((node) =>
    node.type === 'mdxJsxFlowElement'
      ? `<${node.name} />`
      : node.type === 'heading'
        ? `## ${toString(node)}`
        : toString(node),
  );
  return { data: read.frontMatter.data, blocks, text };
}

/** The inspections of a content folder, checked as the build checks them. */
async function indexed(dir: string) {
  return indexContentFiles(await readInspectionFiles(dir));
}

describe('importing a feedback document as an inspection', { timeout: 60_000 }, () => {
  it('writes the categories verbatim, each problem verbatim under its number, the facts the text states', async () => {
    const dir = await contentDir();
    const { status, stdout, stderr } = await cli([FEEDBACK, '--inspection', 'xc-2024-shili'], dir);
    expect(stderr).toBe('');
    expect(status).toBe(0);
    expect(stdout).toContain(`✓ 已导入：${FEEDBACK}（utf-8，22 段）`);
    expect(stdout).toContain('3 个方面，5 个反馈问题');
    expect(stdout).toContain(
      [
        '  第 9 行  方面（二）：（二）落实全面从严治党战略部署方面',
        '    第 10 行  反馈问题3：主体责任落实不到位',
        '    第 13 行  反馈问题4：违反中央八项规定精神问题仍有发生',
      ].join('\n'),
    );
    expect(stdout).toContain('第 4 行  巡察组：示例县委第二巡察组（取自正文）');
    expect(stdout).toContain(
      '下一步：在回应这次巡察的对照检查材料的 review.mdx 中写上 inspection: xc-2024-shili',
    );

    const folder = join(dir, 'inspections/xc-2024-shili');
    const inspection = await written(join(folder, 'inspection.mdx'));
    expect(inspection.data).toEqual({
      title: '关于巡察示例县示例局党组的反馈意见',
      team: '示例县委第二巡察组',
      unit: '示例县示例局党组',
      number: '示巡办发〔2024〕7号',
      inspectedFrom: '2024-03-04',
      inspectedTo: '2024-04-19',
      feedbackOn: '2024-05-10',
      categories: [
        '（一）贯彻落实党的理论和路线方针政策方面',
        { heading: '（二）落实全面从严治党战略部署方面', lead: '，主要表现在：' },
        '（三）落实新时代党的组织路线方面',
      ],
    });

    // Every paragraph of the document in one place, in order: the title and number in the front
    // matter, the text before and after the list in the body, categories and problems in theirs.
    const paragraphs = await fixtureParagraphs();
    const problems = await Promise.all(
      [1, 2, 3, 4, 5].map((n) => written(join(folder, `problems/${n}.mdx`))),
    );
    const [before, after] = [
      inspection.blocks.slice(0, inspection.blocks.indexOf('<Problems />')),
      inspection.blocks.slice(inspection.blocks.indexOf('<Problems />') + 1),
    ];
    const categoryText = (k: number) => {
      const c = (inspection.data['categories'] as (string | { heading: string; lead: string })[])[
        k
      ]!;
      return typeof c === 'string' ? c : `${c.heading}${c.lead}`;
    };
    expect([
      inspection.data['title'],
      inspection.data['number'],
      ...before,
      categoryText(0),
      ...problems[0]!.blocks,
      ...problems[1]!.blocks,
      categoryText(1),
      ...problems[2]!.blocks,
      ...problems[3]!.blocks,
      categoryText(2),
      ...problems[4]!.blocks,
      ...after,
    ]).toEqual(paragraphs.map((p) => (/^[一二]、/.test(p) ? `## ${p}` : p)));
    // Braces and angle brackets of the text are escaped, not read as MDX.
    expect(problems[1]!.text).toContain('\\{2项}');
    expect(problems[1]!.blocks).toEqual([
      '2.落实重大决策部署打折扣。示例项目推进缓慢，{2项}任务未按期完成。',
    ]);
    expect(problems.map((p) => [p.data['category'], p.data['order'], p.data['title']])).toEqual([
      [1, 1, '理论学习不够深入'],
      [1, 2, '落实重大决策部署打折扣'],
      [2, 1, '主体责任落实不到位'],
      [2, 2, '违反中央八项规定精神问题仍有发生'],
      [3, 1, '干部队伍建设有短板'],
    ]);

    const index = await indexed(dir);
    const node = index.inspectionById.get('xc-2024-shili')!;
    expect(node.categories.map((c) => c.problems.map((p) => p.id))).toEqual([
      ['1', '2'],
      ['3', '4'],
      ['5'],
    ]);
  });

  it('reads the same feedback from a Word document and from GB18030 text, and writes the same files', async () => {
    const dir = await contentDir();
    expect((await cli([FEEDBACK, '--inspection', 'xc'], dir)).status).toBe(0);
    const fromText = await snapshot(join(dir, 'inspections/xc'));

    const inputs = await contentDir();
    const paragraphs = await fixtureParagraphs();
    const docx = join(inputs, '反馈意见.docx');
    await writeFile(docx, makeDocx(paragraphs.map((text) => ({ text }))));
    const ansi = join(inputs, '反馈意见.txt');
    await writeFile(ansi, encodeAs(await readFile(FEEDBACK, 'utf8'), 'gb18030'));

    for (const [file, how] of [
      [docx, 'Word 文档，22 段'],
      [ansi, 'gb18030，22 段'],
    ] as const) {
      const other = await contentDir();
      const { status, stdout } = await cli([file, '--inspection', 'xc'], other);
      expect(status).toBe(0);
      expect(stdout).toContain(`（${how}）`);
      // Line numbers of a Word document are its paragraphs: the same here, one line each.
      expect(await snapshot(join(other, 'inspections/xc'))).toEqual(fromText);
    }
  });

  it('shows what it is unsure of, writes placeholders to fill in, and the build accepts the files', async () => {
    const dir = await contentDir();
    const file = join(dir, '反馈.txt');
    await writeFile(
      file,
      [
        '巡察反馈意见',
        '现将发现的问题反馈如下：',
        '1.学习不深入。中心组学习不经常。',
        '调研也不够。',
        '2.作风不实。',
        '4.管理不规范。派车登记不全。',
        '以上问题，请认真整改。',
      ].join('\n'),
    );
    const { status, stdout } = await cli([file, '--inspection', 'xc-unsure'], dir);
    expect(status).toBe(0);
    expect(stdout).toContain('0 个方面，3 个反馈问题');
    expect(stdout).toContain(
      '  • team：反馈意见中没有“县委第一巡察组……对……进行了巡察”这样写明巡察组的句子，标题和落款中也没有；inspection.mdx 中暂写作“待填写：巡察组名称”',
    );
    expect(stdout).toContain('  • unit：反馈意见中没有写明被巡察的党组织');
    expect(stdout).toContain(
      '  • 第 3 行：没有找到（一）（二）……这样的方面标题：3 个问题都归入一个方面',
    );
    expect(stdout).toContain(
      '  • 第 3 行：反馈问题1之后的 1 段没有编号（第 4 行），作为这个问题的正文导入；如果其中有另一个问题（漏了编号），请补上编号后重新导入',
    );
    expect(stdout).toContain(
      '  • 第 6 行：问题的编号应为“3”，实际是“4.管理不规范。派车登记不全。”',
    );
    expect(stdout).toContain('    第 6 行  反馈问题4：管理不规范');
    expect(stdout).toContain(
      `请把 ${join(dir, 'inspections/xc-unsure')}/inspection.mdx 中的每个“待填写”改成实际内容。`,
    );

    const inspection = await written(join(dir, 'inspections/xc-unsure/inspection.mdx'));
    expect(inspection.data).toMatchObject({
      title: '巡察反馈意见',
      team: '待填写：巡察组名称',
      unit: '待填写：被巡察的党组织名称',
      categories: ['待填写：问题所属的方面（反馈意见没有分方面）'],
    });
    expect((await indexed(dir)).inspectionById.get('xc-unsure')!.problems.map((p) => p.id)).toEqual(
      ['1', '2', '4'],
    );
  });

  it('writes nothing on a dry run, and says so', async () => {
    const dir = await contentDir();
    const { status, stdout } = await cli([FEEDBACK, '--inspection', 'xc', '--dry-run'], dir);
    expect(status).toBe(0);
    expect(stdout).toContain('✓ 检查通过（试运行，没有写入任何文件）');
    expect(stdout).toContain('反馈问题5：干部队伍建设有短板');
    expect(existsSync(join(dir, 'inspections'))).toBe(false);
  });

  it('keeps the fields filled in by hand on a re-import, and takes the new text', async () => {
    const dir = await contentDir();
    expect((await cli([FEEDBACK, '--inspection', 'xc-2024-shili'], dir)).status).toBe(0);
    const folder = join(dir, 'inspections/xc-2024-shili');
    const edit = async (path: string, change: (text: string) => string) =>
      writeFile(join(folder, path), change(await readFile(join(folder, path), 'utf8')));
    // The earlier round, which `follows` and `recurs` point at.
    await mkdir(join(dir, 'inspections/xc-2021/problems'), { recursive: true });
    await writeFile(
      join(dir, 'inspections/xc-2021/inspection.mdx'),
      '---\ntitle: 上一轮\nteam: 某巡察组\nunit: 示例县示例局党组\ncategories: [（一）方面]\n---\n\n<Problems />\n',
    );
    await writeFile(
      join(dir, 'inspections/xc-2021/problems/2.mdx'),
      '---\ncategory: 1\norder: 1\ntitle: 老问题\n---\n\n2.老问题。\n',
    );
    await edit('inspection.mdx', (text) =>
      text
        .replace('number: 示巡办发〔2024〕7号', 'number: 示巡办发〔2024〕8号 # 以印发稿为准')
        .replace('feedbackOn: 2024-05-10', 'feedbackOn: 2024-05-11\nfollows: xc-2021'),
    );
    await edit('problems/3.mdx', (text) =>
      text.replace(
        'title: 主体责任落实不到位\n',
        'title: 主体责任落实不到位\n# 上轮巡察也指出过\nrecurs: [xc-2021/2]\n',
      ),
    );
    await writeFile(join(folder, '原件.txt'), '收到的反馈意见原件\n');

    const changed = join(dir, '反馈-改.txt');
    await writeFile(
      changed,
      (await readFile(FEEDBACK, 'utf8')).replace(
        '党组研究党风廉政建设工作次数偏少。',
        '党组研究党风廉政建设工作次数偏少，全年仅 1 次。',
      ),
    );
    const { status, stdout } = await cli([changed, '--inspection', 'xc-2024-shili'], dir);
    expect(status).toBe(0);
    expect(stdout).toContain('✓ 已更新');
    expect(stdout).toContain('6 个文件中 1 个有改动，删除 0 个；手工填写的字段都已保留');
    expect(stdout).toContain(
      'inspection.mdx：number 保留原来的“示巡办发〔2024〕8号”；反馈意见现在写的是“示巡办发〔2024〕7号”',
    );
    expect(stdout).toContain('inspection.mdx：feedbackOn 保留原来的“2024-05-11”');

    const inspection = await readFile(join(folder, 'inspection.mdx'), 'utf8');
    expect(inspection).toContain('number: 示巡办发〔2024〕8号 # 以印发稿为准\n');
    expect(inspection).toContain('feedbackOn: 2024-05-11\nfollows: xc-2021\n');
    const problem = await readFile(join(folder, 'problems/3.mdx'), 'utf8');
    expect(problem).toContain('# 上轮巡察也指出过\nrecurs: [xc-2021/2]\n');
    expect(problem).toContain('党组研究党风廉政建设工作次数偏少，全年仅 1 次。');
    expect(await readFile(join(folder, '原件.txt'), 'utf8')).toBe('收到的反馈意见原件\n');
    const index = await indexed(dir);
    expect(index.inspectionById.get('xc-2024-shili')!.follows?.id).toBe('xc-2021');
  });

  it('refuses a re-import that would renumber or drop a problem a finding cites, naming the finding', async () => {
    const dir = await contentDir();
    expect((await cli([FEEDBACK, '--inspection', 'xc'], dir)).status).toBe(0);
    const findings = join(dir, 'reviews/demo/findings');
    await mkdir(findings, { recursive: true });
    await writeFile(
      join(dir, 'reviews/demo/review.mdx'),
      '---\ntitle: 材料\norganization: 示例局\nmeeting: 会\ninspection: xc\nareas: [（一）方面]\n---\n\n<Findings />\n',
    );
    await writeFile(
      join(findings, '1-1.mdx'),
      '---\narea: 1\norder: 1\ntitle: 学习\nfeedback: [2, 3]\n---\n\n一是学习。\n',
    );
    const content = async () => [
      ...(await snapshot(join(dir, 'inspections'))),
      ...(await snapshot(join(dir, 'reviews'))),
    ];
    const before = await content();
    // A problem inserted before the third: the third becomes the fourth.
    const inserted = join(dir, '反馈-插入.txt');
    await writeFile(
      inserted,
      (await readFile(FEEDBACK, 'utf8'))
        .replace('3.主体责任', '3.新的问题。具体情况。\n4.主体责任')
        .replace('4.违反', '5.违反')
        .replace('5.干部', '6.干部'),
    );
    const moved = await cli([inserted, '--inspection', 'xc'], dir);
    expect(moved.status).toBe(1);
    expect(moved.stdout).toBe('');
    expect(moved.stderr).toContain('✗ 没有导入任何内容。');
    expect(moved.stderr).toContain(
      `${join(findings, '1-1.mdx')} → feedback[1]：引用了巡察“xc”的反馈问题3（“主体责任落实不到位”），导入后它的编号变为 4，这里的 3 就会指向另一个问题`,
    );
    expect(moved.stderr).toContain('请先在这个文件中删去 3，导入之后再写上新的编号 4。');
    expect(moved.stderr).not.toContain('feedback[0]');
    expect(await content()).toEqual(before);

    const dropped = join(dir, '反馈-删去.txt');
    await writeFile(
      dropped,
      (await readFile(FEEDBACK, 'utf8')).replace(/2\.落实重大决策部署打折扣.*\n/, ''),
    );
    const gone = await cli([dropped, '--inspection', 'xc'], dir);
    expect(gone.status).toBe(1);
    expect(gone.stderr).toContain(
      '→ feedback[0]：引用了巡察“xc”的反馈问题2（“落实重大决策部署打折扣”），导入后它已经不在反馈意见中',
    );
    expect(await content()).toEqual(before);

    // With the citation taken out first, the renumbering goes through and is said.
    const finding = join(findings, '1-1.mdx');
    await writeFile(finding, (await readFile(finding, 'utf8')).replace('[2, 3]', '[2]'));
    const renumbered = await cli([inserted, '--inspection', 'xc'], dir);
    expect(renumbered.status).toBe(0);
    expect(renumbered.stdout).toContain(
      'problems/3.mdx 改为 problems/4.mdx：反馈意见改了它的编号，它的网址也随之改变',
    );
  });

  it('refuses a folder that holds another feedback unless --force', async () => {
    const dir = await contentDir();
    expect((await cli([FEEDBACK, '--inspection', 'xc'], dir)).status).toBe(0);
    const other = join(dir, '另一份.txt');
    await writeFile(other, '关于巡察另一单位党组的反馈意见\n（一）方面\n1.别的问题。\n');
    const before = await snapshot(dir);
    const refused = await cli([other, '--inspection', 'xc'], dir);
    expect(refused.status).toBe(1);
    expect(refused.stderr).toContain(
      '应为空文件夹，或者同一份反馈意见以前导入的内容，实际是另一份反馈意见',
    );
    expect(await snapshot(dir)).toEqual(before);
    const forced = await cli([other, '--inspection', 'xc', '--force'], dir);
    expect(forced.status).toBe(0);
    expect(forced.stdout).toContain('--force：文件夹原有的内容已被替换');
  });

  it('refuses --review and --inspection together, in Chinese, writing nothing', async () => {
    const dir = await contentDir();
    const { status, stdout, stderr } = await cli(
      [FEEDBACK, '--review', 'demo', '--inspection', 'xc'],
      dir,
    );
    expect(status).toBe(1);
    expect(stdout).toBe('');
    expect(stderr).toContain(
      '✗ --review 和 --inspection 只能用一个：导入对照检查材料用 --review <材料代号>，导入巡察的反馈意见用 --inspection <巡察代号>。',
    );
    expect(stderr).toContain('用法：npm run import -- <文件> --review <材料代号> [选项]');
    const bad = await cli([FEEDBACK, '--inspection', 'XC_2024'], dir);
    expect(bad.status).toBe(1);
    expect(bad.stderr).toContain('应为由小写英文字母、数字和连字符组成的巡察代号');
    expect(existsSync(join(dir, 'inspections'))).toBe(false);
  });

  it('puts back an inspection an interrupted import left in its backup', async () => {
    const dir = await contentDir();
    expect((await cli([FEEDBACK, '--inspection', 'xc'], dir)).status).toBe(0);
    const before = await snapshot(dir);
    const inspections = join(dir, 'inspections');
    await rename(join(inspections, 'xc'), join(inspections, '.xc.import-old'));
    await mkdir(join(inspections, '.xc.import-new'));
    const { status, stdout } = await cli(['--recover'], dir);
    expect(status).toBe(0);
    expect(stdout).toContain(
      `↺ ${join(inspections, 'xc')}：上次导入在替换文件夹时中断，已把导入前的内容放回原处`,
    );
    expect(await snapshot(dir)).toEqual(before);
  });
});

describe('importing a review that cites a feedback', { timeout: 60_000 }, () => {
  it('suggests the inspection whose number the review cites, and writes no inspection itself', async () => {
    const dir = await contentDir();
    expect((await cli([FEEDBACK, '--inspection', 'xc-2024-shili'], dir)).status).toBe(0);
    const review = join(dir, '材料.txt');
    await writeFile(
      review,
      [
        '示例局局长巡察整改专题民主生活会对照检查材料',
        '根据《关于巡察示例县示例局党组的反馈意见》（示巡办发〔2024〕7号）要求，现将对照检查情况报告如下：',
        '一、存在的问题',
        '（一）学习方面',
        '一是学习不深入。本人学习不够。',
        '二、整改措施',
        '（一）强化学习。',
      ].join('\n'),
    );
    const { status, stdout } = await cli([review, '--review', 'demo'], dir);
    expect(status).toBe(0);
    expect(stdout).toContain(
      `  材料引用的 示巡办发〔2024〕7号 是巡察 xc-2024-shili 的反馈意见（${join(dir, 'inspections')}/xc-2024-shili/inspection.mdx）：如果这份材料回应的就是这次巡察，\n  在 ${join(dir, 'reviews/demo')}/review.mdx 中写上 inspection: xc-2024-shili`,
    );
    expect(await readFile(join(dir, 'reviews/demo/review.mdx'), 'utf8')).not.toContain(
      'inspection:',
    );

    // Once the review names its inspection, a re-import does not suggest it again.
    const file = join(dir, 'reviews/demo/review.mdx');
    await writeFile(
      file,
      (await readFile(file, 'utf8')).replace('areas:', 'inspection: xc-2024-shili\nareas:'),
    );
    const again = await cli([review, '--review', 'demo'], dir);
    expect(again.status).toBe(0);
    expect(again.stdout).not.toContain('材料引用的');
  });
});
