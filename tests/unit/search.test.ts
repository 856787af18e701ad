import { describe, expect, it } from 'vitest';
import { createSplitter, splitAsWritten } from '../../src/lib/search/compounds.ts';
import { createLexicon, dutchLexicon } from '../../src/lib/search/dutch-words.ts';
import { needsSuggestions, withoutCompoundMarks } from '../../src/lib/search/excerpt.ts';
import { editDistance, parseVocabulary, spellingKey, suggestQueries } from '../../src/lib/search/suggest.ts';
import { VocabularyCounter } from '../../src/lib/search/vocabulary.ts';
import { filterValueLabel } from '../../src/lib/search/facets.ts';
import { indexedCopy } from '../../src/lib/search/indexed-text.ts';
import { hasCriteria, pagefindFilters, pagefindSort, readSearchState, searchQueryString } from '../../src/lib/search/search-url.ts';
import { COMPOUND_TABLE, splitterScore } from '../helpers/compound-table.ts';

const lexicon = dutchLexicon();
const split = createSplitter(lexicon);
const asWritten = (word: string, midSentence = false) => splitAsWritten(word, split, lexicon, midSentence);

describe('Dutch compound splitter (OpenTaal dictionary and its compound flags)', () => {
  it('splits the reviewed table of real words at least 95 % exactly right', () => {
    expect(COMPOUND_TABLE.length).toBeGreaterThanOrEqual(200);
    const score = splitterScore((word) => asWritten(word));
    expect(score.right / score.total, score.wrong.join('\n')).toBeGreaterThanOrEqual(0.95);
  });

  it.each([
    ['arbeidsmarkt', 'arbeids|markt'],
    ['welzijnsorganisaties', 'welzijns|organisaties'],
    ['zorgaanbieder', 'zorg|aanbieder'],
    ['kinderopvang', 'kinder|opvang'],
    ['statushouders', 'status|houders'],
    ['werkervaringsplekken', 'werk|ervarings|plekken'],
    ['huisartsenzorg', 'huis|artsen|zorg'],
    ['kartrekker', 'kar|trekker'],
  ])('splits %s as %s, the parts joining to the word again', (word, parts) => {
    expect(asWritten(word).join('|')).toBe(parts);
    expect(asWritten(word).join('')).toBe(word);
  });

  it.each(['betekent', 'culturen', 'organisatie', 'discriminatie', 'bijvoorbeeld', 'Delfshaven', 'Rotterdam', 'Hoogvliet', 'Noorderbreedte'])('keeps %s whole', (word) => {
    expect(asWritten(word)).toEqual([]);
  });

  it('never splits a capitalised word inside a sentence: a name (Robert Waterreus, Woonzorg Flevoland)', () => {
    expect(asWritten('Waterreus', true)).toEqual([]);
    expect(asWritten('Woonzorg', true)).toEqual([]);
    expect(asWritten('Woonzorg', false)).toEqual(['Woon', 'zorg']);
    expect(asWritten('Arbeidsmarkt', false)).toEqual(['Arbeids', 'markt']);
  });

  it('reads any Hunspell dictionary with long flags: begin, middle and end roles, inflections, ij as one letter', () => {
    const aff = ['FLAG long', 'SFX Za Y 1', 'SFX Za 0 s .', 'SFX Ch Y 1', 'SFX Ch 0 s/CaCbCxCp .'].join('\n');
    const dic = ['4', 'arbeid/CbCcCh', 'markt/CcZa', 'wĳk/CaZa', 'team/CcZa'].join('\n');
    const tiny = createLexicon(aff, dic);
    expect(tiny.canBegin('arbeids')).toBe(true);
    expect(tiny.isWord('arbeids')).toBe(false); // a form that exists only inside compounds
    expect(tiny.canEnd('markten')).toBe(false);
    expect(tiny.canEnd('markts')).toBe(true);
    expect(tiny.canBegin('wijk')).toBe(true);
    const tinySplit = createSplitter(tiny);
    expect(tinySplit('arbeidsmarkt')).toEqual(['arbeids', 'markt']);
    expect(tinySplit('wijkteams')).toEqual(['wijk', 'teams']);
    expect(tinySplit('teamwijk')).toEqual([]); // team may not begin a compound here
  });
});

describe('the indexed copy of a page', () => {
  const splitter = (word: string, mid: boolean) => asWritten(word, mid);
  const page = '<html><body><nav>arbeidsmarkt</nav><main data-pagefind-body><h1>De arbeidsmarkt</h1><dl><dt>Regio</dt><dd>Flevoland</dd></dl><p>Robert Waterreus &amp; de welzijnsorganisaties</p><div data-pagefind-ignore>zorgaanbieder</div></main></body></html>';
  const copy = indexedCopy(page, splitter);

  it('marks compounds in place, in the indexed body only, leaving names, entities and ignored parts alone', () => {
    expect(copy).toContain('<h1>De arbeids|markt</h1>');
    expect(copy).toContain('Robert Waterreus &amp; de welzijns|organisaties');
    expect(copy).toContain('<nav>arbeidsmarkt</nav>');
    expect(copy).toContain('>zorgaanbieder</div>');
  });
  it('keeps the text of neighbouring blocks apart', () => {
    expect(copy).toContain('<dt>Regio</dt> ');
    expect(copy).toContain(' <dd>Flevoland</dd>');
  });
  it('adds nothing but marks and spaces: without them it reads as the page', () => {
    expect(withoutCompoundMarks(copy).replaceAll(' <', '<').replaceAll('> ', '>')).toBe(page.replaceAll('> ', '>'));
  });
  it('marks a compound right after an entity, and leaves the entity whole', () => {
    expect(indexedCopy('<main data-pagefind-body><p>Zorg&amp;welzijnsorganisaties</p></main>', splitter)).toContain('<p>Zorg&amp;welzijns|organisaties</p>');
  });
  it('leaves a page without an indexed body as it is', () => {
    expect(indexedCopy('<main><p>arbeidsmarkt</p></main>', splitter)).toBe('<main><p>arbeidsmarkt</p></main>');
  });
});

describe('excerpts as readers see them', () => {
  it('removes the compound marks, also around Pagefind\'s highlight', () => {
    expect(withoutCompoundMarks('de <mark>arbeids|markt</mark> en welzijns|<mark>organisaties</mark>')).toBe('de <mark>arbeidsmarkt</mark> en welzijns<mark>organisaties</mark>');
    expect(withoutCompoundMarks('bestand|2023 en | x')).toBe('bestand|2023 en | x');
  });
  it('names page types in Dutch', () => {
    expect(filterValueLabel('type', 'project')).toBe('Projectkaart');
    expect(filterValueLabel('netwerk', 'Delfshaven')).toBe('Delfshaven');
  });
});

describe('shareable search URLs', () => {
  it('reads query, filters and sort from the address', () => {
    expect(readSearchState('?q=wijkteam&netwerk=Delfshaven&netwerk=Pernis&type=project&sorteer=datum&onbekend=x')).toEqual({
      query: 'wijkteam',
      filters: { netwerk: ['Delfshaven', 'Pernis'], type: ['project'] },
      sort: 'datum',
    });
    expect(readSearchState('')).toEqual({ query: '', filters: {}, sort: 'relevantie' });
    expect(hasCriteria(readSearchState('?netwerk=Delfshaven'))).toBe(true);
    expect(hasCriteria(readSearchState('?q=%20'))).toBe(false);
  });
  it('writes them back, round trip, with Dutch letters encoded', () => {
    const qs = searchQueryString({ query: 'coöperatief werken', filters: { netwerk: ['Hoek van Holland'], jaar: '2016', foo: ['x'] }, sort: 'datum' });
    expect(qs).toBe('?q=co%C3%B6peratief+werken&netwerk=Hoek+van+Holland&jaar=2016&sorteer=datum');
    expect(readSearchState(qs)).toEqual({ query: 'coöperatief werken', filters: { netwerk: ['Hoek van Holland'], jaar: ['2016'] }, sort: 'datum' });
    expect(searchQueryString({ query: '' })).toBe('');
  });
  it('maps filters to Pagefind: any value within a filter', () => {
    expect(pagefindFilters({ netwerk: ['Delfshaven', 'Pernis'], type: [] })).toEqual({ netwerk: { any: ['Delfshaven', 'Pernis'] } });
  });
  it('maps the sort order to Pagefind', () => {
    expect(pagefindSort('datum')).toEqual({ date: 'desc' });
    expect(pagefindSort('relevantie')).toEqual({});
  });
});

describe('"Bedoelde je …?"', () => {
  const vocabulary = parseVocabulary(['zorg\t24', 'welzijn\t22', 'zorgaanbieder\t3', 'Delfshaven\t4', 'vrijwilligers\t1', 'ondertekend\t14', 'coöperatie\t2', 'Feijenoord\t2'].join('\n'));

  it('folds what Dutch spelling confuses before measuring the distance', () => {
    expect(spellingKey('vrijwilligers')).toBe(spellingKey('vreiwiligers'));
    expect(spellingKey('Feijenoord')).toBe(spellingKey('Feyenoord'));
    expect(spellingKey('coöperatie')).toBe(spellingKey('cooperatie'));
    expect(spellingKey('ondertekend')).toBe(spellingKey('ondertekent'));
    expect(editDistance('zorgaanbeider', 'zorgaanbieder')).toBe(1); // a swap is one edit
    expect(editDistance('abc', 'abcdefgh', 2)).toBe(3); // stops early past the limit
  });
  it('offers words of the site for misspellings, names with their capital', () => {
    expect(suggestQueries('zorgaanbeider', vocabulary)).toEqual(['zorgaanbieder']);
    expect(suggestQueries('delfshafen', vocabulary)).toEqual(['Delfshaven']);
    expect(suggestQueries('Feyenoord', vocabulary)).toEqual(['Feijenoord']);
    expect(suggestQueries('ondertekent', vocabulary)).toEqual(['ondertekend']);
  });
  it('corrects only the words the site lacks in a longer query', () => {
    expect(suggestQueries('vrijwiligers Delfshaven', vocabulary)).toEqual(['vrijwilligers Delfshaven']);
  });
  it('offers nothing for known words, short words or words far from any', () => {
    for (const query of ['zorg', 'Welzijn', 'xylofoon', 'ab']) expect(suggestQueries(query, vocabulary), query).toEqual([]);
  });
  it('counts each word once per page under the form the pages write', () => {
    const counter = new VocabularyCounter();
    counter.addPage('Delfshaven en nog eens Delfshaven. Zorg voor zorg.');
    counter.addPage('De zorg in Delfshaven.');
    expect(counter.format(10)).toBe('Delfshaven\t2\nzorg\t2\neens\t1\nvoor\t1');
  });
  it('is needed when a search finds little, or only the start of a longer word', () => {
    expect(needsSuggestions('vrijwiligers', 2, [])).toBe(true);
    expect(needsSuggestions('zorgaanbeider', 28, ['van de <mark>zorg</mark> en', 'Soort <mark>Zorgaanbieder</mark>'])).toBe(true);
    expect(needsSuggestions('opleidingen', 5, ['een <mark>opleiding</mark> in'])).toBe(false);
    expect(needsSuggestions('zorg', 28, ['de <mark>zorg</mark>'])).toBe(false);
    expect(needsSuggestions('', 0, [])).toBe(false);
  });
});
