/**
 * `npm run bench`: the site's build cost at scale, against the floor Astro sets.
 * For each N (default 1,000 and 10,000) it generates a deterministic corpus,
 * builds it the way `npm run build` does (check, sync, pages, search index), then
 * builds the same news entries as a bare Astro site with a one-line layout (the
 * floor) and times Pagefind over the floor's pages (floor plus search), then
 * rebuilds ours after changing one entry. The real site is measured
 * too. Everything is printed as tables; nothing here asserts a time.
 *
 * Usage: node scripts/bench.ts [--sizes 1000,10000]
 */
import { spawnSync } from 'node:child_process';
import { appendFileSync, mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import * as pagefind from 'pagefind';
import { globSync } from 'tinyglobby';
import { formatTable } from '../src/lib/weight.ts';
import { withoutRunnerEnv } from './child-env.ts';
import { generateCorpus } from './generate-corpus.ts';

const root = path.resolve(import.meta.dirname, '..');
const work = path.join(root, 'bench-out');
const { values } = parseArgs({ options: { sizes: { type: 'string', default: '1000,10000' } } });
const sizes = values.sizes!.split(',').map(Number);

interface Run {
  validationMs: number;
  contentSyncMs: number;
  pageBuildMs: number;
  searchMs: number;
  indexed: number;
  totalMs: number;
  maxRssMb: number;
}

/**
 * Removes an output folder before a timed step, and lets the deletions reach the disk
 * first so they do not land in that step's time. Every timed build gets a fresh folder,
 * as `npm run build` has (its staging folder): Astro would otherwise spend seconds
 * emptying the previous run's 13,000 pages, which is no part of building.
 */
function clearBeforeTiming(folder: string) {
  rmSync(folder, { recursive: true, force: true });
  spawnSync('sync');
}

function measure(content: string, out: string, options: { root?: string; search?: boolean } = {}): Run {
  clearBeforeTiming(out);
  const args = [path.join(root, 'scripts/bench-run.ts'), '--content', content, '--out', out];
  if (options.root) args.push('--root', options.root);
  if (options.search === false) args.push('--no-search');
  const result = spawnSync(process.execPath, args, { cwd: root, encoding: 'utf8', env: withoutRunnerEnv(process.env), maxBuffer: 64 * 1024 * 1024 });
  const line = result.stdout.trim().split('\n').at(-1) ?? '';
  if (result.status !== 0 || !line.startsWith('{')) throw new Error(`bench-run mislukt:\n${result.stderr.slice(-3000)}`);
  return JSON.parse(line) as Run;
}

/** A bare Astro 7 site: the news entries, one page each, a one-line layout. */
function writeFloorProject(dir: string) {
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
async function pagefindAlone(dist: string, outputPath = path.join(dist, 'pagefind')): Promise<number> {
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

function folderBytes(dir: string, pattern = '**/*'): number {
  return globSync(pattern, { cwd: dir }).reduce((sum, f) => sum + statSync(path.join(dir, f)).size, 0);
}

/** Average HTML bytes per page type, and the CSS every page loads. */
function bytesPerType(dist: string): string[][] {
  const types: [string, RegExp][] = [
    ['nieuws', /^nieuws\/(?!categorie|tag|\d)[^/]+\/index\.html$/],
    ['netwerk', /^netwerken\/[^/]+\/index\.html$/],
    ['project', /^projecten\/(?!status)[^/]+\/index\.html$/],
    ['pact', /^pacten\/[^/]+\/index\.html$/],
    ['thema', /^themas\/[^/]+\/index\.html$/],
    ['organisatie', /^organisaties\/[^/]+\/index\.html$/],
    ['lijst', /^(nieuws|projecten|netwerken|organisaties|pacten|themas)\/(\d+\/)?index\.html$/],
  ];
  const files = globSync('**/*.html', { cwd: dist, ignore: ['pagefind/**', 'beheer/**'] });
  const css = folderBytes(path.join(dist, '_astro'), '*.css');
  return types.map(([type, pattern]) => {
    const matched = files.filter((f) => pattern.test(f));
    const avg = matched.length ? matched.reduce((s, f) => s + statSync(path.join(dist, f)).size, 0) / matched.length : 0;
    return [type, String(matched.length), (avg / 1024).toFixed(1), (css / 1024).toFixed(1)];
  });
}

const s = (ms: number) => (ms / 1000).toFixed(1);
const mb = (bytes: number) => (bytes / 1024 / 1024).toFixed(1);

/**
 * Where our time goes against the floor, phase by phase. "Pagefind alleen" is
 * Pagefind over our built pages without the compound step: the part of our
 * index time that is Pagefind's own.
 */
function phaseTable(ours: Run, floor: Run, floorSearchMs: number, pagefindOnOurs: number): string {
  const rest = (run: Run) => run.totalMs - run.validationMs - run.contentSyncMs - run.pageBuildMs - run.searchMs;
  const rows: [string, number, number][] = [
    ['controle', ours.validationMs, floor.validationMs],
    ['sync', ours.contentSyncMs, floor.contentSyncMs],
    ['pagina’s', ours.pageBuildMs, floor.pageBuildMs],
    [`zoekindex (Pagefind alleen: ${s(pagefindOnOurs)} s)`, ours.searchMs, floorSearchMs],
    ['opstart en afronding', rest(ours), rest(floor)],
    ['totaal', ours.totalMs, floor.totalMs + floorSearchMs],
  ];
  const table = formatTable([['fase', 'ons s', 'vloer+zoek s', 'verschil s'], ...rows.map(([phase, a, b]) => [phase, s(a), s(b), s(a - b)])]);
  return `${table}\npiek RSS van het buildproces: ons ${ours.maxRssMb.toFixed(0)} MB, vloer ${floor.maxRssMb.toFixed(0)} MB`;
}

const cpu = os.cpus()[0]?.model ?? 'onbekende cpu';
const astroVersion = JSON.parse(readFileSync(path.join(root, 'node_modules/astro/package.json'), 'utf8')).version;
const machine = `Machine: ${cpu}, ${os.cpus().length} cores, ${(os.totalmem() / 1024 ** 3).toFixed(0)} GB, ${os.platform()} ${os.release()}, Node ${process.version}, Astro ${astroVersion}`;
console.log(machine);

const results: string[][] = [['site', 'entries', 'pagina’s', 'controle s', 'sync s', 'pagina’s s', 'zoekindex s', 'totaal s', 'pag/s', 'piek RSS MB', 'dist MB', 'index MB', 'vloer s', 'ratio', 'vloer+zoek s', 'ratio', 'warm s']];
const perEntry = new Map<number, number>();
const typeTables: string[] = [];
const phaseTables: string[] = [];
const floorDir = path.join(work, 'floor');
writeFloorProject(floorDir);

async function row(name: string, entries: number, content: string, withFloor: boolean) {
  const dist = path.join(work, `dist-${name}`);
  process.stderr.write(`… ${name}: onze build\n`);
  const ours = measure(content, dist);
  const pages = globSync('**/*.html', { cwd: dist, ignore: ['pagefind/**', 'beheer/**'] }).length;
  let floor: Run | undefined;
  let floorSearchMs = 0;
  let warm: Run | undefined;
  if (withFloor) {
    process.stderr.write(`… ${name}: kale Astro-vloer\n`);
    floor = measure(content, path.join(work, `floor-dist-${name}`), { root: floorDir, search: false });
    process.stderr.write(`… ${name}: Pagefind op de vloer\n`);
    floorSearchMs = await pagefindAlone(path.join(work, `floor-dist-${name}`));
    process.stderr.write(`… ${name}: Pagefind alleen, op onze pagina’s\n`);
    const pagefindOnOurs = await pagefindAlone(dist, path.join(work, `pagefind-alleen-${name}`));
    phaseTables.push(`${name}:\n${phaseTable(ours, floor, floorSearchMs, pagefindOnOurs)}`);
    const changed = globSync('news/*.md', { cwd: content })[0]!;
    appendFileSync(path.join(content, changed), '\nEen gewijzigde zin voor de warme build.\n');
    process.stderr.write(`… ${name}: warme build na één wijziging\n`);
    warm = measure(content, dist);
  }
  perEntry.set(entries, ours.totalMs / entries);
  results.push([
    name,
    String(entries),
    String(pages),
    s(ours.validationMs),
    s(ours.contentSyncMs),
    s(ours.pageBuildMs),
    s(ours.searchMs),
    s(ours.totalMs),
    (pages / (ours.totalMs / 1000)).toFixed(0),
    ours.maxRssMb.toFixed(0),
    mb(folderBytes(dist)),
    mb(folderBytes(path.join(dist, 'pagefind'))),
    floor ? s(floor.totalMs) : '–',
    floor ? `${(ours.totalMs / floor.totalMs).toFixed(2)}×` : '–',
    floor ? s(floor.totalMs + floorSearchMs) : '–',
    floor ? `${(ours.totalMs / (floor.totalMs + floorSearchMs)).toFixed(2)}×` : '–',
    warm ? s(warm.totalMs) : '–',
  ]);
  typeTables.push(`${name}:\n${formatTable([['type', 'pagina’s', 'HTML KB gem.', 'CSS KB'], ...bytesPerType(dist)])}`);
}

await row('echte-site', globSync('*/*.{md,mdx,yaml}', { cwd: path.join(root, 'content') }).length, path.join(root, 'content'), false);
for (const n of sizes) {
  const corpus = path.join(work, `corpus-${n}`);
  generateCorpus(corpus, n, 42);
  await row(`synthetisch-${n}`, n, corpus, true);
}

console.log(`\n${formatTable(results)}`);
console.log('\n(totaal = controle + sync + pagina’s + zoekindex + opstart; piek-RSS is die van het buildproces, zonder het Pagefind-hulpproces; vloer = kale Astro-build van dezelfde nieuwsberichten; vloer+zoek = die vloer plus Pagefind over al zijn pagina’s)');
if (perEntry.has(1000) && perEntry.has(10000)) {
  console.log(`\nKosten per entry: ${(perEntry.get(1000)!).toFixed(2)} ms bij 1.000, ${(perEntry.get(10000)!).toFixed(2)} ms bij 10.000: verhouding ${(perEntry.get(10000)! / perEntry.get(1000)!).toFixed(2)}×`);
}
console.log(`\nPer fase, tegen de vloer met Pagefind:\n\n${phaseTables.join('\n\n')}`);
console.log(`\nHTML en CSS per paginatype:\n\n${typeTables.join('\n\n')}`);
