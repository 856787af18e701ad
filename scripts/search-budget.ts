/**
 * What the search page costs a reader, measured in a cold Chromium: bytes
 * (raw, and gzip as a host would send them) before the first keystroke, for
 * the first query and for each further one, and the time from the Enter key
 * to rendered results (Pagefind itself loads when the box gets focus, as a
 * reader's does before the first letter). Used by `npm run bench:search`.
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
function meter(page: Page) {
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

/** Submits a query with Enter and waits until the status names it; returns the milliseconds it took, as the page measured them. */
async function submit(page: Page, query: string): Promise<number> {
  return page.evaluate(
    (q) =>
      new Promise<number>((resolve) => {
        const input = document.querySelector<HTMLInputElement>('#zoekterm')!;
        const status = document.querySelector('#zoek-status')!;
        const list = document.querySelector('#zoek-resultaten')!;
        input.value = q;
        const started = performance.now();
        // The page writes the address once the answer is on screen (the count may name a correction instead of the query).
        const done = () => new URLSearchParams(location.search).get('q') === q && Boolean(status.textContent) && (list.children.length > 0 || status.textContent!.startsWith('Geen'));
        const observer = new MutationObserver(() => {
          if (done()) {
            observer.disconnect();
            // The next frame: the results are laid out and painted.
            requestAnimationFrame(() => resolve(performance.now() - started));
          }
        });
        observer.observe(document.querySelector('.search-results')!, { subtree: true, childList: true, characterData: true });
        input.form!.requestSubmit();
      }),
    query,
  );
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
  const latencies: number[] = [];
  latencies.push(await submit(page, queries[0]!));
  await page.waitForLoadState('networkidle');
  const firstQuery = await take();
  const furtherQueries: Bytes[] = [];
  for (const query of queries.slice(1)) {
    latencies.push(await submit(page, query));
    await page.waitForLoadState('networkidle');
    furtherQueries.push(await take());
  }
  await context.close();
  return { beforeKeystroke, firstQuery, furtherQueries, latencies };
}
