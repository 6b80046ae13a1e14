/**
 * How a command reports that it failed. An expected error (a mistake in the content or in a
 * document) is printed as its message alone: it names the file and says how to fix it, and a stack
 * trace would bury that. Anything else is a bug and keeps its stack; `DEBUG=1` shows every stack.
 */

/**
 * Errors whose message is all a user needs. Told by name, not by class: the build runs the content
 * checks in Astro's own bundles, each with its own copy of the class.
 */
const EXPECTED = new Set(['ContentError', 'ContentPathError', 'DocumentError']);

/** Whether `error` is a mistake in the input, explained by its message. */
export function isExpectedError(error: unknown): error is Error {
  return error instanceof Error && EXPECTED.has(error.name);
}

/** The text to print for `error`. */
export function describeFailure(error: unknown, env = process.env): string {
  const debug = env.DEBUG === '1' || env.DEBUG === 'true';
  if (!(error instanceof Error)) return String(error);
  if (isExpectedError(error) && !debug) return error.message;
  const stack = error.stack ?? `${error.name}: ${error.message}`;
  if (debug) return stack;
  return `${stack}\n\n这是程序本身的错误，不是内容的问题。请把以上信息连同所用的命令报告给维护人员。`;
}
