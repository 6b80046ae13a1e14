/**
 * `npm run build:offline`: builds the copy of the site that works opened from disk, with no web
 * server: for a shared drive or a USB stick. Links are relative and name files, scripts are classic,
 * and search reads an index shipped as a script. Written to `dist-offline/` (replaced only when the
 * whole build succeeded, as `npm run build` does with `dist/`, with the same checks of the folder
 * and the same locks) and packed into `dist-offline.zip`.
 *
 * The site is built in a child process (build-site.ts), so that packaging and zipping run in a
 * process that does not hold Astro's memory.
 */
import { spawn } from 'node:child_process';
import { readFile, stat } from 'node:fs/promises';
import { basename, join, relative } from 'node:path';
import { contentDir } from '../../src/model/content-dir.ts';
import { applySiteOptions, SITE_OPTIONS, SITE_OPTIONS_USAGE } from '../shared/site-options.ts';
import type { PermalinkManifest } from '../../src/permalinks/manifest.ts';
import { linkNote, publishSite } from '../build/publish.ts';
import { stagingDirFor } from '../build/swap.ts';
import { userEnvironment } from '../shared/astro-build.ts';
import { buildFilesFor } from '../shared/build-locks.ts';
import { describeFailure, exitCodeOf } from '../shared/failure.ts';
import { fileSystemFailures } from '../shared/file-system-failure.ts';
import { readOptions } from '../shared/options.ts';
import {
  checkOutputFile,
  checkSiteFolder,
  isInside,
  OutputTargetError,
  projectPaths,
  typedTarget,
  type OutputFile,
  type SiteFolder,
} from '../shared/output-target.ts';
import { packageOffline, type PackageResult } from './package.ts';
import { zipFolder } from './zip.ts';

const BUILD_SITE = join(import.meta.dirname, 'build-site.ts');

/** Read by astro.config.mjs: no Pagefind index, and the search page's offline search. */
const VARIANT = { SITE_VARIANT: 'offline' };

/** Builds the offline variant of the site into `outDir`; resolves with the build's exit code. */
function buildSite(outDir: string): Promise<number> {
  const child = spawn(process.execPath, [BUILD_SITE, outDir], {
    env: { ...userEnvironment(), ...VARIANT },
    stdio: 'inherit',
  });
  return new Promise((done, fail) => {
    child.on('error', fail);
    child.on('close', (code) => {
      done(code ?? 1);
    });
  });
}

/** The child build failed; it has printed why. */
class SiteBuildFailed extends Error {}

const USAGE = `用法：npm run build:offline [-- --outDir <文件夹>] [--zip <文件> | --no-zip]

生成离线版网站：不需要网站服务器，复制到 U 盘或共享盘，解压后双击其中的 index.html 即可浏览和搜索。
读取的内容与 npm run build 相同；构建失败时不改动已有的离线版。

  --outDir <文件夹>  生成到这个文件夹，默认 dist-offline。和 npm run build 一样，它会被整个
                     换成新生成的离线版，所以只能是新的或空的文件夹，或者以前生成的离线版。
  --zip <文件>       同时打包成这个 .zip 文件，默认 dist-offline.zip（不能放在离线版文件夹中）
  --no-zip           不打包
${SITE_OPTIONS_USAGE}
  --help             显示本说明

这些选项也可以用环境变量给出，与 npm run build 相同；给了 --site 时，「复制链接」复制的是网站上的
网址，否则是离线文件的位置。
退出状态：0 成功；1 内容有误或构建失败；2 输出文件夹或打包文件不能用（没有改动任何文件）。`;

const { values } = readOptions(
  {
    options: {
      ...SITE_OPTIONS,
      outDir: { type: 'string' },
      zip: { type: 'string' },
      'no-zip': { type: 'boolean', default: false },
      help: { type: 'boolean', default: false },
    },
  },
  USAGE,
  1,
);

const badOption = applySiteOptions(values);
if (badOption) {
  console.error(`${badOption}\n\n${USAGE}`);
  process.exit(1);
}

// Astro's command line would try to send usage data to the internet; the build never should.
process.env.ASTRO_TELEMETRY_DISABLED = '1';

const megabytes = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;
const seconds = (since: number) => `${((performance.now() - since) / 1000).toFixed(1)} 秒`;

// npm runs scripts in the project folder; paths typed by the user start where they typed them.
const cwd = process.env.INIT_CWD ?? process.cwd();
const shownPath = (path: string) => (isInside(path, cwd) ? relative(cwd, path) : path);
const typedOut = values.outDir ?? 'dist-offline';
const typedZip = values.zip ?? 'dist-offline.zip';
const paths = projectPaths(contentDir());

/** The output folder and the zip file, checked; exits 2 when one of them cannot be used. */
async function targets(): Promise<{ target: SiteFolder; zip: OutputFile | undefined }> {
  try {
    const target = await checkSiteFolder(
      typedTarget(typedOut),
      { option: '--outDir', typed: typedOut, example: 'dist-offline' },
      paths,
    );
    const zip = values['no-zip']
      ? undefined
      : await checkOutputFile(
          typedTarget(typedZip),
          'zip',
          { option: '--zip', typed: typedZip, example: 'dist-offline.zip' },
          paths,
        );
    if (zip && (zip.real === target.real || isInside(zip.real, target.real))) {
      throw new OutputTargetError(
        `--zip ${typedZip}：打包文件不能放在离线版文件夹 ${target.real} 之中：这个文件夹每次生成都会被整个替换，打包时也会把正在写的压缩文件装进去。\n  改法：放在离线版文件夹之外，如 --zip dist-offline.zip。`,
      );
    }
    return { target, zip };
  } catch (error) {
    if (!(error instanceof OutputTargetError)) throw error;
    console.error(`✗ ${error.message}\n\n离线版没有生成，没有改动任何文件。`);
    process.exit(error.exitCode);
  }
}

const { target, zip } = await targets();
let result: PackageResult | undefined;
let started = 0;
/** Whether the zip was written; set by `afterSwap`. */
const outcome = { zipped: true };
try {
  await publishSite({
    target,
    shown: `${typedOut}/`,
    paths,
    files: await buildFilesFor(paths.root, { ...process.env, ...VARIANT }),
    log: (line) => {
      console.log(line);
    },
    make: async (staging) => {
      if ((await buildSite(staging)) !== 0) throw new SiteBuildFailed();
      started = performance.now();
      const manifest = JSON.parse(
        await readFile(join(staging, 'permalinks.json'), 'utf8'),
      ) as PermalinkManifest;
      result = await packageOffline(staging, manifest.base);
    },
    afterSwap: async (outDir) => {
      if (result) {
        console.log(
          `\n离线版：${shownPath(outDir)}/，${result.pages} 个页面，搜索索引 ${result.indexed} 页（${megabytes(result.indexBytes)}），用时 ${seconds(started)}。`,
        );
        if (result.missing.length > 0) {
          console.log(
            `以下 ${result.missing.length} 个链接指向离线版之外的文件，在离线版中打不开：`,
          );
          for (const { page, link } of result.missing.slice(0, 20))
            console.log(`  ${page} → ${link}`);
          if (result.missing.length > 20) console.log(`  ……另有 ${result.missing.length - 20} 个`);
        }
      }
      if (!zip) return;
      // Zipped while the folder is still locked: no other build replaces it meanwhile.
      try {
        const zipping = performance.now();
        const count = await zipFolder(outDir, zip.real);
        const { size } = await stat(zip.real);
        console.log(
          `已打包：${shownPath(zip.path)}（${count} 个文件，${megabytes(size)}，用时 ${seconds(zipping)}）。`,
        );
      } catch (error) {
        outcome.zipped = false;
        const said = describeFailure(error, { env: process.env, writing: zip.real });
        console.error(
          `\n${said}\n\n离线版已生成，但没能打包成 ${basename(zip.path)}（原来的压缩文件没有改动）。`,
        );
      }
    },
  });
} catch (error) {
  if (!(error instanceof SiteBuildFailed)) {
    const note = fileSystemFailures(error).length > 0 ? linkNote(target) : undefined;
    const writing = stagingDirFor(target.real);
    // Problems in the content are said by the child build (build-site.ts); these are the rest.
    const said = describeFailure(error, { env: process.env, writing });
    console.error(`\n${said}${note ? `\n${note}` : ''}`);
  }
  console.error(`\n离线版构建失败，原来的 ${typedOut}/ 没有改动。`);
  process.exit(exitCodeOf(error, 1));
}
if (!outcome.zipped) process.exit(1);
console.log(
  `使用方法：把${zip ? ` ${basename(zip.path)} ` : `整个 ${basename(target.path)} 文件夹`}复制到 U 盘或共享盘，` +
    `${zip ? '解压（右键“全部解压缩”）后' : ''}双击其中的 index.html。`,
);
