/**
 * `npm run check-links` on notices in every supported format, against the small fixture site:
 * good links pass (old ones through their alias), broken pages and anchors are reported.
 */
import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import { dirname, resolve } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { loadBuiltSite } from '../../scripts/check-links/built-site';
import { checkLinks } from '../../scripts/check-links/link-check';
import { noticeUrls, readNotice } from '../../scripts/check-links/notice';
import { PROJECT_ROOT } from '../helpers/build-site';

const dist = inject('smallDist');
const deployedDist = inject('deployedDist');
const notice = (name: string) => resolve(PROJECT_ROOT, 'tests/fixtures/notices', name);
const OA = 'http://oa.example.gov.cn';

/** The links of a notice as [url, ok], and the ones left unchecked. */
async function check(file: string, siteDist = dist, origin?: string) {
  const urls = noticeUrls(await readNotice(notice(file)));
  const { reports, skipped } = checkLinks(urls, loadBuiltSite(siteDist), origin);
  return { links: reports.map((r) => [r.url, r.ok]), reports, skipped };
}

const tsxCli = resolve(
  dirname(createRequire(import.meta.url).resolve('tsx/package.json')),
  'dist/cli.mjs',
);

/** Runs the command as a user does, returning its exit code and output. */
function run(...args: string[]): Promise<{ code: number; output: string }> {
  const child = spawn(process.execPath, [tsxCli, 'scripts/check-links/cli.ts', ...args], {
    cwd: PROJECT_ROOT,
    env: { ...process.env, SITE_URL: '' },
  });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  return new Promise((done) => {
    child.on('close', (code) => {
      done({ code: code ?? 1, output });
    });
  });
}

describe('the link checker', () => {
  it('passes a UTF-8 text notice whose links all work, old ones through their alias', async () => {
    const { links, reports, skipped } = await check('notice-good.txt');
    expect(links).toEqual([
      [`${OA}/demo-2024/measures/1/`, true],
      [`${OA}/demo-2024/measures/1/#measure-1-item-2`, true],
      [`${OA}/demo-2024/findings/1-3/#finding-1-3-item-2`, true],
      [`${OA}/demo-2024/#cause-2`, true],
    ]);
    expect(reports[1]!.note).toBe('措施（一）“强化学习”第2项');
    expect(reports[2]!.note).toContain('/demo-2024/findings/2-1/#finding-2-1-item-2');
    expect(skipped).toEqual(['http://www.gov.cn/zhengce/']);
  });

  it('reads a text notice saved in GB18030, as Chinese Windows saves it', async () => {
    expect((await check('notice-gb18030.txt')).links).toEqual(
      (await check('notice-good.txt')).links,
    );
  });

  it('reports a missing entry and a missing sub-item in a Markdown notice', async () => {
    const { links, reports } = await check('notice-broken.md');
    expect(links).toEqual([
      [`${OA}/demo-2024/measures/2/`, true],
      [`${OA}/demo-2024/measures/9/`, false],
      [`${OA}/demo-2024/causes/1/#cause-1-item-3`, false],
      [`${OA}/older-2022/causes/5/`, true],
    ]);
    expect(reports[1]!.note).toContain('没有编号为“9”的措施（现有：1、2）');
    expect(reports[2]!.note).toBe('原因（一）“理论学习不够”页面上没有“#cause-1-item-3”这个位置');
  });

  it('checks the links and the text of an HTML notice, paragraph by paragraph', async () => {
    const { links, skipped } = await check('notice.html');
    expect(links).toEqual([
      [`${OA}/demo-2024/causes/1/#cause-1-item-2`, true],
      [`${OA}/demo-2024/`, true],
      [`${OA}/demo-2024/findings/9-9/`, false],
      ['/demo-2024/map/', true],
    ]);
    expect(skipped).toEqual(['https://www.gov.cn/']);
  });

  it('checks the text and the hyperlinks of a Word notice', async () => {
    const { links } = await check('notice.docx');
    expect(links).toEqual([
      [`${OA}/demo-2024/measures/2/`, true],
      [`${OA}/demo-2024/findings/1-2/#finding-1-2-item-3`, false],
    ]);
  });

  it('matches by origin and base when the site is deployed on a known origin', async () => {
    // The fixture notices use another origin and no /zhenggai/: nothing there is this site.
    const { links, skipped } = await check('notice-good.txt', deployedDist);
    expect(links).toEqual([]);
    expect(skipped).toHaveLength(5);
  });
});

describe('npm run check-links', () => {
  it('exits 0 when every link works', async () => {
    const { code, output } = await run(notice('notice-good.txt'), '--dist', dist);
    expect(output).toContain('4 个链接指向本站，全部有效');
    expect(code).toBe(0);
  });

  it('exits 1 and names each broken link', async () => {
    const { code, output } = await run(
      notice('notice.docx'),
      notice('notice.html'),
      '--dist',
      dist,
    );
    expect(output).toContain(`✗ ${OA}/demo-2024/findings/1-2/#finding-1-2-item-3`);
    expect(output).toContain(`✗ ${OA}/demo-2024/findings/9-9/`);
    expect(code).toBe(1);
  });

  it('takes the origin from --site', async () => {
    const { code, output } = await run(notice('notice-good.txt'), '--dist', dist, '--site', OA);
    expect(output).toContain('4 个链接指向本站，全部有效');
    expect(output).toContain('另有 1 个链接不指向本站');
    expect(code).toBe(0);
  });

  it('exits 2 with a hint when the notice or the site cannot be read', async () => {
    const pdf = await run('notice.pdf', '--dist', dist);
    expect(pdf.output).toContain('不支持 .pdf 文件');
    expect(pdf.code).toBe(2);
    const unbuilt = await run(notice('notice-good.txt'), '--dist', 'no-such-folder');
    expect(unbuilt.output).toContain('请先运行 npm run build');
    expect(unbuilt.code).toBe(2);
  });
});
