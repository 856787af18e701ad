/**
 * "Bedoelde je …?" ranking on the site's real vocabulary, where candidates
 * compete: the exact candidates, in order, with their distance and page count,
 * for every misspelling of the suggestion table and for words whose candidates
 * tie. Order is nearest first (after the Dutch folding), then the word on more
 * pages, then A–Z; at most five.
 *
 * tests/fixtures/woorden.txt is the vocabulary `npm run build` wrote
 * (dist/zoeken/woorden.txt, 748 words of 34 pages) on 30 November 2026, kept
 * frozen so that new content does not move this table; the site test
 * (tests/site/search.test.ts) runs the same misspellings on today's vocabulary.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { candidatesFor, editDistance, parseVocabulary, spellingKey } from '../../src/lib/search/suggest.ts';
import { MISSPELLINGS } from '../helpers/misspellings.ts';

const vocabulary = parseVocabulary(readFileSync(new URL('../fixtures/woorden.txt', import.meta.url), 'utf8'));
/** Candidates as "word distance pages", comma-separated: one line per typed word reads as a table. */
const offered = (typed: string) => candidatesFor(typed, vocabulary).map((c) => `${c.word} ${c.distance} ${c.pages}`).join(', ');

/** Every misspelling of tests/helpers/misspellings.ts, with what the vocabulary offers for it. */
const MISSPELLING_TABLE: [typed: string, candidates: string][] = [
  ['zorgaanbeider', 'zorgaanbieder 1 3'],
  ['Delfshafen', 'Delfshaven 1 4'],
  ['vrijwiligers', 'vrijwilligers 0 1'],
  ['arbiedsmarkt', 'arbeidsmarkt 1 3'],
  ['arbeidsmarket', 'arbeidsmarkt 1 3'],
  ['organisatsie', 'organisatie 1 4, organisaties 2 2'],
  ['orgnisaties', 'organisaties 1 2, organisatie 2 4'],
  ['welzein', 'welzijn 0 22'],
  ['welzyn', 'welzijn 0 22'],
  ['ondewijs', 'onderwijs 1 18'],
  ['onderweis', 'onderwijs 0 18'],
  ['bewooners', 'bewoners 0 17, bewoner 1 1'],
  ['netwerkken', 'netwerken 0 17, netwerk 2 17'],
  ['cooperatie', 'coöperatie 0 15, coöperatief 1 15, coöperatieve 2 16'],
  ['cooperatief', 'coöperatief 0 15, coöperatie 1 15, coöperatieve 2 16'],
  ['ondertekkend', 'ondertekend 0 15'],
  ['ondertekent', 'ondertekend 0 15'],
  ['samenwerkingsverbant', 'samenwerkingsverband 0 15'],
  ['samewerking', 'samenwerking 1 2'],
  ['wethoulder', 'wethouder 1 16'],
  ['Roterdam', 'Rotterdam 0 8, Rotterdams 1 1, Rotterdamse 2 16'],
  ['Rotterdamm', 'Rotterdam 0 8, Rotterdams 1 1, Rotterdamse 2 16'],
  ['kerncyfers', 'kerncijfers 0 5, Kerncijfer 1 4'],
  ['kernsijfers', 'kerncijfers 1 5, Kerncijfer 2 4'],
  ['actielein', 'actielijn 0 4'],
  ['deelnemmers', 'deelnemers 0 4'],
  ['opleidng', 'opleiding 1 4, opleiden 2 1, opleidt 2 1'],
  ['oppleiding', 'opleiding 0 4, opleiden 2 1'],
  ['gemeennte', 'gemeente 0 3, gemengd 2 1'],
  ['gemeete', 'gemeente 1 3'],
  ['Charloys', 'Charlois 1 2'],
  ['Feyenoord', 'Feijenoord 0 2'],
  ['Hoogvleit', 'Hoogvliet 1 2'],
  ['IJselmonde', 'IJsselmonde 0 2'],
  ['Kralinge', 'Kralingen 1 2'],
  ['Noorderbreete', 'Noorderbreedte 1 2'],
  ['Overchie', 'Overschie 1 2, Overig 2 3'],
  ['Rozenbrug', 'Rozenburg 1 2'],
  ['Flevolandd', 'Flevoland 1 2'],
  ['ministerei', 'ministerie 1 2, ministeries 2 1'],
  ['jongren', 'jongeren 1 2, Jonge 2 15'],
  ['thuiszorgg', 'thuiszorg 0 2'],
  ['thuisorg', 'thuiszorg 1 2'],
  ['huishoudeleke', 'huishoudelijke 1 2'],
  ['werkplekke', 'werkplekken 1 2'],
  ['beperkng', 'beperking 1 1, beperkingen 2 1'],
  // The site writes only the plural: a slip in the singular is two edits from it (helper-57: none was offered).
  ['personeelstekot', 'personeelstekorten 2 1'],
  ['personeeltekort', 'personeelstekorten 2 1'],
  ['Volksgezondhijd', 'Volksgezondheid 0 2'],
  ['afdelinghoofd', 'afdelingshoofd 1 1'],
];

/** Misspellings whose nearest candidates tie on distance: the word on more pages first, then A–Z. */
const TIE_TABLE: [typed: string, candidates: string][] = [
  ['gebiede', 'gebieden 1 16, gebied 1 15'],
  ['rotterdame', 'Rotterdamse 1 16, Rotterdam 1 8, Rotterdams 1 1'],
  ['coöperative', 'coöperatieve 1 16, coöperatie 1 15, coöperatief 2 15'],
  ['kerncijfes', 'kerncijfers 1 5, Kerncijfer 1 4'],
  ['overeenkomste', 'overeenkomsten 1 15, overeenkomst 1 14'],
  ['persone', 'personen 1 4, persoon 1 2'],
  ['werkn', 'werk 1 6, werkt 1 5, werken 1 4'],
  ['bricht', 'bericht 1 17, bracht 1 1'],
  ['wrdt', 'wordt 1 5, werd 1 2, woord 1 1'],
  ['weren', 'werken 1 4, weken 1 1, werden 1 1, weten 1 1'],
  // Seven candidates: the nearest (on 2 pages) before the most used, and only the first five.
  ['vercheen', 'verscheen 1 2, veertien 2 16, verder 2 3, volgen 2 2, verlagen 2 1'],
];

describe('"Bedoelde je …?" ranking on the site\'s vocabulary', () => {
  it('the frozen vocabulary is the site\'s: hundreds of words, most used first', () => {
    expect(vocabulary.words.length).toBe(748);
    expect(vocabulary.words.slice(0, 3)).toEqual(['voor', 'zorg', 'welzijn']);
  });

  it('covers every misspelling of the suggestion table, and offers the meant word first for each', () => {
    expect(MISSPELLING_TABLE.map(([typed]) => typed)).toEqual(MISSPELLINGS.map(([typed]) => typed));
    const firstOffers = MISSPELLINGS.map(([typed]) => candidatesFor(typed, vocabulary)[0]?.word);
    expect(firstOffers).toEqual(MISSPELLINGS.map(([, meant]) => meant));
  });

  it.each(MISSPELLING_TABLE)('offers for %s exactly: %s', (typed, candidates) => {
    expect(offered(typed)).toBe(candidates);
  });

  it.each(TIE_TABLE)('breaks ties for %s as: %s', (typed, candidates) => {
    expect(offered(typed)).toBe(candidates);
  });

  it('measures a candidate by the Dutch folding when that is nearer than the letters as typed', () => {
    // welzyn → welzijn: two edits as typed (y for ij), none once ij and y fold together.
    expect(candidatesFor('welzyn', vocabulary)[0]).toEqual({ word: 'welzijn', distance: 0, pages: 22 });
    // Rotterdamm → Rotterdam: one letter too many as typed, none once doubled letters fold.
    expect(candidatesFor('Rotterdamm', vocabulary)[0]).toEqual({ word: 'Rotterdam', distance: 0, pages: 8 });
  });

  it('keeps at most the limit asked for, in the same order', () => {
    expect(candidatesFor('vercheen', vocabulary, 2).map((c) => c.word)).toEqual(['verscheen', 'veertien']);
    expect(candidatesFor('vercheen', vocabulary, 50).map((c) => c.word)).toEqual(['verscheen', 'veertien', 'verder', 'volgen', 'verlagen', 'voeren', 'vormen']);
  });
});

describe('the parts of the ranking', () => {
  it('reads the vocabulary file: a word a line with its page count (1 when missing or unreadable), blank lines skipped', () => {
    expect(parseVocabulary('zorg\t3\n\nDelfshaven\nwijk\tx\n')).toEqual({ words: ['zorg', 'Delfshaven', 'wijk'], pages: [3, 1, 1], lower: ['zorg', 'delfshaven', 'wijk'] });
  });
  it.each([
    ['Vrijwilligers', 'vrYwiligers'], // ij, doubled letters
    ['Feyenoord', 'fYenorT'], // ey, oo, final d
    ['eijeren', 'Yeren'], // eij
    ['hout', 'hOT'], // ou, final t
    ['blauw', 'blOw'], // au
    ['school', 'sgol'], // ch
    ['wordt', 'worT'], // final dt
    ['coöperatie', 'coperatie'], // trema
    ['zeeën', 'zen'], // three e's in a row once the trema is gone
  ])('folds %s to %s', (word, key) => {
    expect(spellingKey(word)).toBe(key);
  });
  it('counts edits, a swap of neighbours as one, and stops past the limit', () => {
    expect(editDistance('', 'abc')).toBe(3);
    expect(editDistance('abc', 'abc')).toBe(0);
    expect(editDistance('ab', 'ba')).toBe(1);
    expect(editDistance('kitten', 'sitting')).toBe(3);
    expect(editDistance('a', 'abcdef', 3)).toBe(4); // lengths alone are too far apart
    expect(editDistance('abcdefgh', 'hgfedcba', 2)).toBe(3); // stopped early: every row is past the limit
  });
  it('allows one edit up to six letters and two from seven, from four letters typed', () => {
    const vocabulary = parseVocabulary('abcdex\t1\nabcdxy\t1\nabcdefxy\t1\nzorg\t3');
    expect(candidatesFor('abcdef', vocabulary).map((c) => c.word)).toEqual(['abcdex']); // abcdxy is two edits away: too far for six letters
    expect(candidatesFor('abcdefgh', vocabulary).map((c) => c.word)).toEqual(['abcdefxy']);
    expect(candidatesFor('zorq', vocabulary).map((c) => c.word)).toEqual(['zorg']);
    expect(candidatesFor('zoq', vocabulary)).toEqual([]);
  });
  it('ranks by pages whatever order the vocabulary file has', () => {
    expect(candidatesFor('gebiede', parseVocabulary('gebied\t15\ngebieden\t16')).map((c) => c.word)).toEqual(['gebieden', 'gebied']);
  });
  it('compares in lowercase, and offers nothing for a word the vocabulary has in any case', () => {
    const vocabulary = parseVocabulary('Delfshaven\t4\nwelzijn\t2');
    expect(candidatesFor('WELZYN', vocabulary)).toEqual([{ word: 'welzijn', distance: 0, pages: 2 }]);
    expect(candidatesFor('DELFSHAVEN', vocabulary)).toEqual([]);
  });
});
