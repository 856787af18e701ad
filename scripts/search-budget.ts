/**
 * What the search page costs a reader, measured in a cold Chromium: bytes
 * (raw, and gzip as a host would send them) before the first keystroke, for
 * the first query and for each further one, and the time from the Enter key
 * to rendered results (Pagefind itself loads when the box gets focus, as a
 * reader's does before the first letter; the query is typed key by key, as
 * a reader types it, and Enter pressed). Used by `npm run bench:search`.
 */
import { gzipSync } from 'node:zlib';
import type { Browser, Page } from 'playwright-core';

export interface Bytes {
  raw: number;
  gzip: number;
  requests: number;
}

export interface SearchPageCost {
  beforeKeystroke: Bytes;
  firstQuery: Bytes;
  furtherQueries: Bytes[];
  /** Milliseconds from the Enter key to the new results on screen, per query. */
  latencies: number[];
}

/** Collects the bytes of every response from now on, until `take` is called. */
export function meter(page: Page) {
  let pending: Promise<{ raw: number; gzip: number }>[] = [];
  page.on('response', (response) => {
    pending.push(
      response.body().then(
        (body) => ({ raw: body.length, gzip: gzipSync(body).length }),
        () => ({ raw: 0, gzip: 0 }),
      ),
    );
  });
  return async (): Promise<Bytes> => {
    const done = await Promise.all(pending);
    pending = [];
    return { raw: done.reduce((s, b) => s + b.raw, 0), gzip: done.reduce((s, b) => s + Math.min(b.raw, b.gzip), 0), requests: done.length };
  };
}

/** A reader's typing speed: milliseconds between keys. */
export const KEY_DELAY_MS = 80;

/** Types a query into the box as a reader does and presses Enter; returns the milliseconds from Enter to its results on screen, as the page measured them. */
async function submit(page: Page, query: string): Promise<number> {
  await page.locator('#zoekterm').fill('');
  await page.keyboard.type(query, { delay: KEY_DELAY_MS });
  // The watch is in place before the key goes down; the page keeps the answer's promise until it is read.
  await page.evaluate((q) => {
    const status = document.querySelector('#zoek-status')!;
    const list = document.querySelector('#zoek-resultaten')!;
    (window as unknown as { answered: Promise<number> }).answered = new Promise<number>((resolve) => {
      let started = 0;
      document.addEventListener('keydown', (event) => event.key === 'Enter' && (started = performance.now()), { capture: true, once: true });
      // The page writes the address once the answer is on screen (the count may name a correction instead of the query).
      const done = () => started > 0 && new URLSearchParams(location.search).get('q') === q && Boolean(status.textContent) && (list.children.length > 0 || status.textContent!.startsWith('Geen'));
      const observer = new MutationObserver(() => {
        if (done()) {
          observer.disconnect();
          // The next frame: the results are laid out and painted.
          requestAnimationFrame(() => resolve(performance.now() - started));
        }
      });
      observer.observe(document.querySelector('.search-results')!, { subtree: true, childList: true, characterData: true });
    });
  }, query);
  await page.keyboard.press('Enter');
  return page.evaluate(() => (window as unknown as { answered: Promise<number> }).answered);
}

export async function measureSearchPage(browser: Browser, siteUrl: string, queries: readonly string[]): Promise<SearchPageCost> {
  const context = await browser.newContext();
  const page = await context.newPage();
  const take = meter(page);
  await page.goto(`${siteUrl}/zoeken/`);
  await page.waitForFunction(() => document.documentElement.dataset.search === 'ready');
  await page.waitForLoadState('networkidle');
  const beforeKeystroke = await take();

  // A reader focuses the box before typing; the page loads Pagefind then, while the first letters are typed.
  // Its bytes count for the first query; the latencies are from Enter on.
  await page.focus('#zoekterm');
  await page.waitForSelector('#zoek-filters details');
  await page.waitForLoadState('networkidle');
  const answered = await askEach(page, take, queries, submit);
  await context.close();
  return { beforeKeystroke, ...answered };
}

/**
 * Asks the queries one at a time with `ask` (which returns its latency), each once the previous
 * one's requests have settled: the bytes of the first (with what loaded since the last `take`), of
 * each further one, and every latency. Shared by our page and Pagefind UI's (pagefind-ui-bench.ts).
 */
export async function askEach(
  page: Page,
  take: () => Promise<Bytes>,
  queries: readonly string[],
  ask: (page: Page, query: string) => Promise<number>,
): Promise<Omit<SearchPageCost, 'beforeKeystroke'>> {
  const latencies: number[] = [];
  let firstQuery: Bytes | undefined;
  const furtherQueries: Bytes[] = [];
  for (const query of queries) {
    latencies.push(await ask(page, query));
    await page.waitForLoadState('networkidle');
    if (firstQuery) furtherQueries.push(await take());
    else firstQuery = await take();
  }
  return { firstQuery: firstQuery!, furtherQueries, latencies };
}
