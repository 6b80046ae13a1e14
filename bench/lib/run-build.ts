/** Runs one `astro build` as a child process and measures it. */
import { spawn } from 'node:child_process';
import { createWriteStream } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, resolve } from 'node:path';
import { userEnvironment } from '../../tests/helpers/build-site';
import { childCpuSeconds, sampleTreeRss } from './process-tree';

// Astro's CLI entry, run by the Node that runs the benchmark (Astro refuses older ones).
const astroBin = resolve(
  dirname(createRequire(import.meta.url).resolve('astro/package.json')),
  'bin/astro.mjs',
);

export interface BuildOptions {
  /** Arguments after `astro build`, e.g. `['--outDir', dir]`. */
  args: string[];
  cwd: string;
  env: Record<string, string>;
  /** Where everything the build prints is written. */
  logFile: string;
}

export interface BuildMeasure {
  exitCode: number;
  /** Wall-clock seconds from start to exit. */
  seconds: number;
  /** CPU seconds of the whole tree (Node and Pagefind), user and system. */
  cpuSeconds: number;
  /** Highest summed RSS of the tree, in MB. */
  peakRssMb: number;
  /** What the build printed, colours off. */
  output: string;
}

/** Runs `astro build …`, sampling its process tree, and returns the measures. */
export async function runAstroBuild({
  args,
  cwd,
  env,
  logFile,
}: BuildOptions): Promise<BuildMeasure> {
  const log = createWriteStream(logFile);
  const cpuBefore = childCpuSeconds();
  const started = performance.now();
  const child = spawn(process.execPath, [astroBin, 'build', ...args], {
    cwd,
    env: { ...userEnvironment(), NO_COLOR: '1', FORCE_COLOR: '0', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const rss = sampleTreeRss(child.pid ?? -1);
  let output = '';
  const collect = (chunk: Buffer) => {
    output += chunk.toString();
    log.write(chunk);
  };
  child.stdout.on('data', collect);
  child.stderr.on('data', collect);
  const exitCode = await new Promise<number>((done, fail) => {
    child.on('error', fail);
    child.on('close', (code) => {
      done(code ?? 1);
    });
  });
  const seconds = (performance.now() - started) / 1000;
  const peakRssMb = await rss.stop();
  await new Promise((done) => log.end(done));
  return { exitCode, seconds, cpuSeconds: childCpuSeconds() - cpuBefore, peakRssMb, output };
}
