/**
 * Builds a site the way a user does (`astro build`), in a child process, for a content folder
 * and into an output folder of the test's choosing. Returns the exit code and everything printed,
 * so tests can assert on what a user would see in their terminal.
 */
import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import { rm } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { withBuildLock } from './build-lock';

export const PROJECT_ROOT = resolve(import.meta.dirname, '../..');
// The package's CLI entry, run by the same Node that runs the tests.
const astroBin = resolve(
  dirname(createRequire(import.meta.url).resolve('astro/package.json')),
  'bin/astro.mjs',
);

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

/**
 * The environment a user's shell would give `astro build`: the test runner's own variables
 * (NODE_ENV=test, BASE_URL, MODE…) would otherwise leak into the build and change its output.
 */
export function userEnvironment(): NodeJS.ProcessEnv {
  const leaked = new Set(['NODE_ENV', 'BASE_URL', 'MODE', 'DEV', 'PROD', 'SSR', 'TEST']);
  return Object.fromEntries(
    Object.entries(process.env).filter(([name]) => !leaked.has(name) && !name.startsWith('VITEST')),
  );
}

/** Runs `astro build` for `contentDir` into `test-results/builds/<name>`, once no other test build runs. */
export function buildSite(options: BuildOptions): Promise<BuildResult> {
  return withBuildLock(() => runBuild(options));
}

/**
 * Builds one content folder in several ways at once (base path, site URL…). Builds of the same
 * content write the same `.astro/` files, so they can share the build lock; on two cores this
 * takes less time than building them in turn.
 */
export function buildVariants(
  contentDir: string,
  variants: Omit<BuildOptions, 'contentDir'>[],
): Promise<BuildResult[]> {
  return withBuildLock(() =>
    Promise.all(variants.map((variant) => runBuild({ contentDir, ...variant }))),
  );
}

async function runBuild({ contentDir, name, env = {} }: BuildOptions): Promise<BuildResult> {
  const outDir = resolve(PROJECT_ROOT, 'test-results/builds', name);
  await rm(outDir, { recursive: true, force: true });
  const child = spawn(process.execPath, [astroBin, 'build', '--outDir', outDir], {
    cwd: PROJECT_ROOT,
    env: { ...userEnvironment(), CONTENT_DIR: contentDir, NO_COLOR: '1', FORCE_COLOR: '0', ...env },
  });
  let output = '';
  const collect = (chunk: Buffer) => {
    output += chunk.toString();
  };
  child.stdout.on('data', collect);
  child.stderr.on('data', collect);
  const exitCode = await new Promise<number>((done) => {
    child.on('close', (code) => {
      done(code ?? 1);
    });
  });
  // eslint-disable-next-line no-control-regex
  return { exitCode, output: output.replace(/\u001b\[[0-9;]*m/g, ''), outDir };
}
