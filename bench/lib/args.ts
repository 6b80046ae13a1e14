/** The command line of `npm run bench`. */
import { parseArgs } from 'node:util';

export interface BenchOptions {
  /** Findings, causes and measures in the synthetic corpus. */
  entries: number;
  /** Builds of each kind; project and floor alternate, so both meet the same machine load. */
  runs: number;
  /** Seed of the corpus generator. */
  seed: number;
  /** The search measured for transfer size; by default a word the corpus is known to contain. */
  query: string | undefined;
  /** Keep the temporary folder (corpus, builds, logs) instead of removing it. */
  keep: boolean;
  /** After the cold builds, change one measure's ledger status and build again, `runs` times. */
  rebuild: boolean;
  /**
   * Build the project only. The floor compiles every entry as MDX and needs about three times the
   * project's memory (8.3 GB at 20,000 entries): past that, it no longer fits one machine.
   */
  floor: boolean;
}

export const BENCH_USAGE =
  'Usage: npm run bench -- --entries <n> [--runs <n>] [--seed <n>] [--query <word>] [--rebuild] [--no-floor] [--keep]';

/** Thrown for a command line the benchmark cannot run; the message says what to type instead. */
export class BenchUsageError extends Error {
  constructor(problem: string) {
    super(`${problem}\n${BENCH_USAGE}`);
    this.name = 'BenchUsageError';
  }
}

/** Parses the arguments after `npm run bench --`. */
export function parseBenchArgs(argv: string[]): BenchOptions {
  let values;
  try {
    ({ values } = parseArgs({
      args: argv,
      options: {
        entries: { type: 'string', default: '1000' },
        runs: { type: 'string', default: '1' },
        seed: { type: 'string', default: '1' },
        query: { type: 'string' },
        keep: { type: 'boolean', default: false },
        rebuild: { type: 'boolean', default: false },
        'no-floor': { type: 'boolean', default: false },
      },
    }));
  } catch (error) {
    throw new BenchUsageError((error as Error).message);
  }
  return {
    entries: positiveInteger('--entries', values.entries),
    runs: positiveInteger('--runs', values.runs),
    seed: positiveInteger('--seed', values.seed),
    query: values.query?.trim() || undefined,
    keep: values.keep,
    rebuild: values.rebuild,
    floor: !values['no-floor'],
  };
}

function positiveInteger(flag: string, value: string): number {
  const n = Number(value);
  if (!/^\d+$/.test(value) || !Number.isSafeInteger(n) || n < 1) {
    throw new BenchUsageError(`${flag} must be a whole number of at least 1, got "${value}".`);
  }
  return n;
}
