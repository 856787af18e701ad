/** Chromium and a built site served for one test file, and what its browser tests share (vitest hooks and expect: only for test files). */
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect } from 'vitest';
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

/** Full-page and search-state screenshots land here, for people to look at (CI keeps the folder). */
export const SHOT_DIR = path.resolve('test-results/screenshots');

/** Waits, on the search page, for the first result; other pages are whole once loaded. */
export async function settle(page: Page, url: string) {
  if (url.startsWith('/zoeken/')) await page.waitForSelector('#zoek-resultaten li.search-result', { timeout: 15_000 });
}

/** The result titles once the list has stopped changing (results render in steps); `orNone` accepts an answer without results. */
export async function resultTitles(page: Page, { orNone = false } = {}): Promise<string[]> {
  let previous = '';
  for (let i = 0; i < 50; i++) {
    await page.waitForTimeout(150);
    const titles = await page.locator('#zoek-resultaten .search-result-title a').allTextContents();
    const key = JSON.stringify(titles);
    if ((titles.length > 0 || orNone) && key === previous) return titles;
    previous = key;
  }
  throw new Error('de zoekresultaten bleven veranderen');
}

/** A PNG's size in pixels, from its IHDR header. */
export const pngSize = (png: Buffer) => ({ width: png.readUInt32BE(16), height: png.readUInt32BE(20) });

/** Shots of the same view in light and dark that came out the same: the dark scheme did not apply. Fails when no view was shot in both. */
export function sameInLightAndDark(shots: Map<string, Buffer>): string[] {
  const pairs = [...shots.keys()].filter((key) => key.endsWith('-light') && shots.has(key.replace(/-light$/, '-dark')));
  expect(pairs.length, 'views shot in both light and dark').toBeGreaterThan(0);
  return pairs.filter((key) => shots.get(key)!.equals(shots.get(key.replace(/-light$/, '-dark'))!));
}

/**
 * Lines of the page as laid out that start with a comma, full stop or other closing mark (a space before it, or a
 * break between elements, wrapped it alone): each with the text around it.
 */
export function linesStartingWithMark(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const out: string[] = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    const range = document.createRange();
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const text = node.textContent ?? '';
      for (let i = 0; i < text.length; i++) {
        if (!/[,.;:!?)]/.test(text[i]!)) continue;
        range.setStart(node, i);
        range.setEnd(node, i + 1);
        const mark = range.getClientRects()[0];
        if (!mark || mark.width === 0) continue;
        // The character before it, in this node or the text laid out before it.
        let before: DOMRect | undefined;
        if (i > 0) {
          range.setStart(node, i - 1);
          range.setEnd(node, i);
          before = range.getClientRects()[0];
        } else {
          const prev = document.createRange();
          prev.setStartBefore(node.parentElement!.firstChild!);
          prev.setEnd(node, 0);
          const rects = prev.getClientRects();
          before = rects[rects.length - 1];
        }
        if (before && /\S/.test(i > 0 ? text[i - 1]! : 'x') && mark.top > before.bottom - 2) {
          out.push(`${text.slice(Math.max(0, i - 30), i + 10).replace(/\s+/g, ' ')}`);
        }
      }
    }
    return out;
  });
}
