/**
 * Runs `astro build` in a child process, as a user's `npm run build` does, for the commands and
 * tests that build a site of their own (a fixture, the benchmark's corpus) and read what it prints.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { createRequire } from 'node:module';
import { dirname, resolve } from 'node:path';

// Astro's CLI entry, run by the Node that runs the caller (npm scripts run on the pinned Node 24;
// Astro refuses older ones).
const astroBin = resolve(
  dirname(createRequire(import.meta.url).resolve('astro/package.json')),
  'bin/astro.mjs',
);

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
export async function runAstroBuild({
  args,
  cwd,
  env = {},
  onSpawn,
  onOutput,
}: AstroBuildOptions): Promise<AstroBuildResult> {
  const child = spawn(process.execPath, [astroBin, 'build', ...args], {
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
