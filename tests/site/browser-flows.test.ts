/**
 * The built site in real Chromium, as readers use it: the keyboard, reader flows
 * from page to page, the search page (answers, corrections, filters, history,
 * without JavaScript, on a phone), print, page weight, and screenshots of the
 * search page's states. Every page's accessibility: browser.test.ts.
 */
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { focusIsVisible, guardedContext, launchBrowser, type Guarded } from '../helpers/browser.ts';
import { siteDir } from '../helpers/dist.ts';
import { coldLoad } from '../helpers/measure.ts';
import { serve } from '../helpers/serve.ts';
import { browserOnSite, resultTitles, sameInLightAndDark, settle, SHOT_DIR } from '../helpers/site-browser.ts';
import { BUDGETS, overBudget, SAMPLE_PAGES } from '../../src/lib/weight.ts';

const opened = browserOnSite(siteDir);

/** Opens one guarded desktop page before a describe block's tests, hands it over, and closes it after. */
function openDesktopPage(onOpen: (opened: { guard: Guarded; page: Page }) => void) {
  let guard: Guarded;
  beforeAll(async () => {
    guard = await guardedContext(opened.browser, opened.site.url, { viewport: { width: 1280, height: 900 } });
    onOpen({ guard, page: await guard.context.newPage() });
  });
  afterAll(() => guard.context.close());
}

/** Clicks the word the search page offers under its count, and waits until the address searches that word. */
async function followOffer(page: Page, word: string) {
  await page.locator('#zoek-suggesties a', { hasText: word }).click();
  await page.waitForURL((u) => u.searchParams.get('q') === word);
}

/** Runs `use` on a page of the fixture site (tests/setup/build-site.ts), in its own guarded context. */
async function onFixture(use: (fixturePage: Page, url: string) => Promise<void>) {
  const fixture = await serve(process.env.FIXTURE_SITE_DIR!);
  const fixtureGuard = await guardedContext(opened.browser, fixture.url);
  try {
    await use(await fixtureGuard.context.newPage(), fixture.url);
    expect(fixtureGuard.foreign).toEqual([]);
    expect(fixtureGuard.cspViolations).toEqual([]);
  } finally {
    await fixtureGuard.context.close();
    await fixture.close();
  }
}


describe('a table in the text', () => {
  it('keeps the alignment Markdown gives its columns under the site\'s policy, with no violation (helper-58)', async () => {
    await onFixture(async (fixturePage, url) => {
      await fixturePage.goto(`${url}/projecten/doel-en-resultaat/`);
      const aligned = await fixturePage.locator('main .prose table tr').evaluateAll((rows) => rows.map((row) => [...row.children].map((cell) => getComputedStyle(cell).textAlign)));
      expect(aligned).toEqual([['left', 'right'], ['left', 'right'], ['left', 'right']]);
    });
  });
});

describe('keyboard', () => {
  let page: Page;
  openDesktopPage((opened) => ({ page } = opened));

  it('reaches the filters from the sort menu before any search, as a mouse does (helper-43: they loaded only under a pointer)', async () => {
    await page.goto(`${opened.site.url}/zoeken/`);
    await page.waitForFunction(() => document.documentElement.dataset.search === 'ready');
    await page.locator('#zoek-sortering').focus();
    await page.waitForSelector('#zoek-filters details');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.closest('#zoek-filters') !== null)).toBe(true);
  });

  it('reaches the skip link with the first Tab, visibly, and it moves focus to the content', async () => {
    for (const url of ['/', '/nieuws/vws-op-werkbezoek-bij-laurens-delfshaven/', '/projecten/wep-trein/']) {
      await page.goto(opened.site.url + url);
      await page.keyboard.press('Tab');
      expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Direct naar de inhoud');
      expect(await focusIsVisible(page)).toBe(true);
      expect(await page.locator('a.utrecht-skip-link').isVisible()).toBe(true);
      await page.keyboard.press('Enter');
      expect(await page.evaluate(() => document.activeElement?.id)).toBe('inhoud');
      // The content itself is no control: no frame round all of it (helper-45); the next Tab lands in it, visibly.
      expect(await page.evaluate(() => getComputedStyle(document.activeElement!).outlineStyle)).toBe('none');
      await page.keyboard.press('Tab');
      expect(await page.evaluate(() => document.activeElement?.closest('main') !== null)).toBe(true);
      expect(await focusIsVisible(page)).toBe(true);
    }
  });

  it('shows focus on every link and control it reaches on a content page', async () => {
    await page.goto(opened.site.url + '/netwerken/delfshaven/');
    const reached: string[] = [];
    const unseen: string[] = [];
    for (let i = 0; i < 40; i++) {
      await page.keyboard.press('Tab');
      const focused = await page.evaluate(() => {
        const el = document.activeElement;
        return el && el !== document.body ? `${el.tagName} ${(el.textContent ?? '').trim().slice(0, 30) || el.getAttribute('name') || ''}` : undefined;
      });
      if (!focused) break;
      reached.push(focused);
      if (!(await focusIsVisible(page))) unseen.push(`Tab ${i + 1}: ${focused}`);
    }
    // The walk went somewhere: skip link first, then the header's search box and links into the page.
    expect(reached[0]).toBe('A Direct naar de inhoud');
    expect(reached).toContain('INPUT q');
    expect(reached.length).toBeGreaterThanOrEqual(10);
    expect(unseen).toEqual([]);
  });

  it('lets a reader search, filter and open a result without a mouse', async () => {
    await page.goto(opened.site.url + '/zoeken/');
    await page.waitForFunction(() => document.documentElement.dataset.search === 'ready');
    // Tab from the top of the page to the search box.
    let found = false;
    for (let i = 0; i < 30 && !found; i++) {
      await page.keyboard.press('Tab');
      found = await page.evaluate(() => document.activeElement?.id === 'zoekterm');
    }
    expect(found).toBe(true);
    expect(await focusIsVisible(page)).toBe(true);
    await page.keyboard.type('zorg');
    await page.keyboard.press('Enter');
    await page.waitForSelector('#zoek-resultaten li.search-result');
    await page.waitForSelector('#zoek-filters:not([aria-busy]) input', { state: 'attached' });
    const before = await page.locator('#zoek-resultaten li.search-result').count();

    // Every control after the box is reachable with Tab and shows focus: sort, filters, results.
    const reached: string[] = [];
    for (let i = 0; i < 60; i++) {
      await page.keyboard.press('Tab');
      const info = await page.evaluate(() => {
        const el = document.activeElement as HTMLElement;
        return { tag: el.tagName, id: el.id, text: (el.textContent ?? '').trim().slice(0, 40), type: el.getAttribute('type') };
      });
      if (info.tag === 'BODY') break;
      expect(await focusIsVisible(page), JSON.stringify(info)).toBe(true);
      reached.push(`${info.tag}#${info.id}:${info.type ?? ''}:${info.text}`);
      if (info.tag === 'SUMMARY' && info.text.toLowerCase() === 'netwerk') {
        await page.keyboard.press('Enter'); // open the netwerk filter group
      }
      if (info.tag === 'INPUT' && info.type === 'checkbox' && (await page.evaluate(() => (document.activeElement as HTMLInputElement).value)) === 'Delfshaven') {
        await page.keyboard.press('Space');
        await page.waitForFunction(() => location.search.includes('netwerk=Delfshaven'));
      }
    }
    expect(reached.some((r) => r.startsWith('SELECT#zoek-sortering'))).toBe(true);
    expect(reached.some((r) => r.startsWith('A#') && r.includes('Delfshaven')), reached.join('\n')).toBe(true);
    const after = await page.locator('#zoek-resultaten li.search-result').count();
    expect(after).toBeLessThan(before);

    // Open a result with Enter.
    const link = page.locator('#zoek-resultaten .search-result-title a').first();
    const href = await link.getAttribute('href');
    await link.focus();
    await page.keyboard.press('Enter');
    await page.waitForURL((u) => u.pathname === href);
  });
});

describe('reader flows', () => {
  let page: Page;
  let guard: Guarded;
  openDesktopPage((opened) => ({ page, guard } = opened));

  it('home → a network → a project → its lead organisation, and back', async () => {
    await page.goto(opened.site.url + '/');
    await page.locator('ul.area-map a[href="/netwerken/delfshaven/"]').click();
    await expect.poll(() => page.url()).toBe(`${opened.site.url}/netwerken/delfshaven/`);
    await page.getByRole('link', { name: 'Zorg Thuis & In de Buurt' }).first().click();
    await expect.poll(() => page.url()).toBe(`${opened.site.url}/projecten/zorg-thuis-en-in-de-buurt/`);
    await page.locator('dl.facts').getByRole('link', { name: 'wmo radar' }).click();
    await expect.poll(() => page.url()).toBe(`${opened.site.url}/organisaties/wmo-radar/`);
    expect(await page.locator('h1').textContent()).toBe('wmo radar');
    await page.goBack();
    await page.goBack();
    await expect.poll(() => page.url()).toBe(`${opened.site.url}/netwerken/delfshaven/`);
    await page.getByRole('link', { name: 'Home' }).click();
    await expect.poll(() => page.url()).toBe(`${opened.site.url}/`);
  });

  it('the header search form lands on /zoeken/?q=… with results, and the URL reproduces them', async () => {
    await page.goto(opened.site.url + '/netwerken/');
    await page.locator('header input[name="q"]').fill('Delfshaven');
    await page.locator('header button[type="submit"]').click();
    await page.waitForURL((u) => u.pathname === '/zoeken/' && u.searchParams.get('q') === 'Delfshaven');
    await page.waitForSelector('#zoek-resultaten li.search-result');
    expect(await page.locator('#zoekterm').inputValue()).toBe('Delfshaven');
    const first = await page.locator('#zoek-resultaten .search-result-title a').allTextContents();
    expect(first.length).toBeGreaterThan(0);
    expect(await page.locator('#zoek-status').textContent()).toMatch(/^\d+ resulta(at|ten) voor ‘Delfshaven’$/);
    // The same line in the live region, read out as the search arrives from the header (a submit: at once).
    expect(await page.locator('#zoek-melding').getAttribute('role'), 'the result count is read out from a live region').toBe('status');
    expect(await page.locator('#zoek-melding').textContent()).toBe(await page.locator('#zoek-status').textContent());

    // Typing updates the address, and a shared address gives the same results.
    await page.locator('#zoekterm').fill('opleiding');
    await page.waitForFunction(() => new URLSearchParams(location.search).get('q') === 'opleiding');
    await page.waitForFunction(() => document.querySelector('#zoek-status')?.textContent?.includes('opleiding'));
    const shared = page.url();
    const results = await resultTitles(page);
    const other = await guard.context.newPage();
    await other.goto(shared);
    expect(await resultTitles(other)).toEqual(results);
    await other.close();
  });

  it('a filter on netwerk narrows the results and is kept in a shared URL', async () => {
    await page.goto(`${opened.site.url}/zoeken/?q=zorg`);
    await page.waitForSelector('#zoek-resultaten li.search-result');
    const all = await page.locator('#zoek-status').textContent();
    const shared = `${opened.site.url}/zoeken/?q=zorg&netwerk=Delfshaven`;
    await page.goto(shared);
    await page.waitForSelector('#zoek-resultaten li.search-result');
    await page.waitForFunction((before) => document.querySelector('#zoek-status')?.textContent !== before, all);
    const count = (text: string | null) => Number(/\d+/.exec(text ?? '')?.[0]);
    expect(count(await page.locator('#zoek-status').textContent())).toBeLessThan(count(all));
    expect(page.url()).toContain('netwerk=Delfshaven');
  });

  it('reads the count out once the reader pauses, not after every few letters typed (helper-43)', async () => {
    await page.goto(`${opened.site.url}/zoeken/`);
    await page.waitForFunction(() => document.documentElement.dataset.search === 'ready');
    await page.evaluate(() => {
      const heard = ((window as unknown as { heard: Record<string, string[]> }).heard = { spoken: [], shown: [] });
      const watch = (selector: string, into: string[]) =>
        new MutationObserver(() => into.push(document.querySelector(selector)!.textContent ?? '')).observe(document.querySelector(selector)!, { childList: true, characterData: true, subtree: true });
      watch('#zoek-melding', heard.spoken!);
      watch('#zoek-status', heard.shown!);
    });
    // A letter every 0.3 s: each pause is long enough for a search (0.25 s), none for reading out (1 s).
    await page.locator('#zoekterm').pressSequentially('vrijwilligers', { delay: 300 });
    const heard = () => page.evaluate(() => (window as unknown as { heard: Record<string, string[]> }).heard);
    await expect.poll(async () => (await heard()).spoken!.length).toBeGreaterThan(0);
    await page.waitForTimeout(1500);
    const { spoken, shown } = await heard();
    expect(new Set(shown).size, 'count lines shown while typing').toBeGreaterThan(1);
    expect(spoken).toEqual([await page.locator('#zoek-status').textContent()]);
    expect(spoken![0]).toMatch(/^\d+ resultaten? voor ‘vrijwilligers’/);
    // Enter reads the line out at once, where it changed.
    await page.locator('#zoekterm').fill('zorg');
    await page.keyboard.press('Enter');
    await expect.poll(async () => (await heard()).spoken!.at(-1), { timeout: 900 }).toMatch(/voor ‘zorg’/);
  });

  it('reads a shared address\'s filter values as the site writes them, and leaves out one the site does not have (helper-43)', async () => {
    await page.goto(`${opened.site.url}/zoeken/?netwerk=delfshaven`);
    await page.waitForSelector('#zoek-resultaten li.search-result');
    expect(await page.locator('#zoek-status').textContent()).toMatch(/^\d+ resultaten? met dit filter/);
    expect(await page.locator('#zoek-filters input[name="netwerk"][value="Delfshaven"]').isChecked()).toBe(true);
    await expect.poll(() => new URL(page.url()).search).toBe('?netwerk=Delfshaven');
    await page.goto(`${opened.site.url}/zoeken/?q=zorg&type=projecten`);
    await page.waitForSelector('#zoek-resultaten li.search-result');
    expect(await page.locator('#zoek-status').textContent()).toMatch(/^\d+ resultaten voor ‘zorg’$/);
    expect(await page.locator('#zoek-filterknop').textContent()).toBe('Filters');
    await expect.poll(() => new URL(page.url()).search).toBe('?q=zorg');
  });

  it('lists the fourteen networks by the type filter alone as fourteen rows, not one "en 13 andere" (helper-26)', async () => {
    await page.goto(`${opened.site.url}/zoeken/?type=netwerk`);
    await expect.poll(() => page.locator('#zoek-status').textContent()).toBe('14 resultaten met dit filter');
    expect(await page.locator('#zoek-resultaten li.search-result').count()).toBe(10);
    await page.locator('#zoek-meer').click();
    await expect.poll(() => page.locator('#zoek-resultaten li.search-result').count()).toBe(14);
    expect(await page.locator('#zoek-resultaten').textContent()).not.toContain('andere netwerkpagina');
  });

  it('searches a misspelling as the one close word, with the way back to the query as typed where that finds pages, which offers the word', async () => {
    await page.goto(`${opened.site.url}/zoeken/?q=delftshaven`);
    await page.waitForSelector('#zoek-resultaten li.search-result');
    expect(await page.locator('#zoek-status').textContent()).toBe('4 resultaten voor ‘Delfshaven’; ‘delftshaven’ staat niet op de site.');
    expect(await page.locator('#zoek-resultaten .search-result-title a').first().textContent()).toBe('Delfshaven');
    // As typed it finds nothing, as the count says: no link to it (helper-30 followed it in a circle).
    expect(await page.locator('#zoek-suggesties').textContent()).toBe('');
    await page.goto(`${opened.site.url}/zoeken/?q=delftshaven+netwerk`);
    await page.waitForFunction(() => document.querySelector('#zoek-suggesties')?.textContent);
    expect(await page.locator('#zoek-suggesties').textContent()).toBe('Gezocht naar Delfshaven netwerk — zoek in plaats daarvan naar delftshaven netwerk');
    const instead = page.locator('#zoek-suggesties a');
    expect(await instead.getAttribute('href')).toBe('/zoeken/?q=delftshaven+netwerk&letterlijk=1');
    await instead.click();
    await page.waitForFunction(() => document.querySelector('#zoek-suggesties')?.textContent?.startsWith('Bedoelde je'));
    // The network pages that say only their own name fold into one group (helper-45), as the count says.
    expect(await page.locator('#zoek-status').textContent()).toMatch(/^\d+ resultaten voor ‘netwerk’ \(in \d+ groepen: pagina’s met bijna dezelfde tekst staan samen\): ‘delftshaven’ staat niet op de site en is weggelaten\.$/);
    expect(await page.locator('#zoek-suggesties').textContent()).toBe('Bedoelde je Delfshaven netwerk?');
    await page.locator('#zoek-suggesties a').click();
    await page.waitForURL((u) => u.searchParams.get('q') === 'Delfshaven netwerk' && !u.searchParams.has('letterlijk'));
    await page.waitForSelector('#zoek-resultaten li.search-result');
    expect(await page.locator('#zoek-suggesties').textContent()).toBe('');
  });

  it('for a phrase in quotes that no page has, says so and offers the words without quotes (helper-30)', async () => {
    await page.goto(`${opened.site.url}/zoeken/?q=${encodeURIComponent('‘wijknetwerk Charlois’')}`);
    await page.waitForFunction(() => document.querySelector('#zoek-suggesties')?.textContent);
    expect(await page.locator('#zoek-status').textContent()).toBe('Geen resultaten voor ‘wijknetwerk Charlois’: ‘wijknetwerk’ staat niet op de site.');
    expect(await page.locator('#zoek-resultaten li.search-result').count()).toBe(0);
    expect(await page.locator('#zoek-suggesties').textContent()).toBe('Zoek zonder aanhalingstekens: wijknetwerk Charlois');
    await followOffer(page, 'wijknetwerk Charlois');
    await expect.poll(() => page.locator('#zoek-status').textContent()).toMatch(/^1 resultaat voor ‘wijk netwerk Charlois’: ‘wijknetwerk’ staat zo niet op de site, de losse woorden wel\.$/);
  });

  it('says which words the site does not have, and lists nothing for the common word left over', async () => {
    await page.goto(`${opened.site.url}/zoeken/?q=Purdey+van+Muiden`);
    await page.waitForFunction(() => document.querySelector('#zoek-status')?.textContent);
    expect(await page.locator('#zoek-status').textContent()).toBe('Geen resultaten voor ‘Purdey van Muiden’: ‘Purdey’ en ‘Muiden’ staan niet op de site.');
    expect(await page.locator('#zoek-resultaten li').count()).toBe(0);
  });

  it('where no page has all the words, offers each word alone, and one click searches it (helper-28: "jongeren mbo" ended there)', async () => {
    await page.goto(`${opened.site.url}/zoeken/?q=jongeren+mbo`);
    await page.waitForFunction(() => document.querySelector('#zoek-status')?.textContent);
    expect(await page.locator('#zoek-status').textContent()).toBe('Geen resultaten voor ‘jongeren mbo’: geen pagina heeft al deze woorden.');
    expect(await page.locator('#zoek-suggesties').textContent()).toBe('Zoek op één woord: jongeren of mbo');
    await followOffer(page, 'mbo');
    await expect.poll(() => page.locator('#zoek-status').textContent()).toMatch(/^\d+ resultaten? voor ‘mbo’$/);
    expect(await page.locator('#zoek-resultaten li.search-result').count()).toBeGreaterThan(0);
  });

  it('builds its links from its own path, not the address bar\'s: at //zoeken/ a link to //zoeken/?q=… would go to the host "zoeken" (helper-35)', async () => {
    const served: string[] = [];
    for (const address of [`${opened.site.url}//zoeken/?q=jongeren+mbo`, `${opened.site.url}/zoeken/index.html?q=jongeren+mbo`]) {
      const response = await page.goto(address);
      if (response?.status() !== 200) continue; // a server that does not answer the address: nothing to follow
      served.push(address);
      await page.waitForFunction(() => document.querySelector('#zoek-suggesties a'));
      const hrefs = await page.locator('#zoek-suggesties a').evaluateAll((links) => links.map((a) => a.getAttribute('href')));
      expect(hrefs, address).toEqual(['/zoeken/?q=jongeren', '/zoeken/?q=mbo']);
      await followOffer(page, 'mbo');
      expect(new URL(page.url()).origin).toBe(new URL(opened.site.url).origin);
    }
    expect(served.length).toBeGreaterThan(0); // the test server answers /zoeken/index.html at least
  });

  it('offers the part of a compound the site has, where the whole is on no page and near no word of it', async () => {
    await page.goto(`${opened.site.url}/zoeken/?q=welzijnswerkers`);
    await page.waitForFunction(() => document.querySelector('#zoek-status')?.textContent);
    expect(await page.locator('#zoek-status').textContent()).toBe('Geen resultaten: ‘welzijnswerkers’ staat niet op de site.');
    expect(await page.locator('#zoek-suggesties').textContent()).toBe('Zoek op een deel van het woord: welzijn');
    await followOffer(page, 'welzijn');
    await expect.poll(() => page.locator('#zoek-status').textContent()).toMatch(/^\d+ resultaten? voor ‘welzijn’$/);
  });

  // The real network pages no longer share a paragraph (issue 22), so the duplicate-heavy case is the
  // fixture's: fourteen network pages repeat one paragraph about Marleen de Wit (tests/helpers/search-fixture.ts).
  it('shows pages with the same paragraph as one row, the others behind it, and the count says so', async () => {
    await onFixture(async (p, url) => {
      await p.goto(`${url}/zoeken/?q=Marleen+de+Wit`);
      await p.waitForSelector('#zoek-resultaten li.search-result');
      const titles = await resultTitles(p);
      expect(titles[0]).toBe('Bericht nummer 7 uit de wijk');
      expect(titles).toHaveLength(2);
      const alike = p.locator('#zoek-resultaten .search-result-alike');
      expect(await alike.locator('summary').textContent()).toBe('en 13 andere netwerkpagina’s met bijna dezelfde tekst');
      await alike.locator('summary').click();
      expect(await alike.locator('a').count()).toBe(13);
      expect(await p.locator('#zoek-status').textContent()).toBe('15 resultaten voor ‘Marleen de Wit’ (in 2 groepen: pagina’s met bijna dezelfde tekst staan samen)');
    });
  });

  it('with no results, shows no filters that would all say (0), and offers the overview pages', async () => {
    for (const query of ['wijkteam', 'mantelzorg']) {
      await page.goto(`${opened.site.url}/zoeken/?q=${query}`);
      await page.waitForFunction(() => document.querySelector('#zoek-status')?.textContent);
      expect(await page.locator('#zoek-status').textContent()).toMatch(/^Geen resultaten/);
      expect(await page.locator('#zoek-filterknop').isVisible()).toBe(false);
      expect(await page.locator('#zoek-sortering').isVisible()).toBe(false);
      expect(await page.locator('#zoek-filters input').first().isVisible()).toBe(false);
      const overviews = page.locator('#zoek-overzichten');
      expect(await overviews.isVisible()).toBe(true);
      expect(await overviews.locator('a').evaluateAll((links) => links.map((a) => a.getAttribute('href')))).toEqual(['/nieuws/', '/netwerken/', '/projecten/', '/pacten/', '/themas/', '/organisaties/']);
    }
    // A search with results brings the filters back and the overviews away.
    await page.locator('#zoekterm').fill('Delfshaven');
    await page.locator('#zoekterm').press('Enter');
    await page.waitForSelector('#zoek-resultaten li.search-result');
    expect(await page.locator('#zoek-sortering').isVisible()).toBe(true);
    expect(await page.locator('#zoek-overzichten').isVisible()).toBe(false);
  });

  it('loads the filters only once the first results are on screen, then counts what ticking each value gives', async () => {
    // Pagefind counts every filter it has loaded on each search (BENCHMARKS.md): the engine that answers loads none it does not search with.
    const fresh = await opened.browser.newPage();
    await fresh.addInitScript(() => {
      new MutationObserver((_, observer) => {
        if (!document.querySelector('#zoek-resultaten li.search-result')) return;
        observer.disconnect();
        (window as unknown as { resultsAt: number }).resultsAt = Date.now();
      }).observe(document, { childList: true, subtree: true });
    });
    // Pagefind's worker fetches the filter files: the browser's start time of each request (wall clock, as Date.now() in the page).
    const fetched: { path: string; startedAt: number }[] = [];
    fresh.on('requestfinished', (request) => fetched.push({ path: new URL(request.url()).pathname, startedAt: request.timing().startTime }));
    await fresh.goto(`${opened.site.url}/zoeken/?q=zorg&jaar=2023`);
    await fresh.waitForSelector('#zoek-resultaten li.search-result');
    await fresh.waitForSelector('#zoek-filters:not([aria-busy]) input', { state: 'attached' });
    const resultsAt = await fresh.evaluate(() => (window as unknown as { resultsAt: number }).resultsAt);
    const filterFiles = fetched.filter((request) => request.path.startsWith('/pagefind/filter/'));
    expect(filterFiles.length).toBeGreaterThan(1);
    // The ticked year's own filter file may come with the search that uses it; every other one after the results.
    expect(filterFiles.filter((request) => request.startedAt < resultsAt).length).toBeLessThanOrEqual(1);
    expect(await fresh.locator('#zoek-filters input[value="2023"] + span + .count').textContent()).toBe('(1)');
    expect(await fresh.locator('#zoek-filters input[value="2023"]').isChecked()).toBe(true);
    await fresh.close();
  });

  it('counts for each filter value what ticking it gives, and offers to clear filters that hide every result', async () => {
    await page.goto(`${opened.site.url}/zoeken/?q=zorg&jaar=2023`);
    await page.waitForSelector('#zoek-resultaten li.search-result');
    await page.waitForSelector('#zoek-filters:not([aria-busy]) input', { state: 'attached' });
    const count2016 = await page.locator('#zoek-filters input[value="2016"] + span + .count').textContent();
    expect(count2016).not.toBe('(0)');
    await onFixture(async (fixturePage, url) => {
      // Marleen stands on the fourteen network pages and news item 7: no project.
      await fixturePage.goto(`${url}/zoeken/?q=Marleen&type=project`);
      await fixturePage.waitForFunction(() => document.querySelector('#zoek-status')?.textContent);
      expect(await fixturePage.locator('#zoek-status').textContent()).toBe('Geen resultaten voor ‘Marleen’ met dit filter; zonder dat filter zijn er 15.');
      await fixturePage.getByRole('button', { name: 'Filters wissen' }).click();
      await fixturePage.waitForSelector('#zoek-resultaten li.search-result');
      expect(fixturePage.url()).not.toContain('type=');
      expect(await fixturePage.locator('#zoek-filters input:checked').count()).toBe(0);
    });
  });

  it('lets no value be ticked that would leave nothing, but one already ticked can always be unticked (helper-45: "Netwerk (0)")', async () => {
    await page.goto(`${opened.site.url}/zoeken/?q=mbo`);
    await page.waitForSelector('#zoek-resultaten li.search-result');
    await page.waitForSelector('#zoek-filters:not([aria-busy]) input', { state: 'attached' });
    const boxes = await page.locator('#zoek-filters input').evaluateAll((els) => els.map((el) => ({ disabled: (el as HTMLInputElement).disabled, count: el.parentElement!.querySelector('.count')!.textContent })));
    expect(boxes.filter((b) => b.count === '(0)').length, 'values with no result for "mbo"').toBeGreaterThan(0);
    for (const box of boxes) expect(box.disabled, JSON.stringify(box)).toBe(box.count === '(0)');
    await onFixture(async (fixturePage, url) => {
      await fixturePage.goto(`${url}/zoeken/?q=Marleen&type=project`);
      await fixturePage.waitForFunction(() => document.querySelector('#zoek-status')?.textContent);
      await fixturePage.waitForSelector('#zoek-filters:not([aria-busy]) input', { state: 'attached' });
      const ticked = fixturePage.locator('#zoek-filters input[value="project"]');
      expect(await ticked.isChecked()).toBe(true);
      expect(await ticked.isDisabled()).toBe(false);
    });
  });

  it('sorts by date, newest first, and keeps that in the URL', async () => {
    await page.goto(`${opened.site.url}/zoeken/?q=delfshaven&type=nieuws&sorteer=datum`);
    await page.waitForSelector('#zoek-resultaten li.search-result');
    expect(await page.locator('#zoek-sortering').inputValue()).toBe('datum');
    const dates = await page.locator('#zoek-resultaten time').evaluateAll((els) => els.map((e) => e.getAttribute('datetime')));
    expect(dates).toEqual([...dates].sort().reverse());
  });

  it('searches the words of a crafted address without its control characters, and shows them back in reading order', async () => {
    // A right-to-left override and a NUL: the page's own sentence turned around, and "zorg" told missing (seen by helper-22).
    await page.goto(`${opened.site.url}/zoeken/?q=%E2%80%AEzorg%E2%80%8B%00%20welzijn`);
    await page.waitForSelector('#zoek-resultaten li.search-result');
    const status = await page.locator('#zoek-status').innerText();
    expect(status).toMatch(/^\d+ resultaten voor ‘zorg welzijn’/);
    expect(await page.locator('#zoekterm').inputValue()).toBe('zorg welzijn');
    expect(await page.locator('#zoekterm').getAttribute('maxlength')).toBe('200');
  });

  it('Back returns to the search before a new one typed in the box, with its results, and Forward again; Enter after typing adds no second entry (seen by helper-23)', async () => {
    await page.goto(`${opened.site.url}/`);
    await page.locator('header input[name="q"]').fill('jongeren');
    await page.locator('header button[type="submit"]').click();
    await page.waitForSelector('#zoek-resultaten li.search-result');
    const box = page.locator('#zoekterm');
    await box.fill('');
    await box.pressSequentially('opleiding', { delay: 60 });
    await box.press('Enter');
    await expect.poll(() => new URL(page.url()).searchParams.get('q')).toBe('opleiding');
    await expect.poll(() => page.locator('#zoek-status').textContent()).toMatch(/resulta(at|ten) voor ‘opleiding’/);
    await page.goBack();
    await expect.poll(() => new URL(page.url()).searchParams.get('q')).toBe('jongeren');
    await expect.poll(() => page.locator('#zoek-status').textContent()).toMatch(/^\d+ resulta(at|ten) voor ‘jongeren’$/);
    expect(await box.inputValue()).toBe('jongeren');
    await page.goBack();
    await expect.poll(() => new URL(page.url()).pathname).toBe('/');
    await page.goForward();
    await expect.poll(() => page.locator('#zoek-status').textContent()).toMatch(/voor ‘jongeren’$/);
    await page.goForward();
    await expect.poll(() => page.locator('#zoek-status').textContent()).toMatch(/voor ‘opleiding’/);
    expect(await box.inputValue()).toBe('opleiding');
    // Each entry of the history (and the tab) names its own search, not "Zoeken" three times.
    expect(await page.title()).toBe('‘opleiding’ – Zoeken | Zorg en Welzijn Rotterdam');
    const cdp = await page.context().newCDPSession(page);
    const { entries } = await cdp.send('Page.getNavigationHistory');
    expect(entries.slice(-3).map((e) => e.title)).toEqual(['Zorg en Welzijn Rotterdam: arbeidsmarkt in zorg en welzijn', '‘jongeren’ – Zoeken | Zorg en Welzijn Rotterdam', '‘opleiding’ – Zoeken | Zorg en Welzijn Rotterdam']);
    await cdp.detach();
  });

  it('Back from a result, where the browser loads the search anew, shows as many results as before and the row that was opened (seen by helper-25)', async () => {
    const reloading = await launchBrowser(['--disable-back-forward-cache']); // as a browser whose page cache is full or off
    try {
      const p = await (await reloading.newContext({ viewport: { width: 1280, height: 800 } })).newPage();
      await p.goto(`${opened.site.url}/zoeken/?q=zorg`);
      await p.waitForSelector('#zoek-resultaten li.search-result');
      const rows = p.locator('#zoek-resultaten > li');
      await p.locator('#zoek-meer').click();
      await expect.poll(() => rows.count()).toBeGreaterThan(10);
      const shown = await rows.count();
      await rows.last().locator('.search-result-title a').click();
      await p.waitForURL((u) => u.pathname !== '/zoeken/');
      await p.goBack();
      await p.waitForSelector('#zoek-resultaten li.search-result');
      await expect.poll(() => rows.count()).toBe(shown);
      await expect.poll(() => rows.last().evaluate((row) => row.getBoundingClientRect().top >= 0 && row.getBoundingClientRect().top < window.innerHeight)).toBe(true);
    } finally {
      await reloading.close();
    }
  });

  it('lists nothing for a query of signs alone ("%" listed all 39 pages, seen by helper-23)', async () => {
    await page.goto(`${opened.site.url}/zoeken/?q=%25`);
    await expect.poll(() => page.locator('#zoek-status').textContent(), { timeout: 10_000 }).toBe('Geen resultaten voor ‘%’');
    expect(await page.locator('#zoek-resultaten li').count()).toBe(0);
  });

  it('"Meer resultaten tonen" adds rows or loads the rest, and leaves the focus on a result, not on the page once the button has gone (seen by helper-23)', async () => {
    await page.goto(`${opened.site.url}/zoeken/?q=zorg`);
    await page.waitForSelector('#zoek-resultaten li.search-result');
    const more = page.locator('#zoek-meer');
    let rows = await page.locator('#zoek-resultaten > li').count();
    let presses = 0;
    while (await more.isVisible()) {
      await more.focus();
      await page.keyboard.press('Enter');
      // A press adds a row, or (the rest sharing rows already shown) loads the rest, and the button goes.
      await expect.poll(async () => (await page.locator('#zoek-resultaten > li').count()) > rows || !(await more.isVisible())).toBe(true);
      rows = await page.locator('#zoek-resultaten > li').count();
      expect(await page.evaluate(() => document.activeElement?.closest('#zoek-resultaten') !== null && document.activeElement?.tagName === 'A'), `focus after press ${++presses}`).toBe(true);
    }
    expect(presses).toBeGreaterThanOrEqual(2);
  });

  it('says plainly on the search page when JavaScript is off, what to do instead, and shows no control that needs it', async () => {
    const context = await opened.browser.newContext({ javaScriptEnabled: false });
    const p = await context.newPage();
    await p.goto(`${opened.site.url}/zoeken/?q=zorg`);
    const main = await p.locator('main').innerText();
    expect(main).toContain('Zoeken werkt alleen met JavaScript');
    expect(main).toContain('Zet JavaScript aan en zoek opnieuw, of vind wat je zoekt via de overzichten');
    for (const control of ['#zoek-sortering', '#zoek-filterknop', '#zoek-status', '#zoek-resultaten']) expect(await p.locator(control).isVisible(), control).toBe(false);
    expect(await p.locator('#zoekterm').isVisible()).toBe(true);
    await context.close();
  });

  it('pages through /nieuws/ with numbered links', async () => {
    await onFixture(async (page, url) => {
      await page.goto(`${url}/nieuws/`);
      expect(await page.locator('main .card').count()).toBe(10);
      await page.getByRole('link', { name: 'Volgende pagina' }).click();
      await expect.poll(() => new URL(page.url()).pathname).toBe('/nieuws/2/');
      await page.getByRole('link', { name: 'Pagina 3' }).click();
      await expect.poll(() => new URL(page.url()).pathname).toBe('/nieuws/3/');
      expect(await page.locator('main .card').count()).toBe(5);
      expect(await page.locator('.pager [aria-current="page"]').textContent()).toContain('3');
      await page.getByRole('link', { name: 'Vorige pagina' }).click();
      await expect.poll(() => new URL(page.url()).pathname).toBe('/nieuws/2/');
    });
  });

  it('prints a fact sheet on one A4 page without navigation, with the page URL', async () => {
    await page.goto(opened.site.url + '/projecten/zorg-thuis-en-in-de-buurt/');
    await page.emulateMedia({ media: 'print' });
    for (const selector of ['.site-header', '.main-nav', '.breadcrumbs', '.site-footer']) expect(await page.locator(selector).isVisible(), selector).toBe(false);
    expect(await page.locator('.print-only').isVisible()).toBe(true);
    const pdf = await page.pdf({ format: 'A4' });
    expect(pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g)).toHaveLength(1);
    await page.emulateMedia({ media: 'screen' });
  });
});

describe('search on a phone (320 × 640)', () => {
  let guard: Guarded;
  let page: Page;
  beforeAll(async () => {
    guard = await guardedContext(opened.browser, opened.site.url, { viewport: { width: 320, height: 640 }, hasTouch: true, isMobile: true });
    page = await guard.context.newPage();
  });
  afterAll(() => guard.context.close());

  /** The count and the first result's title are on screen. */
  async function answerInView() {
    await page.waitForFunction(() => {
      const status = document.querySelector('#zoek-status')!.getBoundingClientRect();
      const title = document.querySelector('#zoek-resultaten .search-result-title')?.getBoundingClientRect();
      return status.top >= 0 && title !== undefined && title.bottom <= window.innerHeight;
    }, undefined, { timeout: 5_000 });
  }

  it('keeps room for results only when a search is on its way: opened without one, the footer follows the Filters button (helper-54)', async () => {
    const gapBelowFilters = () =>
      page.evaluate(() => document.querySelector('footer')!.getBoundingClientRect().top - document.querySelector('#zoek-filterknop')!.getBoundingClientRect().bottom);
    await page.goto(`${opened.site.url}/zoeken/`);
    await page.waitForFunction(() => document.documentElement.dataset.search === 'ready');
    expect(await gapBelowFilters()).toBeLessThan(200);
    await page.goto(`${opened.site.url}/zoeken/?q=zorg`);
    await answerInView();
    expect(await page.evaluate(() => document.querySelector('#zoek-onderdelen')!.getBoundingClientRect().height)).toBeGreaterThanOrEqual(640);
  });

  it('folds sort and filters behind one Filters button', async () => {
    await page.goto(`${opened.site.url}/zoeken/`);
    await page.waitForFunction(() => document.documentElement.dataset.search === 'ready');
    const toggle = page.locator('#zoek-filterknop');
    expect(await toggle.isVisible()).toBe(true);
    expect(await toggle.getAttribute('aria-expanded')).toBe('false');
    expect(await page.locator('#zoek-sortering').isVisible()).toBe(false);
    // Its name is the word alone: the arrow is drawing (helper-43: "Filters ▾" was read out).
    expect(await page.getByRole('button', { name: 'Filters', exact: true }).count()).toBe(1);
    await toggle.click();
    expect(await toggle.getAttribute('aria-expanded')).toBe('true');
    expect(await page.locator('#zoek-sortering').isVisible()).toBe(true);
    await page.waitForSelector('#zoek-filters details');
    expect(await page.getByRole('button', { name: 'Filters', exact: true }).count()).toBe(1);
  });

  it('keeps a breadcrumb\'s separator on the line of the link before it when a long page name moves to the next line (helper-43)', async () => {
    await page.goto(`${opened.site.url}/nieuws/vws-op-werkbezoek-bij-laurens-delfshaven/`);
    const crumbs = await page.locator('.breadcrumbs li').evaluateAll((items) =>
      items.map((li) => ({ lines: new Set([...li.getClientRects()].map((r) => Math.round(r.top))).size, before: getComputedStyle(li, '::before').content, top: Math.round(li.getBoundingClientRect().top) })),
    );
    expect(new Set(crumbs.map((c) => c.top)).size, 'the page name on a line of its own at 320 px').toBeGreaterThan(1);
    for (const crumb of crumbs.slice(0, -1)) expect(crumb.lines).toBe(1);
    expect(crumbs.map((c) => c.before)).toEqual(crumbs.map(() => 'none'));
  });

  it('brings the count and the first result into view after Enter', async () => {
    await page.goto(`${opened.site.url}/zoeken/`);
    await page.waitForFunction(() => document.documentElement.dataset.search === 'ready');
    await page.locator('#zoekterm').fill('zorg');
    await page.locator('#zoekterm').press('Enter');
    await page.waitForSelector('#zoek-resultaten li.search-result');
    await answerInView();
  });

  it('wraps a long word or a pasted address in the answer instead of widening the page (seen by helper-23: 386 px)', async () => {
    // The address's path is searched as words since 1 December (a slash between words): it finds the page it names.
    for (const [query, status] of [['arbeidsmarktontwikkelingsprogramma', /^Geen resultaten/], ['https%3A%2F%2Fzorgwelzijn-rotterdam.nl%2Fprojecten%2Fbrugbanen%2F', /^1 resultaat voor ‘projecten brugbanen\/’: ‘https:\/\/zorgwelzijn-rotterdam\.nl’ staat niet op de site/]] as const) {
      await page.goto(`${opened.site.url}/zoeken/?q=${query}`);
      await expect.poll(() => page.locator('#zoek-status').textContent(), { timeout: 10_000 }).toMatch(status);
      expect(await page.evaluate(() => document.documentElement.scrollWidth), query).toBeLessThanOrEqual(320);
    }
    expect(await page.locator('.search-result-title').allTextContents()).toEqual(['Brugbanen']);
  });

  it('shows the header box\'s placeholder whole, and the current page in the breadcrumbs on the line of the links before it (helper-28)', async () => {
    await page.goto(`${opened.site.url}/netwerken/delfshaven/`);
    const [textWidth, room] = await page.locator('header input[name="q"]').evaluate((input: HTMLInputElement) => {
      const style = getComputedStyle(input);
      const context = document.createElement('canvas').getContext('2d')!;
      context.font = `${style.fontWeight} ${style.fontSize} ${style.fontFamily}`;
      return [context.measureText(input.placeholder).width, input.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight)];
    });
    expect(textWidth).toBeLessThanOrEqual(room);
    const tops = await page.locator('.breadcrumbs li > *').evaluateAll((crumbs) => crumbs.map((c) => Math.round(c.getBoundingClientRect().top)));
    expect(tops).toEqual(tops.map(() => tops[0]));
  });

  it('brings the way out into view when filters hide every result', async () => {
    await page.goto(`${opened.site.url}/zoeken/?q=Boijmans&type=project`);
    const clear = page.getByRole('button', { name: 'Filters wissen' });
    await clear.waitFor();
    await page.waitForFunction(() => document.querySelector('#zoek-suggesties button')!.getBoundingClientRect().bottom <= window.innerHeight, undefined, { timeout: 5_000 });
  });

  it('brings them into view after a search from the header', async () => {
    await page.goto(`${opened.site.url}/netwerken/`);
    await page.locator('header input[name="q"]').fill('Delfshaven');
    await page.locator('header input[name="q"]').press('Enter');
    await page.waitForURL((u) => u.pathname === '/zoeken/');
    await page.waitForSelector('#zoek-resultaten li.search-result');
    await answerInView();
    // The count is read out whole from its live region.
    expect(await page.locator('#zoek-melding').getAttribute('role')).toBe('status');
    expect(await page.locator('#zoek-melding').getAttribute('aria-atomic')).toBe('true');
    expect(await page.locator('#zoek-melding').textContent()).toBe(await page.locator('#zoek-status').textContent());
  });
});

describe('page weight', () => {
  it.each(Object.entries(SAMPLE_PAGES))('%s (%s) stays within its budget on a cold load', async (type, url) => {
    const weights = await coldLoad(opened.browser, opened.site.url + url, url.startsWith('/zoeken/') ? (p) => settle(p, url) : undefined);
    expect(weights.html).toBeGreaterThan(0);
    expect(weights.css).toBeGreaterThan(0);
    expect(overBudget(weights, BUDGETS[type]!)).toEqual([]);
    if (type === 'zoeken') expect(weights.js).toBeGreaterThan(0); // search loads its code here, and only here
  });
});

describe('screenshots', () => {
  it('of the search page with results, a correction, no results, filters and without JavaScript, at 320 and 1280 px, light and dark', { timeout: 300_000 }, async () => {
    mkdirSync(SHOT_DIR, { recursive: true });
    const states: [name: string, url: string, script: boolean][] = [
      ['zoeken-resultaten', '/zoeken/?q=Hugo+de+Jonge', true],
      ['zoeken-correctie', '/zoeken/?q=delftshaven', true],
      ['zoeken-geen', '/zoeken/?q=Purdey+van+Muiden', true],
      ['zoeken-filters', '/zoeken/?q=zorg&jaar=2023', true],
      ['zoeken-filters-verbergen-alles', '/zoeken/?q=Boijmans&type=project', true],
      ['zoeken-zonder-js', '/zoeken/?q=zorg', false],
    ];
    // Every state light at 320 px and dark at 1280 px, as the sweeps above; the results also in the two other combinations, so each width is seen in both schemes.
    const combinations = [['light', 320, states], ['dark', 1280, states], ['dark', 320, states.slice(0, 1)], ['light', 1280, states.slice(0, 1)]] as const;
    const shots = new Map<string, Buffer>();
    for (const [scheme, width, shown] of combinations) {
      const height = width === 320 ? 640 : 900;
      // Reduced motion: the scroll to the answer is a jump, not a smooth scroll to wait out.
      const options = { colorScheme: scheme, viewport: { width, height }, reducedMotion: 'reduce' } as const;
      const context = await opened.browser.newContext({ ...options, javaScriptEnabled: true });
      // A context without JavaScript only where a state needs one: each page Chromium opens costs a renderer's start.
      const noScript = shown.some(([, , script]) => !script) ? await opened.browser.newContext({ ...options, javaScriptEnabled: false }) : undefined;
      const pages = { script: await context.newPage(), none: await noScript?.newPage() };
      for (const [name, url, script] of shown) {
        const page = script ? pages.script : pages.none!;
        await page.goto(opened.site.url + url);
        if (script) {
          await page.waitForFunction(() => document.querySelector('#zoek-status')?.textContent);
          if (width === 320 && name === 'zoeken-filters') await page.locator('#zoek-filterknop').click();
          await resultTitles(page, { orNone: true });
          await page.waitForSelector('#zoek-filters:not([aria-busy])', { state: 'attached' });
        }
        shots.set(`${name}-${width}-${scheme}`, await page.screenshot({ path: path.join(SHOT_DIR, `${name}-${width}-${scheme}.png`) }));
      }
      await context.close();
      await noScript?.close();
    }
    // Each state looks different from every other state at the same size and scheme: the search answered each its own way.
    const alike = [...shots.keys()].filter((a) => [...shots.keys()].some((b) => a < b && a.split('-').slice(-2).join() === b.split('-').slice(-2).join() && shots.get(a)!.equals(shots.get(b)!)));
    expect(alike).toEqual([]);
    expect(sameInLightAndDark(shots)).toEqual([]);
  });
});
