/**
 * `npm run check-links -- <notice>…`: finds the links to this site in notices (.docx, .txt, .md,
 * .html) and reports every one that leads to no page or anchor of the built site (`dist/`), is
 * written so that a browser does not open it, or only seems to lead here (a user name before `@`,
 * a lookalike host, a hyperlink whose text shows another URL). Exits 1 when a link is broken or
 * only seems to lead here, 2 when a notice or the site cannot be read or the command line is
 * wrong.
 *
 * The command itself, given its arguments, its environment and where to print; cli.ts runs it in
 * its own process, tests in theirs.
 */
import { resolve } from 'node:path';
import { loadBuiltSite } from './built-site.ts';
import { checkLinks } from './link-check.ts';
import { NoticeError, noticeLinks, readNotice } from './notice.ts';
import { parseCommand, siteOrigin, USAGE, UsageError } from './options.ts';
import { countLinks, describeOffSite, formatReport } from './report.ts';
import type { CommandIo } from '../shared/command-io.ts';
import { describeFailure, exitCodeOf, isDebug, stackOf, userErrors } from '../shared/failure.ts';

/** Runs the command; resolves with its exit code. */
export async function runCheckLinksCli(args: string[], io: CommandIo): Promise<number> {
  try {
    return await checkNotices(args, io);
  } catch (error) {
    printError(error, io);
    // 2 for anything but links: a notice or the site that cannot be read, a wrong command line.
    return exitCodeOf(error, 2);
  }
}

async function checkNotices(args: string[], io: CommandIo): Promise<number> {
  const print = (text: string) => {
    io.stdout(`${text}\n`);
  };
  const command = parseCommand(args);
  if (command.help) {
    print(USAGE);
    return 0;
  }
  // npm runs scripts in the project folder; paths typed by the user are relative to where they were.
  const here = io.env.INIT_CWD ?? process.cwd();
  const given = command.site
    ? siteOrigin(command.site, '--site')
    : io.env.SITE_URL
      ? siteOrigin(io.env.SITE_URL, '环境变量 SITE_URL')
      : undefined;
  const site = loadBuiltSite(command.dist ? resolve(here, command.dist) : 'dist');
  const origin = given ?? (site.manifest.site ? new URL(site.manifest.site).origin : undefined);

  let linked = 0;
  let broken = 0;
  let offSite = 0;
  const unreadable: string[] = [];
  for (const file of command.files) {
    let notice;
    try {
      notice = await readNotice(resolve(here, file));
    } catch (error) {
      if (!(error instanceof NoticeError)) throw error;
      print(`\n✗ ${error.message}`);
      if (isDebug(io.env)) io.stderr(`${stackOf(error)}\n`);
      unreadable.push(file);
      continue;
    }
    const result = checkLinks(noticeLinks(notice), site, origin);
    const counts = countLinks(result);
    linked += counts.linked;
    broken += counts.broken;
    offSite += counts.offSite;
    const unsure = !origin && site.manifest.base === '/';
    print(`\n${formatReport(file, notice.unit, result, { unsure }).join('\n')}`);
  }
  if (command.files.length > 1) {
    const links =
      linked === 0
        ? '没有指向本站的链接'
        : `${linked} 个链接指向本站，${broken === 0 ? '全部有效' : `${broken} 个无效`}`;
    const failed =
      unreadable.length > 0 ? `；${unreadable.length} 份无法读取：${unreadable.join('、')}` : '';
    print(`\n共 ${command.files.length} 份通知：${links}${describeOffSite(offSite)}${failed}。`);
  }
  return unreadable.length > 0 ? 2 : broken + offSite > 0 ? 1 : 0;
}

/** Prints an error that ends the run: a user error as its message, any other with its trace. */
function printError(error: unknown, io: CommandIo): void {
  const print = (text: string) => {
    io.stderr(`${text}\n`);
  };
  if (userErrors(error).length > 0) {
    print(describeFailure(error, { env: io.env }));
    if (error instanceof UsageError && error.usage) print(`\n${USAGE}`);
  } else {
    print('检查链接时出了意外的错误，这是本程序的问题。请把下面的内容发给维护网站的同事：');
    print(stackOf(error));
  }
}
