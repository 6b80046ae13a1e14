/**
 * `npm run pdf -- <review>`: prints a review's full text and its ledger to PDF with the system's
 * Chromium, from the built site served on a local port: A4 in the 公文 layout of the site's print
 * stylesheet, the ledger on landscape pages, page numbers at the foot of every page.
 */
import { existsSync } from 'node:fs';
import { mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { contentDir } from '../../src/model/content-dir.ts';
import type { PermalinkManifest } from '../../src/permalinks/manifest.ts';
import { launchBrowser } from '../shared/chromium.ts';
import { describeFailure, exitCodeOf, userErrors } from '../shared/failure.ts';
import { fileSystemFailures } from '../shared/file-system-failure.ts';
import { readOptions } from '../shared/options.ts';
import {
  checkFilesFolder,
  checkOutputFile,
  projectPaths,
  typedTarget,
} from '../shared/output-target.ts';
import { serveStatic } from '../shared/static-server.ts';
import { pdfTargets } from './targets.ts';

const USAGE = `用法：npm run pdf -- <材料代号> [--dist 网站文件夹] [--out 输出文件夹]

把一份材料的全文和整改台账打印成 PDF：A4 纸，按公文格式排版（仿宋三号正文、页码在页脚），
台账为横向。先运行 npm run build 生成网站；使用本机安装的 Chromium（Debian：apt-get install -y chromium）。

  --dist 网站文件夹    要打印的网站，默认 dist
  --out 输出文件夹     PDF 写到这里，默认 dist-pdf（不能是项目的源代码或材料文件夹；
                       同名的 PDF 会被替换，其他文件不动）
  -h, --help           显示本说明

生成 <输出文件夹>/<材料代号>-全文.pdf 和 <材料代号>-整改台账.pdf。
例：npm run pdf -- xx-minzhengju-2023`;

function fail(message: string, usage = false): never {
  console.error(usage ? `${message}\n\n${USAGE}` : message);
  process.exit(2);
}

const { values, positionals } = readOptions(
  {
    allowPositionals: true,
    options: {
      dist: { type: 'string' },
      out: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  },
  USAGE,
  2,
);
const [review, ...extra] = positionals;
if (!review) fail('没有写出要打印的材料代号。', true);
if (extra.length > 0) fail(`一次只打印一份材料，多写了：${extra.join(' ')}。`, true);

// npm runs scripts in the project folder; folders typed by the user start where they typed them.
const cwd = process.env.INIT_CWD ?? process.cwd();
const dist = resolve(cwd, values.dist ?? 'dist');
const typedOut = values.out ?? 'dist-pdf';
const paths = projectPaths(contentDir());
const outOption = { option: '--out', typed: typedOut, example: 'dist-pdf' };

/**
 * Ends the command with a user error's message and exit code (2: a place it will not write to, a
 * review the site does not have); rethrows the rest.
 */
function refuse(error: unknown): never {
  if (userErrors(error).length === 0) throw error;
  console.error(`✗ ${describeFailure(error, { env: process.env })}`);
  process.exit(exitCodeOf(error, 2));
}

// The folder first, then (below) every file, all before Chromium starts: a PDF never lands among
// the project's sources or the reviews, nor in place of a file that is not a PDF.
const out = await checkFilesFolder(typedTarget(typedOut), outOption, paths).catch(refuse);
const manifestFile = join(dist, 'permalinks.json');
if (!existsSync(manifestFile)) {
  fail(
    `${dist} 中没有构建好的网站（找不到 permalinks.json）。请先运行 npm run build，或用 --dist 指定网站文件夹。`,
  );
}
const manifest = JSON.parse(await readFile(manifestFile, 'utf8')) as PermalinkManifest;
let targets;
try {
  targets = pdfTargets(manifest, review);
} catch (error) {
  refuse(error);
}
const files: string[] = [];
for (const target of targets) {
  const file = join(out, target.file);
  const option = { ...outOption, option: 'PDF', typed: file, elsewhere: '用 --out 另选文件夹' };
  const checked = await checkOutputFile(file, 'pdf', option, paths).catch(refuse);
  files.push(checked.real);
}

/** Writes a PDF beside its place and renames it there: a failed write leaves no half file. */
async function writeWhole(file: string, bytes: Uint8Array): Promise<void> {
  const partial = `${file}.${process.pid}.partial`;
  try {
    await writeFile(partial, bytes);
    await rename(partial, file);
  } catch (error) {
    await rm(partial, { force: true });
    throw error;
  }
}

let writing = out;
try {
  await mkdir(out, { recursive: true });
  const server = await serveStatic(dist, manifest.base);
  const browser = await launchBrowser();
  try {
    const page = await browser.newPage();
    for (const [i, target] of targets.entries()) {
      await page.goto(`${server.origin}${target.path}`, { waitUntil: 'networkidle' });
      writing = files[i]!;
      // The page sizes, margins and page numbers are the stylesheet's (@page), not Chromium's.
      await writeWhole(writing, await page.pdf({ preferCSSPageSize: true, printBackground: true }));
      console.log(`已生成 ${writing}`);
    }
  } finally {
    await browser.close();
    await server.close();
  }
} catch (error) {
  // A full or read-only disk is said in Chinese; anything else keeps its stack, as before.
  if (fileSystemFailures(error).length === 0) throw error;
  console.error(`${describeFailure(error, { env: process.env, writing })}\n\n没有生成完全部 PDF。`);
  process.exit(1);
}
