import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    // Builds share .astro/ and both cores: one test file at a time.
    fileParallelism: false,
    projects: [
      {
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.test.ts'],
        },
      },
      {
        test: {
          name: 'build',
          include: ['tests/build/**/*.test.ts'],
          testTimeout: 120_000,
          hookTimeout: 180_000,
        },
      },
      {
        test: {
          name: 'site',
          include: ['tests/site/**/*.test.ts'],
          globalSetup: ['tests/setup/build-site.ts'],
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
