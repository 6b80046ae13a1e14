/**
 * The settings of a build as command options: the content folder, the sub-path and address the
 * site is served at, and the day it is built as of. Astro's config and the pages read them from
 * the environment (CONTENT_DIR, BASE_PATH, SITE_URL, BUILD_DATE); given as options, they work the
 * same in every shell — `VAR=value npm run build` works in bash only, not in cmd or PowerShell.
 */
import { checkBuildDate } from '../../src/text/dates.ts';

/** The options, for `parseArgs`. */
export const SITE_OPTIONS = {
  content: { type: 'string' },
  base: { type: 'string' },
  site: { type: 'string' },
  'build-date': { type: 'string' },
} as const;

/** The variable each option sets. */
const VARIABLES = {
  content: 'CONTENT_DIR',
  base: 'BASE_PATH',
  site: 'SITE_URL',
  'build-date': 'BUILD_DATE',
} as const;

/** The usage lines of the options. */
export const SITE_OPTIONS_USAGE = `  --content <文件夹>     读取这个内容文件夹（其中有 reviews/，可有 inspections/），默认 content
  --base <子路径>        网站放在服务器的子路径下时写上，如 /zhenggai/
  --site <网站地址>      网站的完整地址，如 http://oa.example.gov.cn，复制的链接和引文用它
  --build-date <日期>    按这一天判断是否逾期（YYYY-MM-DD），默认今天`;

/**
 * Sets the environment from the options given (before anything reads it); returns what is wrong
 * with them, if anything.
 */
export function applySiteOptions(
  values: Partial<Record<keyof typeof SITE_OPTIONS, string | undefined>>,
  env: Record<string, string | undefined> = process.env,
): string | undefined {
  for (const [option, variable] of Object.entries(VARIABLES)) {
    const value = values[option as keyof typeof VARIABLES];
    if (value !== undefined) env[variable] = value;
  }
  return checkBuildDate(env);
}
