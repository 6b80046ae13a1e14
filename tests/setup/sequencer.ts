/**
 * The order test files start in. Vitest's own order runs one project's files after another's:
 * every browser file first, so both workers drive Chromium at once, then every build file, so
 * both run Astro builds, which take turns (tests/helpers/build-lock.ts) and leave one waiting.
 * On two cores two browser files side by side are hardly faster than one after the other, while
 * a browser file beside a build is. So the files are dealt into two lanes, each longest first by
 * the durations of the last run, and started in the order one worker per lane would start them.
 * One lane has the files that build a site: their builds take turns anyway, and they are the
 * longest path of a run. The other has the browser files, then the build files that only read
 * the sites the run built first or run the other commands, then the unit files, which fill the
 * core the builds leave at the end of a run.
 */
import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { BaseSequencer, type TestSpecification } from 'vitest/node';

export default class LaneSequencer extends BaseSequencer {
  override sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const durations = new Map(files.map((spec) => [spec, this.lastDuration(spec)]));
    const longestFirst = (a: TestSpecification, b: TestSpecification) =>
      durations.get(b)! - durations.get(a)!;
    const of = (project: string) =>
      files.filter((spec) => spec.project.name === project).sort(longestFirst);
    const builds = of('build');
    const building = builds.filter(buildsSites);
    // Within a lane, one project's files after the other's rather than mixed by duration: a
    // worker that has run a file is kept for the next file in the queue only if that file is of
    // the same project, and each switch of project starts a new worker process (a second or more
    // of processor time).
    const lanes: TestSpecification[][] = [
      [...of('browser'), ...builds.filter((spec) => !building.includes(spec)), ...of('unit')],
      building,
    ];
    // A file left out of the order would not run at all, and nothing would say so.
    if (lanes.flat().length !== files.length) {
      throw new Error(`The test order has ${lanes.flat().length} of the ${files.length} files.`);
    }
    const clocks = [0, 0];
    const order: TestSpecification[] = [];
    for (;;) {
      const open = [0, 1].filter((lane) => lanes[lane]!.length > 0);
      if (open.length === 0) return Promise.resolve(order);
      const lane = open.reduce((a, b) => (clocks[b]! < clocks[a]! ? b : a));
      const spec = lanes[lane]!.shift()!;
      // Files without a last run count a little, so that they alternate between the lanes.
      clocks[lane]! += Math.max(durations.get(spec)!, 1);
      order.push(spec);
    }
  }

  /** How long the file took the last time it ran here, in ms; 0 when it has not run yet. */
  private lastDuration(spec: TestSpecification): number {
    const key = `${spec.project.name}:${relative(this.ctx.config.root, spec.moduleId)}`;
    return this.ctx.cache.getFileTestResults(key)?.duration ?? 0;
  }
}

/** A call that builds a site (tests/helpers/build-site.ts, scripts/shared/astro-build.ts). */
const BUILD_CALL =
  /\b(?:buildSite|buildVariants|buildTwoVariants|withBuildLock|runProjectBuild|runOfflineBuild)\(/;

/** Whether a test file builds a site of its own, by what its text calls. */
function buildsSites(spec: TestSpecification): boolean {
  return BUILD_CALL.test(readFileSync(spec.moduleId, 'utf8'));
}
