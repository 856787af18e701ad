/** Personal data in content: a private mail address and a mobile number as advice, a BSN as a problem (helper-51, helper-55). */
import { describe, expect, it } from 'vitest';
import { checkEntries } from '../../src/lib/validation/check-entries.ts';
import { bsnColumnNumbers, passesElevenTest, personalData, personalDataIn } from '../../src/lib/validation/privacy.ts';
import { formatProblem } from '../../src/lib/validation/problem.ts';
import { baseline, toContentFiles, validNews, withFile } from '../helpers/content.ts';

/** What the personal data check says of one changed file: problems (they stop the build) and advice, in file order. */
const toldFor = (change: Parameters<typeof withFile>[1]) => {
  const { problems, entries } = checkEntries(toContentFiles(withFile(baseline(), change)));
  expect(problems).toEqual([]);
  const found = personalData(entries);
  return { problems: found.problems.map(formatProblem), advice: found.warnings.map(formatProblem) };
};
const adviceFor = (change: Parameters<typeof withFile>[1]) => toldFor(change).advice;
const messages = (text: string) => personalDataIn(text).map((found) => found.message);

describe('personal data in content', () => {
  it('tells a mobile number as advice and a BSN as a problem, each on its line (helper-55: a BSN as advice still went out)', () => {
    const data = validNews({ source: { name: 'Wijkkrant', author: 'Jan de Vries', url: 'https://example.org/a' } });
    const body = 'Bel Jan de Vries op 06-12345678 voor meer.\n\nBSN-nummer cliënt: 123456782.\n\nOf op +31 6 1234 5678.\n';
    expect(toldFor({ collection: 'news', name: 'n.md', data, body })).toEqual({
      problems: ['content/news/n.md:18  inhoud — gevonden: een burgerservicenummer (123456782), dat nooit op een openbare site hoort; verwacht de tekst zonder dat nummer'],
      advice: [
        'content/news/n.md:16  inhoud — gevonden: een mobiel nummer (06-12345678), dat openbaar op de site komt en in de zoekfunctie; verwacht een algemeen nummer van de organisatie; laat dit nummer alleen staan als de persoon daarmee heeft ingestemd',
        'content/news/n.md:20  inhoud — gevonden: een mobiel nummer (+31 6 1234 5678), dat openbaar op de site komt en in de zoekfunctie; verwacht een algemeen nummer van de organisatie; laat dit nummer alleen staan als de persoon daarmee heeft ingestemd',
      ],
    });
  });
  it('tells a BSN in a table\'s BSN column, rows below its header, and stops the build', () => {
    const data = validNews({ source: { name: 'Wijkkrant', author: 'Jan de Vries', url: 'https://example.org/a' } });
    const body = 'Deelnemers:\n\n| Naam | BSN | Wijk |\n| --- | :---: | --- |\n| Jan | 123456782 | Charlois |\n| Els | 1234.56.782 | Delfshaven |\n';
    expect(toldFor({ collection: 'news', name: 'n.md', data, body }).problems).toEqual([
      'content/news/n.md:20  inhoud — gevonden: een burgerservicenummer (123456782) in de kolom "BSN", dat nooit op een openbare site hoort; verwacht de tekst zonder dat nummer',
      'content/news/n.md:21  inhoud — gevonden: een burgerservicenummer (1234.56.782) in de kolom "BSN", dat nooit op een openbare site hoort; verwacht de tekst zonder dat nummer',
    ]);
  });
  it('reads the text as the page shows it: a BSN with its digits written as HTML entities stops the build', () => {
    const data = validNews({ source: { name: 'Wijkkrant', author: 'Jan de Vries', url: 'https://example.org/a' } });
    expect(toldFor({ collection: 'news', name: 'n.md', data, body: 'Haar BSN is &#49;23456&#x37;82.\n' }).problems).toEqual([
      'content/news/n.md:16  inhoud — gevonden: een burgerservicenummer (123456782), dat nooit op een openbare site hoort; verwacht de tekst zonder dat nummer',
    ]);
  });
  it('reads a table\'s BSN column only under its own header, and only numbers there that pass the eleven test', () => {
    const table = (header: string, ...rows: string[]) => [header, '|---|---|', ...rows];
    // Any of the header's names, without pipes at the ends; the other column of the row is no BSN.
    expect(bsnColumnNumbers(table('Burgerservicenummer | Naam', '123456782 | 111222333'))).toEqual([{ line: 2, number: '123456782', header: 'Burgerservicenummer' }]);
    expect(bsnColumnNumbers(table('| Sofinummers | Naam |', '| 12 34 56 782 | Jan |'))).toEqual([{ line: 2, number: '12 34 56 782', header: 'Sofinummers' }]);
    // A number failing the eleven test, a number with text, another header, and a row of the next table: none.
    expect(bsnColumnNumbers(table('| BSN | Naam |', '| 123456789 | Jan |', '| BSN 123456782 | Els |'))).toEqual([]);
    expect(bsnColumnNumbers(table('| Kvk | Naam |', '| 123456782 | Jan |'))).toEqual([]);
    expect(bsnColumnNumbers([...table('| BSN | Naam |'), '', 'Tekst', '', ...table('| Kvk | Naam |', '| 123456782 | Jan |')])).toEqual([]);
    // A table ends at an empty line: a number under it is no cell of the column; up to there a row needs no pipes.
    expect(bsnColumnNumbers([...table('| BSN | Naam |'), '', '| 123456782 | x |'])).toEqual([]);
    expect(bsnColumnNumbers(['| BSN |', '|---|', 'Jan', '123456782'])).toEqual([{ line: 3, number: '123456782', header: 'BSN' }]);
    // A line of dashes under text without a pipe underlines a heading: no table.
    expect(bsnColumnNumbers(['BSN', '---', '123456782'])).toEqual([]);
    expect(bsnColumnNumbers(['---', '123456782'])).toEqual([]);
  });
  it('tells a private address in any email field, in other capitals too, and leaves an organisation\'s alone', () => {
    const pact = (email: string) => ({ collection: 'pacts' as const, name: 'p.md', data: { title: 'Pact Rijnmond', region: 'Rijnmond', description: 'Een pact met een beschrijving die lang genoeg is.', founded: '2020-01-01', contact: { name: 'Jan de Vries', email } } });
    expect(adviceFor(pact('JanDeVries1970@Gmail.com'))).toEqual([
      expect.stringMatching(/^content\/pacts\/p\.md:\d+  contact\.email — gevonden: JanDeVries1970@Gmail\.com, een privé-adres \(gmail\.com\); verwacht een zakelijk e-mailadres van de organisatie, want het komt openbaar op de site$/),
    ]);
    expect(adviceFor(pact('j.devries@laurens.nl'))).toEqual([]);
  });
  it('reads a BSN only where it says so and where the eleven test passes, and a mobile number only as one', () => {
    expect(passesElevenTest('123456782')).toBe(true);
    expect(passesElevenTest('123456789')).toBe(false);
    expect(passesElevenTest('000000000')).toBe(false);
    // Eight digits get a 0 before them; a number of ten digits is no BSN, nor are nine of them; a 0 at either end is fine.
    expect([passesElevenTest('10000008'), passesElevenTest('010000008'), passesElevenTest('1234567820'), passesElevenTest('123456770'), passesElevenTest('011000004')]).toEqual([true, true, false, true, true]);
    expect(personalDataIn('burgerservicenummer 1234.56.782')[0]).toEqual({ message: expect.stringContaining('een burgerservicenummer (1234.56.782)'), stops: true });
    expect(personalDataIn('In 2023 deden 123456782 mensen mee')).toEqual([]);
    expect(personalDataIn('BSN 123456789')).toEqual([]);
    // As people write it (helper-56): dashes, a soft hyphen or Word's dash between the digits, the plural, sofinummer, further on in the sentence.
    for (const text of ['Haar BSN is 1234-56-782', 'BSN 1234\u00AD56782', 'BSN 123\u2011456\u2011782', 'Burgerservicenummers: 123456782 en meer', 'sofinummer 123456782', 'Het burgerservicenummer van mevrouw Jansen uit Delfshaven is 123456782.', 'BSN nr. 123456782']) {
      expect(personalDataIn(text).map((found) => found.stops), text).toEqual([true]);
    }
    // Not across a sentence: a number in the next sentence is another number.
    expect(personalDataIn('Wij vragen nooit om een BSN. In 2023 deden 123456782 mensen mee.')).toEqual([]);
    expect(personalDataIn('Bel 010-1234567 of 0612345678')).toEqual([{ message: expect.stringContaining('(0612345678)'), stops: false }]);
    for (const text of ['Bel 010-1234567', 'Het project kostte 061234567890 euro', 'Nummer 106-12345678', 'Mail info@laurens.nl']) expect(personalDataIn(text), text).toEqual([]);
  });
  it('tells every find of a line, mobile numbers as people write them, and a private address in the text (helper-53)', () => {
    expect(messages('Haar BSN is 123456782 en haar mobiel 06-12345678, of mail [haar](mailto:marieke@Gmail.com)').map((found) => found.split(',')[0])).toEqual([
      'een burgerservicenummer (123456782)',
      'een mobiel nummer (06-12345678)',
      'marieke@Gmail.com',
    ]);
    expect(messages('Bel 06 - 12 34 56 78 of (06) 12345678').map((found) => /\((.*)\),/.exec(found)?.[1])).toEqual(['06 - 12 34 56 78', '(06) 12345678']);
    // Word's non-breaking hyphen and other dashes between the digits (helper-55).
    expect(messages('Bel 06\u201112345678 of 06\u2013 12 34 56 78').map((found) => /\((.*)\),/.exec(found)?.[1])).toEqual(['06\u201112345678', '06\u2013 12 34 56 78']);
  });
});
