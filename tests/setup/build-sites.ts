/**
 * Builds the sites the site tests read, once per test run: the project's own content (the seed
 * review) and the small fixture with two reviews.
 */
import type { TestProject } from 'vitest/node';
import { buildSite } from '../helpers/build-site';

declare module 'vitest' {
  export interface ProvidedContext {
    seedDist: string;
    smallDist: string;
  }
}

export default async function setup(project: TestProject) {
  for (const [key, contentDir, name] of [
    ['seedDist', './content', 'seed'],
    ['smallDist', './tests/fixtures/small', 'small'],
  ] as const) {
    const result = await buildSite({ contentDir, name });
    if (result.exitCode !== 0) {
      throw new Error(`Building ${contentDir} failed (exit ${result.exitCode}):\n${result.output}`);
    }
    project.provide(key, result.outDir);
  }
}
