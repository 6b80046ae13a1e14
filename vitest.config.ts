import { defineConfig } from 'vitest/config';
import LaneSequencer from './tests/setup/sequencer';

export default defineConfig({
  test: {
    // One test file per core, where Vitest's default leaves one core to itself: most of the work
    // here waits on other processes (Astro builds, Chromium), and their turns are taken care of
    // (builds: tests/helpers/build-lock.ts; Chromium: one browser shared by all files).
    maxWorkers: '100%',
    sequence: { sequencer: LaneSequencer },
    projects: [
      {
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.test.ts'],
          // These files leave nothing behind (env stubs are undone after each test), so they can
          // share one module cache instead of each loading its own: 3 s instead of 13 s here.
          isolate: false,
        },
      },
      {
        test: {
          name: 'build',
          include: ['tests/build/**/*.test.ts'],
          globalSetup: ['tests/setup/build-sites.ts'],
          testTimeout: 120_000,
          hookTimeout: 300_000,
        },
      },
      {
        test: {
          name: 'browser',
          include: ['tests/browser/**/*.test.ts'],
          globalSetup: ['tests/setup/build-sites.ts', 'tests/setup/chromium.ts'],
          testTimeout: 120_000,
          hookTimeout: 300_000,
        },
      },
    ],
  },
});
