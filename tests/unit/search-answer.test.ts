/**
 * What a search answers (src/lib/search/answer.ts), on a real Pagefind index:
 * sixteen short Dutch pages, written as the site writes them (text in the
 * body, filters, metadata and the sort key hidden beside it), indexed once with
 * Pagefind's Node API and queried with its own pagefind.js, as the search page
 * does. The vocabulary for "Bedoelde je …?" is counted from the same pages, as
 * the build counts it. Each page is there for a case: words side by side or
 * apart, a title with the words, a page full of "in" and "de", near misspellings.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import * as pagefind from 'pagefind';
import { countingLoads, openIndex, type SearchIndex } from '../helpers/pagefind.ts';
import { answer, filterCounts, isFormOf, spelledAs, type Answer, type AnswerOptions } from '../../src/lib/search/answer.ts';
import { parseVocabulary } from '../../src/lib/search/suggest.ts';
import { VocabularyCounter } from '../../src/lib/search/vocabulary.ts';

interface Page {
  url: string;
  type: string;
  title: string;
  /** Paragraphs. */
  text: string[];
  netwerk?: string[];
  thema?: string[];
  date?: string;
  /** The summary Pagefind keeps as metadata, searched but not in the text. */
  summary?: string;
}

const PAGES: Page[] = [
  { url: '/netwerken/delfshaven/', type: 'netwerk', title: 'Netwerk Delfshaven', netwerk: ['Delfshaven'], thema: ['Iedereen doet mee'], text: ['In Delfshaven werken zorg en welzijn samen in een coöperatief netwerk.', 'Bewoners vinden hier hulp dicht bij huis, en kunst in de wijk.'] },
  { url: '/netwerken/charlois/', type: 'netwerk', title: 'Netwerk Charlois', netwerk: ['Charlois'], text: ['In Charlois helpen vrijwilligers ouderen thuis.', 'Het netwerk zoekt collega\'s voor de wijkverpleging en de zorg.'] },
  { url: '/netwerken/hoek-van-holland/', type: 'netwerk', title: 'Netwerk Hoek van Holland', netwerk: ['Hoek van Holland'], text: ['Aan de kust werken zorgaanbieders samen in Hoek van Holland.', 'Zij zoeken mensen voor de thuiszorg.'] },
  { url: '/projecten/kustwandeling/', type: 'project', title: 'Wandelen langs de kust', text: ['Van hoek tot hoek lopen de wandelaars langs de kust.', 'Elke wandelaar krijgt een kaart.', 'Uit heel Holland komen bezoekers, van jong tot oud.', 'Op elke hoek staat een vrijwilliger met koffie.'] },
  { url: '/nieuws/zorgpost-op-het-strand/', type: 'nieuws', title: 'Zomer aan zee', date: '2023-06-01', netwerk: ['Hoek van Holland'], text: ['Deze zomer opent in Hoek van Holland een zorgpost op het strand.', 'Verpleegkundigen helpen badgasten met kleine wonden.'] },
  { url: '/projecten/leerwerkplaats/', type: 'project', title: 'Leerwerkplaats in Delfshaven', netwerk: ['Delfshaven'], text: ['De leerwerkplaats opent in het najaar.', 'Twaalf bewoners van Delfshaven volgen daar een opleiding in de zorg.'] },
  { url: '/nieuws/wethouder-opent-werkplaats/', type: 'nieuws', title: 'Wethouder opent werkplaats', date: '2016-09-30', netwerk: ['Delfshaven'], text: ['Wethouder Marleen de Wit opende de leerwerkplaats Delfshaven.', 'Marleen de Wit noemde de leerwerkplaats Delfshaven een voorbeeld voor de stad, en de leerwerkplaats Delfshaven een plek om te leren.'] },
  { url: '/organisaties/humanitas/', type: 'organisatie', title: 'Humanitas', text: ['Humanitas zet vrijwilligers in voor mensen die hulp nodig hebben.', 'Ook in Delfshaven en Charlois.'] },
  { url: '/pacten/flevoland/', type: 'pact', title: 'Zorg- en welzijnspact Flevoland', text: ['Voorzitter Jan Krol tekende het pact.', 'De huisarts en de wijkverpleging werken samen aan de arbeidsmarkt.'] },
  { url: '/thema/iedereen-doet-mee/', type: 'thema', title: 'Iedereen doet mee', thema: ['Iedereen doet mee'], text: ['Werk in de zorg voor wie nu langs de kant staat.', 'Frank Kodden vertelt over de mannen en vrouwen die meedoen.', 'Kurt bakt brood met een harde korst.'] },
  { url: '/projecten/kunst-in-de-wijk/', type: 'project', title: 'Kunst in de wijk', netwerk: ['Charlois'], text: ['Bewoners maken kunst met ouderen in Charlois.', 'Een kunstenaar leidt de middagen.'] },
  { url: '/nieuws/de-dertien-deelnemers/', type: 'nieuws', title: 'De dertien deelnemers', date: '2016-10-01', text: ['De dertien deelnemers uit Delfshaven deden deze dag mee aan de derde dag van de training van de stad.', 'Marleen de Wit was er ook, met de deelnemers, de docenten en de directeur van de dienst.'] },
  { url: '/projecten/zorg-in-de-buurt/', type: 'project', title: 'Zorg in de buurt', netwerk: ['Charlois'], text: ['Een project voor ouderen die thuis willen blijven wonen, met hulp van verpleegkundigen, huisartsen, apothekers en het sociale team in de wijk.', 'Elke verpleegkundige heeft een vaste groep bewoners, zodat zij weten wie er komt en wat er is afgesproken.'] },
  { url: '/nieuws/buurtzorg-groeit/', type: 'nieuws', title: 'Meer handen nodig', date: '2023-11-29', text: ['Buurt na buurt vraagt om zorg: zorg thuis, zorg in de buurt, zorg voor de buurt.'] },
  { url: '/nieuws/informatieavond/', type: 'nieuws', title: 'Informatieavond in het buurthuis', date: '2023-03-14', text: ['In het buurthuis in Delfshaven is een informatieavond over werken in de zorg.', 'Iedereen is welkom: inloop vanaf zeven uur, de ingang is aan de achterkant, informatie bij de balie, inschrijven in de hal.'] },
  { url: '/netwerken/pernis/', type: 'netwerk', title: 'Netwerk Pernis', summary: 'Het netwerk in Pernis aan de Maas, ondertekend in <2016> & daarna.', text: ['Aan de Maas.'] },
  { url: '/over/', type: 'pagina', title: 'Over deze site', text: ['Deze site gaat over werken in zorg en welzijn in Rotterdam.', 'De redactie schrijft over opleidingen, banen en de kust.'] },
];

const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;');
const span = (kind: string, name: string, value: string) => `<span data-pagefind-${kind}="${name}">${escape(value)}</span>`;

/** A page as the site writes it: the text in the body Pagefind indexes, filters, metadata and sort key hidden beside it (SearchFacets.astro). */
function html(page: Page): string {
  const facets = [
    span('meta', 'title', page.title),
    span('filter', 'type', page.type),
    span('meta', 'type', page.type),
    ...(page.netwerk ?? []).map((n) => span('filter', 'netwerk', n)),
    ...(page.thema ?? []).map((t) => span('filter', 'thema', t)),
    ...(page.date ? [span('filter', 'jaar', page.date.slice(0, 4)), span('meta', 'date', page.date)] : []),
    span('sort', 'date', page.date ?? '0000-00-00'),
    ...(page.summary ? [span('meta', 'summary', page.summary)] : []),
  ];
  return `<!doctype html><html lang="nl"><head><title>${escape(page.title)}</title></head><body><main data-pagefind-body><h1>${escape(page.title)}</h1>${page.text.map((p) => `<p>${escape(p)}</p>`).join('')}<div hidden data-pagefind-ignore>${facets.join('')}</div></main></body></html>`;
}

let dir: string;
let index: SearchIndex;
let vocabularyText: string;
beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'zoek-antwoord-'));
  const { index: built, errors } = await pagefind.createIndex({ forceLanguage: 'nl' });
  if (!built) throw new Error(errors.join('; '));
  const counter = new VocabularyCounter();
  for (const page of PAGES) {
    const added = await built.addHTMLFile({ url: page.url, content: html(page) });
    if (added.errors.length) throw new Error(added.errors.join('; '));
    counter.addPage(`${page.title} ${page.text.join(' ')}`);
  }
  const written = await built.writeFiles({ outputPath: path.join(dir, 'pagefind') });
  if (written.errors.length) throw new Error(written.errors.join('; '));
  await pagefind.close();
  vocabularyText = counter.format(3500);
  index = await openIndex(dir);
}, 60_000);
afterAll(async () => {
  await index?.close();
  if (dir) await rm(dir, { recursive: true, force: true });
});

const ask = (query: string, options: Partial<AnswerOptions> = {}) => answer(index.engine, query, { vocabulary: async () => parseVocabulary(vocabularyText), ...options });
const urls = async (found: Answer) => Promise.all(found.results.map(async (r) => (await r.data()).url));

describe('a compound after an abbreviation', () => {
  it('searches its parts where the site has the abbreviation and the rest apart (wmoradar: the vocabulary holds no word of three letters)', async () => {
    const found = await ask('Jankrol');
    expect([found.corrected, found.missing, await urls(found)]).toEqual(['jan krol', ['Jankrol'], ['/pacten/flevoland/']]);
    // Not where the site lacks the three letters.
    expect((await ask('xyzkrol')).corrected).toBeUndefined();
  });
});

describe('one word near no word of the site, a compound', () => {
  it('offers the parts of it the site has, first and last, without searching them (welzijnswerkers ended with nothing)', async () => {
    const found = await ask('zorgpersoneel');
    expect([found.results.length, found.missing, found.offers, found.eachPart]).toEqual([0, ['zorgpersoneel'], [], ['zorg']]);
    // Both parts on the site, but on no page together: each is a way on.
    expect((await ask('Bewonersvoorzitter')).eachPart).toEqual(['bewoners', 'voorzitter']);
  });
  it('offers a word of the site that begins the same for most of it, where the last part differs (helper-61: werkervaringsplaats)', async () => {
    const found = await ask('leerwerkplek');
    expect([found.results.length, found.missing, found.offers, found.eachPart]).toEqual([0, ['leerwerkplek'], ['leerwerkplaats'], undefined]);
    // Too little alike: "leerwerk" is two thirds of neither; a word beside it asks for pages with both, not this.
    expect((await ask('leerboek')).offers).toEqual([]);
    expect((await ask('leerwerkplek Charlois')).offers).not.toContain('leerwerkplaats');
  });
  it('offers at most three words of the site that begin the same, the longest shared start first', async () => {
    const vocabulary = async () => parseVocabulary(['leerwerkbedrijf\t9', 'leerwerkpunt\t8', 'leerwerkplaats\t7', 'leerwerkplannen\t6'].join('\n'));
    expect((await ask('leerwerkplek', { vocabulary })).offers).toEqual(['leerwerkplaats', 'leerwerkplannen', 'leerwerkpunt']);
  });
  it('offers no part where none is on the site, where a correction is offered, beside other words, or for a phrase', async () => {
    expect((await ask('xylofoonkast')).eachPart).toBeUndefined();
    expect((await ask('vrijwiligers')).eachPart).toBeUndefined();
    expect((await ask('zorgpersoneel Charlois')).eachPart).toBeUndefined();
    expect((await ask('"zorgpersoneel"')).eachPart).toBeUndefined();
  });
});

describe('words that no page has together', () => {
  it('offers each telling word that finds pages alone, once, in the order typed (helper-28: "jongeren mbo" ended with nothing)', async () => {
    const found = await ask('Krol de Pernis krol');
    expect([found.results.length, found.missing, found.eachAlone]).toEqual([0, [], ['Krol', 'Pernis']]);
    expect((await ask('Pernis Krol')).eachAlone).toEqual(['Pernis', 'Krol']);
  });
  it('offers none where a page has them all, where filters hide them, or for a phrase', async () => {
    expect((await ask('Krol pact')).eachAlone).toBeUndefined();
    expect((await ask('Marleen Wit', { filters: { type: { any: ['project'] } } })).eachAlone).toBeUndefined();
    expect((await ask('"Krol Pernis"')).eachAlone).toBeUndefined();
  });
  it('in quotes, as a phrase: lists nothing where a word is missing, not the other words alone, and offers the words without quotes (helper-30)', async () => {
    const missingOne = await ask('"kustwandelaars Charlois"');
    expect([missingOne.results.length, missingOne.searched, missingOne.missing, missingOne.offers, missingOne.unquoted]).toEqual([0, '', ['kustwandelaars'], [], 'kustwandelaars Charlois']);
    const apart = await ask('"Krol Pernis"');
    expect([apart.results.length, apart.missing, apart.unquoted]).toEqual([0, [], 'Krol Pernis']);
    // Both words on one page, not side by side: Pagefind's count without filters said 1, as if filters hid it.
    expect(await index.engine.search('"Krol pact"', {})).toMatchObject({ results: [], unfilteredResultCount: 1 });
    const notSideBySide = await ask('"Krol pact"');
    expect([notSideBySide.results.length, notSideBySide.withoutFilters, notSideBySide.unquoted]).toEqual([0, 0, 'Krol pact']);
    expect((await ask('"Krol pact"', { filters: { type: { any: ['pact'] } } })).withoutFilters).toBe(0);
    expect((await ask('"Jan Krol"', { filters: { type: { any: ['project'] } } })).withoutFilters).toBe(1);
    expect((await ask('"Hoek van Holland"')).unquoted).toBeUndefined(); // found: nothing to offer
    // A missing word outside the quotes is corrected as ever, the phrase kept.
    const beside = await ask('"helpen vrijwilligers" Charlios');
    expect([beside.corrected, beside.unquoted]).toEqual(['"helpen vrijwilligers" Charlois', undefined]);
    expect((await ask('"Hoek van Hollandd" wijk')).unquoted).toBe('Hoek van Hollandd wijk');
  });
  it('counts a word between the quotes of a phrase as part of it, though it has no quote mark', async () => {
    const found = await ask('"kust kustwandelaars Holland"');
    expect([found.results.length, found.searched, found.missing, found.offers, found.corrected, found.unquoted]).toEqual([0, '', ['kustwandelaars'], [], undefined, 'kust kustwandelaars Holland']);
  });
});

describe('a compound the site writes only apart', () => {
  it('is searched as its two words, with the way back to the word as typed (helper-26: zorgmedewerkers found nothing)', async () => {
    const found = await ask('kustwandelaars');
    expect([found.corrected, found.missing, (await urls(found))[0]]).toEqual(['kust wandelaars', ['kustwandelaars'], '/projecten/kustwandeling/']);
  });
  it('is not split where the reader quoted it: asked as written, with the words without quotes as the way on (helper-28, helper-30)', async () => {
    const found = await ask('"kustwandelaars"');
    expect([found.corrected, found.offers, found.missing, found.results.length, found.unquoted]).toEqual([undefined, [], ['kustwandelaars'], 0, 'kustwandelaars']);
  });
});

describe('words the site does not have', () => {
  it('lists nothing for a word that only a shorter word of the site stands in for, and names it missing', async () => {
    expect((await index.search('mantelzorg')).map((h) => h.url)).toEqual(['/thema/iedereen-doet-mee/']); // Pagefind alone: "mannen" through man
    const found = await ask('mantelzorg');
    expect([found.missing, found.searched, found.offers, await urls(found)]).toEqual([['mantelzorg'], '', [], []]);
  });

  it('lists nothing when the only words found are common ones, and names every missing word as typed', async () => {
    expect((await index.search('Purdey van Muiden')).length).toBeGreaterThan(0); // Pagefind alone: every page with "van"
    const found = await ask('Purdey van Muiden');
    expect([found.missing, found.searched, await urls(found), found.withoutFilters]).toEqual([['Purdey', 'Muiden'], '', [], 0]);
  });

  it('lists the pages for the words it has when one of them says something', async () => {
    const found = await ask('huisarts Amsterdam');
    expect([found.missing, found.searched, found.corrected, await urls(found)]).toEqual([['Amsterdam'], 'huisarts', undefined, ['/pacten/flevoland/', '/projecten/zorg-in-de-buurt/']]);
    // Beside a common word too: the same pages, as the common word narrows nothing (the pact has no "in").
    const withCommon = await ask('huisarts in Amsterdam');
    expect([withCommon.missing, withCommon.searched, await urls(withCommon)]).toEqual([['Amsterdam'], 'huisarts in', ['/pacten/flevoland/', '/projecten/zorg-in-de-buurt/']]);
  });

  it('searches instead the word that has it as its last part (helper-41: voucher and scholing found nothing though Scholingsvoucher is on the site)', async () => {
    // Pagefind alone: the pages with verpleegkundigen, through the start they share.
    expect((await index.search('verpleging')).map((h) => h.url)).toEqual(['/projecten/zorg-in-de-buurt/', '/nieuws/zorgpost-op-het-strand/']);
    const found = await ask('verpleging');
    expect([found.missing, found.corrected, found.searched, await urls(found)]).toEqual([['verpleging'], 'wijkverpleging', 'wijkverpleging', ['/netwerken/charlois/', '/pacten/flevoland/']]);
    // With another word: the longer word that finds pages with it.
    const withOther = await ask('verpleging huisarts');
    expect([withOther.corrected, await urls(withOther)]).toEqual(['wijkverpleging huisarts', ['/pacten/flevoland/']]);
  });
  it('does not search instead a longer word that finds no page with the other words (verpleging Delfshaven: no page has wijkverpleging there)', async () => {
    const found = await ask('verpleging Delfshaven');
    expect([found.missing, found.corrected, found.offers, found.searched, (await urls(found)).length]).toEqual([['verpleging'], undefined, [], 'Delfshaven', 6]);
  });

  it('lists nothing for a query of only missing words, also with a filter ticked', async () => {
    const found = await ask('kurst', { filters: { type: { any: ['nieuws'] } } });
    expect([found.missing, found.searched, found.offers, found.results]).toEqual([['kurst'], '', [], []]);
  });

  it('finds a word by its stem (opleidingen: the page says opleiding) without calling it missing', async () => {
    const found = await ask('opleidingen');
    expect([found.missing, found.corrected]).toEqual([[], undefined]);
    expect(await urls(found)).toContain('/projecten/leerwerkplaats/');
  });

  it('names a typed word that the stems alone make one of the site\'s, with the site\'s spelling; a form of the word not (helper-54)', async () => {
    const typo = await ask('vrijwiligers');
    expect([typo.missing, typo.corrected, typo.foundAs]).toEqual([[], undefined, [{ typed: 'vrijwiligers', as: 'vrijwilligers' }]]);
    expect(await urls(typo)).toContain('/netwerken/charlois/');
    expect((await ask('opleidingen')).foundAs).toBeUndefined();
    expect((await ask('Charlois')).foundAs).toBeUndefined();
    // The site's spelling from the indexed copy's words, marks and punctuation aside; none where a part is a form.
    expect(spelledAs(['vrijwilligers|werk.'], 'vrijwiligers')).toBe('vrijwilligers');
    expect(spelledAs(['Delfshaven.', 'delfshaven'], 'delfshafen')).toBe('Delfshaven');
    expect(spelledAs(['mbo-zorg|opleiding'], 'opleidingen')).toBeUndefined();
    expect(spelledAs([], 'opleidingen')).toBeUndefined();
    // The part nearest the typed word, not the first.
    expect(spelledAs(['mbo|vrijwilligers'], 'vrijwiligers')).toBe('vrijwilligers');
    // Agreeing up to the last two letters of the shorter is a form of the word; a typo differs sooner.
    expect([['opleiding', 'opleidingen'], ['mogelijkheid', 'mogelijkheden'], ['cliënt', 'client']].map(([a, b]) => isFormOf(a!, b!))).toEqual([true, true, true]);
    // Accents aside wherever they stand: coöperatie is the site's form of cooperaties typed without the diaeresis.
    expect(isFormOf('coöperatie', 'cooperaties')).toBe(true);
    expect([['vrijwilligers', 'vrijwiligers'], ['delfshaven', 'Delfshafen'], ['feijenoord', 'feyenoord']].map(([a, b]) => isFormOf(a!, b!))).toEqual([false, false, false]);
  });

  it('does not call a word typed half missing when no page has it beside the other word', async () => {
    const found = await ask('Frank delfsh');
    expect([found.missing, found.searched, found.offers, found.results]).toEqual([[], 'Frank delfsh', [], []]);
  });
});

describe('"Bedoelde je …?"', () => {
  it('searches a word with hyphens as its parts when the site has every part (Pagefind reads it as one word)', async () => {
    const found = await ask('Hoek-van-Holland');
    expect([found.missing, found.corrected, found.searched, (await urls(found))[0]]).toEqual([['Hoek-van-Holland'], 'Hoek van Holland', 'Hoek van Holland', '/netwerken/hoek-van-holland/']);
    // Not when a part is missing: "toerist" would be searched as a shorter word standing in for it.
    const partly = await ask('kust-toerist');
    expect(partly.searched).not.toBe('kust toerist');
    expect(partly.offers).not.toContain('kust toerist');
  });
  it('searches the one near word instead, or offers it when the reader asked for the query as typed', async () => {
    const corrected = await ask('delftshaven');
    expect([corrected.missing, corrected.corrected, corrected.searched, corrected.offers]).toEqual([['delftshaven'], 'Delfshaven', 'Delfshaven', []]);
    expect(await urls(corrected)).toEqual(expect.arrayContaining(['/netwerken/delfshaven/', '/projecten/leerwerkplaats/']));
    const literal = await ask('delftshaven', { literal: true });
    expect([literal.corrected, literal.searched, literal.offers, literal.results]).toEqual([undefined, '', ['Delfshaven'], []]);
  });

  it('offers at most three words, as near as each other, the most used first', async () => {
    // kurst: kust (3 pages), kunst (2), korst and Kurt (1 each) all one letter off.
    const found = await ask('kurst');
    expect([found.missing, found.corrected, found.offers, found.results]).toEqual([['kurst'], undefined, ['kust', 'kunst', 'korst'], []]);
  });

  it('searches the nearest word when a further one exists too', async () => {
    // wandelaarsz: wandelaars one letter off, wandelaar two.
    const found = await ask('wandelaarsz');
    expect([found.corrected, found.offers, await urls(found)]).toEqual(['wandelaars', [], ['/projecten/kustwandeling/']]);
  });

  it('corrects only to a word that finds pages with the rest of the query', async () => {
    // kust is nearer in use, but no page has it beside Delfshaven; kunst is on the network's page.
    const found = await ask('kurst Delfshaven');
    expect([found.missing, found.corrected, found.searched, await urls(found)]).toEqual([['kurst'], 'kunst Delfshaven', 'kunst Delfshaven', ['/netwerken/delfshaven/']]);
  });

  it('offers every near word that finds pages with the words found, and lists those words\' pages meanwhile', async () => {
    const found = await ask('wandelaarz kust');
    expect([found.missing, found.corrected, found.offers, found.searched]).toEqual([['wandelaarz'], undefined, ['wandelaar kust', 'wandelaars kust'], 'kust']);
    expect((await urls(found)).sort()).toEqual((await index.search('kust')).map((h) => h.url).sort());
  });

  it('offers, and does not search, a correction in which one of the words had other near words', async () => {
    // wandelaarsz has one near word; kurst three (kust, kunst, korst), of which only kust stands beside wandelaars.
    const found = await ask('kurst wandelaarsz');
    expect([found.missing, found.corrected, found.offers, found.results]).toEqual([['kurst', 'wandelaarsz'], undefined, ['kust wandelaars'], []]);
  });

  it('tries a near word without the other missing word, which Pagefind would read as a shorter word (kunstenaarz as kunst)', async () => {
    const found = await ask('kurst kunstenaarz');
    expect([found.corrected, found.offers]).toEqual([undefined, ['kunst kunstenaar']]);
  });

  it('with two words missing, offers only the combination that finds a page', async () => {
    // kust Delfshaven finds nothing; kunst Delfshaven does.
    const found = await ask('kurst delftshaven');
    expect([found.missing, found.corrected, found.offers, found.searched, found.results]).toEqual([['kurst', 'delftshaven'], undefined, ['kunst Delfshaven'], '', []]);
  });

  it('offers the near word alone when no page has it beside the words found, and lists those words\' pages meanwhile', async () => {
    // "jongeren Delfhaven" on the site: no page has jongeren and Delfshaven; no hint was given at all (seen by helper-23).
    const found = await ask('brood Humanitsa');
    expect([found.missing, found.corrected, found.offers, found.searched, await urls(found)]).toEqual([['Humanitsa'], undefined, ['Humanitas'], 'brood', ['/thema/iedereen-doet-mee/']]);
    // Only the nearest: vrijwilligers (one letter off), not vrijwilliger (two) as well.
    expect((await ask('brood vriqwilligers')).offers).toEqual(['vrijwilligers']);
    // Not with two words missing: which of them the reader meant alone is anyone's guess.
    expect((await ask('brood Humanitsa Delftshaven')).offers).toEqual([]);
  });

  it('offers each missing word\'s correction on its own when no page has them all ("Delfhaven jongern" offered nothing; seen by helper-25)', async () => {
    const found = await ask('Humanitsa kurst');
    expect([found.missing, found.corrected, found.offers, found.results]).toEqual([['Humanitsa', 'kurst'], undefined, ['Humanitas', 'kust'], []]);
    // With a word found: each correction beside it, as it finds pages.
    expect((await ask('Humanitsa Charlois kurst')).offers).toEqual(['Humanitas Charlois', 'Charlois kunst']);
  });

  it('offers nothing for a word with nothing near it', async () => {
    const found = await ask('xylofoon');
    expect([found.missing, found.offers, found.results]).toEqual([['xylofoon'], [], []]);
  });
  it('offers a near word alone only where it finds pages with the filters ticked', async () => {
    expect((await ask('brood Humanitsa', { filters: { type: { any: ['organisatie'] } } })).offers).toEqual(['Humanitas']);
    expect((await ask('brood Humanitsa', { filters: { type: { any: ['nieuws'] } } })).offers).toEqual([]);
  });
});

describe('the order a reader expects', () => {
  it('puts the page with the words side by side above pages that have them apart', async () => {
    expect((await index.search('Hoek van Holland')).map((h) => h.url)).toEqual(['/netwerken/hoek-van-holland/', '/projecten/kustwandeling/', '/nieuws/zorgpost-op-het-strand/']);
    expect(await urls(await ask('Hoek van Holland'))).toEqual(['/netwerken/hoek-van-holland/', '/nieuws/zorgpost-op-het-strand/', '/projecten/kustwandeling/']);
  });

  it('lists for words in quotes the pages with that phrase, the one whose title has it first', async () => {
    const found = await ask('"Hoek van Holland"');
    expect([found.missing, found.searched, await urls(found)]).toEqual([[], '"Hoek van Holland"', ['/netwerken/hoek-van-holland/', '/nieuws/zorgpost-op-het-strand/']]);
    const excerpt = (await found.results[1]!.data()).excerpt;
    expect(excerpt).toContain('<mark>Hoek</mark> <mark>van</mark> <mark>Holland</mark>');
  });

  it('ranks the pages with a phrase as its words rank them, not in the index’s page order (Pagefind scores them all 1)', async () => {
    // Pagefind: both pages with "zorg en welzijn" score 1, in the order they were indexed.
    expect((await index.search('"zorg en welzijn"')).map((h) => h.url)).toEqual(['/netwerken/delfshaven/', '/over/']);
    // The words rank /over/ above Delfshaven (the pact has zorg and welzijn, not side by side).
    expect((await index.search('zorg welzijn')).map((h) => h.url)).toEqual(['/pacten/flevoland/', '/over/', '/netwerken/delfshaven/']);
    const phrase = await ask('"zorg en welzijn"');
    expect(phrase.results).toHaveLength(2); // each page once
    expect(await urls(phrase)).toEqual(['/over/', '/netwerken/delfshaven/']);
    expect(await urls(await ask('“zorg en welzijn”'))).toEqual(['/over/', '/netwerken/delfshaven/']);
  });

  it('puts the page whose title has the words first, then the words side by side, then apart', async () => {
    expect((await index.search('buurt zorg')).map((h) => h.url)).toEqual(['/projecten/zorg-in-de-buurt/', '/nieuws/informatieavond/', '/nieuws/buurtzorg-groeit/']);
    expect(await urls(await ask('buurt zorg'))).toEqual(['/projecten/zorg-in-de-buurt/', '/nieuws/buurtzorg-groeit/', '/nieuws/informatieavond/']);
  });

  it('ranks by the words that say something, not by how often a page has "in" and "de"', async () => {
    // Pagefind alone puts the information evening first: in, informatie, inloop, ingang, inschrijven …
    expect((await index.search('werken in de zorg')).map((h) => h.url)[0]).toBe('/nieuws/informatieavond/');
    // Side by side first (werk in de zorg, werken in de zorg), each group in the order of "werken zorg".
    // The pact has werken and zorg, not "in": listed too, after the pages with the words side by side.
    expect(await urls(await ask('werken in de zorg'))).toEqual(['/thema/iedereen-doet-mee/', '/nieuws/informatieavond/', '/pacten/flevoland/', '/over/', '/netwerken/delfshaven/', '/netwerken/hoek-van-holland/']);
  });

  it('lets the common words of a question narrow nothing: the page about the telling word is found (helper-36)', async () => {
    // Pagefind lists only pages with every word; the leerwerkplaats page has no "wat" and no "is".
    expect((await index.search('wat is een leerwerkplaats')).map((h) => h.url)).not.toContain('/projecten/leerwerkplaats/');
    const found = await ask('wat is een leerwerkplaats');
    expect([found.missing, found.searched, (await urls(found))[0]]).toEqual([[], 'wat is een leerwerkplaats', '/projecten/leerwerkplaats/']);
    // Question words the stopword list lacks count as common too: waar, welke, word, wordt, zoek …
    expect((await urls(await ask('waar zoek ik vrijwilligers')))).toEqual(await urls(await ask('vrijwilligers')));
    // A missing common word is no missing word: nothing is said to be off the site, the rest is searched.
    const missingCommon = await ask('hoe word ik vrijwilliger');
    expect([missingCommon.missing, missingCommon.corrected, (await urls(missingCommon)).length > 0]).toEqual([[], undefined, true]);
  });
  it('keeps Pagefind\'s order for a query of common words alone: none says what the pages are about', async () => {
    expect(await urls(await ask('van de'))).toEqual(['/netwerken/hoek-van-holland/', '/nieuws/de-dertien-deelnemers/', '/projecten/kustwandeling/', '/projecten/leerwerkplaats/', '/nieuws/zorgpost-op-het-strand/', '/projecten/zorg-in-de-buurt/', '/nieuws/informatieavond/']);
  });
  it('puts first the page whose title has the telling words, though its title lacks the common word', async () => {
    expect(await urls(await ask('Leerwerkplaats een Delfshaven'))).toEqual(['/projecten/leerwerkplaats/', '/nieuws/wethouder-opent-werkplaats/']);
  });

  it('counts the filter values for the telling words, as the results are theirs', async () => {
    const counts = await filterCounts(index.engine, { query: 'wat is een leerwerkplaats', searched: 'wat is een leerwerkplaats' }, {});
    expect(counts.type).toEqual((await filterCounts(index.engine, { query: 'leerwerkplaats', searched: 'leerwerkplaats' }, {})).type);
    expect(counts.type?.project).toBeGreaterThan(0);
  });

  it('puts the page with the word as typed above shorter pages with longer words it begins (the ranking weights)', async () => {
    // "van jong tot oud" on a long page against "ouderen" on short ones: termSimilarity 3 and pageLength 0.3 together
    // put it first; with either at Pagefind's default (1, 0.75) the ouderen pages come first.
    expect((await index.search('oud')).map((h) => h.url)).toEqual(['/projecten/kustwandeling/', '/projecten/kunst-in-de-wijk/', '/netwerken/charlois/', '/projecten/zorg-in-de-buurt/']);
    expect(await urls(await ask('oud'))).toEqual(['/projecten/kustwandeling/', '/projecten/kunst-in-de-wijk/', '/netwerken/charlois/', '/projecten/zorg-in-de-buurt/']);
  });

  it('keeps the newest-first order without a filter, pages without a date after the news', async () => {
    const found = await ask('zorg', { sort: { date: 'desc' } });
    const dates = await Promise.all(found.results.map(async (r) => (await r.data()).meta.date ?? '-'));
    expect(dates.slice(0, 4)).toEqual(['2023-11-29', '2023-06-01', '2023-03-14', '-']);
    expect(dates.slice(3).every((d) => d === '-')).toBe(true);
  });

  it('keeps the sort order a reader chose', async () => {
    const found = await ask('zorg', { filters: { type: { any: ['nieuws'] } }, sort: { date: 'asc' } });
    const dates = await Promise.all(found.results.map(async (r) => (await r.data()).meta.date));
    expect(dates).toEqual(['2023-03-14', '2023-06-01', '2023-11-29']);
    const newest = await ask('', { filters: { type: { any: ['nieuws'] } }, sort: { date: 'desc' } });
    expect(await urls(newest)).toEqual(['/nieuws/buurtzorg-groeit/', '/nieuws/zorgpost-op-het-strand/', '/nieuws/informatieavond/', '/nieuws/de-dertien-deelnemers/', '/nieuws/wethouder-opent-werkplaats/']);
  });
});

describe('excerpts', () => {
  const excerptOf = async (found: Answer, url: string) => {
    for (const result of found.results) {
      const data = await result.data();
      if (data.url === url) return data.excerpt;
    }
    throw new Error(`${url} niet gevonden`);
  };

  it('shows the passage with the telling words, and marks a common word only beside them', async () => {
    const found = await ask('Marleen de Wit');
    const excerpt = await excerptOf(found, '/nieuws/de-dertien-deelnemers/');
    expect(excerpt).toContain('<mark>Marleen</mark> <mark>de</mark> <mark>Wit</mark> was er ook, met de deelnemers');
    expect(excerpt).not.toContain('<mark>dertien</mark>');
  });

  it('does not repeat the page\'s heading, which the result shows as its title', async () => {
    const excerpt = await excerptOf(await ask('Hoek van Holland'), '/netwerken/hoek-van-holland/');
    expect(excerpt).toBe('Aan de kust werken zorgaanbieders samen in <mark>Hoek</mark> <mark>van</mark> <mark>Holland</mark>. Zij zoeken mensen voor de thuiszorg.');
  });

  it('marks the corrected word that was searched, and a common word of the correction only beside the others', async () => {
    const excerpt = await excerptOf(await ask('kurst Delfshaven'), '/netwerken/delfshaven/');
    expect(excerpt).toContain('<mark>kunst</mark>');
    const corrected = await ask('Hoek van Hollant');
    expect(corrected.corrected).toBe('Hoek van Holland');
    const walk = await excerptOf(corrected, '/projecten/kustwandeling/');
    expect(walk).toContain('<mark>Van</mark> <mark>hoek</mark> tot <mark>hoek</mark>');
    expect(walk).toContain('<mark>Holland</mark> komen bezoekers, van jong tot oud.');
  });
});

describe('excerpts of pages found by their summary', () => {
  /** The excerpt of the one page a query finds, that page asserted first. */
  const excerptOfOnly = async (query: string, url: string) => {
    const found = await ask(query);
    expect(await urls(found)).toEqual([url]);
    return (await found.results[0]!.data()).excerpt;
  };
  const PERNIS = '/netwerken/pernis/';

  it('shows the summary, escaped, with the word marked, when the text does not have it', async () => {
    expect(await excerptOfOnly('ondertekend', PERNIS)).toBe('Het netwerk in Pernis aan de Maas, <mark>ondertekend</mark> in &lt;2016&gt; &amp; daarna.');
  });
  it('marks each telling word the summary has', async () => {
    expect(await excerptOfOnly('ondertekend 2016', PERNIS)).toBe('Het netwerk in Pernis aan de Maas, <mark>ondertekend</mark> in &lt;<mark>2016</mark>&gt; &amp; daarna.');
  });
  it("shows the summary unmarked, not the text's opening, when the page matched by the stem alone (ondertekende: ondertekend)", async () => {
    expect(await excerptOfOnly('ondertekende', PERNIS)).toBe('Het netwerk in Pernis aan de Maas, ondertekend in &lt;2016&gt; &amp; daarna.');
  });
  it("shows the text's opening for a page with no summary, found by another field (its type)", async () => {
    expect(await excerptOfOnly('organisatie', '/organisaties/humanitas/')).toBe('Humanitas zet vrijwilligers in voor mensen die hulp nodig hebben. Ook in Delfshaven en Charlois.');
  });
  it('shows the text when it has the word, though the summary has it too', async () => {
    expect(await excerptOfOnly('Maas', PERNIS)).toBe('Aan de <mark>Maas</mark>.');
  });
});

describe('filters', () => {
  /** The results a search with these filters gives: what a count next to a value promises. */
  const count = async (query: string, filters: Record<string, string>) => (await index.search(query || null, { filters })).length;
  /** What the search page shows beside each filter value once the results are on screen. */
  const countsFor = async (found: Answer, filters: AnswerOptions['filters']) => filterCounts(index.engine, found, { filters });

  it('counts each value as what ticking it gives, with a value of the same filter ticked', async () => {
    const filters = { jaar: { any: ['2023'] } };
    const found = await ask('zorg', { filters });
    expect(found.results.length).toBe(3);
    const counts = await countsFor(found, filters);
    expect(counts.jaar).toEqual({ '2016': 0, '2023': 3 });
    expect(counts.type!.nieuws).toBe(3);
    expect(counts.type!.project).toBe(0);
  });

  it('counts each filter with the other filters ticked', async () => {
    const filters = { netwerk: { any: ['Delfshaven'] }, type: { any: ['project'] } };
    const found = await ask('zorg', { filters });
    expect(await urls(found)).toEqual(['/projecten/leerwerkplaats/']);
    const counts = await countsFor(found, filters);
    expect(counts.netwerk!.Charlois).toBe(await count('zorg', { netwerk: 'Charlois', type: 'project' }));
    expect(counts.netwerk!.Charlois).toBe(1);
    expect(counts.type!.netwerk).toBe(await count('zorg', { netwerk: 'Delfshaven', type: 'netwerk' }));
    expect(counts.type!.netwerk).toBe(1);
    expect(counts.type!.project).toBe(1);
  });

  it('counts what was searched: the correction, the words the site has, nothing when no typed word was searched', async () => {
    // delftshaven is searched as Delfshaven: its counts, not those of every page.
    const corrected = await countsFor(await ask('delftshaven'), {});
    expect(corrected.netwerk).toEqual({ Charlois: 0, Delfshaven: await count('Delfshaven', { netwerk: 'Delfshaven' }), 'Hoek van Holland': 0 });
    expect(corrected.type!.organisatie).toBe(1);
    // huisarts Amsterdam lists the pages with huisarts.
    expect((await countsFor(await ask('huisarts Amsterdam'), {})).type).toMatchObject({ pact: 1, project: 1, nieuws: 0 });
    expect(await countsFor(await ask('kurst'), {})).toEqual({});
    expect(await countsFor(await ask('Purdey van Muiden'), {})).toEqual({});
  });

  it('knows when the filters hide every result', async () => {
    const found = await ask('kunst', { filters: { type: { any: ['nieuws'] } } });
    expect([found.results, found.withoutFilters]).toEqual([[], 2]);
  });

  it('lists every page of a filter when nothing is typed', async () => {
    const filters = { netwerk: { any: ['Charlois'] } };
    const found = await ask('', { filters });
    expect([found.searched, found.missing, found.offers]).toEqual(['', [], []]);
    expect((await urls(found)).sort()).toEqual(['/netwerken/charlois/', '/projecten/kunst-in-de-wijk/', '/projecten/zorg-in-de-buurt/']);
    const counts = await countsFor(found, filters);
    expect(counts.netwerk!.Delfshaven).toBe(await count('', { netwerk: 'Delfshaven' }));
    expect(counts.netwerk!.Delfshaven).toBe(3);
  });
  it('reads a query of spaces alone as nothing typed: every page of the filter', async () => {
    const found = await ask('   ', { filters: { netwerk: { any: ['Charlois'] } } });
    expect([found.searched, found.missing, (await urls(found)).sort()]).toEqual(['', [], ['/netwerken/charlois/', '/projecten/kunst-in-de-wijk/', '/projecten/zorg-in-de-buurt/']]);
  });

  it('lists nothing for a query of signs alone, with or without a filter: no search for everything', async () => {
    for (const query of ['%', '***', '"', '- &']) {
      const found = await ask(query);
      expect([found.searched, found.results.length, found.withoutFilters], query).toEqual(['', 0, 0]);
    }
    expect((await ask('%', { filters: { netwerk: { any: ['Charlois'] } } })).results).toEqual([]);
  });
});

describe('loading', () => {
  it('loads the first screen of ten results side by side while it answers, and the rest only when asked', async () => {
    const { counted: engine, seen } = countingLoads(index.engine);
    const found = await answer(engine, 'de', { vocabulary: async () => parseVocabulary(vocabularyText) });
    expect(found.results.length).toBeGreaterThan(12);
    const first = found.results.slice(0, 10).map((r) => r.id);
    expect([...new Set(seen.loaded)].sort()).toEqual([...first].sort());
    expect(seen.most).toBeGreaterThanOrEqual(10);
    const eleventh = await found.results[10]!.data();
    expect(eleventh.url).toMatch(/^\//);
    expect(seen.loaded).toContain(found.results[10]!.id);
  });

  it('loads the vocabulary only when a word is missing', async () => {
    let loads = 0;
    const vocabulary = async () => {
      loads++;
      return parseVocabulary(vocabularyText);
    };
    await answer(index.engine, 'Delfshaven', { vocabulary });
    expect(loads).toBe(0);
    await answer(index.engine, 'delftshaven', { vocabulary });
    expect(loads).toBe(1);
  });
});
