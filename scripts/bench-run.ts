/**
 * One measured build, in a process of its own so its peak memory is its own:
 * the content check (inside Astro's config setup), content sync, page build
 * and, optionally, search indexing. Prints one JSON line with the timings.
 *
 * Usage: node scripts/bench-run.ts --content DIR --out DIR [--root DIR] [--no-search]
 */
import path from 'node:path';
import { parseArgs } from 'node:util';
import { buildSearchIndex } from './search-index.ts';

const { values } = parseArgs({
  options: { content: { type: 'string' }, out: { type: 'string' }, root: { type: 'string' }, 'no-search': { type: 'boolean', default: false } },
});
const root = path.resolve(values.root ?? path.join(import.meta.dirname, '..'));
const out = path.resolve(values.out!);
Object.assign(process.env, { CONTENT_DIR: path.resolve(values.content!), ASTRO_OUT_DIR: out, NODE_ENV: 'production', ASTRO_TELEMETRY_DISABLED: '1' });

// Phase boundaries are read from Astro's own log lines, timed as they arrive.
const marks = new Map<string, number>();
const started = performance.now();
const write = process.stdout.write.bind(process.stdout);
process.stdout.write = ((chunk: string | Uint8Array, ...rest: unknown[]) => {
  const text = String(chunk);
  const now = performance.now();
  if (text.includes('Syncing content')) marks.set('syncStart', now);
  if (text.includes('Synced content')) marks.set('syncEnd', now);
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
const check = (globalThis as { contentCheck?: { files: number; ms: number } }).contentCheck;
const syncStart = marks.get('syncStart') ?? started;
const syncEnd = marks.get('syncEnd') ?? syncStart;
console.log(
  JSON.stringify({
    validationMs: check?.ms ?? 0,
    contentSyncMs: syncEnd - syncStart,
    pageBuildMs: built - syncEnd,
    searchMs,
    indexed,
    totalMs: performance.now() - started,
    maxRssMb: process.resourceUsage().maxRSS / 1024,
  }),
);
process.exit(0);
