import { describe, expect, it } from 'vitest';
import { BenchUsageError, parseBenchArgs } from '../../../bench/lib/args.ts';

describe('parseBenchArgs', () => {
  it('has defaults for everything', () => {
    expect(parseBenchArgs([])).toEqual({
      entries: 1000,
      runs: 1,
      seed: 1,
      query: undefined,
      keep: false,
      rebuild: false,
      floor: true,
    });
  });

  it('reads every option', () => {
    expect(
      parseBenchArgs([
        '--entries',
        '5000',
        '--runs=3',
        '--seed',
        '7',
        '--query',
        '殡仪馆',
        '--keep',
        '--rebuild',
      ]),
    ).toEqual({
      entries: 5000,
      runs: 3,
      seed: 7,
      query: '殡仪馆',
      keep: true,
      rebuild: true,
      floor: true,
    });
    expect(parseBenchArgs(['--entries', '50000', '--no-floor'])).toMatchObject({ floor: false });
  });

  it('explains a wrong command line and shows the usage', () => {
    for (const argv of [['--entries', '0'], ['--entries', '1e3'], ['--runs', 'two'], ['--fast']]) {
      expect(() => parseBenchArgs(argv)).toThrow(BenchUsageError);
    }
    expect(() => parseBenchArgs(['--entries', 'many'])).toThrow(
      /--entries must be a whole number of at least 1, got "many"\.\nUsage: npm run bench/,
    );
  });
});
