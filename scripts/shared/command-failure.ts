/**
 * What a command that writes files says when it stops, and the exit code it stops with: a bug
 * (an error that is neither the user's nor the file system's) is named as one, with how to show
 * where it happened; anything else is described for the user (failure.ts), saying that nothing
 * was written where that is so.
 */
import type { CommandIo } from './command-io.ts';
import { describeFailure, exitCodeOf, isDebug, stackOf, userErrors } from './failure.ts';
import { fileSystemFailures } from './file-system-failure.ts';
import { OutputTargetError } from './output-target.ts';

/** The words of one command's messages, which differ in what it writes and what it reads. */
export interface FailureWords {
  /** What the command leaves unwritten when it stops: `没有写入任何文件。`. */
  unwritten: string;
  /** What the user is asked to hand the maintainers with the details: `所用的文件`. */
  inputs: string;
  /** Where the command was when the bug struck, before 出现意外错误 (`导入时`); usually nothing. */
  during?: string;
}

/** Says that the command met a bug, how to see where, and what to hand the maintainers. */
export function printUnexpected(
  error: unknown,
  io: CommandIo,
  { unwritten, inputs, during = '' }: FailureWords,
): void {
  const message = error instanceof Error ? error.message : String(error);
  io.stderr(
    `✗ ${during}出现意外错误：${message}\n  ${unwritten}设置 DEBUG=1 再运行一次，可以看到详细的出错位置；请把它连同${inputs}交给维护人员。\n`,
  );
  if (isDebug(io.env)) io.stderr(`${stackOf(error)}\n`);
}

/** The exit codes a writing command stops with. */
export interface FailureCodes {
  /** Wrong input or options, an output the command will not write to. */
  wrongInput: number;
  /** A bug, or a file the command could not write. */
  failed: number;
}

/**
 * Prints why a command that writes files stopped; returns the exit code for it. A mistake in the
 * content says what did not happen through `outcome` (报告没有生成); a file system's failure (a
 * full, read-only or locked disk) does not say that nothing was written, so `unwritten` follows it.
 * An `--out` the command will not write to is an option that is wrong here.
 */
export function reportWriteFailure(
  error: unknown,
  io: CommandIo,
  words: FailureWords & { outcome?: string | undefined },
  codes: FailureCodes,
): number {
  const user = userErrors(error).length > 0;
  if (!user && fileSystemFailures(error).length === 0) {
    printUnexpected(error, io, words);
    return codes.failed;
  }
  const said = describeFailure(error, { env: io.env, outcome: words.outcome });
  io.stderr(`✗ ${said}\n${user ? '' : `  ${words.unwritten}\n`}`);
  return error instanceof OutputTargetError ? codes.wrongInput : exitCodeOf(error, codes.failed);
}
