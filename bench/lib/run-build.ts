/** Runs one `astro build` as a child process and measures it. */
import { createWriteStream } from 'node:fs';
import { runAstroBuild } from '../../scripts/shared/astro-build.ts';
import { childCpuSeconds, sampleTreeRss } from './process-tree.ts';

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
export async function measureAstroBuild({
  args,
  cwd,
  env,
  logFile,
}: BuildOptions): Promise<BuildMeasure> {
  const log = createWriteStream(logFile);
  const cpuBefore = childCpuSeconds();
  const started = performance.now();
  let rss: ReturnType<typeof sampleTreeRss> | undefined;
  const { exitCode, output } = await runAstroBuild({
    args,
    cwd,
    env,
    onSpawn: (child) => {
      rss = sampleTreeRss(child.pid ?? -1);
    },
    onOutput: (chunk) => log.write(chunk),
  });
  const seconds = (performance.now() - started) / 1000;
  const peakRssMb = rss?.stop() ?? 0;
  await new Promise((done) => log.end(done));
  return { exitCode, seconds, cpuSeconds: childCpuSeconds() - cpuBefore, peakRssMb, output };
}
