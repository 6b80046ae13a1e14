/**
 * The child process of `npm run build:offline` that builds the site: `astro build` of the offline
 * variant (SITE_VARIANT=offline, set by the parent) into the folder given as the argument. A
 * mistake in the content is printed as `npm run build` prints it, without a stack.
 */
import { build } from 'astro';
import { describeFailure } from '../shared/failure.ts';

const [outDir] = process.argv.slice(2);
if (!outDir) throw new Error('Usage: build-site.ts <outDir>');
try {
  await build({ outDir });
} catch (error) {
  console.error(`\n${describeFailure(error, { env: process.env, outcome: '离线版没有生成' })}`);
  process.exitCode = 1;
}
