/**
 * Astro's cache folder (content store, incremental build cache) for one content
 * root: one per root, so builds of test and benchmark content never mix. Relative
 * to the project; astro.config.mjs and the benchmarks read it here.
 */
export const cacheDirFor = (contentDir: string) => `./node_modules/.astro/${contentDir.replace(/[^a-zA-Z0-9]+/g, '_')}`;
