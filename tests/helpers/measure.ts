/** Measures what a cold load of a page fetches, in a fresh browser context. */
import type { Browser } from 'playwright-core';
import { sumWeights, type Weights } from '../../src/lib/weight.ts';

export async function coldLoad(browser: Browser, url: string, settle?: (page: import('playwright-core').Page) => Promise<void>): Promise<Weights> {
  const context = await browser.newContext();
  const page = await context.newPage();
  const pending: Promise<{ contentType: string; url: string; bytes: number }>[] = [];
  page.on('response', (response) => {
    pending.push(
      response
        .body()
        .then((body) => ({ contentType: response.headers()['content-type'] ?? '', url: response.url(), bytes: body.length }))
        .catch(() => ({ contentType: '', url: response.url(), bytes: 0 })),
    );
  });
  await page.goto(url, { waitUntil: 'networkidle' });
  if (settle) await settle(page);
  await page.waitForLoadState('networkidle');
  const weights = sumWeights(await Promise.all(pending));
  await context.close();
  return weights;
}
