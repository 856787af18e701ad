/** Chromium and a built site served for one test file (vitest hooks: only for test files). */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { launchBrowser } from './browser.ts';
import { serve, type Served } from './serve.ts';

/** Opened before the file's tests, closed after; read its fields inside the tests. */
export function browserOnSite(dir: () => string): { browser: Browser; site: Served } {
  const opened = {} as { browser: Browser; site: Served };
  beforeAll(async () => {
    opened.browser = await launchBrowser();
    opened.site = await serve(dir());
  });
  afterAll(async () => {
    await opened.browser?.close();
    await opened.site?.close();
  });
  return opened;
}
