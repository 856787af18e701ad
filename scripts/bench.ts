/**
 * `npm run bench`: the site's build cost at scale, against the floor Astro sets.
 * For each N (default 1,000 and 10,000) it generates the deterministic corpus
 * (realistic Dutch word statistics, scripts/corpus-words.ts), builds it cold the
 * way `npm run build` does (check, sync, pages, search index), then builds the
 * same news entries as a bare Astro site with a one-line layout (the floor) and
 * times Pagefind over the floor's pages (floor plus search), then builds ours
 * again with Astro's cache kept: once unchanged, once after one edited news
 * item. The real site is measured too. Everything is printed as tables, with
 * the phase table of where every extra second goes; nothing here asserts a time
 * (`npm run bench:guard` does).
 *
 * Usage: node scripts/bench.ts [--sizes 1000,10000]
 */
import { appendFileSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { globSync } from 'tinyglobby';
import { formatTable } from '../src/lib/weight.ts';
import { measure, measureFloor, pagefindAlone, phaseTable, root, seconds as s, work, writeFloorProject, type Run } from './bench-lib.ts';
import { pagesPerWord, queryWords } from './corpus-words.ts';
import { generateCorpus } from './generate-corpus.ts';

const { values } = parseArgs({ options: { sizes: { type: 'string', default: '1000,10000' } } });
const sizes = values.sizes!.split(',').map(Number);

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

const mb = (bytes: number) => (bytes / 1024 / 1024).toFixed(1);

/** The corpus's words: how many different ones, and on how many entries the query words from common to rare stand. */
function corpusWords(content: string): string {
  const files = globSync('*/*.md', { cwd: content, absolute: true });
  const pages = pagesPerWord(files.map((file) => readFileSync(file, 'utf8')));
  const queries = queryWords(pages, files.length);
  return `${pages.size.toLocaleString('nl-NL')} verschillende woorden in ${files.length} Markdown-entries; zoekwoorden (entries): ${queries.map((q) => `${q.word} ${q.pages}`).join(', ')}`;
}

const cpu = os.cpus()[0]?.model ?? 'onbekende cpu';
const astroVersion = JSON.parse(readFileSync(path.join(root, 'node_modules/astro/package.json'), 'utf8')).version;
const machine = `Machine: ${cpu}, ${os.cpus().length} cores, ${(os.totalmem() / 1024 ** 3).toFixed(0)} GB, ${os.platform()} ${os.release()}, Node ${process.version}, Astro ${astroVersion}`;
console.log(machine);

const results: string[][] = [['site', 'entries', 'pagina’s', 'totaal s', 'pag/s', 'piek RSS MB', 'dist MB', 'index MB', 'vloer s', 'ratio', 'vloer+zoek s', 'ratio', 'warm s', 'één bericht s', 'load']];
const perEntry = new Map<number, number>();
const typeTables: string[] = [];
const phaseTables: string[] = [];
const corpusLines: string[] = [];
writeFloorProject();

/** One news item edited as an editor would: a new title (lists, neighbours, related and feed show it) and a sentence more. */
function editOneNewsItem(content: string) {
  const file = path.join(content, globSync('news/*.md', { cwd: content }).sort()[0]!);
  writeFileSync(file, readFileSync(file, 'utf8').replace(/^title: .*$/m, 'title: Een gewijzigde titel voor de build na één wijziging'));
  appendFileSync(file, '\nEen gewijzigde zin voor de build na één wijziging.\n');
}

async function row(name: string, entries: number, content: string, withFloor: boolean) {
  const dist = path.join(work, `dist-${name}`);
  process.stderr.write(`… ${name}: onze build, koud\n`);
  const ours = measure(content, dist);
  const pages = globSync('**/*.html', { cwd: dist, ignore: ['pagefind/**', 'beheer/**'] }).length;
  let floor: Awaited<ReturnType<typeof measureFloor>> | undefined;
  let warm: Run | undefined;
  let oneEdit: Run | undefined;
  if (withFloor) {
    process.stderr.write(`… ${name}: kale Astro-vloer met Pagefind\n`);
    floor = await measureFloor(content, path.join(work, `floor-dist-${name}`));
    process.stderr.write(`… ${name}: Pagefind alleen, op onze pagina’s\n`);
    const pagefindOnOurs = await pagefindAlone(dist, path.join(work, `pagefind-alleen-${name}`));
    phaseTables.push(`${name}:\n${phaseTable(ours, floor.floor, floor.searchMs, pagefindOnOurs)}`);
    // Both into a fresh folder with Astro's cache kept, as `npm run build` does after the cold build.
    process.stderr.write(`… ${name}: warme build zonder wijziging\n`);
    warm = measure(content, path.join(work, `dist-warm-${name}`), { cold: false });
    editOneNewsItem(content);
    process.stderr.write(`… ${name}: build na één gewijzigd bericht\n`);
    oneEdit = measure(content, path.join(work, `dist-warm-${name}`), { cold: false });
  }
  perEntry.set(entries, ours.totalMs / entries);
  results.push([
    name,
    String(entries),
    String(pages),
    s(ours.totalMs),
    (pages / (ours.totalMs / 1000)).toFixed(0),
    ours.maxRssMb.toFixed(0),
    mb(folderBytes(dist)),
    mb(folderBytes(path.join(dist, 'pagefind'))),
    floor ? s(floor.floor.totalMs) : '–',
    floor ? `${(ours.totalMs / floor.floor.totalMs).toFixed(2)}×` : '–',
    floor ? s(floor.totalMs) : '–',
    floor ? `${(ours.totalMs / floor.totalMs).toFixed(2)}×` : '–',
    warm ? s(warm.totalMs) : '–',
    oneEdit ? `${s(oneEdit.totalMs)} (${((100 * oneEdit.totalMs) / ours.totalMs).toFixed(0)} %)` : '–',
    ours.load.toFixed(1),
  ]);
  typeTables.push(`${name}:\n${formatTable([['type', 'pagina’s', 'HTML KB gem.', 'CSS KB'], ...bytesPerType(dist)])}`);
}

await row('echte-site', globSync('*/*.{md,mdx,yaml}', { cwd: path.join(root, 'content') }).length, path.join(root, 'content'), false);
for (const n of sizes) {
  const corpus = path.join(work, `corpus-${n}`);
  generateCorpus(corpus, n, 42);
  corpusLines.push(`${n}: ${corpusWords(corpus)}`);
  await row(`synthetisch-${n}`, n, corpus, true);
}

console.log(`\n${formatTable(results)}`);
console.log('\n(totaal: alles, koud, in een lege map; piek-RSS is die van het buildproces, zonder het Pagefind-hulpproces; vloer = kale Astro-build van dezelfde nieuwsberichten; vloer+zoek = die vloer plus Pagefind over al zijn pagina’s; warm = opnieuw zonder wijziging, één bericht = na één gewijzigd nieuwsbericht (titel en tekst), beide met de cache van Astro en in een lege map, als npm run build; % van koud)');
console.log(`\nCorpus:\n${corpusLines.join('\n')}`);
if (perEntry.has(1000) && perEntry.has(10000)) {
  console.log(`\nKosten per entry: ${(perEntry.get(1000)!).toFixed(2)} ms bij 1.000, ${(perEntry.get(10000)!).toFixed(2)} ms bij 10.000: verhouding ${(perEntry.get(10000)! / perEntry.get(1000)!).toFixed(2)}×`);
}
console.log(`\nPer fase, tegen de vloer met Pagefind:\n\n${phaseTables.join('\n\n')}`);
console.log(`\nHTML en CSS per paginatype:\n\n${typeTables.join('\n\n')}`);
