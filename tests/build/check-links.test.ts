/**
 * `npm run check-links` on notices in every supported format, against the small fixture site:
 * good links pass (old ones through their alias), broken pages and anchors are reported, and so
 * are URLs typed with full-width characters and links that only seem to be the site's (a user
 * name before `@`, a look-alike host, a Word hyperlink showing another URL); notices and sites
 * that cannot be read end the run with status 2 and a message in Chinese. Links to inspections'
 * pages (`/inspections/…`) are checked the same way, against the features fixture.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { loadBuiltSite } from '../../scripts/check-links/built-site.ts';
import { checkLinks } from '../../scripts/check-links/link-check.ts';
import { noticeLinks, readNotice } from '../../scripts/check-links/notice.ts';
import { runCheckLinksCli } from '../../scripts/check-links/run-cli.ts';
import { makeDocx } from '../fixtures/import/make-docx.ts';
import { PROJECT_ROOT } from '../helpers/build-site.ts';

const dist = inject('smallDist');
const deployedDist = inject('deployedDist');
const featuresDist = inject('featuresDist');
const notice = (name: string) => resolve(PROJECT_ROOT, 'tests/fixtures/notices', name);
const OA = 'http://oa.example.gov.cn';

/** The links of a notice as [as written, ok], and the ones left unchecked. */
async function check(file: string, siteDist = dist, origin?: string) {
  const links = noticeLinks(await readNotice(notice(file)));
  const { reports, skipped } = checkLinks(links, loadBuiltSite(siteDist), origin);
  return {
    links: reports.map((r) => [r.written, r.ok]),
    reports,
    skipped: skipped.map((link) => link.written),
  };
}

/** A notice written for one test, in a folder of its own. */
function writeNotice(name: string, content: string | Buffer): string {
  const file = join(mkdtempSync(join(tmpdir(), 'notices-')), name);
  writeFileSync(file, content);
  return file;
}

/**
 * Runs the command in this process, as `npm run check-links` runs it, returning its exit code and
 * what it printed (standard output and error, in order). Starting Node for a run takes a second
 * or more on a busy machine; `spawned` does that for the run that is about the command as a
 * process.
 */
function run(...args: string[]): Promise<{ code: number; output: string }> {
  return runWith({}, ...args);
}

async function runWith(
  env: Record<string, string>,
  ...args: string[]
): Promise<{ code: number; output: string }> {
  let output = '';
  const code = await runCheckLinksCli(args, {
    stdout: (text) => (output += text),
    stderr: (text) => (output += text),
    env: { SITE_URL: '', DEBUG: '', ...env },
  });
  return { code, output };
}

/** Runs `npm run check-links`'s script in a Node process of its own, as a user does. */
function spawned(...args: string[]): Promise<{ code: number; output: string }> {
  const child = spawn(process.execPath, ['scripts/check-links/cli.ts', ...args], {
    cwd: PROJECT_ROOT,
    env: { ...process.env, SITE_URL: '', DEBUG: '' },
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
    expect(reports[1]!.target.note).toBe('措施（一）“强化学习”第2项');
    expect(reports[2]!.target.note).toContain('/demo-2024/findings/2-1/#finding-2-1-item-2');
    expect(reports.map((r) => r.places[0]!.line)).toEqual([4, 4, 5, 6]);
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
    expect(reports[1]!.target.note).toContain('没有编号为“9”的措施（现有：1、2）');
    expect(reports[2]!.target.note).toBe(
      '原因（一）“理论学习不够”页面上没有“#cause-1-item-3”这个位置（这一条的分项：#cause-1-item-1、#cause-1-item-2）',
    );
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

  it('checks the URL meant by one typed with full-width characters, and reports it broken', async () => {
    const { links, reports } = await check('notice-typos.txt');
    expect(links).toEqual([
      [`${OA}／demo-2024/measures/2/`, false],
      ['https：//oa.example.gov.cn/demo-2024/', false],
      [`${OA}/demo-2024/measures/1/#措施一第2项`, false],
      ['http：／／oa．example．gov．cn／demo-2024／measures／1／#measure-1-item-2', false],
      [`${OA}/demo-2024/measures/1/`, true],
    ]);
    expect(reports.map((r) => r.target.ok)).toEqual([true, true, false, true, true]);
    expect(reports[2]!.target.note).toBe(
      '措施（一）“强化学习”页面上没有“#措施一第2项”这个位置（这一条的分项：#measure-1-item-1、#measure-1-item-2、#measure-1-item-2-1、#measure-1-item-2-2、#measure-1-item-3）',
    );
  });

  it('reports links that only seem to be the site’s: a user name before @, look-alike hosts', async () => {
    for (const origin of [OA, undefined]) {
      const { links, reports, skipped } = await check('notice-disguised.txt', dist, origin);
      expect(links).toEqual([
        [`https://oa.example.gov.cn@evil.example/demo-2024/measures/2/`, false],
        ['http://оa.example.gov.cn/demo-2024/', false],
        ['http://xn--a-rmb.example.gov.cn/demo-2024/measures/1/', false],
        [`${OA}/demo-2024/measures/1/#measure-1-item-2`, true],
      ]);
      expect(reports.map((r) => r.offSite ?? false)).toEqual([true, true, true, false]);
      expect(reports.map((r) => r.target.ok)).toEqual([true, true, true, true]);
      expect(skipped).toEqual([]);
    }
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
    const { code, output } = await spawned(notice('notice-good.txt'), '--dist', dist);
    expect(output).toContain('4 个链接指向本站，全部有效');
    expect(code).toBe(0);
  });

  it('exits 1 and names each broken link', async () => {
    const { code, output } = await spawned(
      notice('notice.docx'),
      notice('notice.html'),
      '--dist',
      dist,
    );
    expect(output).toContain(`✗ 第3段的超链接 ${OA}/demo-2024/findings/1-2/#finding-1-2-item-3`);
    expect(output).toContain(`✗ 第9行 ${OA}/demo-2024/findings/9-9/`);
    expect(output).toContain('共 2 份通知：6 个链接指向本站，2 个无效。');
    expect(code).toBe(1);
  });

  it('takes the origin from --site', async () => {
    const { code, output } = await run(notice('notice-good.txt'), '--dist', dist, '--site', OA);
    expect(output).toContain('4 个链接指向本站，全部有效');
    expect(output).toContain('另有 1 个链接不指向本站');
    expect(code).toBe(0);
  });

  it('exits 1 for URLs typed with full-width characters, saying what to write', async () => {
    const { code, output } = await run(notice('notice-typos.txt'), '--dist', dist);
    expect(output).toContain('notice-typos.txt：5 个链接指向本站，4 个无效。');
    expect(output).toContain(
      [
        `  ✗ 第2行 ${OA}／demo-2024/measures/2/`,
        `      网址中有全角字符“／”，浏览器打不开：应写作 ${OA}/demo-2024/measures/2/`,
        '      改正后：措施（二）“转变作风”',
      ].join('\n'),
    );
    expect(output).toContain(`应写作 ${OA}/demo-2024/measures/1/#measure-1-item-2`);
    expect(code).toBe(1);
  });

  it('exits 1 for links that only seem to be the site’s, naming the host they open', async () => {
    const { code, output } = await run(
      notice('notice-disguised.txt'),
      '--dist',
      dist,
      '--site',
      OA,
    );
    expect(output).toContain(
      'notice-disguised.txt：1 个链接指向本站，全部有效；另有 3 个链接看似指向本站，实际打开的是别的网站。',
    );
    expect(output).toContain(
      [
        '  ✗ 第3行 https://oa.example.gov.cn@evil.example/demo-2024/measures/2/',
        `      网址在“@”前带有用户名“oa.example.gov.cn”，浏览器只把它当作登录用户名，实际打开的是“@”之后的 evil.example，不是本站：应写作 ${OA}/demo-2024/measures/2/`,
        '      改正后：措施（二）“转变作风”',
        '  ✗ 第4行 http://оa.example.gov.cn/demo-2024/',
        `      域名 оa.example.gov.cn（xn--a-0tb.example.gov.cn）不是本站的 oa.example.gov.cn，只是看起来像：其中“о”是西里尔字母，不是英文的“o”，浏览器会打开另一个网站：应写作 ${OA}/demo-2024/`,
      ].join('\n'),
    );
    expect(output).toContain(
      '域名 οa.example.gov.cn（xn--a-rmb.example.gov.cn）不是本站的 oa.example.gov.cn，只是看起来像：其中“ο”是希腊字母',
    );
    expect(code).toBe(1);
  });

  it('checks a Word hyperlink by its target when its text shows a URL of the site', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'notices-'));
    const file = join(folder, '督办单.docx');
    const shown = `${OA}/demo-2024/measures/2/`;
    writeFileSync(
      file,
      makeDocx([
        { text: '督办单' },
        { text: '措施（二）：', link: { text: shown, href: 'http://evil.example/login' } },
        { text: '全文：', link: { text: `${OA}/demo-2024/`, href: `${OA}/demo-2024/` } },
      ]),
    );
    const { code, output } = await run(file, '--dist', dist);
    expect(output).toContain(
      `${file}：1 个链接指向本站，全部有效；另有 1 个链接看似指向本站，实际打开的是别的网站。`,
    );
    expect(output).toContain(
      [
        '  ✗ 第2段的超链接 http://evil.example/login',
        `      这个超链接显示的网址是 ${shown}，点开的却是 http://evil.example/login：读者看到的和实际打开的不是同一个网址。请在 Word 或 WPS 中右键单击这个超链接，选“编辑超链接”，让“要显示的文字”和“地址”是同一个网址`,
        '      显示的网址：措施（二）“转变作风”',
        '      实际打开：别的网站 evil.example，不是本站',
        `  ✓ 第3段 ${OA}/demo-2024/`,
      ].join('\n'),
    );
    expect(output).not.toContain(`✓ 第2段 ${shown}`);
    expect(code).toBe(1);
  });

  it('exits 2 naming a notice that cannot be read, after checking the others', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'notices-'));
    const binary = join(folder, '通知.txt');
    writeFileSync(
      binary,
      Uint8Array.from({ length: 2 * 1024 * 1024 }, (_, i) => (i * 31) % 256),
    );
    const { code, output } = await run(binary, notice('notice-good.txt'), '--dist', dist);
    expect(output).toContain(`✗ ${binary}：读不出这份通知的文字（文件有 2.0 MB）`);
    expect(output).toContain('notice-good.txt：4 个链接指向本站，全部有效。');
    expect(output).toContain(`共 2 份通知：4 个链接指向本站，全部有效；1 份无法读取：${binary}。`);
    expect(output).not.toMatch(/^\s+at /m);
    expect(code).toBe(2);
    const debug = await runWith({ DEBUG: '1' }, binary, '--dist', dist);
    expect(debug.output).toMatch(/^\s+at readNotice /m);
    expect(debug.code).toBe(2);
  });

  it('exits 2 with a hint when the notice or the site cannot be read', async () => {
    const pdf = await run('notice.pdf', '--dist', dist);
    expect(pdf.output).toContain('不支持 .pdf 文件');
    expect(pdf.code).toBe(2);
    const unbuilt = await run(notice('notice-good.txt'), '--dist', 'no-such-folder');
    expect(unbuilt.output).toContain(
      `找不到网站文件夹 ${resolve(PROJECT_ROOT, 'no-such-folder')}。请先在项目文件夹中运行 npm run build`,
    );
    expect(unbuilt.output).not.toMatch(/^\s+at /m);
    expect(unbuilt.code).toBe(2);
  });

  it('exits 2 saying what a site address looks like', async () => {
    const { code, output } = await run(notice('notice-good.txt'), '--dist', dist, '--site', 'oa');
    expect(output).toContain('--site 的值“oa”不是网站地址：应写作 https://oa');
    expect(output).toContain('如 https://oa.example.gov.cn');
    expect(output).not.toContain('Invalid URL');
    expect(code).toBe(2);
  });

  it('gives the usage, with the exit codes, for an unknown option or no notice', async () => {
    for (const args of [[notice('notice-good.txt'), '--dits', dist], []]) {
      const { code, output } = await run(...args);
      expect(output).toContain('用法：npm run check-links -- <通知文件>…');
      expect(output).toContain('退出状态：0 链接全部有效；1 有无效的链接；2 通知或网站读不了');
      expect(code).toBe(2);
    }
  });
});

describe('links to inspections', () => {
  const INSPECTION = `${OA}/inspections/xc-2024`;
  const TITLE = '《关于巡察示例单位党组的反馈意见》';

  /** The links of a notice, written for the test, as [as written, ok, what the checker says]. */
  async function checkText(text: string, siteDist = featuresDist, origin?: string) {
    const links = noticeLinks(await readNotice(writeNotice('督办单.txt', text)));
    const { reports, skipped } = checkLinks(links, loadBuiltSite(siteDist), origin);
    return { links: reports.map((r) => [r.written, r.ok, r.target.note]), skipped };
  }

  it('passes links to an inspection’s feedback, its problems, their places and its report', async () => {
    const { links } = await checkText(
      [
        `巡察反馈意见：${INSPECTION}/`,
        `反馈问题2：${INSPECTION}/problems/2/`,
        `反馈意见中的问题3：${INSPECTION}/#problem-3`,
        `整改进展情况报告：${INSPECTION}/report/`,
        `回头看：${OA}/inspections/xc-2024-hkk/problems/1/`,
        `全部巡察：${OA}/inspections/`,
      ].join('\n'),
    );
    expect(links).toEqual([
      [`${INSPECTION}/`, true, TITLE],
      [`${INSPECTION}/problems/2/`, true, '反馈问题2“调查研究不深入”'],
      [`${INSPECTION}/#problem-3`, true, `${TITLE}中的反馈问题3“公务用车管理不规范”`],
      [`${INSPECTION}/report/`, true, `${TITLE}的整改进展情况报告`],
      [`${OA}/inspections/xc-2024-hkk/problems/1/`, true, '反馈问题1“理论学习仍不扎实”'],
      [`${OA}/inspections/`, true, '巡察反馈（全部巡察的反馈意见）'],
    ]);
  });

  it('passes a problem’s former addresses, naming the problem they lead to', async () => {
    const { links } = await checkText(
      `旧编号：${INSPECTION}/problems/9/\n改名前：${OA}/inspections/xc-2023/problems/5/\n`,
    );
    const note = `旧网址，会自动转到反馈问题2“调查研究不深入”：/inspections/xc-2024/problems/2/（建议改用新网址）`;
    expect(links).toEqual([
      [`${INSPECTION}/problems/9/`, true, note],
      [`${OA}/inspections/xc-2023/problems/5/`, true, note],
    ]);
  });

  it('reports a missing problem, inspection or place, with the ones there are, and a former place as the problem’s', async () => {
    const { links } = await checkText(
      [
        `${INSPECTION}/problems/7/`,
        `${OA}/inspections/xc-2025/problems/1/`,
        `${OA}/inspections/xc-2025/report/`,
        `${INSPECTION}/#problem-8`,
        `${INSPECTION}/#problem-9`,
        `${INSPECTION}/problems/2/#problem-2-item-1`,
      ].join('\n'),
    );
    expect(links).toEqual([
      [
        `${INSPECTION}/problems/7/`,
        false,
        `本站没有这个页面：${TITLE}中没有编号为“7”的反馈问题（现有：1、2、3）`,
      ],
      [
        `${OA}/inspections/xc-2025/problems/1/`,
        false,
        '本站没有这个页面：没有代号为“xc-2025”的巡察（现有：xc-2024-hkk、xc-2024）',
      ],
      [
        `${OA}/inspections/xc-2025/report/`,
        false,
        '本站没有这个页面：没有代号为“xc-2025”的巡察（现有：xc-2024-hkk、xc-2024）',
      ],
      [
        `${INSPECTION}/#problem-8`,
        false,
        `${TITLE}页面上没有“#problem-8”这个位置（这份反馈意见中各问题的位置：#problem-1、#problem-2、#problem-3）`,
      ],
      [
        `${INSPECTION}/#problem-9`,
        true,
        `${TITLE}中的反馈问题2“调查研究不深入”（“#problem-9”是它原来的位置，仍然有效；它现在的锚点是 #problem-2，建议改用）`,
      ],
      [
        `${INSPECTION}/problems/2/#problem-2-item-1`,
        false,
        '反馈问题2“调查研究不深入”页面上没有“#problem-2-item-1”这个位置（这一条没有分项：去掉“#”及其后的字符，即打开这一条）',
      ],
    ]);
  });

  it('takes a path without the site’s address for the site’s only where the site has inspections', async () => {
    const html = `<p><a href="/inspections/xc-2024/problems/2/">反馈问题2</a></p>`;
    const read = async (siteDist: string) => {
      const links = noticeLinks(await readNotice(writeNotice('通知.html', html)));
      return checkLinks(links, loadBuiltSite(siteDist), undefined);
    };
    const withInspections = await read(featuresDist);
    expect(withInspections.reports.map((r) => [r.written, r.ok])).toEqual([
      ['/inspections/xc-2024/problems/2/', true],
    ]);
    const without = await read(dist);
    expect(without.reports).toEqual([]);
    expect(without.skipped.map((link) => link.written)).toEqual([
      '/inspections/xc-2024/problems/2/',
    ]);
  });

  it('checks the hyperlinks of a Word notice, and exits 1 for a broken one', async () => {
    const file = writeNotice(
      '督办单.docx',
      makeDocx([
        { text: '关于巡察反馈问题整改的督办单' },
        {
          text: '反馈问题2：',
          link: { text: '调查研究不深入', href: `${INSPECTION}/problems/2/` },
        },
        { text: '旧编号：', link: { text: '反馈问题9', href: `${INSPECTION}/problems/9/` } },
        { text: '报告：', link: { text: '整改进展情况报告', href: `${INSPECTION}/report/` } },
        { text: '错号：', link: { text: '反馈问题7', href: `${INSPECTION}/problems/7/` } },
      ]),
    );
    const { code, output } = await run(file, '--dist', featuresDist, '--site', OA);
    expect(output).toContain(`${file}：4 个链接指向本站，1 个无效。`);
    expect(output).toContain(
      [`  ✓ 第2段的超链接 ${INSPECTION}/problems/2/`, '      反馈问题2“调查研究不深入”'].join('\n'),
    );
    expect(output).toContain(
      [
        `  ✗ 第5段的超链接 ${INSPECTION}/problems/7/`,
        `      本站没有这个页面：${TITLE}中没有编号为“7”的反馈问题（现有：1、2、3）`,
      ].join('\n'),
    );
    expect(code).toBe(1);
  });
});
