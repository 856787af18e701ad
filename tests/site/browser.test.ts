/**
 * The built site in real Chromium, page by page: accessibility (axe, WCAG 2.2 AA)
 * on every page in light and dark and at 320 and 1280 px, reflow, no request to
 * another origin, no CSP violation under the real headers, screenshots of each
 * page type; on a phone no line that starts with a comma or full stop; and the
 * words the search index holds, against what a page shows. Each is read as the
 * sweeps pass the pages, rather than loading every page once more.
 * Reader flows, keyboard and search in the browser: browser-flows.test.ts.
 */
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { axeViolations, guardedContext, withAxe, type Guarded } from '../helpers/browser.ts';
import { builtPages, onePerTemplate, siteDir } from '../helpers/dist.ts';
import { openIndex } from '../helpers/pagefind.ts';
import { browserOnSite, linesStartingWithMark, pngSize, sameInLightAndDark, settle, SHOT_DIR } from '../helpers/site-browser.ts';
import { withoutCompoundMarks } from '../../src/lib/search/excerpt.ts';
import { SAMPLE_PAGES } from '../../src/lib/weight.ts';

const opened = browserOnSite(siteDir);

/** An address the site does not have: the host answers 404 with the site's 404 page. */
const MISSING = '/bestaat-niet/';
/** Every page a reader can reach: the sitemap's pages, the 404 page (as a wrong address shows it) and a search with results. */
const PAGES = [...builtPages().filter((p) => p !== '/zoeken/' && p !== '/404.html'), MISSING, '/zoeken/?q=zorg'];

/**
 * Every page is checked light at 320 px and dark at 1280 px, so each in both schemes and at both
 * widths; the two other combinations on one page of each template, as what shows only at one width
 * (the filter button, the header's layout) comes from the template. Every page in all four took
 * 2.2 minutes of the 10 that `npm test` may take on the 2-core machine.
 */
const TEMPLATES = onePerTemplate([...Object.values(SAMPLE_PAGES), ...PAGES]); // the budget's sample pages first: the fullest of their kind
const VARIANTS = [
  ['light', 320, PAGES],
  ['dark', 1280, PAGES],
  ['light', 1280, TEMPLATES],
  ['dark', 320, TEMPLATES],
] as const;

/** Full-page screenshots of one page of each type (the budget's sample pages and the 404 page), in each scheme and width. */
const SHOT_PAGES = new Map<string, string>([...Object.entries(SAMPLE_PAGES).map(([type, url]) => [url, type] as const), [MISSING, '404']]);
/** Taken by the sweeps below as they pass those pages, rather than loading them a fifth time; judged under "screenshots". */
const typeShots = new Map<string, Buffer>();

/** Words as the index and a reader count them: letters and digits, lowercase. */
const words = (text: string) => new Set(text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []);

/** The words Pagefind indexed for each page it holds, by URL. */
async function indexedWords(): Promise<Map<string, Set<string>>> {
  const index = await openIndex(siteDir());
  try {
    return new Map((await index.search(null, { filters: {} })).map((hit) => [hit.url, words(withoutCompoundMarks(hit.content))]));
  } finally {
    await index.close();
  }
}

describe.each(VARIANTS)('%s, %i px', (scheme, width, pages) => {
  // The sweeps over every page also read each page's lines on a phone, and its text on a desktop against the search index.
  const readsLines = pages === PAGES && width === 320;
  const readsIndex = pages === PAGES && width === 1280;
  const also = readsLines ? ', and no line starts with a comma, full stop or other closing mark' : readsIndex ? ', and shows every word the search index holds for it' : '';
  it(`${pages === PAGES ? 'every page' : 'one page of each template'} has no axe violations, no foreign requests, no CSP violations and no errors${also}`, { timeout: 600_000 }, async () => {
    expect(pages.length).toBeGreaterThanOrEqual(pages === PAGES ? 50 : 15);
    const indexed = readsIndex ? await indexedWords() : undefined;
    if (indexed) expect(indexed.size).toBeGreaterThan(30);
    const guard: Guarded = await guardedContext(opened.browser, opened.site.url, { colorScheme: scheme, viewport: { width, height: 900 } });
    await withAxe(guard.context);
    const page = await guard.context.newPage();
    const violations: string[] = [];
    const tooWide: string[] = [];
    const notShown: string[] = [];
    const markFirst: string[] = [];
    for (const url of pages) {
      const response = await page.goto(opened.site.url + url);
      expect(response?.status(), url).toBe(url === MISSING ? 404 : 200);
      await settle(page, url);
      for (const v of await axeViolations(page)) violations.push(`${url}: ${v.id} (${v.impact}) ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')}`);
      // Reflow (WCAG 1.4.10), which axe does not test: nothing scrolls sideways. 320 CSS px is also
      // what a 1280 px screen at 400 % zoom gives, so this covers both.
      const scrollWidth = await page.evaluate(() => document.documentElement.scrollWidth);
      if (scrollWidth > width) tooWide.push(`${url}: ${scrollWidth} px`);
      if (readsLines) for (const line of await linesStartingWithMark(page)) markFirst.push(`${url}: …${line}`);
      const inIndex = indexed?.get(url);
      if (inIndex) {
        // Every word Pagefind indexed stands in the page's visible text: no words glued across elements. innerText is the
        // text as laid out (blocks, table cells and flex items apart), as a reader sees it.
        const visible = words(await page.locator('main').innerText());
        for (const word of inIndex) if (!visible.has(word)) notShown.push(`${url}: "${word}"`);
        indexed!.delete(url);
      }
      const type = SHOT_PAGES.get(url);
      if (type) {
        mkdirSync(SHOT_DIR, { recursive: true });
        typeShots.set(`${type}-${width}-${scheme}`, await page.screenshot({ path: path.join(SHOT_DIR, `${type}-${width}-${scheme}.png`), fullPage: true }));
      }
    }
    await guard.context.close();
    expect(tooWide, 'pages wider than the screen').toEqual([]);
    expect(markFirst, 'lines that start with a closing mark').toEqual([]);
    expect(violations).toEqual([]);
    expect(guard.foreign).toEqual([]);
    expect(guard.cspViolations).toEqual([]);
    // The browser reports the wrong address's 404 status, which that visit asks for; nothing else.
    expect(guard.errors.filter((e) => e !== `${opened.site.url}${MISSING}: Failed to load resource: the server responded with a status of 404 (Not Found)`)).toEqual([]);
    if (indexed) {
      expect(notShown, 'indexed words the page does not show').toEqual([]);
      expect([...indexed.keys()], 'pages in the search index that the sweep did not visit').toEqual([]);
    }
  });
});

describe('screenshots', () => {
  it('of one page of each type at 320 and 1280 px, light and dark: as wide as the screen, dark differing from light', () => {
    const expected = [...SHOT_PAGES.values()].flatMap((type) => VARIANTS.map(([scheme, width]) => `${type}-${width}-${scheme}`));
    expect([...typeShots.keys()].sort(), 'shots the sweeps above took (run the whole file)').toEqual(expected.sort());
    // A full-page shot is wider than the screen only when the page scrolls sideways.
    const wrongSize = [...typeShots].filter(([key, png]) => {
      const size = pngSize(png);
      return size.width !== Number(key.split('-').at(-2)) || size.height < 900;
    }).map(([key, png]) => `${key}: ${pngSize(png).width}×${pngSize(png).height}`);
    console.log(`Schermafbeeldingen staan in ${SHOT_DIR}`);
    expect(wrongSize).toEqual([]);
    expect(sameInLightAndDark(typeShots)).toEqual([]);
  });
});
