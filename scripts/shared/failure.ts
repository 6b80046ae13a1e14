/**
 * How a command reports that it failed, and the one place that tells a user's mistake from a bug.
 * A user error (src/model/content-error.ts: a mistake in the content, a document, a workbook or an
 * option, an output path the command will not write to, another build that held on too long) is
 * printed as its message alone: it names the file and says how to fix it, and a stack trace would
 * bury that. So is a failure of the disk (full, read-only, not writable), for the commands that
 * write. Anything else is a bug and keeps its stack; `DEBUG=1` adds the stack to every message.
 */
import { formatProblems, isUserError, type UserError } from '../../src/model/content-error.ts';
import { describeFileSystemFailure, fileSystemFailures } from './file-system-failure.ts';

/**
 * The user errors inside `error`: itself, or those it wraps (`cause`, or the `errors` of a
 * bundler's "Build failed with 2 errors").
 */
export function userErrors(error: unknown): UserError[] {
  if (!(error instanceof Error)) return [];
  if (isUserError(error)) return [error];
  const { errors } = error as { errors?: unknown };
  const inner: unknown[] = Array.isArray(errors) ? [...(errors as unknown[])] : [];
  if (error.cause !== undefined) inner.push(error.cause);
  return inner.flatMap(userErrors);
}

/**
 * The exit code for `error`: the one its (first) user error gives, or `otherwise` for a failure of
 * the disk or a bug, whose code each command's usage gives.
 */
export function exitCodeOf(error: unknown, otherwise: number): number {
  return userErrors(error)[0]?.exitCode ?? otherwise;
}

/** Whether the environment asks for stack traces: DEBUG set to anything but empty, 0 or false. */
export function isDebug(env: Readonly<Record<string, string | undefined>> = process.env): boolean {
  const value = env.DEBUG?.trim().toLowerCase();
  return Boolean(value) && value !== '0' && value !== 'false';
}

/** The stack of an error and of each of its causes. */
export function stackOf(error: unknown): string {
  const stacks: string[] = [];
  for (let e = error; e !== undefined; e = e instanceof Error ? e.cause : undefined) {
    stacks.push(e instanceof Error ? (e.stack ?? `${e.name}: ${e.message}`) : JSON.stringify(e));
  }
  return stacks.join('\n原因：');
}

/** What a failing command tells `describeFailure`. */
export interface FailureContext {
  /** The environment the command reads DEBUG from. */
  env: Readonly<Record<string, string | undefined>>;
  /**
   * What did not happen, said in the heading of a list of problems in the content: 网站没有生成,
   * 工作簿没有导出. Without it the heading only counts them: for a command that says what it did
   * not do on a line of its own, or that meets no such list.
   */
  outcome?: string | undefined;
  /** The folder or file the command was writing, for a failure of the disk that does not say it. */
  writing?: string | undefined;
}

/** What to say for one user error: a list of problems under the command's heading, or the message. */
function describeUserError(error: UserError, outcome: string | undefined): string {
  return error.problems.length > 0 ? formatProblems(error.problems, outcome ?? '') : error.message;
}

/**
 * The text to print for `error`: its user errors, or its failures of the disk, said in Chinese;
 * otherwise its stack, saying it is a bug. Under DEBUG the stack follows what is said.
 */
export function describeFailure(error: unknown, context: FailureContext): string {
  const { env, outcome, writing } = context;
  const stack = isDebug(env) ? `\n\n${stackOf(error)}` : '';
  const users = userErrors(error);
  if (users.length > 0) {
    return `${users.map((e) => describeUserError(e, outcome)).join('\n\n')}${stack}`;
  }
  const disk = fileSystemFailures(error);
  if (disk.length > 0) {
    return `${disk.map((failure) => describeFileSystemFailure(failure, writing)).join('\n\n')}${stack}`;
  }
  if (!(error instanceof Error)) return String(error);
  if (isDebug(env)) return stackOf(error);
  return `${stackOf(error)}\n\n这是程序本身的错误，不是内容的问题。请把以上信息连同所用的命令报告给维护人员。`;
}
