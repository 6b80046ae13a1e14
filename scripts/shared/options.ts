/**
 * The errors of Node's `parseArgs`, said in Chinese. Its own messages are English and written for
 * programmers ("Unknown option '--outdir'. To specify a positional argument…"); every command of
 * the project reads its options with it, so they all say a wrong command line the same way.
 */

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
