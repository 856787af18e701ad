/**
 * `npm run bench:search`: for the real site and the 10,000-entry benchmark
 * corpus (scripts/generate-corpus.ts, generated and built here), the search
 * index's size; what the search page costs in a cold Chromium (bytes raw and
 * gzip before the first keystroke, for the first query and each further one;
 * p50/p95 from Enter to rendered results over the query table), against the
 * budgets; the "Bedoelde je" vocabulary's size and how many of the
 * misspellings table reach the meant word through the search page's own logic;
 * the judged set's success@1, success@3 and MRR on the real site; and how
 * well the compound splitter does on its reviewed table of real words.
 */
import { readFileSync, statSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import path from 'node:path';
import { globSync } from 'tinyglobby';
import { launchBrowser } from '../tests/helpers/browser.ts';
import { MISSPELLINGS } from '../tests/helpers/misspellings.ts';
import { QUERIES } from '../tests/helpers/search-queries.ts';
import { JUDGED } from '../tests/helpers/judged-queries.ts';
import { rankOf, scoreRanks } from '../tests/helpers/judged-metrics.ts';
import { reachesMeant, searchAsReader } from '../tests/helpers/judged-run.ts';
import { openIndex } from '../tests/helpers/pagefind.ts';
import { splitterScore } from '../tests/helpers/compound-table.ts';
import { indexSplitter } from './search-copies.ts';
import { serve } from '../tests/helpers/serve.ts';
import { formatTable } from '../src/lib/weight.ts';
import { parseVocabulary, VOCABULARY_URL } from '../src/lib/search/suggest.ts';
import { pagesPerWord, queryWords } from './corpus-words.ts';
import { generateCorpus } from './generate-corpus.ts';
import { measureSearchPage, type Bytes, type SearchPageCost } from './search-budget.ts';
import { addPagefindUi, measurePagefindUi } from './pagefind-ui-bench.ts';
import { spawnSync } from 'node:child_process';

const root = path.resolve(import.meta.dirname, '..');
const REPEAT = 3;

function build(out: string, content?: string) {
  // scripts/build.ts gives Astro a clean production environment itself.
  const result = spawnSync(process.execPath, [path.join(root, 'scripts/build.ts'), '--out', out], { cwd: root, stdio: 'inherit', env: { ...process.env, ...(content ? { CONTENT_DIR: content } : {}) } });
  if (result.status !== 0) throw new Error(`build van ${out} mislukt`);
}

/** [name, built site, the queries of its latency table] */
const sites: [string, string, string[]][] = [['echte site', path.join(root, 'bench-out/dist-search-real'), QUERIES.map(([, query]) => query)]];
build(sites[0]![1]);
// The benchmark corpus (realistic Dutch word statistics), generated and built afresh: a corpus left by an
// older generator would measure another site. Its queries: twelve words from common to rare.
const corpus = path.join(root, 'bench-out/corpus-10000');
generateCorpus(corpus, 10_000, 42);
const synthetic = path.join(root, 'bench-out/dist-synthetisch-10000');
build(synthetic, corpus);
const corpusFiles = globSync('*/*.md', { cwd: corpus, absolute: true });
const corpusQueries = queryWords(pagesPerWord(corpusFiles.map((file) => readFileSync(file, 'utf8'))), corpusFiles.length);
console.log(`Zoekwoorden van het corpus (entries): ${corpusQueries.map((q) => `${q.word} (${q.band}, ${q.pages})`).join(', ')}`);
sites.push(['synthetisch 10.000', synthetic, corpusQueries.map((q) => q.word)]);

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
const kb = (bytes: number) => (bytes / 1024).toFixed(1);
const both = (b: Bytes) => `${kb(b.raw)} / ${kb(b.gzip)}`;
const rows = [['site', 'pagina’s', 'index MB', 'voor 1e toets KB', '1e zoekopdracht KB', 'volgende, max KB', 'p50 ms', 'p95 ms', 'woordenlijst KB', 'woorden', 'suggesties']];
const budgets: string[] = [];
const compared: [string, Measured, Measured][] = [];
const browser = await launchBrowser();
for (const [name, dir, queries] of sites) {
  const indexBytes = globSync('pagefind/**/*', { cwd: dir }).reduce((sum, f) => sum + statSync(path.join(dir, f)).size, 0);
  const vocabularyText = readFileSync(path.join(dir, VOCABULARY_URL));
  const vocabulary = parseVocabulary(vocabularyText.toString('utf8'));
  // Cold Chromium: the page until search is ready, then the query table one query at a time (Enter, then rendered results).
  // Ours under the site's headers; Pagefind UI, on the same pages, without them (its page has an inline script).
  const ours = await measured(dir, queries, measureSearchPage, {});
  await addPagefindUi(dir);
  const theirs = await measured(dir, queries, measurePagefindUi, { headers: false });
  compared.push([name, ours, theirs]);
  const { cost, latencies } = ours;
  const further = cost.furtherQueries.reduce((max, b) => (b.gzip > max.gzip ? b : max));
  const suggested = await misspellingsReached(dir);
  const pageCount = globSync('pagefind/fragment/*', { cwd: dir }).length;
  const firstTotal: Bytes = { raw: cost.beforeKeystroke.raw + cost.firstQuery.raw, gzip: cost.beforeKeystroke.gzip + cost.firstQuery.gzip, requests: cost.beforeKeystroke.requests + cost.firstQuery.requests };
  rows.push([
    name,
    String(pageCount),
    (indexBytes / 1024 / 1024).toFixed(1),
    both(cost.beforeKeystroke),
    `${both(firstTotal)} (+${kb(cost.firstQuery.gzip)})`,
    both(further),
    percentile(latencies, 50).toFixed(1),
    percentile(latencies, 95).toFixed(1),
    `${kb(vocabularyText.length)} / ${kb(gzipSync(vocabularyText).length)}`,
    String(vocabulary.words.length),
    `${suggested}/${MISSPELLINGS.length}`,
  ]);
  budgets.push(
    `${name}: voor de eerste toets ${kb(cost.beforeKeystroke.gzip)} KB (budget 60), eerste zoekopdracht ${kb(firstTotal.gzip)} KB (budget 150), ` +
      `volgende zoekopdracht hoogstens ${kb(further.gzip)} KB (budget 30), p95 ${percentile(latencies, 95).toFixed(1)} ms (budget 50), woordenlijst ${kb(gzipSync(vocabularyText).length)} KB (budget 20)`,
  );
}
await browser.close();
console.log(`\n${formatTable(rows)}\n`);
console.log(`Naast Pagefinds eigen zoekscherm (Pagefind UI met zijn standaardinstellingen: het zoekt 300 ms na de laatste toets) op dezelfde pagina's, koud, gzip, ${REPEAT} rondes:\n`);
console.log(formatTable([['site', 'zoekscherm', 'voor 1e toets KB', 'van focus tot 1e resultaten KB', 'daarna KB', 'volgende, max KB', 'p50 ms', 'p95 ms'], ...compared.flatMap(([name, ours, theirs]) => [row(name, 'ons', ours), row(name, 'Pagefind UI', theirs)])]));
console.log('(van focus tot 1e resultaten: wat de pagina ophaalt nadat het zoekvak focus kreeg, tot de eerste resultaten op het scherm staan; daarna: wat die zoekopdracht nog ophaalt als ze er staan, bij ons de filtertellingen; latentie: ons van Enter, Pagefind UI van de laatste toets, tot de eerste resultaten)\n');
console.log('(KB: ruw / gzip zoals een host het verstuurt; 1e zoekopdracht: de pagina plus de eerste zoekopdracht, tussen haakjes wat de zoekopdracht zelf kost;');
console.log(` latentie: van Enter tot getoonde resultaten in Chromium, per site haar zoekopdrachten (echte site ${QUERIES.length}, corpus 12 van vaak tot zelden) × ${REPEAT} koude rondes; suggesties: de bedoelde correctie bij de eerste drie)\n`);
for (const line of budgets) console.log(line);

// The judged set on the real site, through the search page's own logic (its synthetic cases are scored by the tests, on the fixture site).
{
  const dir = sites[0]![1];
  const index = await openIndex(dir);
  const real = JUDGED.filter((j) => j.site === 'echt');
  const ranks: number[] = [];
  for (const judged of real) ranks.push(rankOf(judged, (await searchAsReader(index, dir, judged.query)).rows));
  await index.close();
  const judgedScore = scoreRanks(ranks);
  console.log(`\nBeoordeelde zoekopdrachten (echte site, ${judgedScore.queries}): success@1 ${judgedScore.successAt1.toFixed(3)}, success@3 ${judgedScore.successAt3.toFixed(3)}, MRR ${judgedScore.mrr.toFixed(3)}`);
}

interface Measured {
  cost: SearchPageCost;
  latencies: number[];
}

/** REPEAT cold rounds of one search interface on a served site: the first round's bytes, every round's latencies (sorted). */
async function measured(dir: string, queries: string[], measure: typeof measureSearchPage, options: { headers?: boolean }): Promise<Measured> {
  const served = await serve(dir, options);
  const rounds: SearchPageCost[] = [];
  for (let round = 0; round < REPEAT; round++) rounds.push(await measure(browser, served.url, queries));
  await served.close();
  return { cost: rounds[0]!, latencies: rounds.flatMap((r) => r.latencies).sort((a, b) => a - b) };
}

function row(site: string, ui: string, { cost, latencies }: Measured): string[] {
  const sinceFocus = cost.firstQuery;
  const further = cost.furtherQueries.reduce((max, b) => Math.max(max, b.gzip), 0);
  return [site, ui, kb(cost.beforeKeystroke.gzip), kb(sinceFocus.gzip), kb(cost.afterFirstResults.gzip), kb(further), percentile(latencies, 50).toFixed(1), percentile(latencies, 95).toFixed(1)];
}

/** Misspellings of the table that reach the meant word: searched instead, offered first, or found by Pagefind's stem with the meant word's first result. */
async function misspellingsReached(dir: string): Promise<number> {
  const index = await openIndex(dir);
  let reached = 0;
  for (const [typed, meant] of MISSPELLINGS) if (await reachesMeant(index, dir, await searchAsReader(index, dir, typed), meant)) reached++;
  await index.close();
  return reached;
}

const score = splitterScore((word) => indexSplitter()(word, false));
console.log(`\nSamenstellingen: ${score.right} van ${score.total} woorden precies goed gesplitst (${((100 * score.right) / score.total).toFixed(1)} %).`);
for (const miss of score.wrong) console.log(`  ${miss}`);
