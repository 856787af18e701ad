/** Spelling as advice: unknown words with a suggestion; names, compounds and the reviewed word list pass. */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { validateContent } from '../../src/lib/validation/index.ts';
import { formatProblem } from '../../src/lib/validation/problem.ts';
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
  it('knows the accepted words, whatever their capitals', () => {
    expect(checker.isKnown('Korajlic')).toBe(true);
  });
  it('does not know a misspelling, and suggests the word', { timeout: 30_000 }, () => {
    expect(checker.isKnown('organisatsie')).toBe(false);
    expect(checker.suggest('organisatsie')).toBe('organisatie');
    expect(checker.isKnown('vrijwiligers')).toBe(false);
    expect(checker.suggest('vrijwiligers')).toBe('vrijwilligers');
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
  it('names of organisations, areas and people come from the content', async () => {
    const { entries } = await validateContent(projectRoot, writeTree(tmpDir('spelling-names'), baseline()));
    const names = namesOf(entries);
    expect(names).toContain('laurens');
    expect(names).toContain('delfshaven');
  });
});
