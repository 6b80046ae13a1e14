/**
 * The command line of `npm run check-links`: the notices to check, the built site to check them
 * against, and the site's address. Mistakes in it are said in Chinese, with the usage.
 */
import { parseArgs } from 'node:util';
import { UserError } from '../../src/model/content-error.ts';
import { optionErrorMessage } from '../shared/options.ts';
import { describeMistakes, readUrl } from './url-in-text.ts';

export const USAGE = `用法：npm run check-links -- <通知文件>… [--dist 网站文件夹] [--site 网站地址]

检查通知、督办单中指向本站的链接能否打开：页面和页面上的位置（锚点）是否存在，旧网址转到哪里；
网址中误打的全角字符（如“／”“：”）会被指出，并给出应写的网址；看似指向本站、实际打开别的网站的链接
（“@”前带有用户名，域名中混有形似英文字母的外文字母，Word 超链接显示的网址与实际地址不同）也会被指出。
支持 .docx、.txt（UTF-8 或 GB18030/GBK 编码）、.md、.html 文件，可以一次检查多个。

  --dist 网站文件夹  要对照的网站，即 npm run build 生成的文件夹，默认 dist
  --site 网站地址    网站的域名，如 https://oa.example.gov.cn；默认取构建时的 SITE_URL
  -h, --help         显示本说明

退出状态：0 链接全部有效；1 有无效的链接；2 通知或网站读不了，或命令写得不对。

例：npm run check-links -- 通知.docx 督办单.txt --site https://oa.example.gov.cn`;

/** Thrown for a command line that cannot be run; `usage` says whether to print the usage too. */
export class UsageError extends UserError {
  readonly usage: boolean;

  constructor(message: string, { usage = true } = {}) {
    super(message, { exitCode: 2 });
    this.name = 'UsageError';
    this.usage = usage;
  }
}

export interface Command {
  files: string[];
  dist: string | undefined;
  site: string | undefined;
  help: boolean;
}

/** Reads the arguments after `npm run check-links --`. */
export function parseCommand(args: string[]): Command {
  let parsed;
  try {
    parsed = parseArgs({
      args,
      allowPositionals: true,
      options: {
        dist: { type: 'string' },
        site: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (error) {
    throw usageErrorOf(error);
  }
  const { values, positionals } = parsed;
  const command = {
    files: positionals,
    dist: values.dist,
    site: values.site,
    help: values.help ?? false,
  };
  if (!command.help && command.files.length === 0) {
    throw new UsageError('没有写出要检查的通知文件。');
  }
  return command;
}

/** parseArgs's own (English) error, said in Chinese, with the value to write after an option. */
function usageErrorOf(error: unknown): UsageError {
  const { code, message = '' } = error as { code?: string; message?: string };
  const missing = !message.includes('does not take an argument');
  if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE' && missing) {
    const option = /'(-[^' ]+)/.exec(message)?.[1] ?? '';
    const example = option === '--site' ? 'https://oa.example.gov.cn' : 'dist';
    return new UsageError(`选项 ${option} 后面要写上它的值，如 ${option} ${example}。`);
  }
  return new UsageError(`${optionErrorMessage(error)}。`);
}

/**
 * The origin of a site address given as `--site` or in SITE_URL (`https://oa.example.gov.cn`); a
 * path after it, such as the deploy base, is allowed and not needed.
 */
export function siteOrigin(address: string, source: string): string {
  const given = `${source} 的值“${address}”`;
  const read = readUrl(address.trim());
  const fix = describeMistakes(read);
  if (fix) throw new UsageError(`${given}不对：${fix}。`, { usage: false });
  let url: URL | undefined;
  try {
    url = new URL(read.url);
  } catch {
    url = undefined;
  }
  if (!url || !['http:', 'https:'].includes(url.protocol) || url.hostname === '') {
    const bare = /^[A-Za-z0-9.-]+(:\d+)?(\/.*)?$/.test(read.url);
    const suggestion = bare ? `应写作 https://${read.url}（或 http://${read.url}）。` : '';
    throw new UsageError(
      `${given}不是网站地址：${suggestion}网站地址以 http:// 或 https:// 开头，后面是域名或 IP 地址（可带端口），如 https://oa.example.gov.cn、http://10.0.0.5:8080。`,
      { usage: false },
    );
  }
  return url.origin;
}
