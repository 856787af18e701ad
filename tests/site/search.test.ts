/**
 * Search against the real Pagefind index of the real build: names, places,
 * projects, Dutch stemming, compound parts, diacritics, facets, sorting and
 * a query without results. Each query names the page that must be in the top three.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { fileOf, siteDir } from '../helpers/dist.ts';
import { openIndex, type SearchIndex } from '../helpers/pagefind.ts';
import { QUERIES } from '../helpers/search-queries.ts';

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
    expect(filters.type).toMatchObject({ nieuws: 3, netwerk: 14, project: 5, pact: 1, thema: 1, organisatie: 10, pagina: 3 });
    expect(Object.keys(filters.netwerk!)).toHaveLength(14);
  });
  it('sorts news by date, newest first', async () => {
    const hits = await index.search(null, { filters: { type: 'nieuws' }, sort: { date: 'desc' } });
    expect(hits.map((h) => h.meta.date)).toEqual(['2023-11-29', '2022-12-01', '2016-09-30']);
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
