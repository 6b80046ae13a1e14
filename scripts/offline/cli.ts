/**
 * `npm run build:offline`: builds the copy of the site that works opened from disk, with no web
 * server: for a shared drive or a USB stick. Links are relative and name files, scripts are classic,
 * and search reads an index shipped as a script. Written to `dist-offline/` (replaced only when the
 * whole build succeeded, as `npm run build` does with `dist/`) and packed into `dist-offline.zip`.
 *
 * The site is built in a child process (build-site.ts), so that packaging and zipping run in a
 * process that does not hold Astro's memory.
 */
import { spawn } from 'node:child_process';
import { readFile, rm, stat } from 'node:fs/promises';
import { basename, dirname, join, relative, resolve } from 'node:path';
import type { PermalinkManifest } from '../../src/permalinks/manifest.ts';
import { recoverInterruptedBuild, swapIn } from '../build/swap.ts';
import { userEnvironment } from '../shared/astro-build.ts';
import { describeFailure } from '../shared/failure.ts';
import { readOptions } from '../shared/options.ts';
import { packageOffline } from './package.ts';
import { zipFolder } from './zip.ts';

const BUILD_SITE = resolve(import.meta.dirname, 'build-site.ts');

/** Builds the offline variant of the site into `outDir`; resolves with the build's exit code. */
function buildSite(outDir: string): Promise<number> {
  const child = spawn(process.execPath, [BUILD_SITE, outDir], {
    // Read by astro.config.mjs: no Pagefind index, and the search page's offline search.
    env: { ...userEnvironment(), SITE_VARIANT: 'offline' },
    stdio: 'inherit',
  });
  return new Promise((done, fail) => {
    child.on('error', fail);
    child.on('close', (code) => {
      done(code ?? 1);
    });
  });
}

const USAGE = `用法：npm run build:offline [-- --outDir <文件夹>] [--zip <文件> | --no-zip]

生成离线版网站：不需要网站服务器，复制到 U 盘或共享盘，解压后双击其中的 index.html 即可浏览和搜索。
读取的内容与 npm run build 相同；构建失败时不改动已有的离线版。

  --outDir <文件夹>  生成到这个文件夹，默认 dist-offline
  --zip <文件>       同时打包成这个 .zip 文件，默认 dist-offline.zip
  --no-zip           不打包
  --help             显示本说明

环境变量与 npm run build 相同；设置了 SITE_URL 时，「复制链接」复制的是网站上的网址，否则是离线文件的位置。
退出状态：0 成功；1 内容有误或构建失败。`;

const { values } = readOptions(
  {
    options: {
      outDir: { type: 'string' },
      zip: { type: 'string' },
      'no-zip': { type: 'boolean', default: false },
      help: { type: 'boolean', default: false },
    },
  },
  USAGE,
  1,
);

const megabytes = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;
const seconds = (since: number) => `${((performance.now() - since) / 1000).toFixed(1)} 秒`;

// npm runs scripts in the project folder; paths typed by the user start where they typed them.
const cwd = process.env.INIT_CWD ?? process.cwd();
const outDir = resolve(cwd, values.outDir ?? 'dist-offline');
const zipFile = values['no-zip'] ? undefined : resolve(cwd, values.zip ?? 'dist-offline.zip');
for (const line of await recoverInterruptedBuild(outDir)) console.log(line);
// The built site waits here, hidden beside the output folder, while it is made fit for disk.
const site = join(dirname(outDir), `.${basename(outDir)}.site`);
await rm(site, { recursive: true, force: true });
if ((await buildSite(site)) !== 0) {
  console.error(`离线版构建失败，原来的 ${basename(outDir)}/ 没有改动。`);
  await rm(site, { recursive: true, force: true });
  process.exit(1);
}
try {
  const started = performance.now();
  const manifest = JSON.parse(
    await readFile(join(site, 'permalinks.json'), 'utf8'),
  ) as PermalinkManifest;
  const result = await packageOffline(site, manifest.base);
  await swapIn(site, outDir);
  const shown = relative(cwd, outDir) || outDir;
  console.log(
    `\n离线版：${shown}/，${result.pages} 个页面，搜索索引 ${result.indexed} 页（${megabytes(result.indexBytes)}），用时 ${seconds(started)}。`,
  );
  if (result.missing.length > 0) {
    console.log(`以下 ${result.missing.length} 个链接指向离线版之外的文件，在离线版中打不开：`);
    for (const { page, link } of result.missing.slice(0, 20)) console.log(`  ${page} → ${link}`);
    if (result.missing.length > 20) console.log(`  ……另有 ${result.missing.length - 20} 个`);
  }
} catch (error) {
  console.error(
    `\n${describeFailure(error)}\n\n离线版构建失败，原来的 ${basename(outDir)}/ 没有改动。`,
  );
  await rm(site, { recursive: true, force: true });
  await recoverInterruptedBuild(outDir);
  process.exit(1);
}
if (zipFile) {
  try {
    const zipping = performance.now();
    const count = await zipFolder(outDir, zipFile);
    const { size } = await stat(zipFile);
    console.log(
      `已打包：${relative(cwd, zipFile) || zipFile}（${count} 个文件，${megabytes(size)}，用时 ${seconds(zipping)}）。`,
    );
  } catch (error) {
    console.error(
      `\n${describeFailure(error)}\n\n离线版已生成，但没能打包成 ${basename(zipFile)}（原来的压缩文件没有改动）。`,
    );
    process.exit(1);
  }
}
console.log(
  `使用方法：把${zipFile ? ` ${basename(zipFile)} ` : `整个 ${basename(outDir)} 文件夹`}复制到 U 盘或共享盘，` +
    `${zipFile ? '解压（右键“全部解压缩”）后' : ''}双击其中的 index.html。`,
);
