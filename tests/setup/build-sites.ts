/**
 * Builds the sites the site tests read, once per test run: the project's own content (the seed
 * review), the small fixture with two reviews, the small fixture as deployed under a sub-path of
 * a configured origin (base path, absolute URLs, canonical links), and the small fixture built for
 * the offline copy (the folder `npm run build:offline` packages), and the fixture of the features the
 * small one does not use (tests/fixtures/features). Every variant costs a build at
 * the start of every run, before any build or browser test can start: the seed is built once.
 *
 * Vitest runs a global setup once for every project that lists it (here: build and browser), in
 * the same process; the builds are shared through `globalThis`, so they happen once.
 */
import type { TestProject } from 'vitest/node';
import { buildSite, buildVariants, DEPLOYED, type BuildResult } from '../helpers/build-site.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    seedDist: string;
    smallDist: string;
    /** The small fixture under /zhenggai/ on a configured origin (SITE_URL). */
    deployedDist: string;
    /** The small fixture built as the offline copy's site (SITE_VARIANT=offline), not packaged. */
    offlineSmallDist: string;
    /**
     * The reviews that use what the small fixture does not (components and images, an extension
     * under 申请延期), built once on 2024-06-30, and what its build printed (its warnings).
     */
    featuresDist: string;
    featuresLog: string;
  }
}

type Sites = Record<
  'seedDist' | 'smallDist' | 'deployedDist' | 'offlineSmallDist' | 'featuresDist' | 'featuresLog',
  string
>;

function outDirOf(build: BuildResult, contentDir: string): string {
  if (build.exitCode !== 0) {
    throw new Error(`Building ${contentDir} failed (exit ${build.exitCode}):\n${build.output}`);
  }
  return build.outDir;
}

async function buildSites(): Promise<Sites> {
  const seed = await buildSite({ contentDir: './content', name: 'seed' });
  // A fixed build date makes the fixture's overdue measure overdue on every day the tests run.
  const [small, deployed, offline] = await buildVariants('./tests/fixtures/small', [
    { name: 'small', env: { BUILD_DATE: '2024-06-30' } },
    { name: 'deployed', env: DEPLOYED },
    { name: 'offline-small', env: { SITE_VARIANT: 'offline', BUILD_DATE: '2024-06-30' } },
  ]);
  const features = await buildSite({
    contentDir: './tests/fixtures/features',
    name: 'features',
    env: { BUILD_DATE: '2024-06-30' },
  });
  return {
    featuresDist: outDirOf(features, './tests/fixtures/features'),
    featuresLog: features.output,
    seedDist: outDirOf(seed, './content'),
    smallDist: outDirOf(small!, './tests/fixtures/small'),
    deployedDist: outDirOf(deployed!, './tests/fixtures/small'),
    offlineSmallDist: outDirOf(offline!, './tests/fixtures/small'),
  };
}

const shared = globalThis as { reviewSiteTestSites?: Promise<Sites> };

export default async function setup(project: TestProject) {
  shared.reviewSiteTestSites ??= buildSites();
  const sites = await shared.reviewSiteTestSites;
  for (const [key, outDir] of Object.entries(sites) as [keyof Sites, string][]) {
    project.provide(key, outDir);
  }
}
