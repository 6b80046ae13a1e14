/**
 * A smoke run of `npm run bench` on a small corpus: it must complete and end with its JSON
 * summary. No timing is asserted; timings belong in docs/PERFORMANCE.md, measured on purpose.
 * Five entries make one review with findings, a cause and a measure, and the measured search
 * finds some of them, so every part of the run has something to do (page weights, the first
 * search's results); twenty made a second review, for a second or two of processor time more.
 * Without `--rebuild`: a third build would add some 4 s to every run of the suite, and what the
 * option adds (the measure's edit, the summary's rebuild figures) has unit tests of its own
 * (tests/unit/bench/measure-edit.test.ts, report.test.ts).
 */
import { spawn } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { userEnvironment } from '../../scripts/shared/astro-build.ts';
import { withBuildLock } from '../helpers/build-lock.ts';
import { PROJECT_ROOT } from '../helpers/build-site.ts';

function runBench(args: string[]): Promise<{ exitCode: number; stdout: string; stderr: string }> {
  const child = spawn(process.execPath, ['bench/cli.ts', ...args], {
    cwd: PROJECT_ROOT,
    env: userEnvironment(),
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  return new Promise((done) => {
    child.on('close', (code) => {
      done({ exitCode: code ?? 1, stdout, stderr });
    });
  });
}

describe('npm run bench', () => {
  it('builds a 5-entry corpus with the project and the floor, and ends with its summary', async () => {
    // The benchmark builds the project, so it waits for other test builds (see build-lock.ts).
    const { exitCode, stdout, stderr } = await withBuildLock(() => runBench(['--entries', '5']));
    expect(exitCode, stderr).toBe(0);
    const last = stdout.trimEnd().split('\n').at(-1) ?? '';
    const summary = JSON.parse(last) as Record<string, unknown>;
    expect(Object.keys(summary).sort()).toEqual(
      [
        'entries',
        'floorPeakRssMb',
        'floorSeconds',
        'projectPeakRssMb',
        'projectSeconds',
        'ratio',
      ].sort(),
    );
    expect(summary.entries).toBe(5);
    for (const value of Object.values(summary)) {
      expect(typeof value).toBe('number');
      expect(value).toBeGreaterThan(0);
    }
    expect(stdout).toMatch(/\/review-0001\/findings\/1-1\//);
    // The corpus has every kind of entry, and the measured search found some of them.
    expect(stdout).toMatch(
      /Corpus \(seed 1\): 1 reviews, [1-9]\d* findings, [1-9]\d* causes, [1-9]\d* measures/,
    );
    expect(stdout).toMatch(/First search for “[^”]+” \([1-9]\d* 个条目包含/);
  });

  it('explains a wrong command line without building anything', async () => {
    const { exitCode, stderr } = await runBench(['--entries', 'many']);
    expect(exitCode).toBe(2);
    expect(stderr).toContain('--entries must be a whole number');
    expect(stderr).toContain('Usage: npm run bench -- --entries <n>');
  });
});
