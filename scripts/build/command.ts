/**
 * `npm run build`: builds the site for the content folder with Astro, into a staging folder that
 * takes the place of `dist/` only when the whole build (pages, exports, search index) succeeded.
 * A failed build prints what is wrong (in the content: which file, which field, how to fix it),
 * exits 1, and leaves the last good site as it was. An output folder that is not a new, an empty
 * or an earlier build's folder (the project itself, its sources, the content) is refused before
 * anything is written, with exit 2; a second build into the same folder waits for the first.
 */
import { resolve } from 'node:path';
import { contentDir } from '../../src/model/content-dir.ts';
import { BUILD_OUTCOME } from '../../src/model/content-error.ts';
import { pendingImports } from '../import/interrupted.ts';
import { buildFilesFor } from '../shared/build-locks.ts';
import { describeFailure, exitCodeOf } from '../shared/failure.ts';
import { fileSystemFailures } from '../shared/file-system-failure.ts';
import { readOptions } from '../shared/options.ts';
import { applySiteOptions, SITE_OPTIONS, SITE_OPTIONS_USAGE } from '../shared/site-options.ts';
import {
  checkSiteFolder,
  OutputTargetError,
  projectPaths,
  typedTarget,
  type SiteFolder,
} from '../shared/output-target.ts';
import { linkNote, publishSite } from './publish.ts';
import { stagingDirFor } from './swap.ts';

const USAGE = `用法：npm run build [-- 选项]

生成网站：读取 content/ 中的材料和巡察反馈意见，生成到 dist/。
构建失败时不改动已有的 dist/，并指出出错的文件、字段和改法。

  --outDir <文件夹>      生成到这个文件夹，默认 dist。它会被整个换成新网站，所以只能是新的或空的
                         文件夹，或者以前生成的网站；项目本身、源代码和内容文件夹都不能用。
                         它是链接（如指向网站服务器的根目录）时，新网站生成到链接指向的文件夹。
${SITE_OPTIONS_USAGE}
  --help                 显示本说明

例：npm run build -- --content examples/shili --outDir 示例网站
同一个输出文件夹同时只进行一次构建：后来的构建会说明谁在构建，等它结束后再开始。

这些选项也可以用环境变量给出：CONTENT_DIR、BASE_PATH、SITE_URL、BUILD_DATE；
DEBUG=1 在出错时显示程序的调用栈。
退出状态：0 成功；1 内容有误或构建失败；2 输出文件夹不能用（没有改动任何文件）。`;

const { values } = readOptions(
  {
    options: {
      ...SITE_OPTIONS,
      outDir: { type: 'string' },
      help: { type: 'boolean', default: false },
    },
  },
  USAGE,
  1,
);
const badDate = applySiteOptions(values);
if (badDate) {
  console.error(`${badDate}\n\n${USAGE}`);
  process.exit(1);
}
// Astro's command line would try to send usage data to the internet; the build never should.
process.env.ASTRO_TELEMETRY_DISABLED = '1';

const typed = values.outDir ?? 'dist';
const paths = projectPaths(contentDir());
let target: SiteFolder | undefined;
try {
  target = await checkSiteFolder(
    typedTarget(typed),
    { option: '--outDir', typed, example: 'dist' },
    paths,
  );

  // Astro loads (about a second) while this build waits for its turn, if it has to: a refused
  // output folder was said without it.
  const astro = import('astro');
  astro.catch(() => undefined);

  // A review whose import was interrupted between its two renames has no folder: the build would
  // succeed without it and say nothing, so it stops here instead.
  const pending = [
    ...(await pendingImports(resolve(contentDir(), 'reviews'))),
    ...(await pendingImports(resolve(contentDir(), 'inspections'))),
  ];
  const blocking = pending.filter((p) => p.active || !p.folderPresent);
  for (const p of pending.filter((p) => !blocking.includes(p)))
    console.warn(`[内容] 提醒：${p.message}`);
  if (blocking.length > 0) {
    console.error(
      `${blocking.map((p) => `✗ ${p.message}`).join('\n')}\n\n构建没有进行，原来的网站没有改动。`,
    );
    process.exit(1);
  }

  await publishSite({
    target,
    shown: `${typed}/`,
    paths,
    files: await buildFilesFor(paths.root, process.env),
    log: (line) => {
      console.log(line);
    },
    make: async (staging) => {
      const { build } = await astro;
      await build({ outDir: staging });
    },
  });
} catch (error) {
  if (error instanceof OutputTargetError) {
    console.error(`✗ ${error.message}\n\n构建没有进行，没有改动任何文件。`);
    process.exit(error.exitCode);
  }
  const note = target && fileSystemFailures(error).length > 0 ? linkNote(target) : undefined;
  const writing = target && stagingDirFor(target.real);
  const said = describeFailure(error, { env: process.env, outcome: BUILD_OUTCOME, writing });
  console.error(
    `\n${said}${note ? `\n${note}` : ''}\n\n构建失败，原来的网站（${typed}/）没有改动。`,
  );
  process.exitCode = exitCodeOf(error, 1);
}
