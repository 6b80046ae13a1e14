/** `npm run import`: what a user sees, and the exit code. */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const tsx = createRequire(import.meta.url).resolve('tsx/cli');

function cli(args: string[], contentDir: string) {
  const result = spawnSync(process.execPath, [tsx, 'scripts/import/cli.ts', ...args], {
    encoding: 'utf8',
    env: { ...process.env, CONTENT_DIR: contentDir, NO_COLOR: '1' },
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

// Each test starts Node with tsx, which takes seconds on a busy machine.
describe('the import command', { timeout: 30_000 }, () => {
  it('imports a document, says what it wrote and what to do next', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'import-cli-'));
    const { status, stdout } = cli(
      ['tests/fixtures/import/no-areas.gb18030.txt', '--review', 'weijian-2024'],
      dir,
    );
    expect(status).toBe(0);
    expect(stdout).toContain(
      '✓ Imported: tests/fixtures/import/no-areas.gb18030.txt (gb18030, 18 paragraphs)',
    );
    expect(stdout).toContain('4 findings in 1 area(s), 2 causes, 4 measures');
    expect(stdout).toContain('line 5: the problems part has no area headings');
    expect(stdout).toContain('Next: link each finding to its causes and measures');
    expect(existsSync(join(dir, 'reviews/weijian-2024/findings/1-4.mdx'))).toBe(true);
  });

  it('exits 1 with the reason, the line and a hint, and writes nothing', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'import-cli-'));
    const file = join(dir, 'doc.txt');
    await writeFile(file, '标题\n一、存在的问题\n（一）方面\n一是问题。\n三是问题。\n');
    const { status, stdout, stderr } = cli([file, '--review', 'demo'], dir);
    expect(status).toBe(1);
    expect(stdout).toBe('');
    expect(stderr).toContain('✗ Nothing was imported.');
    expect(stderr).toContain(`${file}, line 5: expected 二是, the number of the next finding`);
    expect(stderr).toContain('Hint: ');
    expect(existsSync(join(dir, 'reviews'))).toBe(false);
  });

  it('explains its usage when the review name is missing', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'import-cli-'));
    const { status, stderr } = cli(['tests/fixtures/import/circled.md'], dir);
    expect(status).toBe(1);
    expect(stderr).toContain('Usage: npm run import -- <file> --review <name>');
  });
});
