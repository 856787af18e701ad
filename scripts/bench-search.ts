/**
 * `npm run bench:search`: the search index's size, the bytes a browser fetches
 * for a first query (cold, in Debian's Chromium), and p50/p95 query latency
 * over the query table, for the real site and for the synthetic 10,000-entry
 * site (built by `npm run bench`, or here when it is missing); and how well the
 * compound splitter does on its reviewed table of real words.
 */
import { existsSync, statSync } from 'node:fs';
import path from 'node:path';
import { globSync } from 'tinyglobby';
import { launchBrowser } from '../tests/helpers/browser.ts';
import { openIndex } from '../tests/helpers/pagefind.ts';
import { QUERIES } from '../tests/helpers/search-queries.ts';
import { splitterScore } from '../tests/helpers/compound-table.ts';
import { indexSplitter } from './search-index.ts';
import { serve } from '../tests/helpers/serve.ts';
import { formatTable } from '../src/lib/weight.ts';
import { generateCorpus } from './generate-corpus.ts';
import { spawnSync } from 'node:child_process';

const root = path.resolve(import.meta.dirname, '..');
const REPEAT = 5;
/** Results whose data a query loads, as the search page shows them (the rest load on "meer resultaten"). */
const RESULTS_SHOWN = 10;

function build(out: string, content?: string) {
  // scripts/build.ts gives Astro a clean production environment itself.
  const result = spawnSync(process.execPath, [path.join(root, 'scripts/build.ts'), '--out', out], { cwd: root, stdio: 'inherit', env: { ...process.env, ...(content ? { CONTENT_DIR: content } : {}) } });
  if (result.status !== 0) throw new Error(`build van ${out} mislukt`);
}

const sites: [string, string][] = [['echte site', path.join(root, 'bench-out/dist-search-real')]];
build(sites[0]![1]);
const synthetic = path.join(root, 'bench-out/dist-synthetisch-10000');
if (!existsSync(path.join(synthetic, 'pagefind/pagefind.js'))) {
  const corpus = path.join(root, 'bench-out/corpus-10000');
  if (!existsSync(corpus)) generateCorpus(corpus, 10_000, 42);
  build(synthetic, corpus);
}
sites.push(['synthetisch 10.000', synthetic]);

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
const rows = [['site', 'pagina’s in index', 'index MB', 'eerste zoekopdracht KB', 'verzoeken', 'p50 ms', 'p95 ms', 'metingen']];
const browser = await launchBrowser();
for (const [name, dir] of sites) {
  const indexBytes = globSync('pagefind/**/*', { cwd: dir }).reduce((sum, f) => sum + statSync(path.join(dir, f)).size, 0);
  const served = await serve(dir);
  // Bytes for a first query: a cold browser opens the search page with a query and waits for results.
  const context = await browser.newContext();
  const page = await context.newPage();
  const sizes: Promise<number>[] = [];
  page.on('response', (r) => {
    if (new URL(r.url()).pathname.startsWith('/pagefind/')) sizes.push(r.body().then((b) => b.length, () => 0));
  });
  await page.goto(`${served.url}/zoeken/?q=zorg`);
  await page.waitForSelector('#zoek-resultaten li.search-result', { timeout: 60_000 });
  await page.waitForLoadState('networkidle');
  const firstQuery = (await Promise.all(sizes)).reduce((a, b) => a + b, 0);
  await context.close();
  await served.close();

  // Latency over the query table, in Node with Pagefind's own pagefind.js (warm after the first pass).
  const index = await openIndex(dir);
  const timings: number[] = [];
  const pageCount = Object.values((await index.filters()).type ?? {}).reduce((a, b) => a + b, 0);
  for (let round = 0; round <= REPEAT; round++) {
    for (const [, query] of QUERIES) {
      const t = performance.now();
      await index.search(query, {}, RESULTS_SHOWN);
      if (round > 0) timings.push(performance.now() - t);
    }
  }
  await index.close();
  timings.sort((a, b) => a - b);
  rows.push([name, String(pageCount), (indexBytes / 1024 / 1024).toFixed(1), (firstQuery / 1024).toFixed(0), String(sizes.length), percentile(timings, 50).toFixed(1), percentile(timings, 95).toFixed(1), String(timings.length)]);
}
await browser.close();
console.log(`\n${formatTable(rows)}\n\n(latentie: ${QUERIES.length} zoekopdrachten × ${REPEAT} rondes na een opwarmronde, inclusief het ophalen van de gegevens van de eerste ${RESULTS_SHOWN} resultaten)`);

const score = splitterScore((word) => indexSplitter()(word, false));
console.log(`\nSamenstellingen: ${score.right} van ${score.total} woorden precies goed gesplitst (${((100 * score.right) / score.total).toFixed(1)} %).`);
for (const miss of score.wrong) console.log(`  ${miss}`);
