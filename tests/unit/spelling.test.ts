/** Spelling as advice: unknown words with a suggestion; names, compounds and the reviewed word list pass. */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { validateContent } from '../../src/lib/validation/index.ts';
import { formatProblem } from '../../src/lib/validation/problem.ts';
import type { CheckedEntry } from '../../src/lib/validation/check-entries.ts';
import { createSpellChecker, namesOf, spellingWarnings, wordsOf } from '../../src/lib/validation/spelling.ts';
import { projectRoot, tmpDir } from '../helpers/build.ts';
import { baseline, validNews, withFile, writeTree } from '../helpers/content.ts';

describe('the words a reader reads', () => {
  it('skips URLs, e-mail addresses, acronyms, words with inner capitals, and short words', () => {
    expect(wordsOf('Zie https://www.voorbeeld.nl of mail info@wmo.nl: VWS en deRotterdamseZorg, de zorg', 3).map((w) => w.word)).toEqual(['Zie', 'mail', 'zorg']);
    expect(wordsOf('eerste\ntweede regel', 10)).toEqual([{ word: 'eerste', line: 10 }, { word: 'tweede', line: 11 }, { word: 'regel', line: 11 }]);
    // http: as well as https:, a whole e-mail address, and a placeholder however close to the words around it.
    expect(wordsOf('Lees http://zorgkaart.nl/pagina of mail redactie@zorgwelzijn.nl', 1).map((w) => w.word)).toEqual(['Lees', 'mail']);
    expect(wordsOf('Een tekst[VUL IN: uitleg]hier', 1).map((w) => w.word)).toEqual(['Een', 'tekst', 'hier']);
    // Longer than forty letters is no word a reader meets; the suggestions for 1,000 took 78 s and 815 MB (helper-40).
    expect(wordsOf(`kort ${'a'.repeat(41)} ${'b'.repeat(40)} ${'a'.repeat(59_000)}`, 1).map((w) => w.word)).toEqual(['kort', 'b'.repeat(40)]);
  });
  it('reads a word with Word\'s optional hyphen whole and without it, and skips a word with an invisible character (the check refuses that)', () => {
    expect(wordsOf('De zorg\u00ADmedewerkr en de wijk\u200Bteams', 1).map((w) => w.word)).toEqual(['zorgmedewerkr']);
    expect(wordsOf('Een Hu\u3164manitas', 1).map((w) => w.word)).toEqual(['Een']);
  });
});

describe('the spell checker', () => {
  const checker = createSpellChecker(new Set(['korajlic']));
  it('knows Dutch words, inflections, capitals and compounds of dictionary words', () => {
    for (const word of ['organisatie', 'Organisaties', 'vrijwilligers', 'arbeidsmarktcommunicatie', 'zorgaanbieders', 'coöperatieve', 'cliënten']) expect(checker.isKnown(word), word).toBe(true);
  });
  it('knows a word with an apostrophe whose parts are words, where neither the lexicon nor nspell knows it whole', () => {
    expect(checker.isKnown('cliënt’s')).toBe(true);
    expect(checker.isKnown('cliënd’s')).toBe(false);
  });
  it('knows the accepted words, whatever their capitals', () => {
    expect(checker.isKnown('Korajlic')).toBe(true);
  });
  it('does not know a misspelling, and suggests the word', { timeout: 30_000 }, () => {
    expect(checker.isKnown('organisatsie')).toBe(false);
    expect(checker.suggest('organisatsie')).toBe('organisatie');
    expect(checker.isKnown('vrijwiligers')).toBe(false);
    expect(checker.suggest('vrijwiligers')).toBe('vrijwilligers');
    // Never a form no one writes (helper-62: "componentenmap" got "compon2ndenmap", then "componhndenmap"); names still.
    expect(checker.suggest('componentenmap')).toBeUndefined();
    expect(checker.suggest('Delfsaven')).toBe('Delfshaven');
    expect(checker.suggest('werkgevrs')).toBe('werkgevers');
    // Nor at a sentence's start, where the word has a capital but is no name.
    expect(checker.suggest('Componentenmap')).toBeUndefined();
    expect(checker.suggest('Organisatsie')).toBe('Organisatie');
    // A name with capitals of its own (IJ, one inside), not one in capitals alone; a compound the lexicon knows only in its parts.
    expect(['IJselmonde', 'iPhonn', 'Ijssel', 'achteruitgan'].map((word) => checker.suggest(word))).toEqual(['IJsselmonde', 'iPhone', undefined, 'achteruitgaan']);
    // A verb the dictionary builds with a prefix, which the lexicon knows only without it (helper-71: aanpasen got aanpalen).
    expect(['aanpasen', 'uitvoerren', 'meewerkken', 'afgesprooken'].map((word) => checker.suggest(word))).toEqual(['aanpassen', 'uitvoeren', 'meewerken', 'afgesproken']);
  });
});

describe('spelling warnings', () => {
  it('name file, line and field, once per word and file, and skip the names the content itself has and the word list (capitals, spaces and comments aside)', async () => {
    const root = writeTree(
      tmpDir('spelling'),
      withFile(baseline(), {
        collection: 'news',
        name: 'bericht.md',
        data: validNews({ description: 'Een samenvatting over de zorgaanbeider in Delfshaven.', author: 'Gerda Zwartkruis' }),
        body: 'De zorgaanbeider en Gerda Zwartkruis spraken met Laurens over de methode van Krajicek.\n\nNog eens de zorgaanbeider.\n',
      }),
    );
    writeFileSync(path.join(root, 'woordenlijst.txt'), '# geaccepteerd\n  Krajicek   # een naam\n');
    const { entries, texts } = await validateContent(projectRoot, root, { collectText: true });
    const warnings = spellingWarnings(entries, texts, root, 'content/woordenlijst.txt').map(formatProblem);
    expect(warnings).toEqual([
      expect.stringMatching(/news\/bericht\.md:3  description — gevonden: "zorgaanbeider", dat niet in het woordenboek staat; verwacht misschien "zorgaanbieder", of zet het in content\/woordenlijst\.txt als het zo goed is \(een naam, een vakterm\)$/),
    ]);
  });
  it('looks up a suggestion for as many unknown words as it may, and says "een woord uit het woordenboek" for the rest', { timeout: 30_000 }, async () => {
    const root = writeTree(tmpDir('spelling-limit'), withFile(baseline(), { collection: 'news', name: 'bericht.md', data: validNews(), body: 'De organisatsie en de vrijwiligers.\n' }));
    const { entries, texts } = await validateContent(projectRoot, root, { collectText: true });
    const expected = (suggestions: number) => spellingWarnings(entries, texts, root, 'woordenlijst.txt', suggestions).map((w) => /verwacht ([^,]+),/.exec(w.message)?.[1]);
    expect(expected(1)).toEqual(['misschien "organisatie"', 'een woord uit het woordenboek']);
    expect(expected(2)).toEqual(['misschien "organisatie"', 'misschien "vrijwilligers"']);
    expect(expected(0)).toEqual(['een woord uit het woordenboek', 'een woord uit het woordenboek']);
  });
  it('takes as names the words of organisation names, of the titles of networks, projects, pacts and themes, of areas, authors and people; not of a news title', () => {
    const entry = (collection: string, fields: Record<string, unknown>) => ({ collection, fields }) as unknown as CheckedEntry;
    const names = namesOf([
      entry('organisations', { name: 'Stichting Aafje', title: 'Orgtitelwoord' }),
      entry('organisations', { name: '010' }),
      entry('networks', { title: 'Netwerk Hoogvliet' }),
      entry('projects', { title: 'Zorgpad Ommoord' }),
      entry('pacts', { title: 'Pact Rijnmond' }),
      entry('themes', { title: 'Thema Instroom' }),
      entry('news', { title: 'Nieuwstitelwoord', name: 'Nieuwsnaamwoord', area: 'Feijenoord', author: 'Ineke Bakx' }),
      entry('projects', { chair: { name: 'Voorzitter Vos' }, lead: { name: 'Trekker Tak' }, contact: { name: 'Contact Kok' }, source: { name: 'Bron Bos' } }),
    ]);
    expect([...names].sort()).toEqual(
      ['aafje', 'bakx', 'bos', 'bron', 'contact', 'feijenoord', 'hoogvliet', 'ineke', 'instroom', 'kok', 'netwerk', 'ommoord', 'pact', 'rijnmond', 'stichting', 'tak', 'thema', 'trekker', 'vos', 'voorzitter', 'zorgpad'].sort(),
    );
  });
  it('names of organisations, areas and people come from the content', async () => {
    const { entries } = await validateContent(projectRoot, writeTree(tmpDir('spelling-names'), baseline()));
    const names = namesOf(entries);
    expect(names).toContain('laurens');
    expect(names).toContain('delfshaven');
  });
});
