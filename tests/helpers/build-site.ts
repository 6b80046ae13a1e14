/**
 * Builds a site the way a user does (`astro build`), in a child process, for a content folder
 * and into an output folder of the test's choosing. Returns the exit code and everything printed,
 * so tests can assert on what a user would see in their terminal.
 */
import { rm } from 'node:fs/promises';
import { resolve } from 'node:path';
import { runAstroBuild } from '../../scripts/shared/astro-build';

export const PROJECT_ROOT = resolve(import.meta.dirname, '../..');

/** Where the `deployed` test build lives: a sub-path of a configured origin. */
export const DEPLOYED = { BASE_PATH: '/zhenggai/', SITE_URL: 'https://oa.example.gov.cn' } as const;

export interface BuildResult {
  exitCode: number;
  /** stdout and stderr interleaved, ANSI colours removed. */
  output: string;
  outDir: string;
}

export interface BuildOptions {
  /** Content folder holding `reviews/`, relative to the project root. */
  contentDir: string;
  /** Output folder name under test-results/builds/. */
  name: string;
  /** Extra environment, e.g. BASE_PATH or SITE_URL. */
  env?: Record<string, string>;
}

/** Runs `astro build` for `contentDir` into `test-results/builds/<name>`. */
export async function buildSite({
  contentDir,
  name,
  env = {},
}: BuildOptions): Promise<BuildResult> {
  const outDir = resolve(PROJECT_ROOT, 'test-results/builds', name);
  await rm(outDir, { recursive: true, force: true });
  const { exitCode, output } = await runAstroBuild({
    args: ['--outDir', outDir],
    cwd: PROJECT_ROOT,
    env: { CONTENT_DIR: contentDir, ...env },
  });
  return { exitCode, output, outDir };
}
