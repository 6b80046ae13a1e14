/**
 * `npm run check-links -- <notice>…`: finds the links to this site in notices (.docx, .txt, .md,
 * .html) and reports every one that leads to no page or anchor of the built site (`dist/`), or is
 * written so that a browser does not open it. Exits 1 when a link is broken, 2 when a notice or
 * the site cannot be read or the command line is wrong.
 */
import { resolve } from 'node:path';
import { BuiltSiteError, loadBuiltSite } from './built-site.ts';
import { checkLinks } from './link-check.ts';
import { NoticeError, noticeLinks, readNotice } from './notice.ts';
import { parseCommand, siteOrigin, USAGE, UsageError } from './options.ts';
import { formatReport } from './report.ts';
import { isDebug, stackOf } from '../shared/failure.ts';

/** Errors the user can fix from what the message says: printed without a stack trace. */
const EXPECTED = [UsageError, BuiltSiteError, NoticeError];

async function main(): Promise<number> {
  const command = parseCommand(process.argv.slice(2));
  if (command.help) {
    console.log(USAGE);
    return 0;
  }
  // npm runs scripts in the project folder; paths typed by the user are relative to where they were.
  const here = process.env.INIT_CWD ?? process.cwd();
  const given = command.site
    ? siteOrigin(command.site, '--site')
    : process.env.SITE_URL
      ? siteOrigin(process.env.SITE_URL, '环境变量 SITE_URL')
      : undefined;
  const site = loadBuiltSite(command.dist ? resolve(here, command.dist) : 'dist');
  const origin = given ?? (site.manifest.site ? new URL(site.manifest.site).origin : undefined);

  let linked = 0;
  let broken = 0;
  const unreadable: string[] = [];
  for (const file of command.files) {
    let notice;
    try {
      notice = await readNotice(resolve(here, file));
    } catch (error) {
      if (!(error instanceof NoticeError)) throw error;
      console.log(`\n✗ ${error.message}`);
      if (isDebug()) console.error(stackOf(error));
      unreadable.push(file);
      continue;
    }
    const result = checkLinks(noticeLinks(notice), site, origin);
    linked += result.reports.length;
    broken += result.reports.filter((r) => !r.ok).length;
    const unsure = !origin && site.manifest.base === '/';
    console.log(`\n${formatReport(file, notice.unit, result, { unsure }).join('\n')}`);
  }
  if (command.files.length > 1) {
    const links =
      linked === 0
        ? '没有指向本站的链接'
        : `${linked} 个链接指向本站，${broken === 0 ? '全部有效' : `${broken} 个无效`}`;
    const failed =
      unreadable.length > 0 ? `；${unreadable.length} 份无法读取：${unreadable.join('、')}` : '';
    console.log(`\n共 ${command.files.length} 份通知：${links}${failed}。`);
  }
  return unreadable.length > 0 ? 2 : broken > 0 ? 1 : 0;
}

/** Prints an error that ends the run: an expected one as its message, any other with its trace. */
function printError(error: unknown): void {
  if (EXPECTED.some((kind) => error instanceof kind)) {
    console.error((error as Error).message);
    if (error instanceof UsageError && error.usage) console.error(`\n${USAGE}`);
    if (isDebug()) console.error(stackOf(error));
  } else {
    console.error('检查链接时出了意外的错误，这是本程序的问题。请把下面的内容发给维护网站的同事：');
    console.error(stackOf(error));
  }
}

try {
  process.exitCode = await main();
} catch (error) {
  printError(error);
  process.exitCode = 2;
}
