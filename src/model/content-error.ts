/**
 * The errors a user can put right: a mistake in what they gave a command (the content, a document,
 * a workbook, an option, a place to write to) or a state of their files they can fix (a lock still
 * held, an import interrupted). Each says in Chinese which file, what was found and how to fix it,
 * and every command prints it as it is, without a stack trace (scripts/shared/failure.ts). Anything
 * else that stops a command is a fault of the program.
 */

/** One thing wrong with the content, located precisely enough to fix without searching. */
export interface ContentProblem {
  /** Path of the content file, relative to the project root. */
  file: string;
  /** The front matter field (e.g. `causes[1]`), or `正文`; absent when the whole file is at fault. */
  field?: string;
  /** The line of the file, when known (front matter fields, MDX syntax). */
  line?: number;
  /** What is wrong: what was found and what was expected, as a sentence after the place. */
  message: string;
  /** How to fix it. */
  hint: string;
}

/**
 * Marks a user error. The build runs the content checks inside Astro's bundles, each with its own
 * copy of these classes, and the MDX compiler renames the errors its plugins throw: neither
 * `instanceof` nor the name tells them, but a symbol of the global registry is the same in every
 * copy.
 */
const USER_ERROR: unique symbol = Symbol.for('review-site.user-error');

export interface UserErrorOptions extends ErrorOptions {
  /** The problems in content files it lists (see `UserError.problems`). */
  problems?: ContentProblem[] | undefined;
  /** The command's exit code for it; 1 unless given. */
  exitCode?: number | undefined;
}

/**
 * Thrown for a mistake the user can put right from what the message says; any other error is a
 * bug. Subclasses exist where a caller branches on the kind.
 */
export class UserError extends Error {
  readonly [USER_ERROR] = true;
  /**
   * The problems in content files, when the error is a list of them: a command prints them under
   * its own heading (formatProblems). Empty for an error whose message is all there is to say.
   */
  readonly problems: ContentProblem[];
  /**
   * The exit code, as the commands' usage and the README give them: 1 for input that is wrong, 2
   * for a file the command cannot read or a place it will not write to, 3 for a review folder it
   * could not write. A command whose codes mean otherwise says so where it exits.
   */
  readonly exitCode: number;

  constructor(message: string, { problems = [], exitCode = 1, ...options }: UserErrorOptions = {}) {
    super(message, options);
    this.name = 'UserError';
    this.problems = problems;
    this.exitCode = exitCode;
  }
}

/** Whether `error` is a user error, from this copy of the class or another (see USER_ERROR). */
export function isUserError(error: unknown): error is UserError {
  return (
    error instanceof Error &&
    (error as Partial<Record<typeof USER_ERROR, unknown>>)[USER_ERROR] === true
  );
}

/** Thrown when the reviews' content is inconsistent; its message lists every problem found. */
export class ContentError extends UserError {
  constructor(problems: ContentProblem[]) {
    super(formatProblems(problems), { problems });
    this.name = 'ContentError';
  }
}

/** Where a problem is: `file 第 3 行 → field`. */
export function problemPlace({ file, line, field }: ContentProblem): string {
  const at = line ? `${file} 第 ${line} 行` : file;
  return field ? `${at} → ${field}` : at;
}

/** What did not happen because of problems in the content, when the build finds them. */
export const BUILD_OUTCOME = '网站没有生成';

/**
 * Formats problems one per line, each followed by its fix, under a heading that says how many and
 * what did not happen because of them: `网站没有生成` for the build, another for another command,
 * nothing ('') after a command that has said it on a line of its own.
 */
export function formatProblems(
  problems: readonly ContentProblem[],
  outcome = BUILD_OUTCOME,
): string {
  const lines = problems.map((p) => `  ✗ ${problemPlace(p)}：${p.message}\n    改法：${p.hint}`);
  const heading = `材料内容有 ${problems.length} 处问题${outcome ? `，${outcome}` : ''}：`;
  return `${heading}\n${lines.join('\n')}`;
}
