/**
 * What `npm run bench` and `npm run bench:guard` share: one cold build of ours
 * or of the floor in a process of its own (scripts/bench-run.ts), the floor
 * itself (a bare Astro 7 site that builds the same news entries with a one-line
 * layout), Pagefind alone over a built site, and the phase table that puts
 * every second of ours against the floor's.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import * as pagefind from 'pagefind';
import { cacheDirFor } from '../src/lib/cache-dir.ts';
import { formatTable } from '../src/lib/weight.ts';
import { withoutRunnerEnv } from './child-env.ts';

export const root = path.resolve(import.meta.dirname, '..');
export const work = path.join(root, 'bench-out');
export const floorDir = path.join(work, 'floor');

export interface Run {
  startMs: number;
  contentSyncMs: number;
  bundleMs: number;
  pageBuildMs: number;
  finishMs: number;
  searchMs: number;
  indexed: number;
  totalMs: number;
  maxRssMb: number;
  /** Our own timed steps (src/lib/phase-times.ts): the check, git dates, the index's parts. */
  steps: Record<string, number>;
  /** The 1-minute load average when the run started: timings on a shared machine are read by it. */
  load: number;
}

/**
 * Removes an output folder before a timed step, and lets the deletions reach the disk
 * first so they do not land in that step's time. Every timed build gets a fresh folder,
 * as `npm run build` has (its staging folder): Astro would otherwise spend seconds
 * emptying the previous run's 13,000 pages, which is no part of building.
 */
export function clearBeforeTiming(...folders: string[]) {
  for (const folder of folders) rmSync(folder, { recursive: true, force: true });
  spawnSync('sync');
}

/**
 * One build in a process of its own. `cold` (the default) first removes Astro's cache
 * for this content (content store, incremental build cache), as a first build has it;
 * `cold: false` keeps it, for a build after a change.
 */
export function measure(content: string, out: string, options: { root?: string; search?: boolean; cold?: boolean; env?: NodeJS.ProcessEnv } = {}): Run {
  const projectRoot = options.root ?? root;
  const caches = options.cold === false ? [] : [path.resolve(projectRoot, projectRoot === root ? cacheDirFor(content) : 'node_modules/.astro')];
  clearBeforeTiming(out, ...caches);
  const args = [path.join(root, 'scripts/bench-run.ts'), '--content', content, '--out', out, '--root', projectRoot];
  if (options.search === false) args.push('--no-search');
  const load = os.loadavg()[0]!;
  const result = spawnSync(process.execPath, args, { cwd: root, encoding: 'utf8', env: { ...withoutRunnerEnv(process.env), ...options.env }, maxBuffer: 256 * 1024 * 1024 });
  const line = result.stdout.trim().split('\n').at(-1) ?? '';
  if (result.status !== 0 || !line.startsWith('{')) throw new Error(`bench-run mislukt:\n${result.stderr.slice(-3000)}`);
  return { ...(JSON.parse(line) as Omit<Run, 'load'>), load };
}

/** A bare Astro 7 site: the news entries, one page each, a one-line layout. */
export function writeFloorProject(dir = floorDir) {
  mkdirSync(path.join(dir, 'src/pages/nieuws'), { recursive: true });
  writeFileSync(
    path.join(dir, 'astro.config.mjs'),
    "import { defineConfig } from 'astro/config';\nexport default defineConfig({ outDir: process.env.ASTRO_OUT_DIR, cacheDir: `./node_modules/.astro/floor-${(process.env.CONTENT_DIR ?? '').replace(/[^a-z0-9]+/gi, '_')}` });\n",
  );
  writeFileSync(
    path.join(dir, 'src/content.config.ts'),
    "import { defineCollection } from 'astro:content';\nimport { glob } from 'astro/loaders';\nexport const collections = { news: defineCollection({ loader: glob({ pattern: '*.md', base: `${process.env.CONTENT_DIR}/news` }) }) };\n",
  );
  writeFileSync(
    path.join(dir, 'src/pages/nieuws/[id].astro'),
    "---\nimport { getCollection, render } from 'astro:content';\nexport async function getStaticPaths() { return (await getCollection('news')).map((entry) => ({ params: { id: entry.id }, props: { entry } })); }\nconst { Content } = await render(Astro.props.entry);\n---\n<html lang=\"nl\"><body><Content /></body></html>\n",
  );
}

/**
 * Pagefind on its own over a built site, every page, no compound step: what
 * search costs any Astro site, to put next to the floor.
 */
export async function pagefindAlone(dist: string, outputPath = path.join(dist, 'pagefind')): Promise<number> {
  clearBeforeTiming(outputPath);
  const started = performance.now();
  const { index, errors } = await pagefind.createIndex({ forceLanguage: 'nl' });
  if (!index) throw new Error(errors.join('; '));
  const added = await index.addDirectory({ path: dist, glob: '**/*.html' });
  if (added.errors.length) throw new Error(added.errors.join('; '));
  await index.writeFiles({ outputPath });
  await pagefind.close();
  return performance.now() - started;
}

/** The floor with search: the bare site's build, then Pagefind over its pages. */
export async function measureFloor(content: string, out: string): Promise<{ floor: Run; searchMs: number; totalMs: number }> {
  const floor = measure(content, out, { root: floorDir, search: false });
  const searchMs = await pagefindAlone(out);
  return { floor, searchMs, totalMs: floor.totalMs + searchMs };
}

export const seconds = (ms: number) => (ms / 1000).toFixed(1);

/**
 * Where our time goes against the floor with Pagefind, phase by phase. Our own
 * steps (check, git dates, the index's compound marks and copies) are taken out
 * of the Astro phase they run in, so each second is counted once.
 */
export function phaseTable(ours: Run, floor: Run, floorSearchMs: number, pagefindOnOursMs?: number): string {
  const step = (name: string) => ours.steps[name] ?? 0;
  const gitInPages = step('git-datums (pagina’s)');
  const rows: [string, number, number][] = [
    ['opstart (config, integraties)', ours.startMs - step('controle') - step('git-datums (controle)'), floor.startMs],
    ['inhoudscontrole', step('controle'), 0],
    ['git-datums', step('git-datums (controle)') + gitInPages, 0],
    ['content sync', ours.contentSyncMs, floor.contentSyncMs],
    ['typen en bundelen (Vite)', ours.bundleMs, floor.bundleMs],
    ['pagina’s', ours.pageBuildMs - gitInPages, floor.pageBuildMs],
    ['na de pagina’s (sitemap, _headers, beheer)', ours.finishMs, floor.finishMs],
    ['zoekindex: kopieën met samenstellingen (woordenboek, lezen, markeren, tellen, schrijven; in draden)', step('zoekindex: kopieën'), 0],
    [`zoekindex: Pagefind${pagefindOnOursMs ? ` (alleen, op onze pagina’s: ${seconds(pagefindOnOursMs)} s)` : ''}`, step('zoekindex: Pagefind'), floorSearchMs],
    ['zoekindex: woordenlijst', step('zoekindex: woordenlijst'), 0],
  ];
  const accounted = rows.reduce((sum, [, a]) => sum + a, 0);
  rows.push(['rest', ours.totalMs - accounted, 0], ['totaal', ours.totalMs, floor.totalMs + floorSearchMs]);
  const table = formatTable([['fase', 'ons s', 'vloer+zoek s', 'verschil s'], ...rows.map(([phase, a, b]) => [phase, seconds(a), seconds(b), seconds(a - b)])]);
  return `${table}\npiek RSS van het buildproces: ons ${ours.maxRssMb.toFixed(0)} MB, vloer ${floor.maxRssMb.toFixed(0)} MB`;
}
