/**
 * The reader on a phone and on a wide screen, in real Chromium: the area map
 * legible with labels of at least 12 px and in reading order where there is room
 * for it, left out on a phone (the list serves), key figures
 * readable at 320 px, related links beside a news item on a desktop, the
 * header's contrast. (No line that starts with a comma: browser.test.ts's phone sweep.)
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { AREAS } from '../../src/lib/content-model.ts';
import { withAxe } from '../helpers/browser.ts';
import { browserOnSite } from '../helpers/site-browser.ts';
import { siteDir } from '../helpers/dist.ts';

const opened = browserOnSite(siteDir);

let shared: Page | undefined;

/** The file's one page, at `width`, on `url`: a page of its own for every visit cost 0.3–0.9 s to open (Chromium starts a renderer for it). */
async function open(width: number, url: string): Promise<Page> {
  shared ??= await opened.browser.newPage();
  await shared.setViewportSize({ width, height: 900 });
  await shared.goto(opened.site.url + url);
  return shared;
}

/** Every tile of the map on the page: its name, box, font size and whether its text fits. */
function tiles(page: Page) {
  return page.locator('ul.area-map a').evaluateAll((links) =>
    links.map((a) => {
      const box = a.getBoundingClientRect();
      return {
        name: a.textContent ?? '',
        fontSize: parseFloat(getComputedStyle(a).fontSize),
        fits: a.scrollWidth <= a.clientWidth && a.scrollHeight <= a.clientHeight,
        left: box.left,
        top: box.top,
        width: box.width,
      };
    }),
  );
}

const MAP_PAGES = ['/', '/netwerken/', '/netwerken/delfshaven/', '/netwerken/hillegersberg-schiebroek/'];

describe('an address that does not exist (helper-61: /netwerken/feyenoord/ gave an empty search box)', () => {
  it('puts the address\'s words in the 404 page\'s search box and links a search for them, which finds the page meant', async () => {
    const page = await open(320, '/netwerken/feyenoord/');
    expect(await page.locator('#search-404').inputValue()).toBe('feyenoord');
    const link = page.locator('#zoek-adres a');
    expect(await link.textContent()).toBe('Zoek naar ‘feyenoord’');
    await link.click();
    await page.waitForSelector('#zoek-resultaten li.search-result');
    expect(await page.locator('.search-result-title a').first().getAttribute('href')).toBe('/netwerken/feijenoord/');
    // An address without words leaves the box empty and offers nothing.
    await open(320, '/2016/');
    expect(await page.locator('#search-404').inputValue()).toBe('');
    expect(await page.locator('#zoek-adres').isHidden()).toBe(true);
  });
});

describe('the header on a phone', () => {
  it('at 320 px takes two rows of menu: the search form stands above, so its menu item is not shown there (helper-57)', async () => {
    const page = await open(320, '/nieuws/');
    expect(await page.locator('.site-header form[role="search"]').isVisible()).toBe(true);
    expect(await page.locator('.main-nav a[href="/zoeken/"]').isVisible()).toBe(false);
    const rows = await page.locator('.main-nav li').evaluateAll((items) => new Set(items.filter((li) => li.getBoundingClientRect().height > 0).map((li) => Math.round(li.getBoundingClientRect().top))).size);
    expect(rows).toBe(2);
    // Where the page has the search form itself, the menu keeps its item; on a desktop it is always there.
    expect(await (await open(320, '/zoeken/')).locator('.main-nav a[href="/zoeken/"]').isVisible()).toBe(true);
    expect(await (await open(1280, '/nieuws/')).locator('.main-nav a[href="/zoeken/"]').isVisible()).toBe(true);
  });
});

describe('the area map', () => {
  it.each([1024, 1280])('at %i px: every label is at least 12 px and fits its tile', async (width) => {
    for (const url of MAP_PAGES) {
      const page = await open(width, url);
      const found = await tiles(page);
      expect(found.map((t) => t.name).sort(), url).toEqual([...AREAS].sort());
      for (const t of found) {
        expect(t.fontSize, `${url} ${t.name}`).toBeGreaterThanOrEqual(12);
        expect(t.fits, `${url} ${t.name} overflows its tile`).toBe(true);
        expect(t.left + t.width, `${url} ${t.name}`).toBeLessThanOrEqual(width);
      }
    }
  });

  it.each([320, 414])('at %i px, too narrow for a map, neither the map nor its heading is shown, and /netwerken/ lists every area (helper-54)', async (width) => {
    for (const url of MAP_PAGES) {
      const page = await open(width, url);
      expect(await page.locator('ul.area-map').isVisible(), url).toBe(false);
      // Out of the keyboard's and the screen reader's way too, heading and all.
      expect(await page.locator('.area-map-shown').evaluateAll((shown) => shown.map((el) => getComputedStyle(el).display)), url).toEqual(['none']);
      expect(await page.getByRole('heading', { name: /kaart/i }).count(), url).toBe(0);
    }
    const page = await open(width, '/netwerken/');
    const listed = await page.locator('main ul.column-list a').evaluateAll((links) => links.map((a) => a.textContent));
    expect(listed).toEqual([...AREAS].sort((a, b) => a.localeCompare(b, 'nl')));
    expect(await page.locator('main ul.column-list').isVisible()).toBe(true);
    // The home page has no such list of its own: the fourteen names stand where the map would (helper-57), each a link to its network.
    const home = await open(width, '/');
    const names = home.locator('main ul.area-names a');
    expect(await names.evaluateAll((links) => links.map((a) => a.textContent))).toEqual([...AREAS].sort((a, b) => a.localeCompare(b, 'nl')));
    expect(await names.evaluateAll((links) => links.filter((a) => a.getBoundingClientRect().height > 0).length)).toBe(14);
    expect(await names.first().getAttribute('href')).toBe('/netwerken/centrum/');
  });

  it('at 1280 px the home page shows the map, not the list of names as well', async () => {
    const page = await open(1280, '/');
    expect(await page.locator('main ul.area-map').isVisible()).toBe(true);
    expect(await page.locator('main ul.area-names').evaluate((list) => getComputedStyle(list).display)).toBe('none');
  });

  it('at 1280 px the tiles lie roughly where the areas lie, beside a network’s facts too; at 1024 px under them', async () => {
    for (const url of ['/', '/netwerken/', '/netwerken/delfshaven/']) {
      const page = await open(1280, url);
      const at = Object.fromEntries((await tiles(page)).map((t) => [t.name, t]));
      expect(at['Hoek van Holland']!.left, url).toBeLessThan(at.Delfshaven!.left); // west
      expect(at['Prins Alexander']!.left, url).toBeGreaterThan(at.Centrum!.left); // east
      expect(at.Charlois!.top, url).toBeGreaterThan(at.Centrum!.top); // south of the Maas
      expect(at.Overschie!.top, url).toBeLessThan(at.Delfshaven!.top); // north
    }
    const boxes = async (width: number) => {
      const page = await open(width, '/netwerken/delfshaven/');
      return { facts: (await page.locator('main dl.facts').boundingBox())!, map: (await page.locator('main ul.area-map').boundingBox())! };
    };
    const wide = await boxes(1280);
    expect(wide.map.x).toBeGreaterThan(wide.facts.x + wide.facts.width); // beside the facts
    expect(wide.map.y).toBeLessThan(wide.facts.y + wide.facts.height);
    // At 1024 px the facts and the map would each be too narrow side by side: the map stands under the facts, as wide as the page.
    const under = await boxes(1024);
    expect(under.map.y).toBeGreaterThan(under.facts.y + under.facts.height);
    expect(under.map.width).toBeGreaterThan(800);
  });

  it.each([1024, 1280])('at %i px the keyboard comes into the map at its first row and goes through the tiles in reading order, by their names', async (width) => {
    const page = await open(width, '/netwerken/');
    const visual = (await tiles(page))
      .sort((a, b) => Math.round(a.top) - Math.round(b.top) || a.left - b.left)
      .map((t) => t.name);
    // From the link before the map, as a keyboard comes.
    await page.evaluate(() => {
      const map = document.querySelector('ul.area-map')!;
      const before = [...document.querySelectorAll<HTMLElement>('a[href], input, button')].filter((el) => el.compareDocumentPosition(map) & Node.DOCUMENT_POSITION_FOLLOWING);
      before.at(-1)!.focus();
    });
    const order: (string | null | undefined)[] = [];
    for (let i = 0; i < AREAS.length; i++) {
      await page.keyboard.press('Tab');
      order.push(await page.evaluate(() => document.activeElement?.textContent));
    }
    expect(order).toEqual(visual);
    // Names read with their spaces: the accessible name is the area as written.
    for (const area of ['Prins Alexander', 'Hoek van Holland']) {
      await expect.poll(() => page.locator('ul.area-map').getByRole('link', { name: area, exact: true }).count()).toBe(1);
    }
  });
});

describe('key figures on a phone', () => {
  it.each(['/projecten/zorg-thuis-en-in-de-buurt/', '/projecten/voortraject/', '/themas/iedereen-doet-mee/'])('%s at 320 px: every cell of the table is in view, no table scrolls', async (url) => {
    const page = await open(320, url);
    const tables = await page.locator('.figure-table-box').evaluateAll((boxes) =>
      boxes.map((box) => ({
        scrolls: box.scrollWidth > box.clientWidth,
        note: box.querySelector<HTMLElement>('.figure-table-note')?.innerText ?? '',
        right: box.getBoundingClientRect().right,
        cells: [...box.querySelectorAll('tbody th, tbody td')].map((cell) => ({
          text: `${getComputedStyle(cell, '::before').content.replace(/^"|"$/g, '')}${(cell as HTMLElement).innerText}`,
          right: cell.getBoundingClientRect().right,
          width: cell.getBoundingClientRect().width,
        })),
      })),
    );
    expect(tables.length).toBeGreaterThan(0);
    for (const table of tables) {
      expect(table.scrolls).toBe(false);
      for (const cell of table.cells) {
        expect(cell.width, cell.text).toBeGreaterThan(0);
        expect(cell.right, cell.text).toBeLessThanOrEqual(table.right + 0.5);
      }
      // Each value is named by its column, so a stacked row still says what it is; a date no figure has is said once, under the table.
      expect(table.cells.map((c) => c.text).join(' ')).toMatch(/Waarde: .*Soort: /);
      if (!url.startsWith('/themas/')) expect(table.note + table.cells.map((c) => c.text).join(' ')).toMatch(/Peildatum: |Bij deze cijfers staat geen peildatum\./);
    }
  });

  it('at 1280 px the tables of a theme line up: each column as wide in every table (helper-57)', async () => {
    const page = await open(1280, '/themas/iedereen-doet-mee/');
    const columns = await page.locator('.figure-table thead tr').evaluateAll((rows) => rows.map((row) => [...row.children].map((th) => Math.round(th.getBoundingClientRect().left))));
    expect(columns.length).toBeGreaterThan(1);
    for (const row of columns) expect(row).toEqual(columns[0]);
  });

  it('at 1280 px a key-figures table is no wider than the text of the page, so a label stays near its value', async () => {
    for (const url of ['/projecten/voortraject/', '/themas/iedereen-doet-mee/']) {
      const page = await open(1280, url);
      const [table, text] = await page.evaluate(() => [document.querySelector('.figure-table')!.getBoundingClientRect().width, document.querySelector('main .prose')!.getBoundingClientRect().width]);
      expect(table, url).toBeGreaterThan(300);
      expect(table, url).toBeLessThanOrEqual(text + 1);
    }
  });

  it.each([320, 1280])('at %i px the key-figures box is no Tab stop when nothing in it scrolls', async (width) => {
    for (const url of ['/projecten/zorg-thuis-en-in-de-buurt/', '/themas/iedereen-doet-mee/']) {
      const page = await open(width, url);
      expect(await page.locator('.figure-table-box').evaluateAll((boxes) => boxes.every((box) => box.scrollWidth <= box.clientWidth))).toBe(true);
      const stops: string[] = [];
      for (let i = 0; i < 200; i++) {
        await page.keyboard.press('Tab');
        const stop = await page.evaluate(() => {
          const el = document.activeElement;
          return el && el !== document.body ? `${el.tagName.toLowerCase()}.${el.className}` : 'end';
        });
        if (stop === 'end') break;
        stops.push(stop);
      }
      expect(stops.length, url).toBeGreaterThan(5);
      expect(stops.filter((s) => s.includes('figure-table-box')), url).toEqual([]);
    }
  });

  it.each([320, 1280])('at %i px the chart’s text is at least 12 px', async (width) => {
    for (const url of ['/projecten/zorg-thuis-en-in-de-buurt/']) {
      const page = await open(width, url);
      const sizes = await page.locator('.chart .chart-text').evaluateAll((els) => els.map((el) => parseFloat(getComputedStyle(el).fontSize)));
      expect(sizes.length, url).toBeGreaterThan(0);
      for (const size of sizes) expect(size, url).toBeGreaterThanOrEqual(12);
    }
  });
});

describe('wide screens', () => {
  const item = '/nieuws/veertien-cooperatieve-netwerken-ondertekend/';
  it('at 1280 px a news item’s links sit beside its text, and fourteen networks take a few lines', async () => {
    const page = await open(1280, item);
    const article = (await page.locator('main article').boundingBox())!;
    const aside = (await page.locator('main aside').boundingBox())!;
    expect(aside.x).toBeGreaterThanOrEqual(article.x + article.width);
    expect(aside.y).toBeLessThan(article.y + 200);
    const rows = await page.locator('aside .compact-list li').evaluateAll((lis) => new Set(lis.map((li) => Math.round(li.getBoundingClientRect().top))).size);
    expect(await page.locator('aside .compact-list li').count()).toBe(14);
    expect(rows).toBeLessThanOrEqual(7);
  });
  it('at 320 px they follow the text in one column', async () => {
    const page = await open(320, item);
    const article = (await page.locator('main article').boundingBox())!;
    const aside = (await page.locator('main aside').boundingBox())!;
    expect(aside.y).toBeGreaterThanOrEqual(article.y + article.height);
  });
});

describe('the header in light and dark', () => {
  /** axe-core's own contrast ratio (what the axe checks use), in the page. */
  async function contrast(page: Page, selector: string, fg: string, bg: string): Promise<number> {
    return page.locator(selector).evaluate(
      (el, [fgProp, bgProp]) => {
        const { color } = (window as unknown as { axe: { commons: { color: { Color: new () => { parseString(s: string): unknown }; getContrast(b: unknown, f: unknown): number } } } }).axe.commons;
        const read = (prop: string) => {
          const [target, pseudo, name] = prop.split('|') as [string, string, string];
          const node = target === 'header' ? el.closest('header')! : target === 'page' ? document.body : el;
          return getComputedStyle(node, pseudo || null).getPropertyValue(name);
        };
        const parse = (text: string) => {
          const c = new color.Color();
          c.parseString(text);
          return c;
        };
        return color.getContrast(parse(read(bgProp)), parse(read(fgProp)));
      },
      [fg, bg] as const,
    );
  }

  it.each(['light', 'dark'] as const)('%s: the search placeholder reads at 4.5:1 or more, the focus outline stands out 3:1 from the header, form fields 3:1 from the page', async (scheme) => {
    const context = await opened.browser.newContext({ viewport: { width: 1280, height: 900 }, colorScheme: scheme });
    await withAxe(context);
    const page = await context.newPage();
    await page.goto(`${opened.site.url}/nieuws/`);
    expect(await contrast(page, '#site-search', 'self|::placeholder|color', 'self||background-color')).toBeGreaterThanOrEqual(4.5);
    // Keyboard focus: the site name, then the search box, each on the header's background.
    await page.keyboard.press('Tab'); // the skip link
    for (const selector of ['.site-header .site-name', '#site-search']) {
      await page.keyboard.press('Tab');
      expect(await page.evaluate(() => document.activeElement?.matches('.site-name, #site-search'))).toBe(true);
      expect(await contrast(page, selector, 'self||outline-color', 'header||background-color'), `${scheme} ${selector}`).toBeGreaterThanOrEqual(3);
    }
    // The edges of the search fields and the sort menu stand out 3:1 from the page (WCAG 1.4.11; helper-41 measured 2.95).
    await page.goto(`${opened.site.url}/zoeken/`);
    for (const selector of ['#zoekterm', '#zoek-sortering']) {
      expect(await contrast(page, selector, 'self||border-top-color', 'page||background-color'), `${scheme} ${selector}`).toBeGreaterThanOrEqual(3);
    }
    await page.goto(`${opened.site.url}/bestaat-niet/`);
    expect(await contrast(page, '#search-404', 'self||border-top-color', 'page||background-color'), `${scheme} 404`).toBeGreaterThanOrEqual(3);
    await context.close();
  });
});
