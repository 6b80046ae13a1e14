/**
 * One mistake in a content file, three commands that read it: `npm run build`, `npm run workbook
 * -- export` and `npm run import` over the review holding the file check it with the same code and
 * must say it in the same words, on the same line.
 */
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { runImportCli } from '../../scripts/import/run-cli.ts';
import type { CommandIo } from '../../scripts/shared/command-io.ts';
import { runWorkbookCli } from '../../scripts/workbook/run-cli.ts';
import { buildSite, PROJECT_ROOT } from '../helpers/build-site.ts';

// Inside the project, as a content folder usually is: the build names a file from the project's
// folder, the commands as the folder was given, and here both are the same text.
const CONTENT = 'test-results/same-mistake';
const REVIEW = `${CONTENT}/reviews/demo`;
const MEASURE = `${REVIEW}/measures/1.mdx`;
const FINDING = `${REVIEW}/findings/1-1.mdx`;

const DOCUMENT =
  '标题\n一、存在的问题\n（一）方面\n一是问题。\n二是问题。\n二、整改措施\n（一）强化学习。\n';

/** Runs a command in this process, as its npm script runs it; resolves with what it printed. */
async function run(command: (args: string[], io: CommandIo) => Promise<number>, args: string[]) {
  let output = '';
  const status = await command(args, {
    stdout: (text) => (output += text),
    stderr: (text) => (output += text),
    env: { CONTENT_DIR: CONTENT, NO_COLOR: '1', DEBUG: '' },
  });
  return { status, output };
}

/** The line naming a problem in `file`: `✗ <file> 第 3 行 → deadine：…`, without its fix. */
function problemLine(output: string, file: string): string | undefined {
  return output
    .split('\n')
    .find((line) => line.trimStart().startsWith(`✗ ${file} `))
    ?.trim();
}

describe('a mistake in a content file', { timeout: 120_000 }, () => {
  let document = '';
  let measure = '';
  let finding = '';
  let build = '';
  let exported = '';

  beforeAll(async () => {
    await rm(join(PROJECT_ROOT, CONTENT), { recursive: true, force: true });
    const inputs = await mkdtemp(join(tmpdir(), 'same-mistake-'));
    document = join(inputs, '材料.txt');
    await writeFile(document, DOCUMENT);
    expect((await run(runImportCli, [document, '--review', 'demo'])).status).toBe(0);
    measure = await readFile(MEASURE, 'utf8');
    finding = await readFile(FINDING, 'utf8');
    // A field name mistyped on line 3, and a field written twice (a YAML slip) on line 4.
    await writeFile(MEASURE, measure.replace('order: 1\n', 'order: 1\ndeadine: 2024-06-30\n'));
    await writeFile(FINDING, finding.replace('order: 1\n', 'order: 1\norder: 2\n'));

    const [built, workbook] = await Promise.all([
      buildSite({ contentDir: `./${CONTENT}`, name: 'same-mistake', failsInSync: true }),
      run(runWorkbookCli, ['export', 'demo', '--out', join(inputs, '台账.xlsx')]),
    ]);
    expect(built.exitCode).toBe(1);
    expect(workbook.status).toBe(1);
    build = built.output;
    exported = workbook.output;
  });

  it('is said on the same line, in the same words, by the build and the export', () => {
    const mistyped = problemLine(build, MEASURE);
    expect(mistyped).toBe(
      `✗ ${MEASURE} 第 3 行 → deadine：有不认识的字段 deadine：写在其中的内容不会出现在网站上`,
    );
    expect(problemLine(exported, MEASURE)).toBe(mistyped);
    const twice = problemLine(build, FINDING);
    expect(twice).toBe(`✗ ${FINDING} 第 4 行：字段“order”写了两次（第 3 行已经写过）`);
    expect(problemLine(exported, FINDING)).toBe(twice);
  });

  it('heads the list with what did not happen: the site, or the workbook', () => {
    expect(build).toContain('材料内容有 2 处问题，网站没有生成：');
    expect(exported).toContain('✗ 材料内容有 2 处问题，工作簿没有导出：');
  });

  it('is said the same by an import over the review, the slip first, then the field', async () => {
    const slip = await run(runImportCli, [document, '--review', 'demo']);
    expect(slip.status).toBe(1);
    expect(problemLine(slip.output, FINDING)).toBe(problemLine(build, FINDING));

    await writeFile(FINDING, finding);
    const field = await run(runImportCli, [document, '--review', 'demo']);
    expect(field.status).toBe(1);
    expect(problemLine(field.output, MEASURE)).toBe(problemLine(build, MEASURE));
    // Nothing was written: the mistake is still there to fix.
    expect(await readFile(MEASURE, 'utf8')).toContain('deadine: 2024-06-30');
  });
});
