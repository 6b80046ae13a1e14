/** `npm run import`: what a user sees, and the exit code. */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, rename, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { describe, expect, it } from 'vitest';
import { runImportCli } from '../../scripts/import/run-cli.ts';
import { encodeAs } from '../fixtures/encodings/encode.ts';
import { makeDocxBomb } from '../fixtures/import/make-docx.ts';
import { writeOldFolder } from '../fixtures/import/review-folders.ts';
import { snapshot } from '../fixtures/import/snapshot.ts';

/**
 * Runs the command in this process, as `npm run import` runs it, and collects what it prints.
 * Starting Node for a run takes seconds on a busy machine; `spawned` does that for the
 * few tests that are about the command as a process (its exit code, its memory).
 */
async function cli(args: string[], contentDir: string, env: Record<string, string> = {}) {
  let stdout = '';
  let stderr = '';
  const started = performance.now();
  const status = await runImportCli(args, {
    stdout: (text) => (stdout += text),
    stderr: (text) => (stderr += text),
    env: { CONTENT_DIR: contentDir, NO_COLOR: '1', DEBUG: '', ...env },
  });
  return { status, stdout, stderr, milliseconds: performance.now() - started };
}

/** Runs `npm run import`'s script in a Node process of its own, as a user does. */
function spawned(args: string[], contentDir: string, env: Record<string, string> = {}) {
  const started = performance.now();
  const result = spawnSync(process.execPath, ['scripts/import/cli.ts', ...args], {
    encoding: 'utf8',
    env: { ...process.env, CONTENT_DIR: contentDir, NO_COLOR: '1', DEBUG: '', ...env },
  });
  return {
    status: result.status,
    stdout: result.stdout,
    stderr: result.stderr,
    milliseconds: performance.now() - started,
  };
}

const DOCUMENT = '标题\n一、存在的问题\n（一）方面\n一是问题。\n二是问题。\n';

/** A content folder holding an imported review `demo`, and the snapshot of it. */
async function imported() {
  const dir = await mkdtemp(join(tmpdir(), 'import-cli-'));
  await writeFile(join(dir, 'doc.txt'), DOCUMENT);
  expect((await cli([join(dir, 'doc.txt'), '--review', 'demo'], dir)).status).toBe(0);
  return { dir, before: await snapshot(dir) };
}

describe('the import command', { timeout: 30_000 }, () => {
  it('imports a document, says what it wrote and what to do next', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'import-cli-'));
    // The command as a user runs it, in a process of its own.
    const { status, stdout } = spawned(
      ['tests/fixtures/import/no-areas.gb18030.txt', '--review', 'weijian-2024'],
      dir,
    );
    expect(status).toBe(0);
    expect(stdout).toContain(
      '✓ 已导入：tests/fixtures/import/no-areas.gb18030.txt（gb18030，18 段）',
    );
    expect(stdout).toContain('1 个方面，4 个问题，2 条原因，4 项措施');
    expect(stdout).toContain(
      '请核对：\n  • 第 5 行：问题部分没有（一）（二）……这样的方面标题，以这个部分的标题作为唯一的方面',
    );
    expect(stdout).toContain(
      '下一步：把每个问题和它的原因、措施关联起来，在 Excel 或 WPS 中填写最方便',
    );
    expect(stdout).toContain('npm run workbook -- export weijian-2024');
    expect(existsSync(join(dir, 'reviews/weijian-2024/findings/1-4.mdx'))).toBe(true);
  });

  it('shows the structure it read, and each line it left out or joined, on a dry run', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'import-cli-'));
    const web = await cli(
      ['tests/fixtures/import/web-2025.txt', '--review', 'web', '--dry-run'],
      dir,
    );
    expect(web.status).toBe(0);
    expect(web.stdout).toContain(
      [
        '结构（请对照原文核对）：',
        '  第 10 行  标题：XX区委常委、区委宣传部长2025 年度民主生活会个人对照检查材料',
        '  第 12 行  一、上年度民主生活会整改措施落实情况（材料正文中的一节）',
        '  第 14 行  二、对照检查情况（问题部分）',
        '    第 15 行  方面（一）：（一）在带头强化政治忠诚、提高政治能力方面',
        '      第 16 行  问题（一）之一：理论学习的系统性还不够',
      ].join('\n'),
    );
    expect(web.stdout).toContain(
      '      第 18 行  问题（二）之二：自我要求有所降低,对身边工作人员管得不够严（接在上文同一段中）',
    );
    expect(web.stdout).toContain(
      '  第 29 行  三、反面典型案例剖析情况（材料正文中的一节）\n  第 31 行  四、产生问题的原因（原因部分）',
    );
    expect(web.stdout).toContain(
      '  • 第 1 行：已略去“XX文库，欢迎您！”：在标题之上，是网页上网站的文字，不是材料的内容',
    );
    expect(web.stdout).toContain('  • 第 9 行：已略去“发布时间：2025-02-10 09:30  浏览次数：1286”');

    const pdf = await cli(
      ['tests/fixtures/import/pdf-copy.gb18030.txt', '--review', 'pdf', '--dry-run'],
      dir,
    );
    expect(pdf.status).toBe(0);
    expect(pdf.stdout).toContain(
      '  第 1–2 行  标题：XX县自然资源局党组巡察整改专题民主生活会领导班子对照检查材料（含案例）',
    );
    expect(pdf.stdout).toMatch(/• \d+ 行在句子中间断开.*已连成 \d+ 段：第 3–6 行、第 9–11 行/);
    const kept = await cli(
      [
        'tests/fixtures/import/pdf-copy.gb18030.txt',
        '--review',
        'pdf',
        '--dry-run',
        '--keep-lines',
      ],
      dir,
    );
    expect(kept.status).toBe(0);
    expect(kept.stdout).not.toContain('在句子中间断开');
    expect(existsSync(join(dir, 'reviews'))).toBe(false);
  });

  it('reads a Big5 document as Big5, and says so', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'import-cli-'));
    const file = join(dir, '繁體.txt');
    // From Taiwan or Hong Kong: the headings' words are alike in both scripts, the text is not.
    const text =
      '某局領導班子對照檢查材料\n一、存在的不足\n（一）學習方面\n一是理論學習不夠深入。\n二是調查研究還不夠。\n二、原因剖析\n（一）學習不夠。\n三、整改措施\n（一）強化學習。\n';
    await writeFile(file, encodeAs(text, 'big5'));
    const { status, stdout, stderr } = await cli([file, '--review', 'demo'], dir);
    expect(stderr).toBe('');
    expect(status).toBe(0);
    expect(stdout).toContain(`✓ 已导入：${file}（big5，9 段）`);
    expect(await readFile(join(dir, 'reviews/demo/findings/1-1.mdx'), 'utf8')).toContain(
      '一是理論學習不夠深入。',
    );
  });

  it('refuses to update a review whose files are not UTF-8, and leaves them as they are', async () => {
    const { dir } = await imported();
    const path = join(dir, 'reviews/demo/findings/1-1.mdx');
    const ansi = encodeAs(await readFile(path, 'utf8'), 'gb18030');
    await writeFile(path, ansi);
    const before = await snapshot(dir);
    const { status, stdout, stderr } = await cli([join(dir, 'doc.txt'), '--review', 'demo'], dir);
    expect(stdout).toBe('');
    expect(status).toBe(1);
    expect(stderr).toContain('✗ 没有导入任何内容。\n材料内容有 1 处问题：\n');
    expect(stderr).not.toContain('网站');
    expect(stderr).toMatch(
      /reviews\/demo\/findings\/1-1\.mdx 第 \d+ 行：编码应为 UTF-8，实际像是 GB18030\/GBK（记事本的“ANSI”）/,
    );
    expect(stderr).toContain('“编码”选 UTF-8');
    expect((await readFile(path)).equals(ansi)).toBe(true);
    expect(await snapshot(dir)).toEqual(before);
  });

  it('exits 1 with the reason, the line and how to fix it, and writes nothing', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'import-cli-'));
    const file = join(dir, 'doc.txt');
    await writeFile(file, '标题\n一、存在的问题\n（一）方面\n一是问题。\n三是问题。\n');
    const { status, stdout, stderr } = await cli([file, '--review', 'demo'], dir);
    expect(status).toBe(1);
    expect(stdout).toBe('');
    expect(stderr).toContain('✗ 没有导入任何内容。');
    expect(stderr).toContain(`${file} 第 5 行：应为方面（一）下一个问题的编号“二是”`);
    expect(stderr).toContain('改法：');
    expect(existsSync(join(dir, 'reviews'))).toBe(false);
  });

  it('explains its usage, with the exit codes, when the review name or an option is wrong', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'import-cli-'));
    const missing = await cli(['tests/fixtures/import/circled.md'], dir);
    expect(missing.status).toBe(1);
    expect(missing.stderr).toContain('✗ 请用 --review 指明材料代号');
    expect(missing.stderr).toContain('用法：npm run import -- <文件> --review <材料代号>');
    expect(missing.stderr).toContain('退出码：\n  0  完成\n  1  材料有误');
    const unknown = await cli(['tests/fixtures/import/circled.md', '--reveiw', 'x'], dir);
    expect(unknown.status).toBe(1);
    expect(unknown.stderr).toContain('✗ 没有 --reveiw 这个选项。');
    expect(existsSync(join(dir, 'reviews'))).toBe(false);
  });

  it('exits 2 for a file it cannot read, saying what it is and what to do', async () => {
    const { dir, before } = await imported();
    const doc = join(await mkdtemp(join(tmpdir(), 'import-cli-input-')), '旧文档.docx');
    await writeFile(doc, Uint8Array.of(0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0));
    const old = await cli([doc, '--review', 'demo'], dir);
    expect(old.status).toBe(2);
    expect(old.stderr).toContain(`${doc}：应为 Word 文档（.docx），实际是旧版 Word 或 WPS 文档`);
    expect(old.stderr).toContain('保存类型选“Word 文档（*.docx）”');
    expect(old.stderr).not.toMatch(/central directory|\n\s+at /);

    const missing = await cli([join(dir, '没有.txt'), '--review', 'demo'], dir);
    expect(missing.status).toBe(2);
    expect(missing.stderr).toContain('实际是找不到这个文件');
    expect(await snapshot(dir)).toEqual(before);
  });

  it(
    'refuses zip bombs and files too large within seconds and little memory, exit 2',
    { timeout: 90_000 },
    async () => {
      const { dir, before } = await imported();
      const inputs = await mkdtemp(join(tmpdir(), 'import-cli-input-'));
      const letters = '<w:p><w:r><w:t>a</w:t></w:r></w:p>';
      // The largest bomb is refused by the command in a process of its own with 256 MB of heap,
      // where a parse of it would fail with “heap out of memory”; the smaller bomb, stopped by the
      // same limit on the number of tags, and the long text file are refused in this process.
      const cases = [
        ['bomb-200mb.docx', makeDocxBomb(letters, 200 << 20), '超过 15 万个标记', cli],
        ['bomb-1gb.docx', makeDocxBomb(letters, 1024 << 20), '超过 15 万个标记', spawned],
        ['lines.txt', '一\n'.repeat(100_001), '实际是非空行超过 10 万个', cli],
      ] as const;
      for (const [name, content, message, run] of cases) {
        const path = join(inputs, name);
        await writeFile(path, content);
        const result = await run([path, '--review', 'demo'], dir, {
          NODE_OPTIONS: '--max-old-space-size=256',
        });
        console.log(
          `${name} (${Math.round(content.length / 1024)} KB): exit ${result.status} in ${Math.round(result.milliseconds)} ms`,
        );
        expect(result.stderr).toContain(message);
        expect(result.stderr).not.toContain('heap');
        expect(result.status).toBe(2);
      }
      expect(await snapshot(dir)).toEqual(before);
    },
  );

  it('puts back a review an interrupted import left in its backup, and says so', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'import-cli-'));
    const reviews = join(dir, 'reviews');
    await writeOldFolder(join(reviews, 'demo'));
    const before = await snapshot(dir);
    // As an import killed between its two renames leaves it.
    await rename(join(reviews, 'demo'), join(reviews, '.demo.import-old'));
    await mkdir(join(reviews, '.demo.import-new'));
    const { status, stdout } = await cli(['--recover'], dir);
    expect(status).toBe(0);
    expect(stdout).toContain(
      `↺ ${join(reviews, 'demo')}：上次导入在替换文件夹时中断，已把导入前的内容放回原处`,
    );
    expect(await snapshot(dir)).toEqual(before);
    expect((await cli(['--recover'], dir)).stdout).toContain('中没有中断的导入。');
  });

  it('exits 3 for an unexpected error, its stack shown only with DEBUG=1', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'import-cli-'));
    await writeFile(join(dir, 'doc.txt'), DOCUMENT);
    // A file where the folder of reviews should be.
    await writeFile(join(dir, 'reviews'), '');
    const plain = await cli([join(dir, 'doc.txt'), '--review', 'demo'], dir);
    expect(plain.status).toBe(3);
    expect(plain.stderr).toContain('✗ 导入时出现意外错误：');
    expect(plain.stderr).toContain('设置 DEBUG=1 再运行一次');
    expect(plain.stderr).not.toMatch(/\n\s+at /);
    const debug = await cli([join(dir, 'doc.txt'), '--review', 'demo'], dir, { DEBUG: '1' });
    expect(debug.status).toBe(3);
    expect(debug.stderr).toMatch(/\n\s+at /);
  });
});
