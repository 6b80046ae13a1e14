/**
 * `npm run check-links -- <notice>…`: finds the links to this site in notices (.docx, .txt, .md,
 * .html) and reports every one that leads to no page or anchor of the built site (`dist/`).
 * Exits 1 when a link is broken, 2 when a notice or the site cannot be read.
 */
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { loadBuiltSite } from './built-site';
import { checkLinks } from './link-check';
import { noticeUrls, readNotice } from './notice';

const USAGE = `用法：npm run check-links -- <通知文件>… [--dist 网站文件夹] [--site 网站地址]

检查通知中指向本站的链接是否都能打开。支持 .docx、.txt、.md、.html 文件。
  --dist  构建好的网站所在文件夹，默认 dist
  --site  网站地址，如 https://oa.example.gov.cn；默认取构建时的 SITE_URL`;

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    dist: { type: 'string' },
    site: { type: 'string' },
    help: { type: 'boolean', short: 'h' },
  },
});

if (values.help || positionals.length === 0) {
  console.log(USAGE);
  process.exit(values.help ? 0 : 2);
}

// npm runs scripts in the project folder; paths typed by the user are relative to where they were.
const here = process.env.INIT_CWD ?? process.cwd();

try {
  const site = loadBuiltSite(values.dist ? resolve(here, values.dist) : 'dist');
  const siteUrl = values.site || process.env.SITE_URL || site.manifest.site;
  const origin = siteUrl ? new URL(siteUrl).origin : undefined;
  let broken = 0;
  for (const file of positionals) {
    const urls = noticeUrls(await readNotice(resolve(here, file)));
    const { reports, skipped } = checkLinks(urls, site, origin);
    const bad = reports.filter((r) => !r.ok).length;
    broken += bad;
    const summary =
      reports.length === 0
        ? '没有找到指向本站的链接'
        : `${reports.length} 个链接指向本站，${bad === 0 ? '全部有效' : `${bad} 个无效`}`;
    console.log(`\n${file}：${summary}。`);
    for (const report of reports) {
      console.log(`  ${report.ok ? '✓' : '✗'} ${report.url}\n      ${report.note}`);
    }
    if (skipped.length > 0) {
      console.log(`  另有 ${skipped.length} 个链接不指向本站，未检查：`);
      for (const url of skipped) console.log(`    ${url}`);
      if (!origin && site.manifest.base === '/') {
        console.log(
          '  （未设置网站地址，只检查路径以本站材料代号开头的链接；可用 --site 或 SITE_URL 指定网站地址。）',
        );
      }
    }
  }
  process.exitCode = broken > 0 ? 1 : 0;
} catch (error) {
  console.error(error instanceof Error ? error.message : String(error));
  process.exitCode = 2;
}
