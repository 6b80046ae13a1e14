/**
 * The commands as a user runs them, on the output paths that used to cost the project its files
 * (`--outDir .`, `--outDir content`, `--zip` onto a review), on a `dist` linked to a web root on
 * another file system, and with two builds started at once over a lock a killed build left.
 */
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import {
  lstat,
  mkdir,
  mkdtemp,
  readdir,
  readFile,
  readlink,
  realpath,
  rm,
  stat,
  symlink,
  writeFile,
} from 'node:fs/promises';
import { hostname, tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { projectStagingFor } from '../../scripts/build/publish.ts';
import {
  runOfflineBuild,
  runProjectBuild,
  type AstroBuildResult,
} from '../../scripts/shared/astro-build.ts';
import { MARKER_FILE, writeMarker } from '../../scripts/shared/build-marker.ts';
import { outputLockFor } from '../../scripts/shared/build-locks.ts';
import { listFiles } from '../../scripts/shared/files.ts';
import { runWorkbookCli } from '../../scripts/workbook/run-cli.ts';
import { withBuildLock } from '../helpers/build-lock.ts';
import { PROJECT_ROOT } from '../helpers/build-site.ts';

// Content that fails as soon as it is read: were a refusal ever to stop working, these commands
// would fail on the content rather than replace the project's files with a site.
const GUARD = { CONTENT_DIR: './tests/fixtures/bad-files', INIT_CWD: PROJECT_ROOT };
const build = (...args: string[]) => runProjectBuild({ args, cwd: PROJECT_ROOT, env: GUARD });
const offline = (...args: string[]) => runOfflineBuild({ args, cwd: PROJECT_ROOT, env: GUARD });
const REVIEW_FILE = 'content/reviews/xx-minzhengju-2023/review.mdx';

/** Runs `npm run pdf -- …`; resolves with its exit code and what it printed. */
function pdf(...args: string[]): Promise<AstroBuildResult> {
  return new Promise((done) => {
    execFile(
      process.execPath,
      ['scripts/pdf/cli.ts', ...args],
      { cwd: PROJECT_ROOT, env: { ...process.env, ...GUARD } },
      (error, stdout, stderr) => {
        done({ exitCode: error ? Number(error.code) : 0, output: stdout + stderr });
      },
    );
  });
}

describe.concurrent('an output path that would cost the project its files', () => {
  it('npm run build -- --outDir . is refused before anything is built or removed', async () => {
    const { exitCode, output } = await build('--outDir', '.');
    expect(exitCode).toBe(2);
    expect(output).toContain(`✗ --outDir .（${PROJECT_ROOT}）：这就是本项目的文件夹`);
    expect(output).toContain('改法：用 --outDir 指定一个新的或空的文件夹，如 --outDir dist');
    expect(output).not.toContain('[build]');
    for (const name of ['package.json', '.git', 'content', 'node_modules', 'src']) {
      expect(existsSync(join(PROJECT_ROOT, name)), name).toBe(true);
    }
    const beside = await readdir(dirname(PROJECT_ROOT));
    expect(beside.filter((name) => name.startsWith(`.${basename(PROJECT_ROOT)}.`))).toEqual([]);
  });

  it('npm run build -- --outDir content is refused, naming the content folder', async () => {
    const { exitCode, output } = await build('--outDir', 'content');
    expect(exitCode).toBe(2);
    expect(output).toContain('：这就是材料的内容文件夹 content/。');
    expect(existsSync(join(PROJECT_ROOT, REVIEW_FILE))).toBe(true);
  });

  it('npm run build:offline refuses the content folder, and a zip onto a review', async () => {
    const before = await readFile(join(PROJECT_ROOT, REVIEW_FILE));
    const [folder, zip] = await Promise.all([
      offline('--outDir', 'content', '--no-zip'),
      offline('--zip', REVIEW_FILE),
    ]);
    expect(folder.exitCode).toBe(2);
    expect(folder.output).toContain('：这就是材料的内容文件夹 content/。');
    expect(zip.exitCode).toBe(2);
    expect(zip.output).toContain(
      `✗ --zip ${REVIEW_FILE}（${join(PROJECT_ROOT, REVIEW_FILE)}）：它在材料文件夹 content/reviews/`,
    );
    expect(await readFile(join(PROJECT_ROOT, REVIEW_FILE))).toEqual(before);
  });

  it('npm run build refuses a folder of other files, and leaves them', async () => {
    const folder = await mkdtemp(join(tmpdir(), 'papers-'));
    await writeFile(join(folder, '会议记录.docx'), 'x');
    const { exitCode, output } = await build('--outDir', folder);
    expect(exitCode).toBe(2);
    expect(output).toContain('这个文件夹中已有 1 项（会议记录.docx），但它不是本项目生成的网站');
    expect(await readdir(folder)).toEqual(['会议记录.docx']);
  });

  it('npm run pdf refuses to write among the sources, before looking for the site', async () => {
    const { exitCode, output } = await pdf('demo-2024', '--dist', 'no-such-site', '--out', 'src');
    expect(exitCode).toBe(2);
    expect(output).toContain(
      `✗ --out src（${join(PROJECT_ROOT, 'src')}）：这就是网站的源代码 src/`,
    );
  });

  it('npm run workbook -- export refuses a file among the sources', async () => {
    let stderr = '';
    const status = await runWorkbookCli(
      ['export', 'demo-2024', '--out', 'src/no-such-folder/台账.xlsx'],
      {
        stdout: () => undefined,
        stderr: (text) => (stderr += text),
        env: { CONTENT_DIR: './tests/fixtures/small', INIT_CWD: PROJECT_ROOT },
      },
    );
    expect(status).toBe(1);
    expect(stderr).toContain('✗ --out src/no-such-folder/台账.xlsx');
    expect(stderr).toContain('它在网站的源代码 src/ 之中');
  });
});

/** A folder on another file system than the project's, if the machine has one (/dev/shm). */
async function otherFileSystem(): Promise<string> {
  const [shm, project] = await Promise.all([
    stat('/dev/shm').catch(() => undefined),
    stat(PROJECT_ROOT),
  ]);
  return shm?.isDirectory() && shm.dev !== project.dev ? '/dev/shm' : tmpdir();
}

describe('two builds at once into a link to a web root, over a lock a killed build left', () => {
  let base: string;
  let webRoot: string;
  const link = join(PROJECT_ROOT, 'test-results/builds/linked-site');
  let results: AstroBuildResult[];

  beforeAll(async () => {
    base = await realpath(await mkdtemp(join(await otherFileSystem(), 'review-site-')));
    webRoot = join(base, 'site');
    await mkdir(webRoot);
    await writeFile(join(webRoot, 'stale.html'), '上次的网站');
    await writeMarker(webRoot);
    await rm(link, { recursive: true, force: true });
    await mkdir(dirname(link), { recursive: true });
    await symlink(webRoot, link);
    const killed = { pid: 99_999_999, host: hostname(), started: '2024-06-30T08:00:00.000Z' };
    await writeFile(outputLockFor(webRoot), JSON.stringify(killed));
    const env = { CONTENT_DIR: './tests/fixtures/small', BUILD_DATE: '2024-06-30' };
    const run = () => runProjectBuild({ args: ['--outDir', link], cwd: PROJECT_ROOT, env });
    results = await withBuildLock(() => Promise.all([run(), run()]));
  });

  afterAll(async () => {
    await rm(base, { recursive: true, force: true });
    await rm(link, { force: true });
  });

  it('both succeed, one waiting for the other, and the lock left behind is cleared', () => {
    for (const { exitCode, output } of results) expect(exitCode, output).toBe(0);
    const output = results.map((r) => r.output).join('\n');
    expect(output.match(/已清除上次构建留下的锁 .*进程已经结束/g)).toHaveLength(1);
    expect(output).toMatch(
      /另一次构建正在生成 .*linked-site\/（本机进程 \d+，.* 开始）。等它结束后继续/,
    );
  });

  it('keeps the link a link, and the new site lands where it leads', async () => {
    expect((await lstat(link)).isSymbolicLink()).toBe(true);
    expect(await readlink(link)).toBe(webRoot);
    const files = await listFiles(webRoot);
    expect(files).toContain(MARKER_FILE);
    expect(files).toContain('demo-2024/findings/1-1/index.html');
    expect(files).not.toContain('stale.html');
  });

  it('leaves nothing beside the web root or in the project', async () => {
    expect(await readdir(base)).toEqual(['site']);
    expect(existsSync(projectStagingFor(PROJECT_ROOT, webRoot))).toBe(false);
    expect((await readdir(dirname(link))).filter((name) => name.includes('linked-site.'))).toEqual(
      [],
    );
  });

  it('publishes no path of the machine it was built on', async () => {
    const leaking: string[] = [];
    for (const file of await listFiles(webRoot)) {
      if ((await readFile(join(webRoot, file))).includes(PROJECT_ROOT)) leaking.push(file);
    }
    expect(leaking).toEqual([]);
  });
});
