/**
 * How a command reports that it failed. An expected error (a mistake in the content or in a
 * document, an output path the command will not write to, another build that held on too long)
 * is printed as its message alone: it names the file and says how to fix it, and a stack trace
 * would bury that. So is a failure of the disk (full, read-only, not writable). Anything else is a
 * bug and keeps its stack; `DEBUG=1` shows every stack.
 */
import { describeFileSystemFailure, fileSystemFailures } from './file-system-failure.ts';

/**
 * Errors whose message is all a user needs. Told by name or by their list of problems, not by
 * class: the build runs the content checks in Astro's own bundles, each with its own copy of the
 * class, and the MDX compiler renames the errors its plugins throw.
 */
const EXPECTED = new Set([
  'ContentError',
  'ContentPathError',
  'DocumentError',
  'OutputTargetError',
  'BuildLockError',
  'MachinePathError',
]);

function isExpected(error: Error): boolean {
  return EXPECTED.has(error.name) || Array.isArray((error as { problems?: unknown }).problems);
}

/**
 * The expected errors inside `error`: itself, or those it wraps (`cause`, or the `errors` of a
 * bundler's "Build failed with 2 errors").
 */
export function expectedErrors(error: unknown): Error[] {
  if (!(error instanceof Error)) return [];
  if (isExpected(error)) return [error];
  const { errors } = error as { errors?: unknown };
  const inner: unknown[] = Array.isArray(errors) ? [...(errors as unknown[])] : [];
  if (error.cause !== undefined) inner.push(error.cause);
  return inner.flatMap(expectedErrors);
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

/**
 * The text to print for `error`. `writing` names the folder or file the command was writing, for a
 * failure of the disk that does not say its path.
 */
export function describeFailure(error: unknown, env = process.env, writing?: string): string {
  const debug = isDebug(env);
  if (!(error instanceof Error)) return String(error);
  const expected = expectedErrors(error);
  if (expected.length > 0 && !debug) return expected.map((e) => e.message).join('\n\n');
  const disk = fileSystemFailures(error);
  if (disk.length > 0 && !debug) {
    return disk.map((failure) => describeFileSystemFailure(failure, writing)).join('\n\n');
  }
  const stack = stackOf(error);
  if (debug) return stack;
  return `${stack}\n\n这是程序本身的错误，不是内容的问题。请把以上信息连同所用的命令报告给维护人员。`;
}
