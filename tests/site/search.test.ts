/**
 * Search against the real Pagefind index of the real build: names, places,
 * projects, Dutch stemming, compound parts, diacritics, facets, sorting and
 * a query without results. Each query names the page that must be in the top three.
 * Then the search page's own logic (src/lib/search/answer.ts) on the judged set,
 * the real site and the synthetic ranking cases of the fixture site: success@1,
 * success@3 and MRR, missing words, corrections and filter counts.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { fileOf, siteDir } from '../helpers/dist.ts';
import { countingLoads, openIndex, type SearchIndex } from '../helpers/pagefind.ts';
import { EXCERPT_QUERIES, QUERIES } from '../helpers/search-queries.ts';
import { MISSPELLINGS, NO_SUGGESTION } from '../helpers/misspellings.ts';
import { parseVocabulary, VOCABULARY_URL } from '../../src/lib/search/suggest.ts';
import { JUDGED, type JudgedQuery } from '../helpers/judged-queries.ts';
import { rankOf, scoreRanks } from '../helpers/judged-metrics.ts';
import { reachesMeant as reachesMeantOn, searchAsReader, type Outcome } from '../helpers/judged-run.ts';
import { launchBrowser } from '../helpers/browser.ts';
import { withoutCompoundMarks } from '../../src/lib/search/excerpt.ts';
import { partOfLonger } from '../../src/lib/search/messages.ts';
import { answer, filterCounts } from '../../src/lib/search/answer.ts';

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
    // Every organisation the site names has its page (issue 22); pages: about, accessibility, privacy, the six overviews and the RSS page.
    expect(filters.type).toMatchObject({ nieuws: 2, netwerk: 14, project: 5, pact: 1, thema: 1, organisatie: 13, pagina: 10 });
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
    // A network's date is the day it was signed, and says so (helper-43: it read as the day the page appeared).
    const [network] = await index.search(null, { filters: { netwerk: 'Delfshaven', type: 'netwerk' } });
    expect(network!.meta).toMatchObject({ type: 'netwerk', date: '2016-09-28', datum: 'ondertekend 28 september 2016' });
  });
  it('indexes an overview by its heading and opening paragraph only, and never a later list page, the home page, the search page or the 404 page', async () => {
    const urls = (await index.search(null, { filters: {} })).map((h) => h.url);
    const all = (await Promise.all(['zorg', 'nieuws', 'netwerk', 'pagina', 'Rotterdam'].map((q) => index.search(q)))).flat().map((h) => h.url);
    for (const url of [...urls, ...all]) expect(url).not.toMatch(/^\/(404|zoeken\/|nieuws\/(\d|categorie|tag)|projecten\/status|$)/);
    const overviews = ['/netwerken/', '/nieuws/', '/organisaties/', '/pacten/', '/projecten/', '/themas/'];
    expect(urls.filter((url) => overviews.includes(url)).sort()).toEqual(overviews);
    // Its lists stay out: a network's name finds the network's page, not also the overview that lists all fourteen (helper-28).
    expect((await index.search('Rozenburg')).map((h) => h.url)).not.toContain('/netwerken/');
    expect((await index.search('netwerken')).find((h) => h.url === '/netwerken/')!.content).toMatch(/^De veertien netwerken\.? In 2016 tekenden/);
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

  it('leaves the page-type label above a project\'s title out of the index: no "Projectkaart." before the excerpt (helper-32)', async () => {
    const hits = await index.search('projectkaart');
    expect(hits.map((h) => h.url).filter((url) => url.startsWith('/projecten/') && url !== '/projecten/')).toEqual([]);
    const [wep] = await index.search('werkfit');
    expect(wep!.url).toBe('/projecten/wep-trein/');
    expect(wep!.content).not.toContain('Projectkaart');
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

  it('gets at least 90 % of 40+ misspellings to the meant word: searched instead, offered first, or found by its stem; every offer finds results', async () => {
    expect(MISSPELLINGS.length).toBeGreaterThanOrEqual(40);
    const missed: string[] = [];
    for (const [typed, meant] of MISSPELLINGS) {
      const outcome = await searchAsReader(index, siteDir(), typed);
      if (!(await reachesMeant(outcome, meant))) missed.push(`${typed} → ${outcome.answer.corrected ?? outcome.answer.offers.join(', ') ?? ''}; verwacht ${meant}`);
      for (const offer of outcome.answer.offers) expect((await index.search(offer)).length, offer).toBeGreaterThan(0);
    }
    expect(missed.length / MISSPELLINGS.length, missed.join('\n')).toBeLessThanOrEqual(0.1);
  });

  it('offers nothing for the site\'s own words, nor for words far from any', async () => {
    for (const query of NO_SUGGESTION) {
      const { answer } = await searchAsReader(index, siteDir(), query);
      expect([answer.corrected, answer.offers], query).toEqual([undefined, []]);
    }
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

/** reachesMeant on the real site. */
const reachesMeant = (outcome: Outcome, meant: string) => reachesMeantOn(index, siteDir(), outcome, meant);

describe('the judged set: the search page\'s answers to queries readers type', () => {
  const outcomes = new Map<JudgedQuery, Outcome>();
  let fixture: SearchIndex;
  beforeAll(async () => {
    fixture = await openIndex(process.env.FIXTURE_SITE_DIR!);
    for (const judged of JUDGED) {
      const real = judged.site === 'echt';
      outcomes.set(judged, await searchAsReader(real ? index : fixture, real ? siteDir() : process.env.FIXTURE_SITE_DIR!, judged.query));
    }
  });
  afterAll(() => fixture?.close());

  it('has at least 50 queries on the real content, of every kind the issue names, and synthetic ranking cases', () => {
    const real = JUDGED.filter((j) => j.site === 'echt');
    expect(real.length).toBeGreaterThanOrEqual(50);
    const kinds = new Set(real.map((j) => j.kind));
    for (const kind of ['naam', 'plaats', 'organisatie', 'thema', 'samenstelling', 'deel van samenstelling', 'meer woorden', 'spelfout', 'niet op de site'] as const) expect(kinds, kind).toContain(kind);
    const synthetic = new Set(JUDGED.filter((j) => j.site === 'synthetisch').map((j) => j.kind));
    for (const kind of ['dubbele inhoud', 'titel tegen tekst', 'aaneengesloten', 'zeldzaam tegen gewoon'] as const) expect(synthetic, kind).toContain(kind);
  });

  it.each(JUDGED.map((j) => [j.site, j.query, j.first.join(' of ') || '(niets)', j] as const))('%s: "%s" → %s in the first three rows', (_site, _query, _first, judged) => {
    const { rows } = outcomes.get(judged)!;
    const rank = rankOf(judged, rows);
    expect(rank, rows.join(' ')).toBeGreaterThanOrEqual(1);
    expect(rank, rows.join(' ')).toBeLessThanOrEqual(3);
  });

  it.each(JUDGED.filter((j) => j.site === 'synthetisch').map((j) => [j.kind, j.query, j.first.join(' of ') || '(niets)', j] as const))(
    'ranking case, %s: "%s" → %s first',
    (_kind, _query, _first, judged) => {
      const { rows } = outcomes.get(judged)!;
      expect(rankOf(judged, rows), rows.join(' ')).toBe(1);
    },
  );

  it('puts the right page first for at least 90 % (success@1), with MRR to match', () => {
    const ranks = JUDGED.map((j) => rankOf(j, outcomes.get(j)!.rows));
    const score = scoreRanks(ranks);
    const wrong = JUDGED.filter((_, i) => ranks[i] !== 1).map((j) => `${j.query}: ${outcomes.get(j)!.rows.slice(0, 3).join(' ')}`);
    expect(score.successAt1, wrong.join('\n')).toBeGreaterThanOrEqual(0.9);
    expect(score.mrr).toBeGreaterThanOrEqual(0.93);
  });

  it('offers no correction for a query the site has (suggestion precision), nor for words nowhere near a word of the site', () => {
    // A word the site has only inside a longer one (scholing in Scholingsvoucher) is searched as that word, and said so: no other spelling.
    const wrong = JUDGED.filter((j) => j.kind !== 'spelfout').filter((j) => {
      const { answer } = outcomes.get(j)!;
      return (answer.corrected !== undefined && !partOfLonger(answer.missing, answer.corrected)) || answer.offers.length > 0;
    });
    expect(wrong.map((j) => `${j.query}: ${outcomes.get(j)!.answer.corrected ?? outcomes.get(j)!.answer.offers.join(', ')}`)).toEqual([]);
  });

  it('gets every misspelling of the set to its meant word (suggestion recall)', async () => {
    const missed: string[] = [];
    for (const judged of JUDGED.filter((j) => j.kind === 'spelfout' && j.site === 'echt')) {
      if (!(await reachesMeant(outcomes.get(judged)!, judged.meant!))) missed.push(judged.query);
    }
    expect(missed).toEqual([]);
  });
});

describe('the excerpt a result shows (the search page\'s own logic)', () => {
  const firstExcerpt = async (query: string, url?: string) => {
    const { all } = await searchAsReader(index, siteDir(), query);
    // A page may stand in a row headed by another with nearly the same excerpt (the fourteen network pages for "2016"):
    // which of them heads it follows Pagefind's order among equal scores, so the page is looked for in the row too.
    const shown = url ? all.flatMap((r) => [r.result, ...r.alike]).find((r) => r.url === url) : all[0]?.result;
    expect(shown, `${query} → ${url ?? 'a result'}`).toBeDefined();
    return withoutCompoundMarks(shown!.excerpt);
  };
  const marked = (excerpt: string) => [...excerpt.matchAll(/<mark>(.*?)<\/mark>/g)].map((m) => m[1]!);

  it('"Hugo de Jonge": the passage with Hugo and Jonge, not the paragraph with the most "de"s, and no "de" marked alone', async () => {
    const excerpt = await firstExcerpt('Hugo de Jonge');
    expect(excerpt).toContain('<mark>Hugo</mark> <mark>de</mark> <mark>Jonge</mark>');
    expect(excerpt).not.toContain('Scalzo');
    // Every marked "de" stands right beside a marked telling word.
    const words = excerpt.split(' ');
    words.forEach((word, i) => {
      if (word === '<mark>de</mark>') expect([words[i - 1], words[i + 1]].some((w) => /<mark>(Hugo|Jonge)<\/mark>/.test(w ?? '')), excerpt).toBe(true);
    });
    expect(await firstExcerpt('Hugo')).toContain('<mark>Hugo</mark> de Jonge');
  });

  it('marks a word without the punctuation after it, and says with "…" where a passage starts or ends mid-sentence', async () => {
    for (const query of ['Delfshaven', 'Hugo de Jonge', 'Boijmans', 'Laurens', 'vrijwilligers', 'Krol', 'opleiding', 'Humanitas']) {
      const { all } = await searchAsReader(index, siteDir(), query);
      for (const { result } of all) {
        const excerpt = withoutCompoundMarks(result.excerpt);
        for (const word of marked(excerpt)) expect(word, `${query}, ${result.url}: ${excerpt}`).toMatch(/^[\p{L}\p{N}].*[\p{L}\p{N}]$|^[\p{L}\p{N}]$/u);
        // A passage without "…" starts where the page's text or one of its sentences starts.
        if (!excerpt.startsWith('… ')) {
          const plain = excerpt.replace(/<\/?mark>/g, '');
          const content = (await index.search(query)).find((h) => h.url === result.url)!.content.replace(/\|/g, '');
          const at = content.indexOf(plain.slice(0, 40));
          expect(at === 0 || /[.!?:]\s*$/.test(content.slice(0, at)), `${query}, ${result.url}: starts mid-sentence without …: ${excerpt}`).toBe(true);
        }
      }
    }
  });

  it('shows what an item, a network, a project or an organisation page says, not its date line, category, fact labels or table heads', async () => {
    expect(await firstExcerpt('Laurens', '/nieuws/vws-op-werkbezoek-bij-laurens-delfshaven/')).not.toMatch(/29 november 2023|· Netwerk/);
    expect(await firstExcerpt('Boijmans')).not.toMatch(/30 september 2016 ·|Samenwerking[.:]/);
    const network = await firstExcerpt('Delfshaven', '/netwerken/delfshaven/');
    expect(network).not.toMatch(/Gebied|Ondertekend|Partners niet bekend|Over alle veertien/);
    expect(network).toContain('<mark>Delfshaven</mark>');
    // A fact sheet's excerpt runs from the facts into the figures without the table's column heads (the same on every project).
    expect(await firstExcerpt('Humanitas', '/projecten/zorg-thuis-en-in-de-buurt/')).not.toMatch(/Kerncijfer Waarde|Waarde Soort/);
    // … nor the usual kind of each figure after its value ("9 personen. Resultaat.", helper-28); a target says so.
    const figures = await firstExcerpt('kandidaten pilot', '/projecten/zorg-thuis-en-in-de-buurt/');
    expect(figures).toMatch(/\d+ personen/);
    expect(figures).not.toMatch(/Resultaat/);
    // … nor on the heading of the next part ("… De bron noemt geen datum bij dat aantal. Uitbreiding.").
    const training = await firstExcerpt('opleiding', '/projecten/voortraject/');
    expect(training).toContain('<mark>opleiding</mark>');
    expect(training).not.toMatch(/Uitbreiding\.$/);
    // A page found by its summary shows the summary, marked: the network pages for "2016" said only "Netwerk Rozenburg.".
    expect(await firstExcerpt('2016', '/netwerken/rozenburg/')).toContain('De overeenkomst is op 28 september <mark>2016</mark> ondertekend.');
    // … and never ends on a fact's label without its value ("… Status: Afgerond. Trekker:").
    const sheet = await firstExcerpt('Delfshaven', '/projecten/zorg-thuis-en-in-de-buurt/');
    expect(sheet).toContain('<mark>Delfshaven</mark>');
    expect(sheet).not.toMatch(/(Status|Trekker|Partners|Ook genoemd|Netwerk|Doelgroepen)[.:]?( …)?$/);
    // An organisation's excerpt is what the sources say of it, without the labels of its facts.
    expect(await firstExcerpt('Zorgimpuls', '/organisaties/zorgimpuls/')).not.toMatch(/Volgens de bronnen|Soort[.:]/);
    expect(await firstExcerpt('Woonzorg', '/organisaties/woonzorg-flevoland/')).not.toMatch(/Soort|Plaats|Website/);
    // Labels that stay in the index read apart from their values, and each fact from the next: "Regio: Flevoland. Voorzitter: Jan Krol", not "Regio Flevoland Voorzitter Jan Krol".
    expect((await index.search('Krol')).find((h) => h.url === '/pacten/zorg-en-welzijnspact-flevoland/')!.content).toContain('Regio: Flevoland. Voorzitter: Jan Krol,');
  });
});

describe('every word counts', () => {
  const asReader = (query: string, options = {}) => searchAsReader(index, siteDir(), query, options);

  it('puts the page with the word above pages Pagefind matched by its stem alone ("gezondheid": not "zo’n" or "zonder")', async () => {
    const { rows } = await asReader('gezondheid');
    expect(rows[0]).toBe('/nieuws/veertien-cooperatieve-netwerken-ondertekend/');
    expect(rows.length).toBeGreaterThan(1); // the others are still listed, below it
  });

  it('lists nothing for a name the site does not carry beside a common word, and says which words are missing', async () => {
    const { answer, rows } = await asReader('Purdey van Muiden');
    expect(answer.missing).toEqual(['Purdey', 'Muiden']);
    expect(rows).toEqual([]);
  });

  it('does not let a shorter indexed word stand in for a word the site lacks', async () => {
    // Pagefind on its own: mantelzorg finds "mannen" through man, arbeitsmarkt a lone "(A" on the accessibility statement.
    expect((await index.search('mantelzorg')).length).toBeGreaterThan(0);
    expect((await asReader('mantelzorg')).rows).toEqual([]);
    const german = await asReader('arbeitsmarkt');
    expect(german.answer.corrected).toBe('arbeidsmarkt');
    expect(german.rows).not.toContain('/toegankelijkheid/');
  });

  it('searches a misspelt area as the one close word of the site, and the query as typed when asked', async () => {
    const corrected = await asReader('delftshaven');
    expect(corrected.answer.corrected).toBe('Delfshaven');
    expect(corrected.rows[0]).toBe('/netwerken/delfshaven/');
    const literal = await asReader('delftshaven', { literal: true });
    expect([literal.answer.corrected, literal.answer.offers, literal.rows]).toEqual([undefined, ['Delfshaven'], []]);
  });

  it('reads a compound written together as the words the site writes apart, also after an abbreviation, and a typo in a compound as the word (helper-32)', async () => {
    const radar = await asReader('wmoradar');
    expect(radar.answer.corrected).toBe('wmo radar');
    expect(radar.rows[0]).toBe('/organisaties/wmo-radar/');
    // thuisorg was "thuis org", org as the start of organisaties; one letter from thuiszorg.
    const care = await asReader('thuisorg');
    expect(care.answer.corrected).toBe('thuiszorg');
    expect(care.rows.length).toBeGreaterThan(0);
  });

  it('keeps the pages for the words it has when a missing word sits beside one that says something', async () => {
    const { answer, rows } = await asReader('huisarts Amsterdam');
    expect(answer.missing).toEqual(['Amsterdam']);
    expect(answer.searched).toBe('huisarts');
    expect(rows).toEqual(['/nieuws/veertien-cooperatieve-netwerken-ondertekend/']);
  });

  it('answers a query of only common words', async () => {
    expect((await asReader('de')).rows.length).toBeGreaterThan(5);
  });

  it('corrects a name in a longer query only in the word not found', async () => {
    expect((await asReader('Frank Koden')).answer.corrected).toBe('Frank Kodden');
    expect((await asReader('Jan Krol')).answer).toMatchObject({ missing: [], offers: [] });
  });
});

describe('filters', () => {
  it('counts for each value what ticking it would give, with other values of the same filter ticked', async () => {
    const filters = { jaar: { any: ['2023'] } };
    const ticked = await searchAsReader(index, siteDir(), 'zorg', { filters });
    const other = await searchAsReader(index, siteDir(), 'zorg', { filters: { jaar: { any: ['2016'] } } });
    expect(ticked.answer.results.length).toBe(1);
    expect((await filterCounts(index.engine, ticked.answer, { filters })).jaar).toMatchObject({ '2023': 1, '2016': other.answer.results.length });
    expect(other.answer.results.length).toBeGreaterThan(1);
  });

  it('knows when the filters hide every result', async () => {
    // Boijmans stands only in the signing news item since the network pages no longer repeat that story (issue 22).
    const { answer } = await searchAsReader(index, siteDir(), 'Boijmans', { filters: { type: { any: ['project'] } } });
    expect(answer.results).toEqual([]);
    expect(answer.withoutFilters).toBe(1); // the news item; the network pages no longer repeat its paragraph (issue 22)
  });
});

describe('the search page loads the first screen of results at once', () => {
  it.each(['zorg', 'Delfshaven', 'opleiding'])('"%s": the first ten results load side by side, not one after another', async (query) => {
    const { counted, seen } = countingLoads(index.engine);
    const found = await answer(counted, query, { vocabulary: async () => parseVocabulary(readFileSync(`${siteDir()}/${VOCABULARY_URL}`, 'utf8')) });
    expect(found.results.length).toBeGreaterThanOrEqual(2);
    // One after another, at most one load waits at a time; side by side, the first screen's together (some twice: Pagefind loads each once).
    expect(seen.most).toBeGreaterThanOrEqual(Math.min(10, found.results.length));
  });
});
