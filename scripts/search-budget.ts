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
  /** From focus until the first query's results are on screen. */
  firstQuery: Bytes;
  /** What the first query still loads once its results are on screen (our filter counts). */
  afterFirstResults: Bytes;
  furtherQueries: Bytes[];
  /** Milliseconds from the Enter key to the new results on screen, per query. */
  latencies: number[];
}

interface Response {
  raw: number;
  gzip: number;
  /** When the browser started the request (ms since 1970, the page's own clock), so bytes can be split at a moment the page notes. */
  startedAt: number;
}

/** Takes the bytes collected so far (`before`: only the requests started before that moment); `quiet` waits until no request has been open for half a second. */
export type Meter = ((before?: number) => Promise<Bytes>) & { quiet(): Promise<void> };

/**
 * Collects the bytes of every response from now on (workers' requests too), until `take` is called;
 * `take(before)` takes only the requests started before that moment, the rest wait for the next `take`.
 */
export function meter(page: Page): Meter {
  let pending: Promise<Response>[] = [];
  const weighed = new Set<string>();
  // Playwright's "networkidle" is a state of the page's load, reached once: requests a search starts later need their own count.
  let open = 0;
  let lastChange = Date.now();
  const closed = () => {
    open--;
    lastChange = Date.now();
  };
  page.on('request', () => {
    open++;
    lastChange = Date.now();
  });
  page.on('requestfinished', closed);
  page.on('requestfailed', closed);
  page.on('response', (response) => {
    // Asked again (our filter counts' own Pagefind asks for the WebAssembly and metadata the first one has), an address comes from the browser's cache.
    if (weighed.has(response.url())) return;
    weighed.add(response.url());
    const startedAt = response.request().timing().startTime;
    pending.push(
      response.body().then(
        (body) => ({ raw: body.length, gzip: gzipSync(body).length, startedAt }),
        () => ({ raw: 0, gzip: 0, startedAt }),
      ),
    );
  });
  const take = async (before = Infinity): Promise<Bytes> => {
    const done = await Promise.all(pending);
    const taken = done.filter((b) => b.startedAt <= before);
    pending = done.filter((b) => b.startedAt > before).map((b) => Promise.resolve(b));
    return { raw: taken.reduce((s, b) => s + b.raw, 0), gzip: taken.reduce((s, b) => s + Math.min(b.raw, b.gzip), 0), requests: taken.length };
  };
  const quiet = async () => {
    while (open > 0 || Date.now() - lastChange < 500) await new Promise((resolve) => setTimeout(resolve, 50));
  };
  return Object.assign(take, { quiet });
}

/** The moment (the page's Date.now()) a measured query's results were on screen, noted by the `ask` functions. */
export const resultsShownAt = (page: Page) => page.evaluate(() => (window as unknown as { resultsAt: number }).resultsAt);

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
          requestAnimationFrame(() => {
            (window as unknown as { resultsAt: number }).resultsAt = Date.now();
            resolve(performance.now() - started);
          });
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
  const engineLoaded = page.waitForResponse((response) => response.url().endsWith('.pf_meta'));
  await page.focus('#zoekterm');
  await engineLoaded;
  await take.quiet();
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
  take: Meter,
  queries: readonly string[],
  ask: (page: Page, query: string) => Promise<number>,
): Promise<Omit<SearchPageCost, 'beforeKeystroke'>> {
  const latencies: number[] = [];
  let first: Pick<SearchPageCost, 'firstQuery' | 'afterFirstResults'> | undefined;
  const furtherQueries: Bytes[] = [];
  for (const query of queries) {
    latencies.push(await ask(page, query));
    const shownAt = await resultsShownAt(page);
    await take.quiet();
    if (first) furtherQueries.push(await take());
    else first = { firstQuery: await take(shownAt), afterFirstResults: await take() };
  }
  return { ...first!, furtherQueries, latencies };
}
