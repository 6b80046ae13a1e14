/**
 * `npm run build`: builds the site for the content folder with Astro, into a staging folder that
 * takes the place of `dist/` only when the whole build (pages, exports, search index) succeeded.
 * A failed build prints what is wrong (in the content: which file, which field, how to fix it),
 * exits 1, and leaves the last good site as it was.
 */
import { resolve } from 'node:path';
import { build } from 'astro';
import { contentDir } from '../../src/model/content-dir.ts';
import { pendingImports } from '../import/interrupted.ts';
import { describeFailure } from '../shared/failure.ts';
import { readOptions } from '../shared/options.ts';
import { recoverInterruptedBuild, stagingDirFor, swapIn } from './swap.ts';

const USAGE = `用法：npm run build [-- --outDir <文件夹>]

生成网站：读取 content/reviews/（或 CONTENT_DIR 指定的文件夹）中的材料，生成到 dist/。
构建失败时不改动已有的 dist/，并指出出错的文件、字段和改法。

  --outDir <文件夹>  生成到这个文件夹，默认 dist
  --help             显示本说明

环境变量：CONTENT_DIR（内容文件夹）、BASE_PATH（子路径，如 /zhenggai/）、SITE_URL（网站地址）、
BUILD_DATE（按某一天判断是否逾期，YYYY-MM-DD）；DEBUG=1 在出错时显示程序的调用栈。
退出状态：0 成功；1 内容有误或构建失败。`;

const { values } = readOptions(
  { options: { outDir: { type: 'string' }, help: { type: 'boolean', default: false } } },
  USAGE,
  1,
);

// npm runs scripts in the project folder; a folder typed by the user starts where they typed it.
const outDir = resolve(process.env.INIT_CWD ?? process.cwd(), values.outDir ?? 'dist');
for (const line of await recoverInterruptedBuild(outDir)) console.log(line);

// A review whose import was interrupted between its two renames has no folder: the build would
// succeed without it and say nothing, so it stops here instead.
const pending = await pendingImports(resolve(contentDir(), 'reviews'));
const blocking = pending.filter((p) => p.active || !p.folderPresent);
for (const p of pending.filter((p) => !blocking.includes(p)))
  console.warn(`[内容] 提醒：${p.message}`);
if (blocking.length > 0) {
  console.error(
    `${blocking.map((p) => `✗ ${p.message}`).join('\n')}\n\n构建没有进行，原来的网站没有改动。`,
  );
  process.exit(1);
}

const staging = stagingDirFor(outDir);
try {
  await build({ outDir: staging });
  await swapIn(staging, outDir);
} catch (error) {
  console.error(
    `\n${describeFailure(error)}\n\n构建失败，原来的网站（${values.outDir ?? 'dist'}/）没有改动。`,
  );
  await recoverInterruptedBuild(outDir);
  process.exitCode = 1;
}
