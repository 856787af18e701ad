/** Personal data in content: a private mail address and a mobile number as advice, a BSN as a problem (helper-51, helper-55). */
import { describe, expect, it } from 'vitest';
import { checkEntries } from '../../src/lib/validation/check-entries.ts';
import { ADVICE_PER_FILE, digitsAsShown, passesElevenTest, personalData, personalDataIn, personalDataInBody } from '../../src/lib/validation/privacy.ts';
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
  it('tells a BSN in a table or list whose header or lead-in names it, rows below it, and stops the build (helper-58)', () => {
    const data = validNews({ source: { name: 'Wijkkrant', author: 'Jan de Vries', url: 'https://example.org/a' } });
    const body = 'Deelnemers:\n\n| Naam | BSN | Telefoon |\n| --- | :---: | --- |\n| Jan | 111222333 | 0031 6 12 34 56 78 |\n| Els | 1234.56.782 | 06/12345678 |\n\nBurgerservicenummers van de deelnemers:\n\n- 111222333\n- 123456782\n';
    const told = toldFor({ collection: 'news', name: 'n.md', data, body });
    const BSN = (line: number, number: string) => `content/news/n.md:${line}  inhoud — gevonden: een burgerservicenummer (${number}), dat nooit op een openbare site hoort; verwacht de tekst zonder dat nummer`;
    expect(told.problems).toEqual([BSN(20, '111222333'), BSN(21, '1234.56.782'), BSN(25, '111222333'), BSN(26, '123456782')]);
    expect(told.advice.map((line) => /\((0.*)\)/.exec(line)?.[1])).toEqual(['0031 6 12 34 56 78', '06/12345678']);
  });
  it('reads the text as the page shows it: a BSN with its digits written as HTML entities stops the build', () => {
    const data = validNews({ source: { name: 'Wijkkrant', author: 'Jan de Vries', url: 'https://example.org/a' } });
    expect(toldFor({ collection: 'news', name: 'n.md', data, body: 'Haar BSN is &#49;23456&#x37;82.\n' }).problems).toEqual([
      'content/news/n.md:16  inhoud — gevonden: een burgerservicenummer (123456782), dat nooit op een openbare site hoort; verwacht de tekst zonder dat nummer',
    ]);
  });
  it('reads the digits as the page shows them: other scripts, split by tags or emphasis, turned round by dir="rtl" (helper-62)', () => {
    const stops = (body: string) => personalDataInBody(body).filter((found) => found.stops).map((found) => [found.line, /\((.*?)\)/.exec(found.message)?.[1]]);
    const lines = [
      'BSN <span dir="rtl">456782  123</span> van mevrouw.',
      'BSN 123<wbr>456<wbr/>782.',
      'BSN 123**456**782 en BSN 1_2_3456782.',
      'BSN 12345678２.',
      'BSN 𝟭𝟮𝟯𝟰𝟱𝟲𝟳𝟴𝟮',
      'BSN ١٢٣٤٥٦٧٨٢ of ۱۲۳۴۵۶۷۸۲',
      'BSN <b>123</b>\n<i>456782</i>',
    ];
    expect(stops(lines.join('\n\n'))).toEqual([[0, '123 456782'], [2, '123456782'], [4, '123456782'], [4, '123456782'], [6, '123456782'], [8, '123456782'], [10, '123456782'], [10, '123456782'], [12, '123 456782']]);
    // A mobile number too, and the same reading in a field, where the site shows the value as written.
    expect(personalDataInBody('Bel ０６-１２３４５６７８ of 06<wbr>12345678').map((found) => /\((.*?)\)/.exec(found.message)?.[1])).toEqual(['06-12345678', '0612345678']);
    const pact = { collection: 'pacts' as const, name: 'p.md', data: { title: 'Het pact', description: 'Een pact met een beschrijving die lang genoeg is.', region: 'Regio', themes: ['BSN １２３４５６７８２'] } };
    expect(toldFor(pact).problems).toEqual([expect.stringMatching(/^content\/pacts\/p\.md:\d+  themes\[1\] — gevonden: een burgerservicenummer \(123456782\)/)]);
    // Line ends stay: a tag over two lines leaves its line end, so the next find keeps its line.
    expect(digitsAsShown('a <span\nclass="x">1</span>\nb ٣ ९')).toBe('a  x \n1\nb 3 9');
    // What an attribute holds is read too, as a reader hovering or reading the source meets it (helper-66).
    expect(stops('Contact: <abbr title="Jan de Vries, BSN 111222333">J. de Vries</abbr>.')).toEqual([[0, '111222333']]);
    expect(personalDataInBody("<span title='06-12345678' class=x>bel</span> <abbr title=jan@gmail.com>J</abbr>").map((found) => found.message)).toEqual([
      expect.stringContaining('een mobiel nummer (06-12345678)'),
      expect.stringContaining('jan@gmail.com, een privé-adres'),
    ]);
    // Two values stay two words: a title that names the BSN beside another attribute still names it.
    expect(stops('Nummer: <abbr title="burgerservicenummer" lang="nl">nr.</abbr> 111222333')).toEqual([[0, '111222333']]);
    // A value over two lines keeps its one line end, so a find below it keeps its line.
    expect(stops('<abbr title="Jan\nde Vries">JdV</abbr>\nBSN 111222333')).toEqual([[2, '111222333']]);
    // A line end written as an entity shows as a space, which keeps the BSN's name a word of its own.
    expect(stops('Het BSN&#10;111222333')).toEqual([[0, '111222333']]);
    // Digits that are no BSN stay so: a table's cells are apart, words keep their emphasis marks.
    expect(digitsAsShown('<td>1234</td><td>56782</td> *nadruk* 2_000')).toBe(' 1234  56782  *nadruk* 2000');
  });
  it('reads b.s.n. and B S N as the BSN, and a number alone under a paragraph that names it (helper-62)', () => {
    for (const text of ['b.s.n. 123456782 van mevrouw', 'Haar B S N is 123456782.', 'BSN: 123456782']) expect(personalDataIn(text).map((found) => found.stops), text).toEqual([true]);
    expect(personalDataIn('Type b, s en n: 123456782').map((found) => found.stops)).toEqual([false]);
    const stops = (body: string) => personalDataInBody(body).filter((found) => found.stops).map((found) => found.line);
    expect(stops('Het BSN van de cliënt staat hieronder.\n\n123456782')).toEqual([2]);
    expect(stops('Het BSN van de cliënt staat hieronder.\n\n**123 456 782**')).toEqual([2]);
    expect(stops('Wij vragen geen BSN.\n\nIn 2023 deden 123456782 mensen mee.')).toEqual([]);
    expect(stops('Deelnemers:\n\n123456782')).toEqual([]);
  });
  it('tells the first advice of a file one by one and counts the rest on the line where it starts (helper-62: 1,500 lines)', () => {
    const data = validNews({ source: { name: 'Wijkkrant', author: 'Jan de Vries', url: 'https://example.org/a' } });
    const body = Array.from({ length: 9 }, (_, i) => `Bel 06-1234567${i}.`).join('\n\n') + '\n';
    const advice = adviceFor({ collection: 'news', name: 'n.md', data, body });
    expect(advice).toHaveLength(ADVICE_PER_FILE + 1);
    expect(advice.slice(0, ADVICE_PER_FILE).map((line) => /\((06.*?)\)/.exec(line)?.[1])).toEqual(['06-12345670', '06-12345671', '06-12345672', '06-12345673', '06-12345674']);
    expect(advice.at(-1)).toBe('content/news/n.md:26  inhoud — gevonden: vanaf hier nog 4 nummers of adressen die van een persoon kunnen zijn; verwacht ze niet op de site: bekijk de rest van het bestand');
    const five = Array.from({ length: ADVICE_PER_FILE }, (_, i) => `Bel 06-1234567${i}.`).join('\n\n');
    expect(adviceFor({ collection: 'news', name: 'n.md', data, body: five })).toHaveLength(ADVICE_PER_FILE);
    // One more is said as one (helper-66: "nog 1 nummers of adressen").
    expect(adviceFor({ collection: 'news', name: 'n.md', data, body: `${five}\n\nBel 06-12345679.` }).at(-1)).toBe('content/news/n.md:26  inhoud — gevonden: vanaf hier nog één nummer of adres dat van een persoon kan zijn; verwacht het niet op de site: bekijk de rest van het bestand');
  });
  it('reads the BSN\'s name over a line end, in the ways people write it, every number of the sentence, and in a file name (helper-58)', () => {
    const stops = (body: string) => personalDataInBody(body).filter((found) => found.stops).map((found) => [found.line, /\((.*?)\)/.exec(found.message)?.[1]]);
    expect(stops('Het BSN van mevrouw De Vries, die sinds maart meedoet,\nis 123456782.')).toEqual([[1, '123456782']]);
    for (const text of ['Burger service nummer: 111222333', 'Burgerservicenr. 111222333', 'Sofinr 111222333', 'Sofi-nummer 111222333']) expect(stops(text), text).toEqual([[0, '111222333']]);
    expect(stops('BSN van Jan Jansen, geboren op 12 maart 1965 en sinds 2019 wonend aan de Dorpsweg in Charlois, deelnemer van het eerste uur: 111222333.')).toEqual([[0, '111222333']]);
    expect(stops('De BSN zijn 111222333 en 123456782.')).toEqual([[0, '111222333'], [0, '123456782']]);
    // A number at the start of a line of its block, and a lead-in two empty lines above its list.
    expect(stops('BSN van de deelnemers:\n123456782')).toEqual([[1, '123456782']]);
    expect(stops('Burgerservicenummers:\n\n\n- 111222333')).toEqual([[3, '111222333']]);
    // A list under a paragraph that does not name it, and a paragraph after the lead-in: advice only.
    expect(stops('Deelnemers:\n\n- 111222333')).toEqual([]);
    expect(stops('Burgerservicenummers van de deelnemers:\n\nWe deden mee met 111222333 mensen.')).toEqual([]);
    const data = validNews({ source: { name: 'Wijkkrant', author: 'Jan de Vries', url: 'https://example.org/a' } });
    expect(toldFor({ collection: 'news', name: 'intake-bsn-111222333.md', data, body: 'Tekst.\n' }).problems).toEqual([
      'content/news/intake-bsn-111222333.md:1  bestand — gevonden: in de bestandsnaam een burgerservicenummer (111222333), dat nooit op een openbare site hoort; verwacht de tekst zonder dat nummer',
    ]);
  });
  it('tells what it finds in the order it stands in the text', () => {
    expect(personalDataIn('Bel 0612345678 of geef je BSN 123456782').map((found) => found.message.split(' (')[0])).toEqual(['een mobiel nummer', 'een burgerservicenummer']);
  });
  it('advises on a number of nine digits that passes the eleven test where nothing names the BSN, and never on a longer number', () => {
    expect(personalDataIn('In 2023 deden 123456782 mensen mee')).toEqual([{ message: '123456782, een getal van negen cijfers dat een burgerservicenummer kan zijn (het klopt met de elfproef); verwacht geen BSN op de site: is het er een, haal het dan weg', stops: false, at: 14 }]);
    // Its digits are counted without the spaces between them.
    expect(messages('In 2023 deden 123 456 782 mensen mee')).toEqual(['123 456 782, een getal van negen cijfers dat een burgerservicenummer kan zijn (het klopt met de elfproef); verwacht geen BSN op de site: is het er een, haal het dan weg']);
    // Eight digits pass the test too often to tell without the BSN's name; parts of a longer number are no number.
    for (const text of ['Ons KvK-nummer is 10000008', 'Het kost 1.234.567.890 euro', 'Bel 0031 6 12 34 56 78', 'Het budget is 1234567820', 'Rekening 12 3456 7820']) {
      expect(personalDataIn(text).filter((found) => /negen cijfers|burgerservicenummer \(/.test(found.message)), text).toEqual([]);
    }
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
    expect(personalDataIn('burgerservicenummer 1234.56.782')[0]).toMatchObject({ message: expect.stringContaining('een burgerservicenummer (1234.56.782)'), stops: true });
    expect(personalDataIn('BSN 123456789')).toEqual([]);
    // As people write it (helper-56): dashes, a soft hyphen or Word's dash between the digits, the plural, sofinummer, further on in the sentence.
    for (const text of ['Haar BSN is 1234-56-782', 'BSN 1234\u00AD56782', 'BSN 123\u2011456\u2011782', 'Burgerservicenummers: 123456782 en meer', 'sofinummer 123456782', 'Het burgerservicenummer van mevrouw Jansen uit Delfshaven is 123456782.', 'BSN nr. 123456782']) {
      expect(personalDataIn(text).map((found) => found.stops), text).toEqual([true]);
    }
    // Not across a sentence: a number in the next sentence is another number, only advice.
    expect(personalDataIn('Wij vragen nooit om een BSN. In 2023 deden 123456782 mensen mee.').map((found) => found.stops)).toEqual([false]);
    // A sentence ends after its full stop: a BSN just before it is whole, not cut before its last digit.
    expect(personalDataIn('Haar BSN is 111222333. Bel ons gerust.')).toEqual([{ message: 'een burgerservicenummer (111222333), dat nooit op een openbare site hoort; verwacht de tekst zonder dat nummer', stops: true, at: 12 }]);
    expect(personalDataIn('Bel 010-1234567 of 0612345678')).toEqual([{ message: expect.stringContaining('(0612345678)'), stops: false, at: 19 }]);
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
