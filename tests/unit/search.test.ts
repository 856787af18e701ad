import { describe, expect, it } from 'vitest';
import { bodyText, withCompoundParts } from '../../src/lib/search/indexed-text.ts';
import { compoundParts, createSplitter } from '../../src/lib/search/compounds.ts';
import { dutchWordCheck } from '../../src/lib/search/dutch-words.ts';
import { hasCriteria, pagefindSort, readSearchState, searchQueryString } from '../../src/lib/search/search-url.ts';

const split = createSplitter(dutchWordCheck());

describe('Dutch compound splitter (OpenTaal dictionary)', () => {
  const compounds: [string, string[]][] = [
    ['arbeidsmarkt', ['arbeid', 'markt']],
    ['zorgorganisatie', ['zorg', 'organisatie']],
    ['welzijnsorganisaties', ['welzijn', 'organisaties']],
    ['wijkteam', ['wijk', 'team']],
    ['werkervaringsplek', ['werk', 'ervaring', 'plek']],
    ['leerwerkbaan', ['leer', 'werk', 'baan']],
    ['personeelstekort', ['personeel', 'tekort']],
    ['personeelstekorten', ['personeel', 'tekorten']],
    ['zorgopleiding', ['zorg', 'opleiding']],
    ['thuiszorg', ['thuis', 'zorg']],
    ['jeugdzorg', ['jeugd', 'zorg']],
    ['ouderenzorg', ['ouder', 'zorg']],
    ['zorgaanbieder', ['zorg', 'aanbieder']],
    ['wijkverpleging', ['wijk', 'verpleging']],
    ['gezondheidszorg', ['gezondheid', 'zorg']],
    ['welzijnswerk', ['welzijn', 'werk']],
    ['leerwerktraject', ['leer', 'werk', 'traject']],
    ['verpleeghuis', ['verpleeg', 'huis']],
    ['zorgverzekeraar', ['zorg', 'verzekeraar']],
    ['arbeidsbeperking', ['arbeid', 'beperking']],
    ['uitkeringsgerechtigden', ['uitkering', 'gerechtigden']],
    ['samenwerking', ['samen', 'werking']],
    ['werkplezier', ['werk', 'plezier']],
    ['zelfredzaamheid', ['zelf', 'redzaamheid']],
    ['vangnetmedewerker', ['vangnet', 'mede', 'werker']],
  ];
  it.each(compounds)('splits %s', (word, parts) => {
    expect(split(word)).toEqual(parts);
  });

  const whole = [
    'organisatie', 'opleidingen', 'rotterdam', 'vrijwilligers', 'gemeente', 'huishoudelijke', 'bewoners', 'inclusiviteit',
    'coöperatief', 'samenleving', 'ondersteuning', 'bestuurder', 'betekenis', 'discriminatie', 'diversiteit', 'carrièreswitchers',
    'zorg', 'markt', 'wethouder',
  ];
  it.each(whole)('leaves %s whole', (word) => {
    expect(split(word)).toEqual([]);
  });

  it('tests at least 40 real Dutch words', () => {
    expect(compounds.length + whole.length).toBeGreaterThanOrEqual(40);
  });

  it('adds only parts that are not words of the text already, once each', () => {
    expect(compoundParts('De arbeidsmarkt en de markt; arbeidsmarkt!', split)).toEqual(['arbeid']);
  });

  it('works with any word check, and never splits below the minimum part length', () => {
    const tiny = createSplitter((w) => ['zorg', 'team', 'op', 'leiding'].includes(w));
    expect(tiny('zorgteam')).toEqual(['zorg', 'team']);
    expect(tiny('opleiding')).toEqual([]); // "op" is shorter than the minimum part
    expect(createSplitter((w) => ['zorg', 'team'].includes(w), { minWord: 9 })('zorgteam')).toEqual([]);
  });
});

describe('index-time compound parts', () => {
  const page = '<html><body><nav>arbeidsmarkt</nav><main data-pagefind-body><p>De zorgorganisatie</p><aside data-pagefind-ignore>welzijnswerk</aside></main></body></html>';
  it('reads only the indexed body, without ignored parts', () => {
    expect(bodyText(page)).toContain('zorgorganisatie');
    expect(bodyText(page)).not.toContain('welzijnswerk');
    expect(bodyText('<main><p>x</p></main>')).toBeUndefined();
  });
  it('adds the parts at low weight inside the body, leaving the rest untouched', () => {
    const out = withCompoundParts(page, split);
    expect(out).toContain('<p data-pagefind-weight="0.5">zorg organisatie</p></main>');
    expect(out.replace('<p data-pagefind-weight="0.5">zorg organisatie</p>', '')).toBe(page);
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
  it('maps the sort order to Pagefind', () => {
    expect(pagefindSort('datum')).toEqual({ date: 'desc' });
    expect(pagefindSort('relevantie')).toEqual({});
  });
});
