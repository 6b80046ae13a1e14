/**
 * The errors of Node's `parseArgs`, said in Chinese. Its own messages are English and written for
 * programmers ("Unknown option '--outdir'. To specify a positional argument…"); every command of
 * the project reads its options with it, so they all say a wrong command line the same way.
 */
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { exitWithUsage, type CommandIo } from './command-io.ts';

/** The option or argument a `parseArgs` message quotes: `'--out <value>'` gives `--out`. */
function quoted(message: string): string {
  return /'([^']+)'/.exec(message)?.[1]?.replace(/ <value>$/, '') ?? '';
}

/** What is wrong with the command line, in one sentence without a full stop. */
export function optionErrorMessage(error: unknown): string {
  const { code, message = String(error) } = error as { code?: string; message?: string };
  const option = quoted(message);
  switch (code) {
    case 'ERR_PARSE_ARGS_UNKNOWN_OPTION':
      return `没有 ${option} 这个选项`;
    case 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE':
      // "argument missing", or "ambiguous" when the next word is an option (`--out --force`).
      return message.includes('does not take an argument')
        ? `选项 ${option} 后面不跟值`
        : `选项 ${option} 后面要跟一个值`;
    case 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL':
      return `这条命令不接受“${option}”这样的参数，选项要以 -- 开头`;
    default:
      return `命令写得不对：${message}`;
  }
}

/**
 * The options npm took for its own: `npm run import f.docx --review x` (without `--` after the
 * script's name) hands `--review` to npm, which keeps it as a setting (`npm_config_review` in the
 * environment) and passes only `f.docx x` on. Nothing of the command line is then what was meant,
 * so the command says so instead of reading `x` as a second file. `env` is the command's
 * environment; the check applies only under `npm run` (`npm_lifecycle_event` set).
 */
export function optionsTakenByNpm(
  config: ParseArgsConfig,
  env: Record<string, string | undefined> = process.env,
): string | undefined {
  if (!env.npm_lifecycle_event) return undefined;
  const taken = Object.keys(config.options ?? {}).filter(
    (name) => name !== 'help' && env[`npm_config_${name.replaceAll('-', '_')}`] !== undefined,
  );
  if (taken.length === 0) return undefined;
  const script = env.npm_lifecycle_event;
  return (
    `npm 把 ${taken.map((name) => `--${name}`).join('、')} 当成了它自己的设置，没有交给命令：` +
    `要在 npm run ${script} 后面先写两个减号 --，再写文件和选项（如 npm run ${script} -- --${taken[0]} …）`
  );
}

/**
 * The options of a command that runs in the process it was started in: on a wrong command line
 * prints what is wrong and the usage, then exits with `usageExit`; on `--help` prints the usage
 * and exits 0. The config must have a boolean `help` option.
 */
export function readOptions<T extends ParseArgsConfig>(
  config: T,
  usage: string,
  usageExit: number,
): ReturnType<typeof parseArgs<T>> {
  const swallowed = optionsTakenByNpm(config);
  if (swallowed) {
    console.error(`${swallowed}。\n\n${usage}`);
    process.exit(usageExit);
  }
  let parsed: ReturnType<typeof parseArgs<T>>;
  try {
    parsed = parseArgs(config);
  } catch (error) {
    console.error(`${optionErrorMessage(error)}。\n\n${usage}`);
    process.exit(usageExit);
  }
  if ((parsed.values as { help?: boolean }).help) {
    console.log(usage);
    process.exit(0);
  }
  return parsed;
}

/**
 * The options of a command run through `runCommand` (import, workbook): a wrong command line is
 * said with the usage and ends the command with `usageExit`.
 */
export function parseCommandOptions<T extends ParseArgsConfig>(
  config: T,
  usage: string,
  usageExit: number,
  io: CommandIo,
): ReturnType<typeof parseArgs<T>> {
  const swallowed = optionsTakenByNpm(config);
  if (swallowed) exitWithUsage(swallowed, usage, usageExit, io);
  try {
    return parseArgs(config);
  } catch (error) {
    exitWithUsage(optionErrorMessage(error), usage, usageExit, io);
  }
}
