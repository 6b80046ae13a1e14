import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { defineConfig } from 'vitest/config';
import LaneSequencer from './tests/setup/sequencer.ts';

// Every Node process of the run inherits this: the workers, the test builds and the commands the
// tests start keep their compiled code, TypeScript stripped of its types included, in the folder
// `npm run build` uses too. A command started for the second time loads in half the processor
// time (about 0.5 s instead of 1 s for the workbook command); a run starts some forty of them.
process.env.NODE_COMPILE_CACHE ??= join(tmpdir(), 'node-compile-cache');

// The test files are loaded by Node itself (see `experimental` below), which reads TypeScript from
// Node 22.6 on; `npm test` runs on the project's own Node 24 (the `node` package).
if (!process.features.typescript) {
  throw new Error(
    `测试要在 Node 22.6 以上运行（本项目自带 Node 24）：请用 npm test 运行，而不是在 Node ${process.versions.node} 上直接运行 vitest。`,
  );
}

export default defineConfig({
  test: {
    // One test file per core, where Vitest's default leaves one core to itself: most of the work
    // is done in other processes (Astro builds, Chromium). Builds take turns
    // (tests/helpers/build-lock.ts), and browser files run beside the others rather than beside
    // each other (tests/setup/sequencer.ts).
    maxWorkers: '100%',
    // The test files and what they import run as Node runs the project's commands: TypeScript
    // stripped of its types by Node itself, loaded by Node's own `import` (and kept in the compile
    // cache above), instead of transformed by Vite in the main process and run through its module
    // runner. Nothing here needs Vite's transforms (no `vi.mock`, no in-source tests, imports name
    // their `.ts` files): some 5 s of the main process's time and 2 % of the run's processor time.
    experimental: { viteModuleRunner: false, nodeLoader: false },
    sequence: { sequencer: LaneSequencer },
    // No test file leaves anything behind for the next (env stubs are undone after each test, each
    // file opens and closes its own servers and browser connection), so the files of a worker
    // share one module cache instead of each loading its own: the unit files take 3 s instead of
    // 13 s, and the whole run 6 s less processor time.
    projects: [
      {
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.test.ts'],
          isolate: false,
        },
      },
      {
        test: {
          name: 'build',
          include: ['tests/build/**/*.test.ts'],
          isolate: false,
          globalSetup: ['tests/setup/build-sites.ts'],
          testTimeout: 120_000,
          hookTimeout: 300_000,
        },
      },
      {
        test: {
          name: 'browser',
          include: ['tests/browser/**/*.test.ts'],
          isolate: false,
          globalSetup: ['tests/setup/build-sites.ts', 'tests/setup/chromium.ts'],
          testTimeout: 120_000,
          hookTimeout: 300_000,
        },
      },
    ],
  },
});
