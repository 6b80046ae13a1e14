import { isAbsolute, relative, resolve } from 'node:path';

/**
 * What a command-line tool reads from its process and prints to it, passed in rather than taken
 * from `process`: `cli.ts` wires a command to the real process, tests run the same command in
 * their own process and read what it printed, without starting Node for each run.
 */
export interface CommandIo {
  /** Receives what the command prints to standard output, a line at a time, newline included. */
  stdout: (text: string) => void;
  /** Receives what the command prints to standard error, likewise. */
  stderr: (text: string) => void;
  /** The environment the command reads (CONTENT_DIR, DEBUG, INIT_CWD…). */
  env: Readonly<Record<string, string | undefined>>;
}

/** The running process's own streams and environment. */
export function processIo(): CommandIo {
  return {
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
    env: process.env,
  };
}

/**
 * Thrown to end a command with an exit code once it has said why (a usage error, --help): the
 * command's runner returns the code, where the process-bound version called `process.exit`.
 */
export class CommandExit extends Error {
  readonly code: number;

  constructor(code: number) {
    super(`exit ${code}`);
    this.name = 'CommandExit';
    this.code = code;
  }
}

/**
 * Says what is wrong with the command line, then the usage, on the command's standard error, and
 * ends the command with `code` (a `CommandExit`, which `runCommand` returns).
 */
export function exitWithUsage(problem: string, usage: string, code: number, io: CommandIo): never {
  io.stderr(`✗ ${problem}。\n\n${usage}\n`);
  throw new CommandExit(code);
}

/**
 * A path the user typed, read from the folder they typed it in (npm runs scripts in the project
 * folder and says where the command was typed in INIT_CWD). Messages name it briefly when it is
 * inside the project, by its whole path otherwise: `../../somewhere/doc.txt` would say less.
 */
export function typedPath(typed: string, io: CommandIo): string {
  const absolute = resolve(io.env.INIT_CWD ?? process.cwd(), typed);
  const fromProject = relative(process.cwd(), absolute);
  return fromProject && !fromProject.startsWith('..') && !isAbsolute(fromProject)
    ? fromProject
    : absolute;
}

/**
 * Runs a command: resolves with 0 when it completes, with the code of a `CommandExit`, or with the
 * code `onFailure` gives after saying why the command stopped.
 */
export async function runCommand(
  command: () => Promise<void>,
  onFailure: (error: unknown) => number,
): Promise<number> {
  try {
    await command();
    return 0;
  } catch (error) {
    return error instanceof CommandExit ? error.code : onFailure(error);
  }
}
