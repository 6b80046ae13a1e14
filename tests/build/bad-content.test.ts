/**
 * Content mistakes must stop the build with a Chinese message naming the file, the line or field,
 * what was found and how to fix it — and must leave the last good site as it was.
 */
import { cp, readdir, readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { buildSite, PROJECT_ROOT, type BuildResult } from '../helpers/build-site.ts';

const build = (fixture: string, options: { overExisting?: boolean; failsInSync?: boolean } = {}) =>
  buildSite({ contentDir: `./tests/fixtures/${fixture}`, name: fixture, ...options });

/** Every file of a folder with its bytes, to compare a site before and after. */
async function snapshot(dir: string): Promise<Map<string, string>> {
  const files = await readdir(dir, { recursive: true, withFileTypes: true });
  const entries = await Promise.all(
    files
      .filter((f) => f.isFile())
      .map(async (f) => {
        const path = join(f.parentPath, f.name);
        return [path.slice(dir.length), (await readFile(path)).toString('base64')] as const;
      }),
  );
  return new Map(entries);
}

describe('a build with bad relations between entries', () => {
  // The relation index collects every problem and reports them together, so one fixture holds
  // several (in two reviews) and one failed build shows them all. It builds over a copy of a good
  // site, which must come out untouched.
  const dir = 'tests/fixtures/bad-relations/reviews/demo';
  const numbering = 'tests/fixtures/bad-relations/reviews/numbering';
  let result: BuildResult;
  let before: Map<string, string>;
  const outDir = join(PROJECT_ROOT, 'test-results/builds/bad-relations');
  beforeAll(async () => {
    await rm(outDir, { recursive: true, force: true });
    await cp(inject('smallDist'), outDir, { recursive: true });
    before = await snapshot(outDir);
    result = await build('bad-relations', { overExisting: true });
  });

  it('fails, listing every problem at once, in Chinese and without a stack trace', () => {
    expect(result.exitCode).toBe(1);
    expect(result.output).toContain('材料内容有 17 处问题，网站没有生成：');
    expect(result.output).not.toMatch(/^\s+at .*:\d+:\d+\)?$/m);
    expect(result.output).toContain('构建失败，原来的网站（');
  });

  it('leaves the last good site as it was, with no staging folder beside it', async () => {
    expect(await snapshot(outDir)).toEqual(before);
    const siblings = await readdir(join(PROJECT_ROOT, 'test-results/builds'));
    expect(siblings.filter((name) => name.includes('bad-relations.'))).toEqual([]);
  });

  it('names a reference to a missing entry or to another review, with the fix', () => {
    expect(result.output).toContain(
      `${dir}/findings/1-2.mdx → causes[1]：材料“demo”中没有编号为“9”的原因（现有：1）\n    改法：改用现有的编号，或在该材料中添加 causes/9.mdx。`,
    );
    expect(result.output).toContain(
      'findings/1-2.mdx → measures[0]：“other/1”指向另一份材料“other”的措施',
    );
  });

  it('names every dangling reference to or between inspections, with file and field', () => {
    const inspections = 'tests/fixtures/bad-relations/inspections';
    for (const line of [
      `${dir}/review.mdx → inspection：“xc-nope”不是已有的巡察（现有：xc-bad、xc-loop）`,
      `${numbering}/findings/1-1.mdx → feedback[0]：写了反馈问题“2”，但材料 ${numbering}/review.mdx 没有写 inspection`,
      `${numbering}/findings/1-1.mdx → recurs[0]：材料“demo”中没有编号为“9”的问题（现有：1-1、1-2）`,
      `${inspections}/xc-bad/inspection.mdx → follows：“xc-none”不是已有的巡察（现有：xc-bad、xc-loop）`,
      `${inspections}/xc-loop/inspection.mdx → follows：指向这次巡察自己`,
      `${inspections}/xc-bad/problems/1.mdx → category：是 2，但巡察“xc-bad”只列出了 1 个方面`,
      `${inspections}/xc-bad/problems/2.mdx → recurs[0]：巡察“xc-loop”中没有编号为“7”的反馈问题（现有：1）`,
      `${inspections}/xc-loop/inspection.mdx → 正文：有 1 个反馈问题，但正文中没有 <Problems />`,
    ]) {
      expect(result.output).toContain(line);
    }
  });

  it('names two entries with one number', () => {
    expect(result.output).toMatch(
      /reviews\/numbering\/findings\/1-2\.mdx → area\/order：把这个问题编为问题（一）之一，与 .*reviews\/numbering\/findings\/1-1\.mdx 相同/,
    );
  });

  it('names an alias that takes another page or alias, and both files', () => {
    expect(result.output).toContain(
      `${dir}/findings/1-1.mdx → aliases[0]：“/demo/findings/1-2/”是问题（一）之二的网址（${dir}/findings/1-2.mdx）`,
    );
    expect(result.output).toContain(
      `${dir}/measures/1.mdx → aliases[0]：“/old-demo/items/1/”也是原因（一）的旧网址（${dir}/causes/1.mdx → aliases[0]）`,
    );
  });

  it('names an alias on an address of the site itself', () => {
    expect(result.output).toContain(
      `${numbering}/causes/2.mdx → aliases[0]：“/pagefind/”是网站的搜索索引文件夹（或其中的文件），不能用作旧网址`,
    );
  });

  it('names an entry with front matter but no text', () => {
    expect(result.output).toContain(
      `${numbering}/causes/2.mdx → 正文：原因（二）没有正文，页面上将只有标题`,
    );
  });

  it('names the files that look like entries but would be skipped, and how to fix them', () => {
    expect(result.output).toContain(
      `${numbering}/findings/1-3.MDX：扩展名是“.MDX”，网站只读取 .mdx 和 .md，这一条不会发布\n    改法：把扩展名改为小写的 .mdx：1-3.mdx。`,
    );
    expect(result.output).toContain(`${numbering}/findings/.1-4.mdx：文件名以点开头`);
  });
});

// Mistakes in the files themselves stop Astro while it reads the content, before the relation
// index exists, and every one of them, in every file of every review, is reported in one list: one
// build of one content folder holding them all (a review folder for each sort of mistake).
describe('a build with bad content files', () => {
  let exitCode: number;
  let output: string;
  beforeAll(async () => {
    ({ exitCode, output } = await build('bad-files', { failsInSync: true }));
  });

  it('fails with every problem listed once, in Chinese, without a program’s stack', () => {
    expect(exitCode).toBe(1);
    expect(output).not.toContain('程序本身的错误');
    expect(output).toMatch(/材料内容有 \d+ 处问题，网站没有生成：/);
    expect(output).not.toMatch(/^\s+at .*:\d+:\d+\)?$/m);
  });

  it('fails on two files with one id', () => {
    expect(output).toMatch(
      /reviews\/ids\/findings\/1-1\.mdx?：条目编号“ids\/1-1”已被 .*findings\/1-1\.mdx? 使用/,
    );
  });

  it('fails on every mistake of a measure’s ledger, dates checked as written', () => {
    const file = 'tests/fixtures/bad-files/reviews/ledger/measures/1.mdx';
    expect(output).toContain(
      `${file} 第 4 行 → status：整改状态（status）应为以下之一：未启动、推进中、已完成、已销号、申请延期；实际是“进行中”`,
    );
    // Unquoted: YAML 1.1 would have turned it into 2024-03-01 before any check.
    expect(output).toContain(
      `${file} 第 5 行 → deadline：完成时限（deadline）“2024-02-30”不是真实的日期：2024 年 2 月没有 30 日`,
    );
    expect(output).toContain(`${file} 第 6 行 → deadine：有不认识的字段 deadine`);
    expect(output).toContain('deadine 是不是 deadline（完成时限）？');
    expect(output).toContain(
      `${file} 第 10 行 → progress[0].evidence：佐证材料（evidence）不能使用“javascript:”链接`,
    );
    expect(output).toContain(
      `${file} 第 11 行 → progress[1].date：日期（date）“2024-13-01”不是真实的日期`,
    );
    expect(output).toContain(
      `${file} 第 13 行 → progress[1].evidence：佐证材料（evidence）“//evil.example/x”会被浏览器当作另一个网站的地址`,
    );
  });

  it('fails on front matter that does not match the schema, naming the line', () => {
    const file = 'tests/fixtures/bad-files/reviews/frontmatter/findings/1-2.mdx';
    expect(output).toContain(`${file} 第 2 行 → area：方面序号（area）应为数字，实际是“一”`);
    expect(output).toContain(`${file} 第 2 行 → title：缺少标题（title）`);
    expect(output).not.toContain('Required');
  });

  it('fails on an unescaped brace in an entry’s text, naming the line instead of a page', () => {
    expect(output).toContain(
      'tests/fixtures/bad-files/reviews/syntax/findings/1-2.mdx 第 9 行 → 正文：“{foo}”会被当作程序代码（MDX 表达式），页面无法生成',
    );
    expect(output).toContain('改法：原文中的花括号要写成 \\{ 和 \\}');
    expect(output).not.toContain('is not defined');
  });

  it('reports every YAML slip as a mistake in the file, with its line and fix', () => {
    const file = (n: number) => `tests/fixtures/bad-files/reviews/yaml/findings/1-${n}.mdx`;
    expect(output).toContain(`${file(1)} 第 6 行：字段“title”写了两次（第 4 行已经写过）`);
    expect(output).toContain(`${file(2)} 第 4 行：这一行的引号没有配对`);
    expect(output).toContain(`${file(3)} 第 6 行：这一行用制表符（Tab）缩进`);
    expect(output).toContain(
      `${file(4)} 第 4 行：“!!js/function”是 YAML 的标签，前置字段中不能使用`,
    );
    expect(output).toContain(`${file(5)} 第 6 行：前置字段中有 YAML 别名“*a”`);
    expect(output).toContain(`${file(6)} 第 4 行：这一行的冒号是中文冒号“：”`);
    expect(output).not.toContain('YAMLException');
  });

  it('refuses other encodings, script links, raw HTML and invisible characters in the text', () => {
    const demo = 'tests/fixtures/bad-files/reviews/text';
    // Encodings: every file named, with what it looks like; nothing published as U+FFFD.
    expect(output).toContain(
      'tests/fixtures/bad-files/reviews/gbk/review.mdx 第 2 行：编码应为 UTF-8，实际像是 GB18030/GBK（记事本的“ANSI”）',
    );
    expect(output).toContain(
      `${demo}/findings/1-8.mdx 第 4 行：编码应为 UTF-8，实际像是 Big5（繁体中文）`,
    );
    expect(output).toContain(`${demo}/findings/1-9.mdx 第 4 行：编码应为 UTF-8，实际像是 UTF-16`);
    // Links in the text, however written, in entries and in the review itself.
    expect(output).toContain(
      `${demo}/findings/1-1.mdx 第 9 行 → 正文：链接“javascript:alert(document.cookie)”不能发布`,
    );
    expect(output).toContain(
      `${demo}/findings/1-2.mdx 第 9 行 → 正文：链接“javascript:alert(1)”不能发布`,
    );
    expect(output).toContain(
      `${demo}/findings/1-2.mdx 第 11 行 → 正文：链接定义 [tz] 的地址“javascript:alert(2)”不能发布`,
    );
    expect(output).toContain(
      `${demo}/findings/1-3.mdx 第 11 行 → 正文：图片“http://192.0.2.1/p.png”不能发布`,
    );
    expect(output).toContain(
      `${demo}/findings/1-3.mdx 第 13 行 → 正文：链接“data:text/html,<b>x</b>”不能发布`,
    );
    expect(output).toContain(
      `${demo}/findings/1-3.mdx 第 13 行 → 正文：链接“//evil.example/x”不能发布`,
    );
    expect(output).toContain(`${demo}/review.mdx 第 9 行 → 正文：链接“vbscript:msgbox(1)”不能发布`);
    // Raw HTML in .md files, entries and reviews alike.
    expect(output).toContain(
      `${demo}/findings/1-4.md 第 11 行 → 正文：“<img src="x" onerror="alert(2)">”是网页代码（HTML），不能发布`,
    );
    expect(output).toContain(
      'tests/fixtures/bad-files/reviews/plain/review.md 第 11 行 → 正文：“<script>alert(document.domain)</script>”是网页代码（HTML），不能发布',
    );
    // Invisible characters and an overlong title.
    expect(output).toContain(
      `${demo}/findings/1-5.mdx 第 4 行 → title：“问题五”后面有看不见的转义字符 ESC（U+001B），不能发布`,
    );
    expect(output).toContain(
      `${demo}/findings/1-5.mdx 第 9 行 → 正文：“五是问题五，”后面有看不见的文字方向控制符（U+202E）`,
    );
    expect(output).toContain(
      `${demo}/findings/1-6.mdx 第 4 行 → title：有 600 个字，超过了 500 字的上限`,
    );
    // Components entries may not use, or use wrongly; images that are not files of the review.
    expect(output).toContain(
      `${demo}/findings/1-10.mdx 第 11 行 → 正文：“<Chart>”会被当作网页组件，页面无法生成`,
    );
    expect(output).toContain('问题、原因、措施中只能用这些组件：<Note>');
    expect(output).toContain(`${demo}/findings/1-10.mdx 第 13 行 → 正文：<Figure> 缺少属性“alt”`);
    expect(output).toContain(
      `${demo}/findings/1-11.mdx 第 11 行 → 正文：图片“http://192.0.2.1/x.png”不能发布`,
    );
    expect(output).toContain(
      `${demo}/findings/1-12.mdx 第 11 行 → 正文：图片文件“../images/missing.png”不存在`,
    );
    expect(output).toContain(
      `${demo}/findings/1-12.mdx 第 13 行 → 正文：图片“../images/logo.svg”是 SVG 图片`,
    );
    expect(output).toContain(
      `${demo}/findings/1-12.mdx 第 15 行 → 正文：图片“../../gbk/review.png”不在这份材料的文件夹中`,
    );
    // Good links in the same review pass.
    expect(output).not.toContain('1-7.mdx');
  });
});

describe('a good build', () => {
  it('holds no path of the machine it was built on', async () => {
    const dist = inject('seedDist');
    const files = (await readdir(dist, { recursive: true, withFileTypes: true })).filter((f) =>
      f.isFile(),
    );
    const leaking: string[] = [];
    for (const file of files) {
      const path = join(file.parentPath, file.name);
      if ((await readFile(path)).includes(PROJECT_ROOT)) leaking.push(path.slice(dist.length));
    }
    expect(leaking).toEqual([]);
    expect(files.some((f) => f.parentPath.includes('.prerender'))).toBe(false);
  });
});
