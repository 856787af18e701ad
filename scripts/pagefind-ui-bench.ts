/**
 * Pagefind's own ready-made search interface (Pagefind UI) on the same built
 * pages as ours, for `npm run bench:search` to measure side by side: Pagefind
 * indexes the site's content pages with its defaults into `<site>/pagefind-ui/`
 * (our index, with its compound marks, stays untouched), and a bare page there
 * runs the UI. Written into benchmark output only, never into the published site.
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import * as pagefind from 'pagefind';
import type { Browser, Page } from 'playwright-core';
import { askEach, KEY_DELAY_MS, meter, type SearchPageCost } from './search-budget.ts';

export const PAGEFIND_UI_PATH = '/pagefind-ui/';

/** Indexes `siteDir`'s content pages with Pagefind's defaults and writes the UI page beside that index; returns the pages indexed. */
export async function addPagefindUi(siteDir: string): Promise<number> {
  const out = path.join(siteDir, PAGEFIND_UI_PATH);
  try {
    const { index, errors } = await pagefind.createIndex({});
    if (!index) throw new Error(errors.join('; '));
    const added = await index.addDirectory({ path: siteDir });
    if (added.errors.length) throw new Error(added.errors.join('; '));
    const written = await index.writeFiles({ outputPath: path.join(out, 'pagefind') });
    if (written.errors.length) throw new Error(written.errors.join('; '));
    // Pagefind UI as its documentation sets it up, with its defaults (it searches 300 ms after the last key; without that pause it
    // searches at every key, and at 10,000 pages those searches queue up: p95 4.2 s from the last key, measured 30 November 2026).
    writeFileSync(
      path.join(out, 'index.html'),
      `<!doctype html>
<html lang="nl"><head><meta charset="utf-8"><title>Pagefind UI</title>
<link href="${PAGEFIND_UI_PATH}pagefind/pagefind-ui.css" rel="stylesheet">
<script src="${PAGEFIND_UI_PATH}pagefind/pagefind-ui.js"></script></head>
<body><div id="search"></div>
<script>window.addEventListener('DOMContentLoaded', () => { new PagefindUI({ element: '#search', bundlePath: '${PAGEFIND_UI_PATH}pagefind/' }); document.documentElement.dataset.ui = 'ready'; });</script>
</body></html>
`,
    );
    return added.page_count;
  } finally {
    await pagefind.close();
  }
}

/** Types a query into Pagefind UI's box as a reader does; returns the milliseconds from its last key to the first result's title, as the page measured them. */
async function query(page: Page, q: string): Promise<number> {
  await page.locator('.pagefind-ui__search-input').fill('');
  // The watch is in place before the first key; the page keeps the answer's promise until it is read.
  await page.evaluate((text) => {
    const input = document.querySelector<HTMLInputElement>('.pagefind-ui__search-input')!;
    const root = document.querySelector('#search')!;
    (window as unknown as { answered: Promise<number> }).answered = new Promise<number>((resolve) => {
      let started = 0;
      input.addEventListener('input', function typed() {
        if (input.value !== text) return;
        started = performance.now();
        input.removeEventListener('input', typed);
      });
      const message = () => root.querySelector('.pagefind-ui__message')?.textContent ?? '';
      // The message names the query once its results are in; the first result shows its title once its data has loaded.
      const done = () => started > 0 && message().includes(text) && (Boolean(root.querySelector('.pagefind-ui__result-title')?.textContent) || /^(Geen|No) /.test(message()));
      const observer = new MutationObserver(() => {
        if (done()) {
          observer.disconnect();
          requestAnimationFrame(() => {
            (window as unknown as { resultsAt: number }).resultsAt = Date.now();
            resolve(performance.now() - started);
          });
        }
      });
      observer.observe(root, { subtree: true, childList: true, characterData: true });
    });
  }, q);
  await page.keyboard.type(q, { delay: KEY_DELAY_MS });
  return page.evaluate(() => (window as unknown as { answered: Promise<number> }).answered);
}

/** The same measurement as measureSearchPage (scripts/search-budget.ts), on Pagefind UI: bytes before the first keystroke, from focus to the first results, per further query; latencies from the query's last key to its first result (Pagefind UI searches as you type, 300 ms after the last key; it has no Enter). */
export async function measurePagefindUi(browser: Browser, siteUrl: string, queries: readonly string[]): Promise<SearchPageCost> {
  const context = await browser.newContext();
  const page = await context.newPage();
  const take = meter(page);
  await page.goto(`${siteUrl}${PAGEFIND_UI_PATH}`);
  await page.waitForFunction(() => document.documentElement.dataset.ui === 'ready');
  await page.waitForSelector('.pagefind-ui__search-input');
  await page.waitForLoadState('networkidle');
  const beforeKeystroke = await take();
  // Pagefind UI loads Pagefind when the box gets focus.
  await page.focus('.pagefind-ui__search-input');
  await take.quiet();
  const answered = await askEach(page, take, queries, query);
  await context.close();
  return { beforeKeystroke, ...answered };
}
