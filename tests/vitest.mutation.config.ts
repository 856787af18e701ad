import { defineConfig } from 'vitest/config';

/**
 * `npm run test:mutation` (Stryker, tests/stryker.config.mjs): the unit ring
 * only. A mutant is judged by the fast tests of src/lib; no test here builds
 * the site, so a mutant run never starts Astro.
 */
export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.ts'],
  },
});
