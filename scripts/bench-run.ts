/**
 * One measured build, in a process of its own so its peak memory is its own:
 * Astro's build (with our content check inside its config setup) and,
 * optionally, the search index. Prints one JSON line with the phases: read
 * from Astro's own log lines as they arrive, and from the steps our code times
 * itself (src/lib/phase-times.ts), which run in this same process.
 *
 * Usage: node scripts/bench-run.ts --content DIR --out DIR [--root DIR] [--no-search]
 */
import path from 'node:path';
import { parseArgs } from 'node:util';
import { phaseTimes } from '../src/lib/phase-times.ts';
import { buildSearchIndex } from './search-index.ts';

const { values } = parseArgs({
  options: { content: { type: 'string' }, out: { type: 'string' }, root: { type: 'string' }, 'no-search': { type: 'boolean', default: false } },
});
const root = path.resolve(values.root ?? path.join(import.meta.dirname, '..'));
const out = path.resolve(values.out!);
Object.assign(process.env, { CONTENT_DIR: path.resolve(values.content!), ASTRO_OUT_DIR: out, NODE_ENV: 'production', ASTRO_TELEMETRY_DISABLED: '1' });

/** Astro's log lines that start or end a phase, in the order they come. */
const MARKS: [string, RegExp][] = [
  ['syncStart', /Syncing content/],
  ['syncEnd', /Synced content/],
  ['bundleStart', /Building static entrypoints/],
  ['pagesStart', /generating static routes/],
  ['pagesEnd', /^\S*\s*✓ Completed in/],
  ['done', /\[build\] Complete!/],
];
const marks = new Map<string, number>();
const started = performance.now();
const write = process.stdout.write.bind(process.stdout);
process.stdout.write = ((chunk: string | Uint8Array, ...rest: unknown[]) => {
  const now = performance.now();
  for (const line of String(chunk).replace(/\x1b\[[0-9;]*m/g, '').split('\n')) {
    // The first matching line of each mark counts; pagesEnd only after the pages started.
    for (const [name, pattern] of MARKS) {
      if (marks.has(name) || !pattern.test(line.trim())) continue;
      if (name === 'pagesEnd' && !marks.has('pagesStart')) continue;
      marks.set(name, now);
    }
  }
  return (process.stderr.write as (c: string | Uint8Array, ...r: unknown[]) => boolean)(chunk, ...rest);
}) as typeof process.stdout.write;

const { build } = await import('astro');
await build({ root, logLevel: 'info' });
const built = performance.now();
process.stdout.write = write;

let searchMs = 0;
let indexed = 0;
if (!values['no-search']) {
  const t = performance.now();
  indexed = await buildSearchIndex(out);
  searchMs = performance.now() - t;
}
const at = (name: string, fallback: number) => marks.get(name) ?? fallback;
const syncStart = at('syncStart', started);
const syncEnd = at('syncEnd', syncStart);
const pagesStart = at('pagesStart', syncEnd);
const pagesEnd = at('pagesEnd', built);
console.log(
  JSON.stringify({
    /** Start-up until the sync: Astro's config, our integrations (the content check and git dates are in `steps`). */
    startMs: syncStart - started,
    contentSyncMs: syncEnd - syncStart,
    /** Types, build info and Vite's bundling of the server and client code. */
    bundleMs: pagesStart - syncEnd,
    /** Page generation: getStaticPaths and every page rendered and written. */
    pageBuildMs: pagesEnd - pagesStart,
    /** After the pages: integrations' build:done (sitemap, _headers, the editor's files) and Astro's finishing. */
    finishMs: built - pagesEnd,
    searchMs,
    indexed,
    totalMs: performance.now() - started,
    maxRssMb: process.resourceUsage().maxRSS / 1024,
    steps: phaseTimes(),
  }),
);
process.exit(0);
