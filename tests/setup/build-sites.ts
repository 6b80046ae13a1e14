/**
 * Builds the sites the site tests read, once per test run: the project's own content (the seed
 * review), the small fixture with two reviews, the seed again under a base path, and the small
 * fixture as deployed under a sub-path of a configured origin (absolute URLs, canonical links).
 */
import type { TestProject } from 'vitest/node';
import { buildSite, DEPLOYED } from '../helpers/build-site';

declare module 'vitest' {
  export interface ProvidedContext {
    seedDist: string;
    smallDist: string;
    /** The seed review built under a sub-path, as on an intranet server shared with other sites. */
    seedUnderBaseDist: string;
    /** The small fixture under /zhenggai/ on a configured origin (SITE_URL). */
    deployedDist: string;
  }
}

export default async function setup(project: TestProject) {
  for (const [key, contentDir, name, env] of [
    ['seedDist', './content', 'seed', {}],
    // A fixed build date makes the fixture's overdue measure overdue on every day the tests run.
    ['smallDist', './tests/fixtures/small', 'small', { BUILD_DATE: '2024-06-30' }],
    ['seedUnderBaseDist', './content', 'seed-under-base', { BASE_PATH: '/zhenggai/' }],
    ['deployedDist', './tests/fixtures/small', 'deployed', DEPLOYED],
  ] as const) {
    const result = await buildSite({ contentDir, name, env });
    if (result.exitCode !== 0) {
      throw new Error(`Building ${contentDir} failed (exit ${result.exitCode}):\n${result.output}`);
    }
    project.provide(key, result.outDir);
  }
}
