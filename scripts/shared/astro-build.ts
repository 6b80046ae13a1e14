/**
 * Runs a build in a child process, for the commands and tests that build a site of their own (a
 * fixture, the benchmark's corpus) and read what it prints: Astro's own `astro build`, or the
 * project's `npm run build` (scripts/build/command.ts: a staging folder swapped in, messages in
 * Chinese) or `npm run build:offline`, which is what a user runs.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { createRequire } from 'node:module';
import { dirname, resolve } from 'node:path';

const require = createRequire(import.meta.url);
// The CLI entries, run by the Node that runs the caller (npm scripts run on the pinned Node 24;
// Astro refuses older ones).
const astroBin = resolve(dirname(require.resolve('astro/package.json')), 'bin/astro.mjs');
const projectBuild = resolve(import.meta.dirname, '../build/cli.ts');
const offlineBuild = resolve(import.meta.dirname, '../offline/cli.ts');

/**
 * The most memory, in MB, a build's JavaScript heap may take. Node's own ceiling (about 4 GB on
 * a large machine, less on a small one) is reached by the build of a site of some tens of
 * thousands of entries, which then ends with "JavaScript heap out of memory" however much memory
 * the machine has; below the ceiling it changes nothing. The npm scripts that build in their own
 * process (`build`, `build:offline`) pass the same number (package.json).
 */
export const BUILD_HEAP_MB = 16384;

/** Node's option for that ceiling. */
export const BUILD_HEAP_OPTION = `--max-old-space-size=${BUILD_HEAP_MB}`;

/**
 * The environment a user's shell would give `astro build`: a test runner's own variables
 * (NODE_ENV=test, BASE_URL, MODE…) would otherwise leak into the build and change its output.
 */
export function userEnvironment(): NodeJS.ProcessEnv {
  const leaked = new Set(['NODE_ENV', 'BASE_URL', 'MODE', 'DEV', 'PROD', 'SSR', 'TEST']);
  return Object.fromEntries(
    Object.entries(process.env).filter(([name]) => !leaked.has(name) && !name.startsWith('VITEST')),
  );
}

export interface AstroBuildOptions {
  /** Arguments after `astro build`, e.g. `['--outDir', dir]`. */
  args: string[];
  cwd: string;
  /** Variables added to the user's environment (CONTENT_DIR, BASE_PATH …). */
  env?: Record<string, string> | undefined;
  /** Called once the child runs, e.g. to sample its memory. */
  onSpawn?: ((child: ChildProcess) => void) | undefined;
  /** Called with every chunk the build prints, e.g. to write a log. */
  onOutput?: ((chunk: Buffer) => void) | undefined;
}

export interface AstroBuildResult {
  exitCode: number;
  /** stdout and stderr interleaved, ANSI colours removed. */
  output: string;
}

/** Runs `astro build …` with colours off and resolves when it exits. */
export function runAstroBuild(options: AstroBuildOptions): Promise<AstroBuildResult> {
  return run([astroBin, 'build'], options);
}

/** Runs the project's build command (`npm run build -- …`) with colours off. */
export function runProjectBuild(options: AstroBuildOptions): Promise<AstroBuildResult> {
  return run([projectBuild], options);
}

/** Runs the project's offline build (`npm run build:offline -- …`) with colours off. */
export function runOfflineBuild(options: AstroBuildOptions): Promise<AstroBuildResult> {
  return run([offlineBuild], options);
}

async function run(
  command: string[],
  { args, cwd, env = {}, onSpawn, onOutput }: AstroBuildOptions,
): Promise<AstroBuildResult> {
  const child = spawn(process.execPath, [BUILD_HEAP_OPTION, ...command, ...args], {
    cwd,
    env: { ...userEnvironment(), NO_COLOR: '1', FORCE_COLOR: '0', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  onSpawn?.(child);
  let output = '';
  const collect = (chunk: Buffer) => {
    output += chunk.toString();
    onOutput?.(chunk);
  };
  child.stdout.on('data', collect);
  child.stderr.on('data', collect);
  const exitCode = await new Promise<number>((done, fail) => {
    child.on('error', fail);
    child.on('close', (code) => {
      done(code ?? 1);
    });
  });
  // eslint-disable-next-line no-control-regex
  return { exitCode, output: output.replace(/\u001b\[[0-9;]*m/g, '') };
}
