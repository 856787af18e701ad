import { defineConfig } from 'vitest/config';

/** `npm run test:incremental`: an incremental build against a cold one (three real builds, a few minutes). */
export default defineConfig({
  test: {
    include: ['tests/incremental/**/*.test.ts'],
    testTimeout: 120_000,
    hookTimeout: 600_000,
  },
});
