/**
 * The builds the benchmark compares, on the same corpus: the project itself, and the floor
 * (bench/floor: bare Astro + MDX + Pagefind), each starting cold, without Astro's cache; and the
 * project's rebuild, over its last build and cache, after an edit.
 */
import { readFileSync } from 'node:fs';
import { rename, rm } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { cacheDirFor } from '../../src/model/content-dir.ts';
import { parseBuildPhases } from './phases.ts';
import { loadAverage, type BuildResult } from './report.ts';
import { dirSize } from './dir-size.ts';
import { measureAstroBuild } from './run-build.ts';

export const PROJECT_ROOT = resolve(import.meta.dirname, '../..');

export type BuildKind = BuildResult['kind'];

/** Thrown when a build under benchmark fails; the corpus is meant to build cleanly. */
export class BenchBuildError extends Error {
  constructor(kind: BuildKind, exitCode: number, output: string, logFile: string) {
    const tail = output.trimEnd().split('\n').slice(-25).join('\n');
    super(
      `The ${kind} build failed (exit ${exitCode}). Its last lines:\n${tail}\n` +
        `Full log: ${logFile} (run with --keep to keep it). A corpus that does not build is a ` +
        'bug in the generator (bench/lib/corpus.ts) or in the build.',
    );
    this.name = 'BenchBuildError';
  }
}

/** The folder a build of `kind` writes its site to, inside the benchmark's work folder. */
export function outDirOf(work: string, kind: BuildKind): string {
  return join(work, `${isRebuild(kind) ? 'project' : kind}-dist`);
}

/** Whether a build of `kind` is the project's again, over its last build and cache. */
function isRebuild(kind: BuildKind): boolean {
  return kind === 'rebuild' || kind === 'text-rebuild';
}

/** Builds the project or the floor on `<work>/content` and measures the build. */
export async function benchBuild(work: string, kind: BuildKind, run: number): Promise<BuildResult> {
  const contentDir = join(work, 'content');
  const outDir = outDirOf(work, kind);
  const cacheDir = cacheDirOf(work, kind);
  // Removing the last site is not timed, for either kind. A rebuild goes to a new folder, as
  // `npm run build` builds into a staging folder: over the last site, Astro would first delete
  // it (2.4 s of processor time at 1,000 entries here), and `npm run build` does that after the
  // new site is in place.
  const previous = `${outDir}.previous`;
  if (isRebuild(kind)) {
    await rename(outDir, previous).catch((error: unknown) => {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    });
  } else await rm(cacheDir, { recursive: true, force: true });
  await rm(outDir, { recursive: true, force: true });
  const logFile = join(work, `${kind}-${run}.log`);
  const loadBefore = currentLoad();
  const measure = await measureAstroBuild({
    args: kind === 'floor' ? ['--root', 'bench/floor', '--outDir', outDir] : ['--outDir', outDir],
    cwd: PROJECT_ROOT,
    env: { CONTENT_DIR: contentDir, FLOOR_CACHE_DIR: cacheDir },
    logFile,
  });
  const loadAfter = currentLoad();
  await rm(previous, { recursive: true, force: true });
  if (measure.exitCode !== 0) {
    throw new BenchBuildError(kind, measure.exitCode, measure.output, logFile);
  }
  return {
    kind,
    run,
    seconds: measure.seconds,
    cpuSeconds: measure.cpuSeconds,
    phases: parseBuildPhases(measure.output),
    peakRssMb: measure.peakRssMb,
    distBytes: (await dirSize(outDir)).bytes,
    loadBefore,
    loadAfter,
  };
}

/**
 * Astro's content cache of a build. The project derives it from CONTENT_DIR (under its own
 * node_modules), so it has to be removed when the benchmark ends; the floor's is in `work`.
 */
export function cacheDirOf(work: string, kind: BuildKind): string {
  if (kind === 'floor') return join(work, 'floor-cache');
  return resolve(PROJECT_ROOT, cacheDirFor(join(work, 'content')) ?? 'node_modules/.astro');
}

function currentLoad(): number {
  return loadAverage(readFileSync('/proc/loadavg', 'utf8'));
}
