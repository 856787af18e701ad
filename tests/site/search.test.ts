/**
 * Search against the real Pagefind index of the real build: names, places,
 * projects, Dutch stemming, compound parts, diacritics, facets, sorting and
 * a query without results. Each query names the page that must be in the top three.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { fileOf, siteDir } from '../helpers/dist.ts';
import { openIndex, type SearchIndex } from '../helpers/pagefind.ts';
import { EXCERPT_QUERIES, QUERIES } from '../helpers/search-queries.ts';
import { MISSPELLINGS, NO_SUGGESTION } from '../helpers/misspellings.ts';
import { parseVocabulary, suggestQueries, VOCABULARY_URL } from '../../src/lib/search/suggest.ts';
import { launchBrowser } from '../helpers/browser.ts';
import { withoutCompoundMarks } from '../../src/lib/search/excerpt.ts';

let index: SearchIndex;
beforeAll(async () => {
  index = await openIndex(siteDir());
});
afterAll(async () => {
  await index?.close();
});

const top3 = async (query: string, filters?: Record<string, string>) => (await index.search(query, { filters })).slice(0, 3).map((h) => h.url);

describe('the query table', () => {
  it.each(QUERIES)('%s: "%s" → %s', async (_what, query, expected) => {
    expect(await top3(query)).toContain(expected);
  });

  it.each(QUERIES.filter(([what]) => what.startsWith('compound')))('%s: the page has "%s" only inside a compound, so only the compound step finds it', (_what, query, expected) => {
    const html = readFileSync(fileOf(expected), 'utf8').toLowerCase();
    expect(html).not.toMatch(new RegExp(`(?<![\\p{L}])${query}(?![\\p{L}])`, 'u'));
  });

  it('has at least 25 queries', () => {
    expect(QUERIES.length).toBeGreaterThanOrEqual(25);
  });

  it('finds nothing for a word the site does not have', async () => {
    expect(await index.search('xylofoonbouwers')).toEqual([]);
  });
});

describe('facets', () => {
  it('filters on netwerk Delfshaven', async () => {
    const hits = await index.search('zorg', { filters: { netwerk: 'Delfshaven' } });
    expect(hits.length).toBeGreaterThan(0);
    for (const hit of hits) expect(hit.filters.netwerk).toContain('Delfshaven');
    expect(hits.slice(0, 3).map((h) => h.url)).toContain('/projecten/zorg-thuis-en-in-de-buurt/');
  });
  it('filters on type and on year', async () => {
    const projects = await index.search('werk', { filters: { type: 'project' } });
    expect(projects.length).toBeGreaterThan(0);
    expect(projects.every((h) => h.url.startsWith('/projecten/'))).toBe(true);
    expect((await index.search(null, { filters: { jaar: '2023' } })).map((h) => h.url)).toEqual(['/nieuws/vws-op-werkbezoek-bij-laurens-delfshaven/']);
  });
  it('offers the facets type, netwerk, thema and jaar with counts', async () => {
    const filters = await index.filters();
    expect(Object.keys(filters).sort()).toEqual(['jaar', 'netwerk', 'thema', 'type']);
    expect(filters.type).toMatchObject({ nieuws: 2, netwerk: 14, project: 5, pact: 1, thema: 1, organisatie: 8, pagina: 3 });
    expect(Object.keys(filters.netwerk!)).toHaveLength(14);
  });
  it('sorts news by date, newest first', async () => {
    const hits = await index.search(null, { filters: { type: 'nieuws' }, sort: { date: 'desc' } });
    expect(hits.map((h) => h.meta.date)).toEqual(['2023-11-29', '2016-09-30']);
  });
  it('carries type, date and summary as metadata', async () => {
    const [hit] = await index.search('Boijmans');
    expect(hit!.meta).toMatchObject({ type: 'nieuws', date: '2016-09-30', datum: '30 september 2016' });
    expect(hit!.meta.summary).toContain('Museum Boijmans Van Beuningen');
  });
  it('never indexes list pages, the search page or the 404 page', async () => {
    const urls = (await index.search(null, { filters: {} })).map((h) => h.url);
    const all = (await Promise.all(['zorg', 'nieuws', 'netwerk', 'pagina', 'Rotterdam'].map((q) => index.search(q)))).flat().map((h) => h.url);
    for (const url of [...urls, ...all]) expect(url).not.toMatch(/^\/(404|zoeken\/|nieuws\/$|netwerken\/$|projecten\/$|$)/);
  });
});

describe('excerpts and titles are the page\'s own words', () => {
  const wordsOf = (text: string) => text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
  /** The page's text as a browser lays it out (blocks apart), read once per page. */
  const visibleWords = new Map<string, Set<string>>();
  let read: (url: string) => Promise<Set<string>>;
  let close = async () => {};
  beforeAll(async () => {
    const browser = await launchBrowser();
    const page = await browser.newPage();
    const base = `${pathToFileURL(siteDir()).href}/`;
    close = () => browser.close();
    read = async (url) => {
      let known = visibleWords.get(url);
      if (!known) {
        await page.goto(`${base}${url.slice(1)}index.html`);
        known = new Set(wordsOf(await page.locator('main').innerText()));
        visibleWords.set(url, known);
      }
      return known;
    };
  });
  afterAll(() => close());

  it.each(EXCERPT_QUERIES)('"%s": every word of the top five excerpts and titles stands on that page', async (query) => {
    const hits = await index.search(query, {}, 5);
    expect(hits.length, 'the query finds something').toBeGreaterThan(0);
    for (const hit of hits) {
      const shown = withoutCompoundMarks(hit.excerpt).replace(/<\/?mark>/g, '');
      const visible = await read(hit.url);
      const foreign = [...wordsOf(shown), ...wordsOf(hit.meta.title ?? '')].filter((w) => !visible.has(w));
      expect(foreign, `${hit.url}: ${shown}`).toEqual([]);
    }
  });

  it('a compound query still finds its page, and the excerpt shows the compound as written', async () => {
    const [hit] = await index.search('markt', {}, 1);
    expect(withoutCompoundMarks(hit!.excerpt)).toMatch(/<mark>arbeidsmarkt[,.]?<\/mark>/);
    expect((await index.search('zorg')).map((h) => h.url)).toContain('/organisaties/zorgimpuls/');
    expect((await index.search('organisaties')).map((h) => h.url)).toContain('/organisaties/wmo-radar/'); // "Welzijnsorganisatie"
  });
});

describe('"Bedoelde je …?" on the real vocabulary', () => {
  const vocabulary = () => parseVocabulary(readFileSync(`${siteDir()}/${VOCABULARY_URL}`, 'utf8'));

  it('offers the meant word among the first three for at least 90 % of 40+ misspellings, and each finds results', async () => {
    expect(MISSPELLINGS.length).toBeGreaterThanOrEqual(40);
    const missed: string[] = [];
    for (const [typed, meant] of MISSPELLINGS) {
      const offered = suggestQueries(typed, vocabulary());
      expect(offered.length, typed).toBeLessThanOrEqual(3);
      if (!offered.includes(meant)) missed.push(`${typed} → ${offered.join(', ') || '(niets)'}; verwacht ${meant}`);
      else expect((await index.search(meant)).length, meant).toBeGreaterThan(0);
    }
    expect(missed.length / MISSPELLINGS.length, missed.join('\n')).toBeLessThanOrEqual(0.1);
  });

  it('offers nothing for the site\'s own words, nor for words far from any', () => {
    for (const query of NO_SUGGESTION) expect(suggestQueries(query, vocabulary()), query).toEqual([]);
  });

  it('publishes only what the search page uses of Pagefind: no ready-made interfaces', () => {
    const files = readdirSync(`${siteDir()}/pagefind`);
    expect(files).toContain('pagefind.js');
    expect(files.filter((f) => /-ui\.|highlight/.test(f))).toEqual([]);
  });

  it('is small: the words of the indexed pages, most used first', () => {
    const text = readFileSync(`${siteDir()}/${VOCABULARY_URL}`, 'utf8');
    expect(text.length).toBeLessThan(100_000);
    const { words, pages } = vocabulary();
    expect(words).toContain('Delfshaven'); // a name keeps its capital
    expect(words).toContain('zorgaanbieder');
    expect(pages).toEqual([...pages].sort((a, b) => b - a));
  });
});
