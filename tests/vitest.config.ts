import { defineConfig } from 'vitest/config';

/**
 * The three rings run one after another (sequence.groupOrder). Within a ring:
 * - unit: two files at a time, as the machine has two cores (39 s instead of 54 s on 2 December);
 * - build: one file at a time, because builds share .astro/ and both cores;
 * - site: one file at a time. Two at a time (2 December, 15:16) took as long as one (599 s for the whole
 *   `npm test`): the browser sweeps keep both cores busy, and the other files then only slow them down.
 */
export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.test.ts'],
          maxWorkers: 2,
          sequence: { groupOrder: 0 },
        },
      },
      {
        test: {
          name: 'build',
          include: ['tests/build/**/*.test.ts'],
          maxWorkers: 1,
          sequence: { groupOrder: 1 },
          testTimeout: 120_000,
          hookTimeout: 180_000,
        },
      },
      {
        test: {
          name: 'site',
          include: ['tests/site/**/*.test.ts'],
          globalSetup: ['tests/setup/build-site.ts'],
          maxWorkers: 1,
          sequence: { groupOrder: 2 },
          testTimeout: 60_000,
          // A search page on a busy machine answers in seconds, not in the one second expect.poll waits by default
          // (seen: 1.8 s for 'welzijn' beside a mutation run); a wrong answer still fails, only later.
          expect: { poll: { timeout: 10_000 } },
          hookTimeout: 180_000,
        },
      },
    ],
  },
});
