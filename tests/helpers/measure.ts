/** Measures what a cold load of a page fetches, in a fresh browser context. */
import type { Browser } from 'playwright-core';
import { sumWeights, type Weights } from '../../src/lib/weight.ts';

interface Fetched {
  contentType: string;
  url: string;
  bytes: number;
  /** Why the body could not be read: such a response cannot be weighed. */
  unreadable?: string;
}

export async function coldLoad(browser: Browser, url: string, settle?: (page: import('playwright-core').Page) => Promise<void>): Promise<Weights> {
  const context = await browser.newContext();
  const page = await context.newPage();
  const pending: Promise<Fetched>[] = [];
  const weighed = new Set<string>();
  page.on('response', (response) => {
    // A second request for the same address is answered from the browser's cache (the search page's second Pagefind asks for
    // the WebAssembly and index it already has): it costs the reader no bytes.
    if (weighed.has(response.url())) return;
    weighed.add(response.url());
    pending.push(
      response
        .body()
        .then((body) => ({ contentType: response.headers()['content-type'] ?? '', url: response.url(), bytes: body.length }))
        // A redirect has no body of its own (its target is weighed); any other unreadable response would count as 0 bytes.
        .catch((error: Error) => ({ contentType: '', url: response.url(), bytes: 0, unreadable: response.status() >= 300 && response.status() < 400 ? undefined : `${response.status()}: ${error.message}` })),
    );
  });
  await page.goto(url, { waitUntil: 'networkidle' });
  if (settle) await settle(page);
  await page.waitForLoadState('networkidle');
  const fetched = await Promise.all(pending);
  await context.close();
  const unreadable = fetched.filter((f) => f.unreadable).map((f) => `${f.url} (${f.unreadable})`);
  if (unreadable.length) throw new Error(`niet te wegen, want de inhoud was niet te lezen: ${unreadable.join('; ')}`);
  return sumWeights(fetched);
}
