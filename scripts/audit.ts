/**
 * `npm run audit`: the built site (dist/) served on 127.0.0.1, one page of each
 * type loaded cold in Debian's Chromium for the weight table, then Lighthouse
 * (with the same Chromium) for its four category scores. Target: 100 each.
 */
import path from 'node:path';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { coldLoad } from '../tests/helpers/measure.ts';
import { CHROMIUM, launchBrowser } from '../tests/helpers/browser.ts';
import { serve } from '../tests/helpers/serve.ts';
import { BUDGETS, formatTable, overBudget, SAMPLE_PAGES, weightTable } from '../src/lib/weight.ts';

const dist = path.resolve(import.meta.dirname, '../dist');
const site = await serve(dist);
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;

try {
  const browser = await launchBrowser();
  const rows = [];
  for (const [type, url] of Object.entries(SAMPLE_PAGES)) {
    const weights = await coldLoad(browser, site.url + url, url.startsWith('/zoeken/') ? (p) => p.waitForSelector('#zoek-resultaten li.search-result').then(() => undefined) : undefined);
    rows.push({ type, weights, over: overBudget(weights, BUDGETS[type]!) });
  }
  await browser.close();
  console.log('\nGewicht per paginatype (koude lading, ongecomprimeerd):\n');
  console.log(weightTable(rows));
  const over = rows.filter((r) => r.over.length);
  console.log(over.length ? `\nBoven budget: ${over.map((r) => `${r.type}: ${r.over.join(', ')}`).join('; ')}` : '\nAlle pagina’s binnen hun budget.');

  const chrome = await chromeLauncher.launch({
    chromePath: CHROMIUM!,
    chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
  try {
    const scores: string[][] = [['pagina', ...CATEGORIES]];
    for (const [type, url] of Object.entries(SAMPLE_PAGES)) {
      // Lighthouse now and then fails to record a trace (NO_NAVSTART): such a run is repeated, at most twice.
      let result;
      for (let attempt = 1; attempt <= 3; attempt++) {
        result = await lighthouse(site.url + url, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: [...CATEGORIES], locale: 'nl' });
        if (!result?.lhr.runtimeError) break;
        console.error(`${type}, poging ${attempt}: ${result.lhr.runtimeError.code}`);
      }
      const categories = result?.lhr.runtimeError ? {} : (result?.lhr.categories ?? {});
      scores.push([type, ...CATEGORIES.map((c) => String(Math.round((categories[c]?.score ?? 0) * 100)))]);
    }
    console.log('\nLighthouse-scores (doel: 100):\n');
    console.log(formatTable(scores));
  } finally {
    chrome.kill();
  }
} finally {
  await site.close();
}
