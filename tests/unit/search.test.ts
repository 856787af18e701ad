import { describe, expect, it } from 'vitest';
import { createSplitter, splitAsWritten } from '../../src/lib/search/compounds.ts';
import { createLexicon, dutchLexicon, type Lexicon } from '../../src/lib/search/dutch-words.ts';
import { withoutCompoundMarks } from '../../src/lib/search/excerpt.ts';
import { markWord, onlyItsHeading, passage, type WordLocation } from '../../src/lib/search/passage.ts';
import { abbreviationSplit, candidatesFor, compoundParts, editDistance, knownParts, longerWordsOf, parseVocabulary, sameStartWords, spellingKey } from '../../src/lib/search/suggest.ts';
import { formatVocabulary, VocabularyCounter, vocabularyWords } from '../../src/lib/search/vocabulary.ts';
import { FILTER_LABELS, FILTERS, filterValueLabel, othersOfType, shownDate } from '../../src/lib/search/facets.ts';
import { indexedCopy } from '../../src/lib/search/indexed-text.ts';
import { BOILERPLATE_WEIGHT, BoilerplateCounter, blockKey } from '../../src/lib/search/boilerplate.ts';
import { beginsWith, isCommonWord, matchedTokens, queryOf, queryWords, sharesStart } from '../../src/lib/search/query-words.ts';
import { addToRows, fillRows, type Row } from '../../src/lib/search/rows.ts';
import { findsAsTyped, listOf, partOfLonger, searchTitle, statusText, writtenApart } from '../../src/lib/search/messages.ts';
import type { Answer } from '../../src/lib/search/answer.ts';
import { cleanQuery, hasCriteria, knownFilterValues, pagefindFilters, pagefindSort, QUERY_MAX, readSearchState, searchQueryString } from '../../src/lib/search/search-url.ts';
import { COMPOUND_TABLE, splitterScore } from '../helpers/compound-table.ts';

// The OpenTaal dictionary is read on first use inside a test, not when the file loads: a mutation run switches a mutant on only while tests run.
let dutchSplitter: ReturnType<typeof createSplitter> | undefined;
const dutchSplit = () => (dutchSplitter ??= createSplitter(dutchLexicon()));
const asWritten = (word: string, midSentence = false) => splitAsWritten(word, dutchSplit(), dutchLexicon(), midSentence);

describe('Dutch compound splitter (OpenTaal dictionary and its compound flags)', () => {
  it('splits every word of the reviewed table exactly as reviewed, but for its known misses, listed by name', () => {
    expect(COMPOUND_TABLE.length).toBe(661);
    const score = splitterScore((word) => asWritten(word));
    // OpenTaal lists these whole and flags none of their parts as a compound's begin or end; any other word split wrongly is a regression.
    expect(score.wrong).toEqual([
      'Vroegsignalering: verwacht Vroeg|signalering, kreeg (heel)',
      'beroepsbegeleidende: verwacht beroeps|begeleidende, kreeg (heel)',
      'carrièreswitchers: verwacht carrières|switchers, kreeg (heel)',
      'leerweg: verwacht leer|weg, kreeg (heel)',
      'praktijkleren: verwacht praktijk|leren, kreeg (heel)',
      'tijdstip: verwacht tijd|stip, kreeg (heel)',
      'vroegsignalering: verwacht vroeg|signalering, kreeg (heel)',
      'werkdagen: verwacht werk|dagen, kreeg (heel)',
    ]);
    expect(score.right).toBe(653);
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
    // Without word of where it stands, a capital says nothing: split as at the start of a sentence.
    expect(splitAsWritten('Woonzorg', dutchSplit(), dutchLexicon())).toEqual(['Woon', 'zorg']);
  });

  describe('follows the roles the dictionary gives each part', () => {
    /** A dictionary with only these roles: which forms may begin, continue or end a compound, and what a form inflects. */
    const roles = (begin: string[], middle: string[], end: string[], stems: Record<string, string[]> = {}): Lexicon => ({
      isWord: () => true,
      canBegin: (form) => begin.includes(form),
      canContinue: (form) => middle.includes(form),
      canEnd: (form) => end.includes(form),
      stemsOf: (form) => stems[form] ?? [],
      isName: () => false,
    });

    it('cuts a last part of three letters, never one of two', () => {
      const split = createSplitter(roles(['zorg', 'kinder'], [], ['wet', 'en']));
      expect(split('zorgwet')).toEqual(['zorg', 'wet']);
      expect(split('kinderen')).toEqual([]);
    });

    it('splits a word of six letters, and a part of six letters again', () => {
      const split = createSplitter(roles(['wijk', 'bus'], [], ['buswet', 'wet']));
      expect(split('buswet')).toEqual(['bus', 'wet']);
      expect(split('wijkbuswet')).toEqual(['wijk', 'bus', 'wet']);
    });

    it('splits no part shorter than the shortest word again, even where parts that short are allowed', () => {
      const lexicon = roles(['op', 'zet', 'opzet'], [], ['brief']);
      expect(createSplitter(lexicon, { minPart: 2 })('opzetbrief')).toEqual(['opzet', 'brief']);
      expect(createSplitter(lexicon, { minPart: 2, minWord: 5 })('opzetbrief')).toEqual(['op', 'zet', 'brief']);
    });

    it('splits into four parts where no fewer will do, but never into more than four (or the number asked)', () => {
      const lexicon = roles(['wijk', 'zorg'], ['zorg', 'team', 'huis', 'zorgteamhuis'], ['leden']);
      expect(createSplitter(lexicon)('wijkzorgteamleden')).toEqual(['wijk', 'zorg', 'team', 'leden']);
      expect(createSplitter(lexicon, { maxParts: 3 })('wijkzorgteamleden')).toEqual([]);
      // Three parts, the middle one of three parts itself: five in all would be too many, so it stays whole.
      expect(createSplitter(lexicon)('wijkzorgteamhuisleden')).toEqual(['wijk', 'zorgteamhuis', 'leden']);
    });

    it('splits a part again only where its own parts may stand in its place: a first part ends in one that may begin, a last one in one that may end', () => {
      const split = createSplitter(roles(['wijk', 'team', 'huis', 'huisartsen'], ['artsen'], ['teamleden', 'leden', 'zorg']));
      expect(split('wijkteamleden')).toEqual(['wijk', 'team', 'leden']);
      // "artsen" may continue a compound but not begin one: huisartsen stays whole as a first part.
      expect(split('huisartsenzorg')).toEqual(['huisartsen', 'zorg']);
      // A middle part is split where its last part may continue a compound (team), though it may not end one.
      expect(createSplitter(roles(['wijk', 'zorg'], ['zorgteam', 'team'], ['leden']))('wijkzorgteamleden')).toEqual(['wijk', 'zorg', 'team', 'leden']);
    });

    it('splits only words of letters: not at a hyphen, a digit or an apostrophe', () => {
      const split = createSplitter(roles(['wijk', 'covid', 'pas'], [], ['-team', '19zorg', "foto's"]));
      expect(split('wijk-team')).toEqual([]);
      expect(split('covid19zorg')).toEqual([]);
      expect(split("pasfoto's")).toEqual([]);
    });

    it('splits an inflection of a compound, even where it also inflects a word that is none', () => {
      const lexicon = roles(['wijk'], [], ['team', 'teams'], { wijkteams: ['wijkteam', 'wijkte'] });
      expect(createSplitter(lexicon)('wijkteams')).toEqual(['wijk', 'teams']);
      expect(createSplitter(roles(['cult'], [], ['uren'], { culturen: ['cultuur'] }))('culturen')).toEqual([]);
    });
  });

  it('reads any Hunspell dictionary with long flags: begin, middle and end roles, inflections, ij as one letter', () => {
    const aff = ['FLAG long', 'SFX Za Y 1', 'SFX Za 0 s .', 'SFX Ch Y 1', 'SFX Ch 0 s/CaCbCxCp .'].join('\n');
    const dic = ['5', 'arbeid/CbCcCh', 'markt/CcZa', 'wĳk/CaZa', 'team/CcZa', 'aangeteld/Fw'].join('\n');
    const tiny = createLexicon(aff, dic);
    expect(tiny.canBegin('arbeids')).toBe(true);
    expect([tiny.canContinue('arbeid'), tiny.canContinue('markt')]).toEqual([true, false]);
    expect([tiny.isWord('markt'), tiny.isWord('aangeteld')]).toEqual([true, false]); // a form the dictionary forbids is no word
    expect(tiny.isWord('arbeids')).toBe(false); // a form that exists only inside compounds
    expect(tiny.canEnd('markten')).toBe(false);
    expect(tiny.canEnd('markts')).toBe(true);
    expect(tiny.canBegin('wijk')).toBe(true);
    const tinySplit = createSplitter(tiny);
    expect(tinySplit('arbeidsmarkt')).toEqual(['arbeids', 'markt']);
    expect(tinySplit('wijkteams')).toEqual(['wijk', 'teams']);
    expect(tinySplit('teamwijk')).toEqual([]); // team may not begin a compound here
  });

  it('reads the dictionary\'s lines as Hunspell writes them: the count line, entries without flags or with fields after a tab, an entry listed twice, suffix rules with a strip, a condition, or a hyphen', () => {
    const aff = ['FLAG long', 'SFX En Y 2', 'SFX En 0 en [^e]', 'SFX En 0 n e', 'SFX Tx Y 1', 'SFX Tx uur uren uur', 'SFX Hy Y 1', 'SFX Hy 0 -/Ca .'].join('\n');
    const dic = ['6', 'markt/CcEn', 'Rotterdam', 'cultuur/CcTx\tpo:noun', 'zorg/Ca', 'zorg/Cc', 'team/CcHy'].join('\n');
    const tiny = createLexicon(aff, dic);
    expect(tiny.isWord('6')).toBe(false); // the count of entries, not an entry
    expect([tiny.isWord('markten'), tiny.stemsOf('markten'), tiny.stemsOf('markt'), tiny.isWord('markn')]).toEqual([true, ['markt'], [], false]);
    expect([tiny.isWord('cultuur'), tiny.stemsOf('culturen'), tiny.isWord('cultuuren')]).toEqual([true, ['cultuur'], false]);
    expect([tiny.isName('Rotterdam'), tiny.isName('rotterdam'), tiny.isName('Markt'), tiny.isName('markt')]).toEqual([true, false, false, false]);
    expect([tiny.canBegin('zorg'), tiny.canEnd('zorg')]).toEqual([true, true]); // the flags of both lines
    expect(tiny.canBegin('team-')).toBe(false); // hyphenated forms are left out: the text splits on the hyphen
  });

  it('reads a dictionary saved with Windows line ends, aligned columns, blank lines, a strip-only rule and a name without flags', () => {
    const aff = ['FLAG long', 'SFX En Y 1', 'SFX En   0    en   [^e]', 'SFX Ds Y 1', 'SFX Ds en 0 en', ''].join('\r\n');
    const dic = ['5', 'markt/CcEn', '', 'Rotterdam ', 'Caraïben', 'lopen/Ds', ''].join('\r\n');
    const tiny = createLexicon(aff, dic);
    expect([tiny.isWord('markt'), tiny.isWord('markten'), tiny.canEnd('markt')]).toEqual([true, true, true]);
    expect(tiny.isName('Rotterdam')).toBe(true);
    expect(tiny.isWord('')).toBe(false); // a blank line is no entry
    // A name without flags takes no role, though its letters hold a flag's two characters (Ca: may begin a compound).
    expect([tiny.isName('Caraïben'), tiny.canBegin('Caraïben')]).toEqual([true, false]);
    expect([tiny.isWord('lop'), tiny.stemsOf('lop')]).toEqual([true, ['lopen']]);
  });

  it('applies a suffix rule only where its condition holds at the end of the stem, to the whole form, and finds every stem', () => {
    const aff = ['FLAG long', 'SFX En Y 2', 'SFX En 0 en [^e]', 'SFX En 0 n e', 'SFX Tx Y 1', 'SFX Tx uur uren uur'].join('\n');
    const dic = ['5', 'markt/En', 'tante/En', 'kost/En', 'koste/En', 'uur/Tx', 'Ĳsselmonde'].join('\n');
    const tiny = createLexicon(aff, dic);
    // en after a stem that does not end in e, n after one that does: not the other way round, and not "somewhere in the stem".
    expect([tiny.isWord('markten'), tiny.isWord('marktn'), tiny.isWord('tanten'), tiny.isWord('tanteen')]).toEqual([true, false, true, false]);
    expect(tiny.stemsOf('kosten').sort()).toEqual(['koste', 'kost'].sort());
    expect([tiny.isWord('uren'), tiny.stemsOf('uren')]).toEqual([true, ['uur']]);
    expect(tiny.isName('IJsselmonde')).toBe(true); // the digraph as one letter, capital too
  });
});

describe('the indexed copy of a page', () => {
  const splitter = (word: string, mid: boolean) => asWritten(word, mid);
  const page = '<html><body><nav>arbeidsmarkt</nav><main data-pagefind-body><h1>De arbeidsmarkt</h1><dl><dt>Regio</dt><dd>Flevoland</dd></dl><p>Robert Waterreus &amp; de welzijnsorganisaties</p><div data-pagefind-ignore>zorgaanbieder</div></main></body></html>';
  // Made inside each test, not when the file is read: a mutation run changes the code only while tests run.
  const pageCopy = () => indexedCopy(page, splitter);

  it('marks compounds in place, in the indexed body only, leaving names, entities and ignored parts alone', () => {
    const copy = pageCopy();
    expect(copy).toContain('<h1>De arbeids|markt</h1>');
    expect(copy).toContain('Robert Waterreus &amp; de welzijns|organisaties');
    expect(copy).toContain('<nav>arbeidsmarkt</nav>');
    expect(copy).toContain('>zorgaanbieder</div>');
  });
  it('keeps the text of neighbouring blocks apart, a label and its value as "label: value."', () => {
    const copy = pageCopy();
    expect(copy).toContain('<dt>Regio:</dt> ');
    expect(copy).toContain(' <dd>Flevoland.</dd>');
    expect(indexedCopy('<main data-pagefind-body><dl><dt>Leden:</dt><dd>A en <a href="/b/">B</a></dd><dd data-pagefind-ignore>C</dd></dl></main>', splitter)).toContain('<dt>Leden:</dt>  <dd>A en <a href="/b/">B</a>.</dd>  <dd data-pagefind-ignore>C</dd>');
  });
  it('reads a table row as a sentence: a colon after the first cell, commas between, a full stop after the last (helper-57)', () => {
    const copy = (html: string) => indexedCopy(`<main data-pagefind-body>${html}</main>`, splitter).replace(/\s+/g, ' ');
    // The header row names the columns and is left out (helper-59: "Doel: Waar het om gaat." in an excerpt).
    expect(copy('<table><thead><tr><th>Doel</th><th>Waar het om gaat</th></tr></thead><tbody><tr><td>Kosten</td><td>de kosten <b>verlagen</b></td></tr></tbody></table>'))
      .toContain('<thead data-pagefind-ignore> <tr> <th>Doel</th> <th>Waar het om gaat</th> </tr> </thead>');
    // Inside a part left out already, nothing is added.
    expect(copy('<table data-pagefind-ignore><thead><tr><th>a</th></tr></thead></table>')).toContain('<thead> <tr> <th>a</th> </tr> </thead>');
    expect(copy('<table><tr><td>Kosten</td><td>de kosten <b>verlagen</b></td></tr></table>')).toContain('<td>Kosten:</td> <td>de kosten <b>verlagen</b>.</td>');
    // Three cells, one that ends in a sign already, an empty one, a row of one cell, and a cell left out of the index (the row ends before it).
    expect(copy('<table><tr><td>2023</td><td>12</td><td>20</td></tr><tr><td>Vraag?</td><td></td><td>ja</td></tr><tr><td>Alleen</td></tr><tr><td>a</td><td data-pagefind-ignore>b</td></tr></table>'))
      .toContain('<td>2023:</td> <td>12,</td> <td>20.</td> </tr> <tr> <td>Vraag?</td> <td></td> <td>ja.</td> </tr> <tr> <td>Alleen.</td> </tr> <tr> <td>a.</td> <td data-pagefind-ignore>b</td>');
  });
  it('adds nothing but marks, spaces and the colons and full stops after labels and values: without them it reads as the page', () => {
    expect(withoutCompoundMarks(pageCopy()).replaceAll(' <', '<').replaceAll('> ', '>').replaceAll(':</dt', '</dt').replaceAll('.</dd', '</dd')).toBe(page.replaceAll('> ', '>'));
  });
  it('marks a compound right after an entity, and leaves the entity whole', () => {
    expect(indexedCopy('<main data-pagefind-body><p>Zorg&amp;welzijnsorganisaties</p></main>', splitter)).toContain('<p>Zorg&amp;welzijns|organisaties</p>');
  });
  it('marks a capitalised compound after a sentence ends, and keeps one mid-sentence whole as a name', () => {
    const copy = indexedCopy('<main data-pagefind-body><p>Zij werken samen. Welzijnsorganisaties doen mee; Zorgaanbieders ook, met Zorgaanbieders Oost.</p></main>', splitter);
    expect(copy).toContain('samen. Welzijns|organisaties doen mee; Zorg|aanbieders ook, met Zorgaanbieders Oost.');
  });
  it('keeps an ignored part ignored around the elements inside it', () => {
    const copy = indexedCopy('<main data-pagefind-body><div data-pagefind-ignore><p>zorgaanbieders</p> welzijnsorganisaties</div><p>arbeidsmarkt</p></main>', splitter);
    expect(copy).toContain('<p>zorgaanbieders</p>  welzijnsorganisaties</div>');
    expect(copy).toContain('<p>arbeids|markt</p>');
  });
  it('never gives the vocabulary the letters or digits of an entity as words', () => {
    const text: string[] = [];
    indexedCopy('<main data-pagefind-body><p>Caf&eacute;s &amp; zorg&#233;n, &#xfeff;welzijn&#xE9;</p></main>', splitter, { collect: (piece) => text.push(piece) });
    expect(text.join('')).not.toMatch(/[&#;]/);
    expect(vocabularyWords(text.join(''))).toEqual(['zorg', 'welzijn']);
  });
  it('starts at the element that carries the body marker, not at the words "data-pagefind-body" before it', () => {
    const copy = indexedCopy('<html><body><p title="data-pagefind-body">arbeidsmarkt data-pagefind-body</p><main data-pagefind-body><p>arbeidsmarkt</p></main><footer>zorgaanbieder</footer></body></html>', splitter);
    expect(copy).toBe('<html><body><p title="data-pagefind-body">arbeidsmarkt data-pagefind-body</p><main data-pagefind-body> <p>arbeids|markt</p> </main> <footer>zorgaanbieder</footer></body></html>');
  });
  it('gives each text block its words once, spaces folded, entities as spaces, without ignored parts', () => {
    const blocks: string[] = [];
    const page = '<main data-pagefind-body><p>\n  Zorg   en\twelzijn&amp;wonen </p><blockquote><p>Citaat <i>hier</i></p></blockquote><div data-pagefind-ignore><p>Verborgen</p></div><div>Los</div></main>';
    indexedCopy(page, () => [], { block: (text) => blocks.push(text) });
    expect(blocks).toEqual(['Zorg en welzijn wonen', 'Citaat hier', 'Citaat hier']);
  });
  it('weighs a block inside another in its own tag, and leaves a block without a weight as it is', () => {
    const page = '<main data-pagefind-body><ul><li>Een <b>punt</b></li><li>Twee</li></ul><blockquote><p>Citaat</p> bron</blockquote></main>';
    const copy = indexedCopy(page, () => [], { weigh: (text) => (text === 'Citaat' ? 0.5 : text === 'Twee' ? 2 : undefined) });
    expect(copy).toBe('<main data-pagefind-body> <ul> <li>Een <b>punt</b></li>  <li data-pagefind-weight="2">Twee</li> </ul>  <blockquote> <p data-pagefind-weight="0.5">Citaat</p>  bron</blockquote> </main> ');
  });
  it('reads a capital as a sentence start at the start of the body and after every block, also text right after a closed one', () => {
    const copy = indexedCopy('<main data-pagefind-body>Welzijnsorganisaties doen mee<p>Zij werken samen</p><div><p>Ook hier</p>Zorgaanbieders helpen</div><p>Welzijnsorganisaties</p></main>', splitter);
    expect(copy).toBe('<main data-pagefind-body>Welzijns|organisaties doen mee <p>Zij werken samen</p>  <div> <p>Ook hier</p> Zorg|aanbieders helpen</div>  <p>Welzijns|organisaties</p> </main> ');
  });
  it('puts no colon or full stop in an empty label or value', () => {
    expect(indexedCopy('<main data-pagefind-body><dl><dt>Regio</dt><dd></dd></dl></main>', splitter)).toBe('<main data-pagefind-body> <dl> <dt>Regio:</dt>  <dd></dd> </dl> </main> ');
    expect(indexedCopy('<main data-pagefind-body><dl><dt></dt><dd>Flevoland</dd></dl></main>', splitter)).toBe('<main data-pagefind-body> <dl> <dt></dt>  <dd>Flevoland.</dd> </dl> </main> ');
  });
  it('weighs a block and marks its compounds in the same copy', () => {
    const page = '<main data-pagefind-body><p>De arbeidsmarkt in de zorg</p><p>Welzijnsorganisaties</p></main>';
    expect(indexedCopy(page, splitter, { weigh: (text) => (text.startsWith('De') ? 0.5 : undefined) })).toBe('<main data-pagefind-body> <p data-pagefind-weight="0.5">De arbeids|markt in de zorg</p>  <p>Welzijns|organisaties</p> </main> ');
  });
  it('leaves a page without an indexed body as it is', () => {
    expect(indexedCopy('<main><p>arbeidsmarkt</p></main>', splitter)).toBe('<main><p>arbeidsmarkt</p></main>');
  });
});

describe('the passage an excerpt shows', () => {
  // A page like the signing news item: a heading "De bewoner centraal" (weighted) and many "de"s far from the one place with Hugo and Jonge.
  const filler = (n: number, word = 'tekst') => Array.from({ length: n }, () => word);
  const words = ['Titel.', ...filler(20), 'De', 'bewoner', 'centraal.', 'Bij', 'de', 'gemeente', 'is', 'de', 'opgave', 'van', 'de', 'wijk.', ...filler(20), 'Een', 'begin.', 'Hugo', 'de', 'Jonge,', 'destijds', 'wethouder,', 'zag', 'de', 'start.', ...filler(40)];
  const at = (word: string) => words.flatMap((w, i) => (w.replace(/[^\p{L}]/gu, '').toLowerCase() === word ? [i] : []));
  const loc = (location: number, balanced_score = 400): WordLocation => ({ location, balanced_score });
  const hugo = at('hugo').map((i) => loc(i));
  const jonge = at('jonge').map((i) => loc(i));
  const de = [...at('de').map((i) => loc(i, i === 21 ? 14_000 : 400)), loc(at('destijds')[0]!, 30)];
  // Made inside each test, not when the file is read: a mutation run changes the code only while tests run.
  const hugoPassage = () => passage(words.join(' '), { length: 12, telling: [...hugo, ...jonge], all: [...hugo, ...jonge, ...de], common: ['de'] });

  it('is chosen by the words that say something, not by the many common ones', () => {
    const shown = hugoPassage();
    expect(shown).toContain('<mark>Hugo</mark>');
    expect(shown).not.toContain('bewoner');
  });
  it('marks a common word of the query only beside a telling one, and never a longer word it begins', () => {
    const shown = hugoPassage();
    expect(shown).toContain('<mark>Hugo</mark> <mark>de</mark> <mark>Jonge</mark>,');
    expect(shown).toContain('zag de start');
    expect(shown).toContain(' destijds ');
  });
  it('starts at the sentence when it is near, and says with … where it is cut', () => {
    const shown = hugoPassage();
    expect(shown.startsWith('Hugo') || shown.startsWith('<mark>Hugo')).toBe(true);
    expect(shown.endsWith('zag de start.'), 'ends with its last whole sentence').toBe(true);
    const mid = passage(['Eerste', 'zin', 'loopt', 'lang', 'door', 'tot', 'hier', 'en', 'dan', 'komt', 'Delfshaven.', 'Klaar.', ...filler(30)].join(' '), { length: 8, telling: [loc(10)], all: [loc(10)] });
    expect(mid.startsWith('… ')).toBe(true);
    expect(mid.endsWith('komt <mark>Delfshaven</mark>.'), 'not with the one-word sentence after it').toBe(true);
  });
  it('does not show the opening heading again, which the result shows as its title', () => {
    const text = ['Netwerk', 'Delfshaven.', 'Wat', 'er', 'in', 'Delfshaven', 'gebeurt.', ...filler(30)].join(' ');
    expect(passage(text, { length: 8, telling: [loc(1, 3000), loc(5)], all: [loc(1, 3000), loc(5)], title: 'Delfshaven' }).startsWith('Wat er in <mark>Delfshaven</mark> gebeurt.')).toBe(true);
    expect(passage(text, { length: 8, telling: [loc(1, 3000), loc(5)], all: [loc(1, 3000), loc(5)] }).startsWith('Netwerk <mark>Delfshaven</mark>.')).toBe(true);
  });
  it('knows a text that is only its opening heading, whose summary then says more (helper-57)', () => {
    expect(onlyItsHeading('Netwerk Hoek van Holland.', 'Hoek van Holland')).toBe(true);
    expect(onlyItsHeading('Netwerk Kralingen-Crooswijk', 'Kralingen-Crooswijk')).toBe(true);
    expect(onlyItsHeading('Netwerk Delfshaven. Wat er in Delfshaven gebeurt.', 'Delfshaven')).toBe(false);
    // A sentence without the title is text of its own, and no text is no heading.
    expect(onlyItsHeading('Een korte zin.', 'Delfshaven')).toBe(false);
    expect(onlyItsHeading('', 'Delfshaven')).toBe(false);
    // Spaces around the heading are no words after its full stop.
    expect(onlyItsHeading(' Netwerk Hoek van Holland. ', 'Hoek van Holland')).toBe(true);
  });
  it('shows the place with the most different telling words, not the first one', () => {
    const text = ['Over', 'de', 'zorg.', ...filler(19), 'Slot.', 'Zorg', 'en', 'welzijn', 'werken', 'samen.', ...filler(20)];
    const found = [loc(2, 900), loc(23), loc(25)];
    expect(passage(text.join(' '), { length: 10, telling: found, all: found })).toBe('<mark>Zorg</mark> en <mark>welzijn</mark> werken samen. tekst tekst tekst tekst tekst …');
  });
  it('ends at a full stop inside quotes or brackets (as Pagefind escapes them), not at a dot inside a number', () => {
    const ending = (last: string) => passage(['Netwerk', 'Delfshaven', 'zegt:', '&quot;Wij', 'werken', last, 'Daarna', 'volgt', 'nog', 'een', ...filler(20)].join(' '), { length: 10, telling: [loc(1)], all: [loc(1)] });
    for (const last of ['samen.&quot;', 'samen.”', 'samen.)']) expect(ending(last)).toBe(`Netwerk <mark>Delfshaven</mark> zegt: &quot;Wij werken ${last}`);
    const amount = passage(['Netwerk', 'Delfshaven', 'kreeg', 'van', 'de', 'stad', '1.200', 'euro', 'voor', 'kunst', ...filler(20)].join(' '), { length: 10, telling: [loc(1)], all: [loc(1)] });
    expect(amount).toBe('Netwerk <mark>Delfshaven</mark> kreeg van de stad 1.200 euro voor kunst …');
  });
  describe('edge by edge: window, start, end and heading', () => {
    // Windows of 10 words: a telling word counts with another when it lies fewer than 10 − 6 (the lead) words after it.
    const show = (text: readonly string[], telling: readonly WordLocation[], options: { title?: string; common?: string[]; all?: WordLocation[] } = {}) =>
      passage(text.join(' '), { length: 10, telling, all: options.all ?? [...telling], common: options.common, title: options.title });
    it('counts two telling words together only when both fit in the window', () => {
      const text = [...filler(10, 'een'), 'zorg', 'een', 'een', 'een', 'welzijn', ...filler(20, 'twee'), 'zorg', ...filler(20, 'drie')];
      // 4 words apart: not together, so the later "zorg" with the higher score wins.
      expect(show(text, [loc(10), loc(14), loc(35, 900)])).toBe('… twee twee twee twee twee twee <mark>zorg</mark> drie drie drie …');
      // 3 words apart: together, two different words beat one with a higher score.
      text.splice(13, 1);
      expect(show(text, [loc(10), loc(13), loc(34, 900)])).toBe('… een een een een een een <mark>zorg</mark> een een <mark>welzijn</mark> …');
    });
    it('takes the first place when two are equally good, in whatever order Pagefind lists them', () => {
      const text = [...filler(10, 'een'), 'zorg', ...filler(20, 'twee'), 'zorg', ...filler(20, 'drie')];
      expect(show(text, [loc(31), loc(10)])).toBe('… een een een een een een <mark>zorg</mark> twee twee twee …');
    });
    it('shows a full window when the word is near the end, without … after the last word', () => {
      expect(show([...filler(30), 'Delfshaven'], [loc(30)])).toBe(`… ${filler(9).join(' ')} <mark>Delfshaven</mark>`);
    });
    it('shows a short text whole, and the opening words when no word says something', () => {
      const short = ['Netwerk', 'Delfshaven', 'werkt', 'samen', 'met', 'zorg', 'en', 'welzijn', 'in', 'wijk'];
      expect(show(short, [loc(9)])).toBe('Netwerk Delfshaven werkt samen met zorg en welzijn in <mark>wijk</mark>');
      expect(show([...short, ...filler(20)], [])).toBe('Netwerk Delfshaven werkt samen met zorg en welzijn in wijk …');
    });
    it('ends at a sentence only when that keeps most of the window and every marked word', () => {
      // Half the window is 5 words: a full stop after the 3rd word is too early, after the 6th it is taken.
      expect(show(['Zorg', 'een', 'twee.', 'drie', 'vier', 'vijf', 'zes', 'zeven', 'acht', 'negen', ...filler(20)], [loc(0)])).toBe('<mark>Zorg</mark> een twee. drie vier vijf zes zeven acht negen …');
      expect(show(['Zorg', 'een', 'twee', 'drie', 'vier', 'vijf.', 'zes', 'zeven', 'acht', 'negen', ...filler(20)], [loc(0)])).toBe('<mark>Zorg</mark> een twee drie vier vijf.');
      // A full stop before the last marked word would cut it off; one right after it is the end.
      expect(show(['Zorg', 'een', 'twee', 'drie', 'vier', 'vijf', 'zes.', 'welzijn', 'acht', 'negen', ...filler(20)], [loc(0), loc(7)])).toBe('<mark>Zorg</mark> een twee drie vier vijf zes. <mark>welzijn</mark> acht negen …');
      expect(show(['Zorg', 'een', 'twee', 'drie', 'vier', 'vijf', 'zes', 'welzijn.', 'acht', 'negen', ...filler(20)], [loc(0), loc(7)])).toBe('<mark>Zorg</mark> een twee drie vier vijf zes <mark>welzijn</mark>.');
      // Marked words past the window's end do not hold the end back.
      const later = (at: number) => show(['Zorg', 'een', 'twee', 'drie', 'vier', 'vijf.', 'zes', 'zeven', 'acht', 'negen', 'tien', ...filler(20, 'elf')].map((w, i) => (i === at ? 'welzijn' : w)), [loc(0), loc(at)]);
      expect(later(10)).toBe('<mark>Zorg</mark> een twee drie vier vijf.');
      expect(later(25)).toBe('<mark>Zorg</mark> een twee drie vier vijf.');
    });
    it('does not end with a sentence of one or two words (a heading, a label) when a longer one ends in reach', () => {
      expect(show(['Zorg', 'een', 'twee', 'drie', 'vier', 'vijf.', 'Uitbreiding.', 'acht', 'negen', 'tien', ...filler(20)], [loc(0)])).toBe('<mark>Zorg</mark> een twee drie vier vijf.');
      expect(show(['Zorg', 'een', 'twee', 'drie', 'vier', 'vijf', 'zes.', 'Het', 'doel.', 'tien', ...filler(20)], [loc(0)])).toBe('<mark>Zorg</mark> een twee drie vier vijf zes.');
      // Three words are a sentence.
      expect(show(['Zorg', 'een', 'twee', 'drie', 'vier', 'vijf.', 'Het', 'doel', 'telt.', 'tien', ...filler(20)], [loc(0)])).toBe('<mark>Zorg</mark> een twee drie vier vijf. Het doel telt.');
      // The only end in reach is short: it is still the end.
      expect(show(['Zorg', 'een', 'twee', 'drie', 'vijf.', 'Kop.', 'zeven', 'acht', 'negen', 'tien', ...filler(20)], [loc(0)])).toBe('<mark>Zorg</mark> een twee drie vijf. Kop.');
    });
    it('never ends at a colon, which announces what follows (a fact\'s label), and says with … that more follows', () => {
      expect(show(['Zorg', 'een', 'twee', 'drie', 'vier', 'vijf', 'zes', 'Trekker:', 'wmo', 'radar', ...filler(20)], [loc(0)])).toBe('<mark>Zorg</mark> een twee drie vier vijf zes Trekker: wmo radar …');
      expect(show(['Zorg', 'een', 'twee', 'drie', 'vier', 'vijf.', 'Trekker:', 'wmo', 'radar', 'tien', ...filler(20)], [loc(0)])).toBe('<mark>Zorg</mark> een twee drie vier vijf.');
    });
    it('shows no space the text begins or ends with', () => {
      expect(passage(' Zorg en welzijn. ', { length: 10, telling: [loc(3)], all: [loc(3)] })).toBe('Zorg en <mark>welzijn</mark>.');
    });
    it('skips the opening heading only when it holds the title and more text follows', () => {
      const rest = ['Wat', 'er', 'in', 'de', 'wijk', 'gebeurt.', ...filler(20)];
      expect(show(['Netwerk', 'Delfshaven.', ...rest], [], { title: 'netwerk delfshaven' })).toBe('Wat er in de wijk gebeurt.');
      expect(show(['Netwerk', 'Delfshaven.', ...rest], [], { title: 'Netwerk Charlois' })).toBe('Netwerk Delfshaven. Wat er in de wijk gebeurt.');
      expect(show(['Netwerk', 'Delfshaven.', 'Ook', 'in', 'Charlois.', ...filler(20)], [], { title: 'Charlois' })).toBe('Netwerk Delfshaven. Ook in Charlois. tekst tekst tekst tekst tekst …');
      expect(show(['Netwerk', 'Delfshaven.'], [loc(1)], { title: 'Netwerk Delfshaven' })).toBe('Netwerk <mark>Delfshaven</mark>.');
      // A text that is its heading alone keeps it: no sentence follows to start at.
      expect(show(['Netwerk', 'Delfshaven.'], [], { title: 'Netwerk Delfshaven' })).toBe('Netwerk Delfshaven.');
      expect(show(['Netwerk', 'Delfshaven', ...filler(20)], [], { title: 'Netwerk Delfshaven' })).toBe('Netwerk Delfshaven tekst tekst tekst tekst tekst tekst tekst tekst …');
      // A telling word in the skipped heading does not draw the window back to it.
      expect(show(['Netwerk', 'Delfshaven.', ...filler(20), 'Delfshaven', ...filler(20)], [loc(1, 3000), loc(22)], { title: 'Netwerk Delfshaven' })).toBe(`… ${filler(6).join(' ')} <mark>Delfshaven</mark> tekst tekst tekst …`);
    });
    it('marks a common word of the query before or after a telling word, and no other word beside it', () => {
      const text = ['Volgens', 'de', 'Jonge', 'en', 'Hugo', 'de', 'destijds', ...filler(20)];
      const telling = [loc(2), loc(4)];
      expect(show(text, telling, { common: ['de', 'en'], all: [...telling, loc(1), loc(3), loc(5), loc(6)] })).toBe('Volgens <mark>de</mark> <mark>Jonge</mark> <mark>en</mark> <mark>Hugo</mark> <mark>de</mark> destijds tekst tekst tekst …');
      expect(show(text, telling, { common: ['de'], all: [...telling, loc(3)] })).toBe('Volgens de <mark>Jonge</mark> en <mark>Hugo</mark> de destijds tekst tekst tekst …');
    });
  });
  it('keeps punctuation outside the mark', () => {
    expect(markWord('Delfshaven.')).toBe('<mark>Delfshaven</mark>.');
    expect(markWord('‘Hugo')).toBe('‘<mark>Hugo</mark>');
    expect(markWord('arbeids|markt,')).toBe('<mark>arbeids|markt</mark>,');
    expect(markWord('(zorg&amp;welzijn)')).toBe('(<mark>zorg&amp;welzijn</mark>)');
    expect(markWord('—')).toBe('—');
  });
});

describe('excerpts as readers see them', () => {
  it('removes the compound marks, also around Pagefind\'s highlight', () => {
    expect(withoutCompoundMarks('de <mark>arbeids|markt</mark> en welzijns|<mark>organisaties</mark>')).toBe('de <mark>arbeidsmarkt</mark> en welzijns<mark>organisaties</mark>');
    expect(withoutCompoundMarks('bestand|2023 en | x')).toBe('bestand|2023 en | x');
    expect(withoutCompoundMarks('<mark>arbeids</mark>|markt en arbeids<mark>|markt</mark>')).toBe('<mark>arbeids</mark>markt en arbeids<mark>markt</mark>');
  });
  it('names page types in Dutch', () => {
    expect(filterValueLabel('type', 'project')).toBe('Projectkaart');
    expect(filterValueLabel('netwerk', 'Delfshaven')).toBe('Delfshaven');
  });
  it('names every page type in the type filter, and counts one and several of each as a folded row does, "ander" before a het-word', () => {
    const types = ['nieuws', 'pact', 'netwerk', 'project', 'thema', 'organisatie', 'pagina'];
    expect(types.map((t) => [filterValueLabel('type', t), othersOfType(t, 1), othersOfType(t, 2)])).toEqual([
      ['Nieuws', '1 ander nieuwsbericht', '2 andere nieuwsberichten'],
      ['Pact', '1 ander pact', '2 andere pacten'],
      ['Netwerk', '1 andere netwerkpagina', '2 andere netwerkpagina’s'],
      ['Projectkaart', '1 andere projectkaart', '2 andere projectkaarten'],
      ['Thema', '1 ander thema', '2 andere thema’s'],
      ['Organisatie', '1 andere organisatiepagina', '2 andere organisatiepagina’s'],
      ['Pagina', '1 andere pagina', '2 andere pagina’s'],
    ]);
    // A type the index has but the site does not know (an old index): shown as it is, counted as pages.
    expect(filterValueLabel('type', 'agenda')).toBe('agenda');
    expect(othersOfType('agenda', 3)).toBe('3 andere pagina’s');
    expect(othersOfType('agenda', 1)).toBe('1 andere pagina');
    expect(FILTERS.map((f) => FILTER_LABELS[f])).toEqual(['Soort', 'Netwerk', 'Thema', 'Jaar']);
    // What a result's date is, where it is not the day the page appeared.
    expect(shownDate('nieuws', '30 september 2016')).toBe('30 september 2016');
    expect(shownDate('netwerk', '28 september 2016')).toBe('ondertekend 28 september 2016');
    expect(shownDate('project', '1 maart 2022')).toBe('start 1 maart 2022');
    expect(shownDate('pact', '1 juli 2020')).toBe('opgericht 1 juli 2020');
    expect(shownDate('pagina', '2 december 2026')).toBe('bijgewerkt 2 december 2026');
  });
});

describe('shareable search URLs', () => {
  it('matches filter values from an address to the site\'s own, case aside, and leaves out values the site does not have (helper-43)', () => {
    const known = { type: { project: 5, nieuws: 3 }, netwerk: { Delfshaven: 4, 'Hoek van Holland': 1, IJsselmonde: 1 }, jaar: { '2023': 6 } };
    expect(knownFilterValues({ netwerk: ['delfshaven', 'HOEK VAN HOLLAND', 'ijsselmonde'] }, known)).toEqual({ netwerk: ['Delfshaven', 'Hoek van Holland', 'IJsselmonde'] });
    expect(knownFilterValues({ type: ['projecten', 'project'], jaar: ['2016'] }, known)).toEqual({ type: ['project'] });
    expect(knownFilterValues({ netwerk: ['Delfshaven', 'delfshaven'] }, known)).toEqual({ netwerk: ['Delfshaven'] });
    expect(knownFilterValues({ thema: ['iedereen doet mee'] }, known)).toEqual({});
  });

  it('searches and shows a query without control or format characters, and no longer than 200 characters', () => {
    // A right-to-left override would turn the page's own sentence around; a NUL reads as nothing and made "zorg" missing.
    expect(readSearchState('?q=%E2%80%AEzorg%E2%80%8B%20welzijn').query).toBe('zorg welzijn');
    expect(readSearchState('?q=%00%01zorg').query).toBe('zorg');
    expect(cleanQuery('zorg\u00ADmedewerkers\twijk\n team ')).toBe('zorgmedewerkers wijk team'); // a soft hyphen joins, a tab parts
    expect(cleanQuery('wijk\u200D\u2066team\u2069')).toBe('wijkteam');
    const long = cleanQuery(`${'zorg '.repeat(100)}welzijn`);
    expect(long.length).toBeLessThanOrEqual(QUERY_MAX);
    expect(QUERY_MAX).toBe(200);
    expect(long.endsWith(' ')).toBe(false);
    // Spaces before the words do not take up the 200: the words are cut, not the spaces.
    expect(cleanQuery(` \u0000 ${'a'.repeat(250)}`)).toBe('a'.repeat(200));
    expect(cleanQuery('Coöperatieve “netwerken” – Feijenoord')).toBe('Coöperatieve “netwerken” – Feijenoord'); // letters and punctuation stay
  });
  it('reads query, filters and sort from the address', () => {
    expect(readSearchState('?q=wijkteam&netwerk=Delfshaven&netwerk=Pernis&type=project&sorteer=datum&onbekend=x')).toEqual({
      query: 'wijkteam',
      filters: { netwerk: ['Delfshaven', 'Pernis'], type: ['project'] },
      sort: 'datum',
      literal: false,
    });
    expect(readSearchState('')).toEqual({ query: '', filters: {}, sort: 'relevantie', literal: false });
    expect(readSearchState('?q=delftshaven&letterlijk=1').literal).toBe(true);
    expect(hasCriteria(readSearchState('?netwerk=Delfshaven'))).toBe(true);
    expect(hasCriteria(readSearchState('?q=zorg'))).toBe(true);
    expect(hasCriteria(readSearchState('?q=%20'))).toBe(false);
  });
  it('writes them back, round trip, with Dutch letters encoded', () => {
    const qs = searchQueryString({ query: 'coöperatief werken', filters: { netwerk: ['Hoek van Holland'], jaar: '2016', foo: ['x'] }, sort: 'datum' });
    expect(qs).toBe('?q=co%C3%B6peratief+werken&netwerk=Hoek+van+Holland&jaar=2016&sorteer=datum');
    expect(readSearchState(qs)).toEqual({ query: 'coöperatief werken', filters: { netwerk: ['Hoek van Holland'], jaar: ['2016'] }, sort: 'datum', literal: false });
    expect(searchQueryString({ query: '' })).toBe('');
    expect(searchQueryString({ query: 'delftshaven', literal: true })).toBe('?q=delftshaven&letterlijk=1');
  });
  it('reads each filter value once, without spaces around it, and ignores empty ones and a letterlijk that is not 1', () => {
    expect(readSearchState('?q=+zorg+&jaar=2016&jaar=+2016+&jaar=&thema=+&letterlijk=ja&sorteer=relevantie')).toEqual({ query: 'zorg', filters: { jaar: ['2016'] }, sort: 'relevantie', literal: false });
  });
  it('writes an address without what changes nothing: no literal search without words, no default sort, no odd filter values', () => {
    expect(searchQueryString({ query: '  ', literal: true, sort: 'relevantie', filters: { netwerk: [], jaar: 2016, thema: 'Inclusie' } })).toBe('?thema=Inclusie');
    expect(searchQueryString({ query: ' zorg ' })).toBe('?q=zorg');
  });
  it('maps filters to Pagefind: any value within a filter', () => {
    expect(pagefindFilters({ netwerk: ['Delfshaven', 'Pernis'], type: [] })).toEqual({ netwerk: { any: ['Delfshaven', 'Pernis'] } });
    expect(pagefindFilters({ netwerk: undefined, jaar: ['2016'] })).toEqual({ jaar: { any: ['2016'] } });
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
  it('offers words of the site for misspellings, nearest first, names with their capital', () => {
    const words = (typed: string) => candidatesFor(typed, vocabulary).map((c) => c.word);
    expect(words('zorgaanbeider')).toEqual(['zorgaanbieder']);
    expect(words('delfshafen')).toEqual(['Delfshaven']);
    expect(words('Feyenoord')).toEqual(['Feijenoord']);
    expect(words('ondertekent')).toEqual(['ondertekend']);
    expect(candidatesFor('delftshaven', vocabulary)).toEqual([{ word: 'Delfshaven', distance: 1, pages: 4 }]);
  });
  it('offers nothing for known words, short words, words far from any, or a word that begins with another letter', () => {
    for (const query of ['zorg', 'Welzijn', 'xylofoon', 'ab', 'zor']) expect(candidatesFor(query, vocabulary), query).toEqual([]); // zor: one letter from zorg, but three letters say too little
    const withSysteem = parseVocabulary('systeem\t3\nwijk\t5');
    expect(candidatesFor('wijkteem', withSysteem)).toEqual([]); // two edits from systeem, but not what a reader of "wijkteem" means
    expect(candidatesFor('systeem', parseVocabulary('systemen\t1'))).toEqual([{ word: 'systemen', distance: 2, pages: 1 }]);
  });
  it('splits a compound the site writes only apart into two of its words, the last one also as the start of a word', () => {
    const site = parseVocabulary(['zorg\t24', 'medewerkers\t6', 'arbeid\t5', 'markt\t4', 'wijk\t9', 'van\t30'].join('\n'));
    const telling = (word: string) => word !== 'van';
    expect(compoundParts('Zorgmedewerkers', site, telling)).toBe('zorg medewerkers');
    expect(compoundParts('zorgmedewerker', site, telling)).toBe('zorg medewerker'); // Pagefind finds medewerkers by it
    expect(compoundParts('arbeidsmarkt', site, telling)).toBe('arbeid markt'); // across the linking s
    // Of two splits, the one whose rarer part stands on more pages: jeugdzorg (2) werkers (4), not jeugd (3) zorgwerkers (1).
    const youth = parseVocabulary(['jeugd\t3', 'jeugdzorg\t2', 'zorgwerkers\t1', 'werkers\t4'].join('\n'));
    expect(compoundParts('jeugdzorgwerkers', youth, telling)).toBe('jeugdzorg werkers');
    // No part shorter than three letters, none that says nothing, none the site lacks.
    expect(compoundParts('zorgvan', site, telling)).toBeUndefined();
    expect(compoundParts('vanzorg', site, telling)).toBeUndefined();
    expect(compoundParts('zorgxy', site, telling)).toBeUndefined();
    expect(compoundParts('zorgpersoneel', site, telling)).toBeUndefined();
    expect(compoundParts('zorgwijk', site, () => true)).toBe('zorg wijk');
    // A last part is the start of a word only up to an ending of three letters: org does not stand for organisaties.
    const withOrganisations = parseVocabulary(['thuis\t4', 'organisaties\t9', 'medewerkersnieuws\t1', 'thuiszorg\t2'].join('\n'));
    expect(compoundParts('thuisorg', withOrganisations, telling)).toBeUndefined();
    expect(compoundParts('thuisorganisatie', withOrganisations, telling)).toBe('thuis organisatie'); // organisaties: one letter more
    expect(compoundParts('thuismedewerker', withOrganisations, telling)).toBeUndefined(); // medewerkersnieuws: eight letters more
    expect(compoundParts('thuiswerk', parseVocabulary('thuis\t3\nwerkers\t2'), telling)).toBe('thuis werk'); // werkers: an ending of three letters, the most
  });
  it('lists the words of the site that begin as the typed word for two thirds of it, one form each, longest shared start first (helper-61)', () => {
    const site = parseVocabulary(['werkervaringsplekken\t5', 'werkervaring\t4', 'werkervaringsplek\t3', 'werkervaringsjaar\t1', 'werkgevers\t9'].join('\n'));
    // 19 letters: 13 alike at least; werkervaringsplek(ken) share 15, werkervaringsjaar 14, werkervaring 12.
    expect(sameStartWords('werkervaringsplaats', site)).toEqual(['werkervaringsplekken', 'werkervaringsjaar']);
    // 21 letters: 14 alike at least, which werkervaringsjaar is not.
    expect(sameStartWords('Werkervaringsplaatsen', site)).toEqual(['werkervaringsplekken']);
    // Eight letters alike at least, and two thirds: werkge… is six of werkgelegenheid; werkgever… nine of werkgeverij's eleven.
    expect(sameStartWords('werkgelegenheid', site)).toEqual([]);
    expect(sameStartWords('werkgeverij', site)).toEqual(['werkgevers']);
    // Never a form of the typed word itself.
    expect(sameStartWords('werkervaringsplekke', site)).toEqual(['werkervaringsjaar']);
    // Nor the word itself, whose shared start ends where the word does (17 letters: 12 alike at least).
    expect(sameStartWords('werkervaringsplek', site)).toEqual(['werkervaringsjaar', 'werkervaring']);
  });
  it('puts the longest shared start first whatever the use, and keeps the more used form of a word, short or long', () => {
    const site = parseVocabulary(['werkervaringsjaar\t9', 'werkervaringsplek\t5', 'werkervaringsplekken\t3'].join('\n'));
    expect(sameStartWords('werkervaringsplaats', site)).toEqual(['werkervaringsplek', 'werkervaringsjaar']);
  });
  it('lists the words of the site that begin with a typed word, or end with it as a compound\'s last part, most used first', () => {
    const site = parseVocabulary(['gemeenten\t9', 'gemeente\t12', 'Scholingsvoucher\t1', 'voucher\t2', 'zorgwerkers\t3', 'bewerkers\t1', 'gemeentehuis\t1'].join('\n'));
    expect(longerWordsOf('gemee', site)).toEqual(['gemeenten', 'gemeente', 'gemeentehuis']); // in the vocabulary's order: most used first
    expect(longerWordsOf('Scholing', site)).toEqual(['Scholingsvoucher']);
    expect(longerWordsOf('voucher', site)).toEqual(['Scholingsvoucher']); // not voucher itself
    expect(longerWordsOf('gemeente', site)).toEqual(['gemeenten', 'gemeentehuis']);
    expect(longerWordsOf('geme', site)).toEqual([]); // four letters say too little
    expect(longerWordsOf('werkers', site)).toEqual(['zorgwerkers']); // bewerkers: two letters before it are no first part
    expect(longerWordsOf('kers', site)).toEqual([]);
    expect(longerWordsOf('ouche', site)).toEqual([]); // inside a word is neither its start nor its end
    expect(longerWordsOf('scholingsvouchers', site)).toEqual([]);
  });
  it('splits a compound after an abbreviation of three letters, which the vocabulary of four letters or more cannot hold', () => {
    const site = parseVocabulary(['radar\t5', 'instellingen\t2', 'zorg\t9', 'vanaf\t3'].join('\n'));
    const telling = (word: string) => word !== 'van';
    expect(abbreviationSplit('Wmoradar', site, telling)).toEqual(['wmo', 'radar']);
    expect(abbreviationSplit('ggzinstelling', site, telling)).toEqual(['ggz', 'instelling']); // instellingen: an ending of two letters
    expect(abbreviationSplit('vanradar', site, telling)).toBeUndefined(); // van says nothing
    expect(abbreviationSplit('wmozor', site, telling)).toBeUndefined(); // zor: three letters after the abbreviation
    expect(abbreviationSplit('wmoradarsysteem', site, telling)).toBeUndefined(); // the rest is no word of the site
    expect(abbreviationSplit('wmoin', parseVocabulary('instellingen\t2'), telling)).toBeUndefined(); // in: instellingen is no ending of it
    expect(abbreviationSplit('1a2radar', site, telling)).toBeUndefined(); // no letters: no abbreviation
    expect(abbreviationSplit('wmowerk', parseVocabulary('werkers\t2'), telling)).toEqual(['wmo', 'werk']); // an ending of three letters, the most
    expect(abbreviationSplit('wmowerk', parseVocabulary('werkplaats\t2'), telling)).toBeUndefined();
  });
  it('names the parts of a compound the site has where no split has both: the longest first and last part, four letters or more', () => {
    const site = parseVocabulary(['zorg\t24', 'welzijn\t12', 'jeugd\t3', 'jeugdzorg\t2', 'verpleging\t2', 'van\t30', 'kers\t1'].join('\n'));
    const telling = (word: string) => word !== 'van';
    expect(knownParts('welzijnswerkers', site, telling)).toEqual(['welzijn']); // across the linking s; kers is a word, but too short to be a last part
    expect(knownParts('Jeugdzorgwerkers', site, telling)).toEqual(['jeugdzorg']); // the longest first part
    expect(knownParts('thuisverpleging', site, telling)).toEqual(['verpleging']);
    expect(knownParts('zorgverpleging', site, telling)).toEqual(['zorg', 'verpleging']);
    expect(knownParts('thuiszorg', site, telling)).toEqual([]); // zorg: four letters, too short to be a last part
    expect(knownParts('xyzbeleid', parseVocabulary('beleid\t2'), telling)).toEqual(['beleid']); // six letters: long enough
    expect(knownParts('welzijnwelzijn', parseVocabulary('welzijn\t3'), telling)).toEqual(['welzijn']); // once
    // None: a part that says nothing, a first part that leaves fewer than three letters, no part on the site.
    expect(knownParts('vanhuis', site, telling)).toEqual([]);
    expect(knownParts('zorgje', site, telling)).toEqual([]);
    expect(knownParts('xylofoon', site, telling)).toEqual([]);
  });
  it('counts each word once per page under the form the pages write', () => {
    const counter = new VocabularyCounter();
    counter.addPage('Delfshaven en nog eens Delfshaven. Zorg voor zorg.');
    counter.addPage('De zorg in Delfshaven.');
    expect(counter.format(10)).toBe('Delfshaven\t2\nzorg\t2\neens\t1\nvoor\t1');
  });
  it('shows a word in lowercase once any page writes it so, whichever came first, else as first written; words of letters, four or more', () => {
    const counter = new VocabularyCounter();
    counter.addPage('Welzijn voorop. Welzijn 2024 en zo.');
    counter.addPage('Het welzijn van Welzijn.');
    counter.addPage('Daarna weer Welzijn; ook Pernis, in een kop PERNIS.');
    expect(counter.format(10)).toBe('welzijn\t3\nDaarna\t1\nPernis\t1\nvoorop\t1\nweer\t1');
    const none = new VocabularyCounter();
    none.addPage('de en 12 van');
    expect(none.format(10)).toBe('');
  });
  it('gives the same vocabulary when pages are counted in two shares and the later share is added to the earlier', () => {
    const pages = ['Welzijn voorop. Zorg in Pernis.', 'Daarna Zorg, weer Welzijn.', 'het welzijn in PERNIS', 'Zorg, Zorg en zorg.', 'Pernis blijft Pernis'];
    const whole = new VocabularyCounter();
    for (const page of pages) whole.addPage(page);
    for (const cut of [1, 2, 3, 4]) {
      const [first, later] = [new VocabularyCounter(), new VocabularyCounter()];
      pages.forEach((page, i) => (i < cut ? first : later).addPage(page));
      first.addCounts(later.counts());
      expect(first.format(20), `na pagina ${cut}`).toBe(whole.format(20));
    }
    expect(whole.format(20)).toBe('Pernis\t3\nwelzijn\t3\nzorg\t3\nblijft\t1\nDaarna\t1\nvoorop\t1\nweer\t1');
  });
  it('lists the most used words first, equal counts alphabetically, up to the limit', () => {
    expect(formatVocabulary(new Map([['wijk', 2], ['zorg', 5], ['team', 2], ['Pernis', 1]]), 3)).toBe('zorg\t5\nteam\t2\nwijk\t2');
  });
});

describe('query words as Pagefind reads them', () => {
  it('splits on spaces, drops punctuation and accents, keeps what was typed', () => {
    expect(queryWords('  WEP-trein  coöperatie (A ')).toEqual([
      { typed: 'WEP-trein', key: 'weptrein' },
      { typed: 'coöperatie', key: 'cooperatie' },
      { typed: '(A', key: 'a' },
    ]);
    expect(queryWords(' - ')).toEqual([]);
  });
  it('drops every kind of punctuation Pagefind drops, all of it, and searches what was typed', () => {
    const words = queryWords('(wijk) ‘team’ «Hoek» 1-2-3! Kralingen–Crooswijk, z.s.m.');
    expect(words.map((w) => w.key)).toEqual(['wijk', 'team', 'hoek', '123', 'kralingencrooswijk', 'zsm']);
    expect(queryOf(words)).toBe('(wijk) "team" «Hoek» 1-2-3! Kralingen–Crooswijk, z.s.m.');
    expect(queryWords('zorg\twelzijn\nwijk').map((w) => w.typed)).toEqual(['zorg', 'welzijn', 'wijk']);
  });
  it('reads curly double quotes (a phone types them) as the straight ones of a phrase', () => {
    expect(queryOf(queryWords('“zorg en welzijn” Delfshaven'))).toBe('"zorg en welzijn" Delfshaven');
    expect(queryOf(queryWords('„wijkteam″'))).toBe('"wijkteam"');
    expect(queryWords('“zorg”').map((w) => w.key)).toEqual(['zorg']);
  });
  it('reads words between single quotes as a phrase, and leaves an apostrophe alone (helper-28: \'zorg en welzijn\' was no phrase)', () => {
    const cases: [string, string][] = [
      ["'zorg en welzijn'", '"zorg en welzijn"'],
      ['‘zorg en welzijn’ Delfshaven', '"zorg en welzijn" Delfshaven'],
      ["wijk 'Hoek van Holland'", 'wijk "Hoek van Holland"'],
      ["'s-Gravendijkwal zo'n foto's", "'s-Gravendijkwal zo'n foto's"],
      ["'t Hoekje", "'t Hoekje"],
      ["zorg' en 'welzijn", "zorg' en 'welzijn"],
      ["' zorg '", 'zorg'], // quotes apart from the word: signs alone, left out
    ];
    expect(cases.map(([query]) => [query, queryOf(queryWords(query))])).toEqual(cases);
  });
  it('searches two words joined by a slash, plus, ampersand, semicolon, bar or a comma between letters as two words; a comma between digits and a hyphen join', () => {
    for (const joined of ['zorg/welzijn', 'zorg+welzijn', 'zorg&welzijn', 'zorg;welzijn', 'zorg|welzijn', 'zorg,welzijn', 'zorg,,welzijn', 'zorg//welzijn']) {
      expect(queryWords(joined), joined).toEqual([{ typed: 'zorg', key: 'zorg' }, { typed: 'welzijn', key: 'welzijn' }]);
    }
    expect(queryWords('2016/2017').map((w) => w.key)).toEqual(['2016', '2017']);
    expect(queryWords('12,5%').map((w) => w.key)).toEqual(['125']);
    expect(queryWords('wmo-radar').map((w) => w.key)).toEqual(['wmoradar']);
    expect(queryWords('zorg / welzijn').map((w) => w.key)).toEqual(['zorg', 'welzijn']);
    expect(queryOf(queryWords('"zorg/welzijn"'))).toBe('"zorg welzijn"');
  });
  it('knows a matched word that begins with the query word, also inside a compound and across doubled vowels', () => {
    expect(beginsWith('Opleidingen,', 'opleiding')).toBe(true);
    expect(beginsWith('arbeids|markt.', 'markt')).toBe(true);
    expect(beginsWith('arbeids|markt.', 'arbeidsmarkt')).toBe(true); // the whole compound, as typed
    expect(beginsWith('Coöperatieve', 'cooperatie')).toBe(true);
    expect(beginsWith('straat', 'straten'.slice(0, 5))).toBe(true); // the stem strat
    expect(beginsWith('mannen', 'mantelzorg')).toBe(false); // Pagefind's shorter stand-in
    expect(beginsWith('de', 'delftshaven')).toBe(false);
  });
  it('tells a form of the query word (same first letters) from a word that only shares its stem with it', () => {
    expect(sharesStart('Gezondheid.', 'gezondheid')).toBe(true);
    expect(sharesStart('opleiding', 'opleidingen')).toBe(true); // shorter than the query: still its form
    expect(sharesStart('Straat', 'straten')).toBe(true);
    expect(sharesStart('arbeids|markt', 'markt')).toBe(true); // a part of a compound
    expect(sharesStart('Coöperatie', 'cooperatieve')).toBe(true);
    expect(sharesStart('zo’n', 'gezondheid')).toBe(false); // Pagefind's Dutch stem takes "ge" off
    expect(sharesStart('Zonder', 'gezondheid')).toBe(false);
    expect(sharesStart('gezin', 'gezondheid')).toBe(true); // three letters: a form as far as this test can tell
  });
  it('folds every doubled vowel of a word, as Pagefind\'s stem does (hoofdstraat and hoofdstraten share hofdstrat)', () => {
    expect(beginsWith('Hoofdstraat', 'hoofdstrat')).toBe(true);
    expect(beginsWith('Zeeuwse', 'zeuws')).toBe(true);
    // ii and ij are no doubled vowels: a query that differs there is another word.
    expect(beginsWith('skiien', 'skien')).toBe(false);
  });
  it('reads the matched words of a result at their positions, and of the metadata it matched in', () => {
    const data = { content: 'Voor Delfshaven is een arbeids|markt\nregio.', locations: [1, 4], meta: { title: 'Netwerk Delfshaven' } };
    expect(matchedTokens(data)).toEqual(['Delfshaven', 'arbeids|markt']);
    expect(matchedTokens(data, ['title'])).toEqual(['Delfshaven', 'arbeids|markt', 'Netwerk', 'Delfshaven']);
    // A position past the text or a metadata field the result lacks adds no word.
    expect(matchedTokens({ content: 'Voor  Delfshaven', locations: [1, 9] }, ['title'])).toEqual(['Delfshaven']);
  });
  it('tells common words from words that say something', () => {
    for (const word of ['de', 'van', 'en', 'het']) expect(isCommonWord(word), word).toBe(true);
    for (const word of ['zorg', 'muiden', 'hugo']) expect(isCommonWord(word), word).toBe(false);
    // The question words the stopword list lacks (helper-36: "hoe word ik zorgmedewerker", "waar kan ik …").
    for (const word of ['waar', 'welke', 'welk', 'wanneer', 'waarom', 'hoeveel', 'word', 'wordt', 'kun', 'kunt', 'wilt', 'zoek']) expect(isCommonWord(word), word).toBe(true);
    // helper-45: "hoe kom ik aan werk in de zorg" found no page, for "kom"; "hoe krijg ik …" alike.
    for (const word of ['kom', 'krijg', 'hoe', 'ik', 'aan']) expect(isCommonWord(word), word).toBe(true);
    for (const word of ['werk', 'wonen', 'zoeken']) expect(isCommonWord(word), word).toBe(false);
  });
});

describe('boilerplate: a paragraph many pages repeat', () => {
  const paragraph = 'Bij de ondertekening legde Hugo de Jonge uit waarom voor een coöperatie is gekozen.';
  it('is the same block whatever the case, spacing or punctuation, and only from eight words on', () => {
    expect(blockKey(paragraph)).toBe(blockKey(paragraph.toUpperCase().replaceAll(' ', '  ').replace('.', '!')));
    expect(blockKey('Over dit netwerk')).toBeUndefined();
  });
  it('counts a block of exactly eight words, however short, and tells blocks apart by where their words break', () => {
    expect(blockKey('Zorg en welzijn in de wijk van Pernis.')).toBe('zorg en welzijn in de wijk van pernis');
    expect(blockKey('1 2 3 4 5 6 7 8')).toBe('1 2 3 4 5 6 7 8');
    expect(blockKey('zorg en welzijn in de wijk van')).toBeUndefined(); // seven
    expect(blockKey('Zorgen welzijn in de wijk van Pernis nu.')).not.toBe(blockKey('Zorg en welzijn in de wijk van Pernis nu.'));
    // Only blocks that count are counted and returned.
    expect(new BoilerplateCounter().addPage(['Over dit netwerk', paragraph])).toEqual([blockKey(paragraph)]);
  });
  it('counts from three pages, and weighs it lower there', () => {
    const counter = new BoilerplateCounter();
    counter.addPage([paragraph, 'Een eigen alinea over Delfshaven die nergens anders zo staat.']);
    counter.addPage([paragraph]);
    expect(counter.isBoilerplate(paragraph)).toBe(false);
    counter.addPage([paragraph, paragraph]);
    expect(counter.isBoilerplate(paragraph)).toBe(true);
    expect(counter.weigh(paragraph)).toBe(BOILERPLATE_WEIGHT);
    expect(counter.weigh('Een eigen alinea over Delfshaven die nergens anders zo staat.')).toBeUndefined();
  });
  it('counts a block on three pages as repeated when its pages were counted in shares and added up', () => {
    const [one, other] = [new BoilerplateCounter(), new BoilerplateCounter()];
    one.addPage([paragraph]);
    one.addPage([paragraph, 'Een eigen alinea over Delfshaven die nergens anders zo staat.']);
    other.addPage([paragraph]);
    expect(one.isBoilerplate(paragraph) || other.isBoilerplate(paragraph)).toBe(false);
    one.addCounts(other.counts());
    expect(one.isBoilerplate(paragraph)).toBe(true);
    expect(one.isBoilerplate('Een eigen alinea over Delfshaven die nergens anders zo staat.')).toBe(false);
  });
  it('gets the lower weight in the indexed copy, on that block only', () => {
    const page = `<main data-pagefind-body><h2>Over dit netwerk</h2><p>Eigen tekst.</p><p class="x">${paragraph}</p><ul><li>Een <b>punt</b></li></ul></main>`;
    const blocks: string[] = [];
    indexedCopy(page, () => [], { block: (b) => blocks.push(b) });
    expect(blocks).toEqual(['Over dit netwerk', 'Eigen tekst.', paragraph, 'Een punt']);
    const copy = indexedCopy(page, () => [], { weigh: (text) => (text === paragraph ? 0.5 : undefined) });
    expect(copy).toContain(`<p data-pagefind-weight="0.5" class="x">${paragraph}</p>`);
    expect(copy).toContain('<p>Eigen tekst.</p>');
  });
});

describe('result rows', () => {
  const result = (url: string, type: string, excerpt: string) => ({ url, title: url, type, excerpt });
  const shared = 'Bij de ondertekening legde <mark>Hugo</mark> de <mark>Jonge</mark>, toen wethouder Onderwijs, Jeugd en Zorg, uit waarom';
  it('folds results of one type with nearly the same excerpt into one row, in rank order', () => {
    const rows: Row[] = [];
    addToRows(rows, [result('/nieuws/a/', 'nieuws', `Een begin. ${shared}`), result('/netwerken/a/', 'netwerk', `gebieden. ${shared}`), result('/netwerken/b/', 'netwerk', `gebieden. ${shared}`)]);
    addToRows(rows, [result('/netwerken/c/', 'netwerk', `Rotterdamse gebieden. ${shared}`), result('/netwerken/d/', 'netwerk', 'Een heel andere tekst over Hugo de Jonge en de wijk.')]);
    expect(rows.map((r) => [r.result.url, r.alike.map((a) => a.url)])).toEqual([
      ['/nieuws/a/', []],
      ['/netwerken/a/', ['/netwerken/b/', '/netwerken/c/']],
      ['/netwerken/d/', []],
    ]);
    expect(othersOfType('netwerk', 13)).toBe('13 andere netwerkpagina’s');
    expect(othersOfType('project', 1)).toBe('1 andere projectkaart');
  });
  it('folds pages of one type whose excerpts are only their own title and the searched word (helper-45: thirteen rows "Netwerk Pernis.")', () => {
    const titled = (url: string, title: string, excerpt: string) => ({ url, title, type: 'netwerk', excerpt });
    const rows: Row[] = [];
    addToRows(rows, [
      titled('/netwerken/rozenburg/', 'Rozenburg', '<mark>Netwerk</mark> Rozenburg.'),
      titled('/netwerken/pernis/', 'Pernis', '<mark>Netwerk</mark> Pernis.'),
      titled('/netwerken/delfshaven/', 'Delfshaven', 'Wat er in Delfshaven gebeurt: de pilot Zorg Thuis.'),
      titled('/netwerken/hoogvliet/', 'Hoogvliet', '<mark>Netwerk</mark> Hoogvliet.'),
      { url: '/nieuws/a/', title: 'Pernis', type: 'nieuws', excerpt: '<mark>Netwerk</mark> Pernis.' },
    ]);
    expect(rows.map((r) => [r.result.url, r.alike.map((a) => a.url)])).toEqual([
      ['/netwerken/rozenburg/', ['/netwerken/pernis/', '/netwerken/hoogvliet/']],
      ['/netwerken/delfshaven/', []],
      ['/nieuws/a/', []],
    ]);
    // A word beyond the title and the searched word keeps a page apart.
    const apart: Row[] = [];
    addToRows(apart, [titled('/netwerken/a/', 'Pernis', '<mark>Netwerk</mark> Pernis, opgericht.'), titled('/netwerken/b/', 'Hoogvliet', '<mark>Netwerk</mark> Hoogvliet.')]);
    expect(apart).toHaveLength(2);
  });
  it('reads each searched word of an excerpt as said already, also with two of them marked; an excerpt without words says nothing alike', () => {
    const titled = (url: string, title: string, excerpt: string) => ({ url, title, type: 'netwerk', excerpt });
    const rows: Row[] = [];
    addToRows(rows, [titled('/netwerken/rozenburg/', 'Netwerk Rozenburg', '<mark>Zorg</mark> <mark>welzijn</mark> Rozenburg.'), titled('/netwerken/pernis/', 'Netwerk Pernis', '<mark>Zorg</mark> <mark>welzijn</mark> Pernis.')]);
    expect(rows.map((r) => [r.result.url, r.alike.map((a) => a.url)])).toEqual([['/netwerken/rozenburg/', ['/netwerken/pernis/']]]);
    // Neither beside an excerpt that is only the title and the searched word, nor beside another without words.
    const empty: Row[] = [];
    addToRows(empty, [titled('/netwerken/a/', 'Netwerk Pernis', '…'), titled('/netwerken/b/', 'Netwerk Hoogvliet', '<mark>Netwerk</mark> Hoogvliet.'), titled('/netwerken/c/', 'Netwerk Ommoord', '…')]);
    expect(empty).toHaveLength(3);
  });
  it('counts a text as the same from four words in five shared, whatever its case, highlights or compound marks', () => {
    const rowsOf = (...excerpts: string[]) => {
      const rows: Row[] = [];
      addToRows(rows, excerpts.map((e, i) => result(`/p/${i}/`, 'pagina', e)));
      return rows.length;
    };
    expect(rowsOf('zorg en welzijn rotterdam', 'zorg en welzijn rotterdam zuid')).toBe(1); // 4 of 5 words
    expect(rowsOf('zorg en welzijn rotterdam', 'zorg en welzijn rotterdam zuid oost')).toBe(2); // 4 of 6 words
    expect(rowsOf('Zorg en <mark>welzijn</mark>', 'zorg en welzijn', '<mark>ZORG</mark> EN WELZIJN')).toBe(1);
    expect(rowsOf('de arbeids|markt', 'de <mark>arbeidsmarkt</mark>')).toBe(1);
    // No words at all: nothing in common, so rows of their own.
    expect(rowsOf('…', '…')).toBe(2);
  });
});

describe('loading result rows', () => {
  const loadable = (n: number, excerpt: (i: number) => string, meta: (i: number) => Record<string, string | undefined> = (i) => ({ title: `Pagina ${i}`, type: 'pagina' })) => {
    const asked: number[] = [];
    const results = Array.from({ length: n }, (_, i) => ({ data: async () => (asked.push(i), { url: `/p/${i}/`, excerpt: excerpt(i), meta: meta(i) }) }));
    return { results, asked };
  };
  const distinct = (i: number) => `tekst nummer ${i} over iets heel anders woord${i}`;

  it('loads ten results at a time until there are as many more rows as wanted', async () => {
    const { results, asked } = loadable(35, distinct);
    const rows: Row[] = [];
    expect(await fillRows(results, 0, rows, 5)).toBe(10);
    expect(asked).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
    expect(rows.map((r) => r.result.title)).toEqual(Array.from({ length: 10 }, (_, i) => `Pagina ${i}`));
    // More: from where it stopped, until ten more rows.
    expect(await fillRows(results, 10, rows, 10)).toBe(20);
    expect(rows).toHaveLength(20);
    // The last results: as many as there are.
    expect(await fillRows(results, 20, rows, 50)).toBe(35);
    expect(rows).toHaveLength(35);
    expect(await fillRows(results, 35, rows, 10)).toBe(35);
  });

  it('shows every page of a list by filters alone as a row of its own, however alike they begin (helper-26: fourteen networks were one row)', async () => {
    const networks = ['Rozenburg', 'Pernis', 'Overschie'];
    const begin = (i: number) => `Het coöperatieve samenwerkingsverband van zorg en welzijn in ${networks[i]}, een van de veertien Rotterdamse netwerken.`;
    const folded: Row[] = [];
    await fillRows(loadable(3, begin).results, 0, folded, 10);
    expect(folded).toHaveLength(1);
    const apart: Row[] = [];
    expect(await fillRows(loadable(3, begin).results, 0, apart, 10, () => true, false)).toBe(3);
    expect(apart.map((r) => [r.result.url, r.alike.length])).toEqual([['/p/0/', 0], ['/p/1/', 0], ['/p/2/', 0]]);
  });

  it('loads past results with the same text, but at most fifty for one screen', async () => {
    const { results } = loadable(80, () => 'dezelfde alinea die veertien netwerkpagina’s delen');
    const rows: Row[] = [];
    expect(await fillRows(results, 0, rows, 2)).toBe(50);
    expect(rows).toHaveLength(1);
    expect(rows[0]!.alike).toHaveLength(49);
  });

  it('stops when a newer search has replaced this one, adding nothing', async () => {
    const { results } = loadable(30, distinct);
    const rows: Row[] = [];
    expect(await fillRows(results, 0, rows, 5, () => false)).toBe(0);
    expect(rows).toEqual([]);
  });

  it('shows a result without a title by its address, with its date as the page writes it', async () => {
    const { results } = loadable(1, distinct, () => ({ date: '2024-03-01', datum: '1 maart 2024' }));
    const rows: Row[] = [];
    await fillRows(results, 0, rows, 1);
    expect(rows[0]!.result).toEqual({ url: '/p/0/', title: '/p/0/', type: '', excerpt: distinct(0), date: '2024-03-01', datum: '1 maart 2024' });
  });
});

describe('what the search page says', () => {
  const answered = (over: Partial<Answer>): Answer => ({ query: 'zorg', searched: 'zorg', missing: [], offers: [], results: [], withoutFilters: 0, ...over });
  const results = (n: number) => Array.from({ length: n }, (_, i) => ({ id: String(i), score: 1, data: async () => ({ url: '', excerpt: '', content: '', locations: [], meta: {} }) }));
  it('counts, and names the words the site does not have', () => {
    expect(statusText(answered({ results: results(3) }), 0)).toBe('3 resultaten voor ‘zorg’');
    // A word found in another spelling is named with the site's (helper-54), in a longer query too.
    expect(statusText(answered({ results: results(2), foundAs: [{ typed: 'zorg', as: 'zorgen' }] }), 0)).toBe('2 resultaten voor ‘zorg’, gevonden als ‘zorgen’');
    expect(statusText(answered({ query: 'vrijwiligers Charlois', results: results(1), foundAs: [{ typed: 'vrijwiligers', as: 'vrijwilligers' }] }), 0)).toBe('1 resultaat voor ‘vrijwiligers Charlois’, gevonden als ‘vrijwilligers’');
    expect(statusText(answered({ results: results(1) }), 2)).toBe('1 resultaat voor ‘zorg’ met deze filters');
    // Pages with the same text share a row: the count says so, so "16 resultaten" above three rows adds up.
    expect(statusText(answered({ results: results(16) }), 0, { rows: 3, results: 16 })).toBe('16 resultaten voor ‘zorg’ (in 3 groepen: pagina’s met bijna dezelfde tekst staan samen)');
    expect(statusText(answered({ results: results(60) }), 0, { rows: 10, results: 50 })).toBe('60 resultaten voor ‘zorg’ (pagina’s met bijna dezelfde tekst staan samen)');
    expect(statusText(answered({ results: results(3) }), 0, { rows: 3, results: 3 })).toBe('3 resultaten voor ‘zorg’');
    expect(statusText(answered({ query: 'Purdey van Muiden', searched: '', missing: ['Purdey', 'Muiden'] }), 0)).toBe('Geen resultaten voor ‘Purdey van Muiden’: ‘Purdey’ en ‘Muiden’ staan niet op de site.');
    expect(statusText(answered({ query: 'huisarts Amsterdam', searched: 'huisarts', missing: ['Amsterdam'], results: results(1) }), 0)).toBe(
      '1 resultaat voor ‘huisarts’: ‘Amsterdam’ staat niet op de site en is weggelaten.',
    );
    expect(statusText(answered({ query: 'delftshaven', searched: 'Delfshaven', corrected: 'Delfshaven', missing: ['delftshaven'], results: results(4) }), 0)).toBe(
      '4 resultaten voor ‘Delfshaven’; ‘delftshaven’ staat niet op de site.',
    );
  });
  it('says of a word the site has only inside a longer one that it does, not that it is missing (helper-41)', () => {
    expect(statusText(answered({ query: 'scholing', searched: 'Scholingsvoucher', corrected: 'Scholingsvoucher', missing: ['scholing'], results: results(1) }), 0)).toBe(
      '1 resultaat voor ‘Scholingsvoucher’: ‘scholing’ staat alleen als deel van een langer woord op de site.',
    );
    expect(statusText(answered({ query: 'voucher Rotterdam', searched: 'Scholingsvoucher Rotterdam', corrected: 'Scholingsvoucher Rotterdam', missing: ['voucher'], results: results(2) }), 1)).toBe(
      '2 resultaten voor ‘Scholingsvoucher Rotterdam’ met dit filter: ‘voucher’ staat alleen als deel van een langer woord op de site.',
    );
    // A misspelling is not part of its correction.
    expect(statusText(answered({ query: 'delfhaven', searched: 'Delfshaven', corrected: 'Delfshaven', missing: ['delfhaven'], results: results(4) }), 0)).toBe('4 resultaten voor ‘Delfshaven’; ‘delfhaven’ staat niet op de site.');
  });
  it('names two words the site has only inside longer ones together, and only when every missing word is one', () => {
    expect(statusText(answered({ query: 'scholing verpleging', searched: 'Scholingsvoucher wijkverpleging', corrected: 'Scholingsvoucher wijkverpleging', missing: ['scholing', 'verpleging'], results: results(1) }), 0)).toBe(
      '1 resultaat voor ‘Scholingsvoucher wijkverpleging’: ‘scholing’ en ‘verpleging’ staan alleen als deel van een langer woord op de site.',
    );
    expect(statusText(answered({ query: 'verpleging Charlios', searched: 'wijkverpleging Charlois', corrected: 'wijkverpleging Charlois', missing: ['verpleging', 'Charlios'], results: results(1) }), 0)).toBe(
      '1 resultaat voor ‘wijkverpleging Charlois’; ‘verpleging’ en ‘Charlios’ staan niet op de site.',
    );
  });
  it('counts a missing word as part of a longer one only where a longer word of the correction begins or ends with it', () => {
    expect(partOfLonger(['Voucher'], 'scholingsvoucher')).toBe(true);
    // The word itself, in any case, is no longer word; nor is a word that only shares letters with it; nor is anything missing.
    expect(partOfLonger(['Zorg'], 'zorg')).toBe(false);
    expect(partOfLonger(['kurst'], 'kunst')).toBe(false);
    expect(partOfLonger([], 'scholingsvoucher')).toBe(false);
  });
  it('says of words written apart that they are, not that the typed word is misspelt (helper-28: "zorg medewerkers" read as a correction)', () => {
    expect(statusText(answered({ query: 'zorgmedewerkers', searched: 'zorg medewerkers', corrected: 'zorg medewerkers', missing: ['zorgmedewerkers'], results: results(1) }), 0)).toBe(
      '1 resultaat voor ‘zorg medewerkers’: ‘zorgmedewerkers’ staat zo niet op de site, de losse woorden wel.',
    );
    expect(statusText(answered({ query: 'wmo-radar Delfshaven', searched: 'wmo radar Delfshaven', corrected: 'wmo radar Delfshaven', missing: ['wmo-radar'], results: results(2) }), 2)).toBe(
      '2 resultaten voor ‘wmo radar Delfshaven’ met deze filters: ‘wmo-radar’ staat zo niet op de site, de losse woorden wel.',
    );
    expect(
      statusText(answered({ query: 'zorgmedewerkers wijknetwerk', searched: 'zorg medewerkers wijk netwerk', corrected: 'zorg medewerkers wijk netwerk', missing: ['zorgmedewerkers', 'wijknetwerk'], results: results(1) }), 0),
    ).toBe('1 resultaat voor ‘zorg medewerkers wijk netwerk’: ‘zorgmedewerkers’ en ‘wijknetwerk’ staan zo niet op de site, de losse woorden wel.');
    // A phrase no page has in that order: the words may be there, apart (helper-30: "geen pagina heeft al deze woorden" was not true).
    expect(statusText(answered({ query: "'leven lang ontwikkelen'", searched: '"leven lang ontwikkelen"', results: [], unquoted: 'leven lang ontwikkelen' }), 0)).toBe(
      "Geen resultaten voor 'leven lang ontwikkelen': geen pagina heeft deze woorden zo achter elkaar.",
    );
    // One missing word is named once, also with spaces around it or an apostrophe at its start; not a word beside others.
    expect(statusText(answered({ query: ' zorgwelzijn ', searched: '', missing: ['zorgwelzijn'] }), 0)).toBe('Geen resultaten: ‘zorgwelzijn’ staat niet op de site.');
    expect(statusText(answered({ query: "'s-Gravendijkwal", searched: '', missing: ["'s-Gravendijkwal"] }), 0)).toBe("Geen resultaten: ‘'s-Gravendijkwal’ staat niet op de site.");
    expect(statusText(answered({ query: 'zorgwelzijn"', searched: '', missing: ['zorgwelzijn'] }), 0)).toBe('Geen resultaten voor ‘zorgwelzijn"’: ‘zorgwelzijn’ staat niet op de site.');
    // One quoted word that is missing is named once, as an unquoted one is.
    expect(statusText(answered({ query: '"zorgmedewerkers"', searched: '', missing: ['zorgmedewerkers'], unquoted: 'zorgmedewerkers' }), 0)).toBe('Geen resultaten: ‘zorgmedewerkers’ staat niet op de site.');
    // The way back to the query as typed only where that finds pages: some of its words are on the site.
    expect(findsAsTyped(answered({ query: 'delftshaven', missing: ['delftshaven'] }))).toBe(false);
    expect(findsAsTyped(answered({ query: 'jongeren delftshaven', missing: ['delftshaven'] }))).toBe(true);
    expect(findsAsTyped(answered({ query: 'delftshaven, jongern', missing: ['delftshaven,', 'jongern'] }))).toBe(false);
    const apart: [string, string, boolean][] = [
      ['zorgmedewerkers', 'zorg medewerkers', true],
      ['Welzijnsmedewerkers', 'welzijn medewerkers', true], // across a linking s
      ['wmo-radar', 'wmo radar', true],
      ['jonge zorgmedewerkers', 'jonge zorg medewerkers', true],
      ['delftshaven', 'Delfshaven', false], // another spelling
      ['zorgmedewerker', 'zorg medewerkers', false], // more than the typed word
      ['zorgsmedewerkers', 'zorg medewerkers', true],
      ['zorgmedewerkerss', 'zorg medewerkers', false], // no s after the last part
      ['zorgmedewerkers', 'zorgmedewerkers', false], // one word: nothing apart
      ['jongeren delfhaven', 'jongeren delfshaven', false],
      ['arbeidsmarkt', 'arbeid markt', true], // the s before the last part, which itself ends otherwise
      ['zorgxmedewerkers', 'zorg medewerkers', false], // only an s links
      ['zorg', '-zorg', false], // a sign alone is no part
    ];
    expect(apart.map(([query, corrected]) => [query, corrected, writtenApart(query, corrected)])).toEqual(apart);
  });
  it('says when filters hide every result, and when no page has all the words', () => {
    expect(statusText(answered({ withoutFilters: 25 }), 2)).toBe('Geen resultaten voor ‘zorg’ met deze filters; zonder filters zijn er 25.');
    // One value ticked is one filter (helper-30: "met deze filters" for one).
    expect(statusText(answered({ withoutFilters: 1 }), 1)).toBe('Geen resultaten voor ‘zorg’ met dit filter; zonder dat filter is er 1.');
    expect(statusText(answered({ results: results(3) }), 1)).toBe('3 resultaten voor ‘zorg’ met dit filter');
    expect(statusText(answered({ query: 'Laurens Flevoland', searched: 'Laurens Flevoland' }), 0)).toBe('Geen resultaten voor ‘Laurens Flevoland’: geen pagina heeft al deze woorden.');
    expect(listOf(['a', 'b', 'c'])).toBe('‘a’, ‘b’ en ‘c’');
  });
  it('titles the page with the query first, cut at a word after 40 characters; a phrase in its own quotes; without a query the page’s own title', () => {
    const own = 'Zoeken | Zorg en Welzijn Rotterdam';
    expect(searchTitle('  vrijwilligers ', own)).toBe('‘vrijwilligers’ – Zoeken | Zorg en Welzijn Rotterdam');
    expect(searchTitle('zorg en welzijn in Delfshaven, Charlois en Feijenoord samen', own)).toBe('‘zorg en welzijn in Delfshaven, Charlois…’ – Zoeken | Zorg en Welzijn Rotterdam');
    expect(searchTitle('“zorg en welzijn”', own)).toBe('“zorg en welzijn” – Zoeken | Zorg en Welzijn Rotterdam');
    expect(searchTitle('   ', own)).toBe(own);
  });
  it('shows a phrase in the quotes it was typed in, not in a second pair around them', () => {
    expect(statusText(answered({ query: '"zorg en welzijn"', results: results(19) }), 0)).toBe('19 resultaten voor "zorg en welzijn"');
    expect(statusText(answered({ query: '“zorg en welzijn”', results: results(19) }), 0)).toBe('19 resultaten voor “zorg en welzijn”');
    expect(statusText(answered({ query: "'zorg en welzijn'", results: results(19) }), 0)).toBe("19 resultaten voor 'zorg en welzijn'");
    expect(searchTitle('‘zorg en welzijn’', 'Zoeken')).toBe('‘zorg en welzijn’ – Zoeken');
    expect(statusText(answered({ query: '"zorg" Delfshaven', results: results(2) }), 0)).toBe('2 resultaten voor ‘"zorg" Delfshaven’');
    expect(statusText(answered({ query: 'zorg "en welzijn"', results: results(2) }), 0)).toBe('2 resultaten voor ‘zorg "en welzijn"’');
    expect(statusText(answered({ query: '"', results: [] }), 0)).toBe('Geen resultaten voor ‘"’');
  });
  it('counts what filters alone find, one hidden result, one shared row, two words left out, a correction with filters', () => {
    expect(statusText(answered({ query: '', searched: '', results: results(12) }), 2)).toBe('12 resultaten met deze filters');
    expect(statusText(answered({ query: '', searched: '', results: results(0) }), 2)).toBe('Geen resultaten met deze filters');
    expect(statusText(answered({ withoutFilters: 1 }), 2)).toBe('Geen resultaten voor ‘zorg’ met deze filters; zonder filters is er 1.');
    expect(statusText(answered({ results: results(4) }), 0, { rows: 1, results: 4 })).toBe('4 resultaten voor ‘zorg’ (in 1 groep: pagina’s met bijna dezelfde tekst staan samen)');
    expect(statusText(answered({ query: 'huisarts Amsterdam Parijs', searched: 'huisarts', missing: ['Amsterdam', 'Parijs'], results: results(2) }), 0)).toBe(
      '2 resultaten voor ‘huisarts’: ‘Amsterdam’ en ‘Parijs’ staan niet op de site en zijn weggelaten.',
    );
    // The whole query one missing word: named once (it was 'Geen resultaten voor ‘Purdey’: ‘Purdey’ staat …', seen by helper-25).
    expect(statusText(answered({ query: 'Purdey', searched: '', missing: ['Purdey'] }), 0)).toBe('Geen resultaten: ‘Purdey’ staat niet op de site.');
    expect(statusText(answered({ query: 'Purdey Amsterdam', searched: '', missing: ['Amsterdam'] }), 0)).toBe('Geen resultaten voor ‘Purdey Amsterdam’: ‘Amsterdam’ staat niet op de site.');
    expect(statusText(answered({ query: 'delftshaven', searched: 'Delfshaven', corrected: 'Delfshaven', missing: ['delftshaven'], results: results(1) }), 2)).toBe(
      '1 resultaat voor ‘Delfshaven’ met deze filters; ‘delftshaven’ staat niet op de site.',
    );
    // One word that no page has is not "no page has all these words"; nor are filters that hide nothing.
    expect(statusText(answered({}), 0)).toBe('Geen resultaten voor ‘zorg’');
    expect(statusText(answered({}), 2)).toBe('Geen resultaten voor ‘zorg’ met deze filters');
    expect(listOf(['a'])).toBe('‘a’');
    // Results found, or no filters ticked: no word of hidden results; several words all found on a page: no word of missing ones.
    expect(statusText(answered({ results: results(3), withoutFilters: 10 }), 2)).toBe('3 resultaten voor ‘zorg’ met deze filters');
    expect(statusText(answered({ withoutFilters: 5 }), 0)).toBe('Geen resultaten voor ‘zorg’');
    expect(statusText(answered({ query: 'zorg welzijn', searched: 'zorg welzijn', results: results(2) }), 0)).toBe('2 resultaten voor ‘zorg welzijn’');
    expect(listOf([])).toBe('');
  });
});
