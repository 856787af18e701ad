/**
 * The message of a field the schema refuses (`field-messages.ts`), at the edges of each tip: what an
 * editor reads for a number written the Dutch way, a list on one line, fields that lost their
 * indentation, a photo or source written as text. Through `checkEntries`, so with file and line.
 */
import { describe, expect, it } from 'vitest';
import { checkEntries } from '../../src/lib/validation/check-entries.ts';
import { amountOrMeasure, approximate } from '../../src/lib/validation/field-messages.ts';
import { formatProblem } from '../../src/lib/validation/problem.ts';
import { baseline, markdown, toContentFiles, validProject, withFile } from '../helpers/content.ts';

const NEWS_FIELDS = 'title: Een bericht uit Delfshaven\ndescription: Een samenvatting van minstens twintig tekens.\ndate: 2023-11-29\ncategory: netwerk';

/** The problems of a news item whose frontmatter is these lines. */
const newsWith = (lines: string) => checkEntries(toContentFiles(withFile(baseline(), { collection: 'news', name: 'bericht.md', data: `---\n${lines}\n---\n` }))).problems.map(formatProblem);

/** The problems of the project with its key figure's value written so (line 15). */
const valueWritten = (written: string) =>
  checkEntries(toContentFiles(withFile(baseline(), { collection: 'projects', name: 'proefproject.md', data: markdown(validProject()).replace('value: 30', `value: ${written}`) }))).problems.map(formatProblem);

const VALUE = 'content/projects/proefproject.md:15  figures[1].value — gevonden:';

const PACT_FIELDS = 'title: Zorgpact Flevoland\nregion: Flevoland\ndescription: Een pact met een beschrijving die lang genoeg is.';

/** The problems of a pact with these lines below its title, region and description (line 5 on). */
const pactWith = (lines: string) => checkEntries(toContentFiles(withFile(baseline(), { collection: 'pacts', name: 'pact-flevoland.md', data: `---\n${PACT_FIELDS}\n${lines}\n---\n` }))).problems.map(formatProblem);

describe('a number written the Dutch way', () => {
  it('gets the comma tip for any number of decimals, and the figure without the spaces typed inside quotes', () => {
    expect(valueWritten('12,50')).toEqual([`${VALUE} 12,50, met een komma; verwacht een punt als decimaalteken: value: 12.50`]);
    expect(valueWritten("'12,5'")).toEqual([`${VALUE} "12,5", een getal tussen aanhalingstekens (dan is het tekst); verwacht het getal zonder aanhalingstekens en met een punt als decimaalteken: value: 12.5`]);
    expect(valueWritten('" 12,5 "')).toEqual([`${VALUE} " 12,5 ", een getal tussen aanhalingstekens (dan is het tekst); verwacht het getal zonder aanhalingstekens en met een punt als decimaalteken: value: 12.5`]);
    // A block (|) keeps its line end, which the tip leaves out.
    expect(valueWritten('|\n      12,5')).toEqual([`${VALUE} 12,5, met een komma; verwacht een punt als decimaalteken: value: 12.5`]);
    // Without a comma, the block alone made it text: no comma is told that is not there (helper-70).
    expect(valueWritten('|\n      1200')).toEqual([`${VALUE} 1200 als tekstblok (met | of > erboven); verwacht het getal direct achter value: op dezelfde regel: value: 1200`]);
  });
  it('gets no comma tip with a word before the number, which is no number at all; an amount is told as value and unit', () => {
    expect(valueWritten('€12,50')).toEqual([`${VALUE} "€12,50", een bedrag; verwacht alleen het getal in cijfers, value: 12.5, en unit: euro in plaats van unit: personen (de site schrijft het bedrag dan als € 12,50)`]);
    expect(valueWritten('nog onbekend')).toEqual([`${VALUE} "nog onbekend"; verwacht een getal, zoals 30 of 12.5 (punt als decimaalteken)`]);
    // Thousands with a dot before a unit, as Dutch writes them: the number without the dot.
    expect(valueWritten('1.200 personen')).toEqual([`${VALUE} "1.200 personen", een getal met een woord erachter; verwacht alleen het getal in cijfers, value: 1200; de eenheid staat er al (unit: personen)`]);
  });
  it('gets the percent tip for a decimal with a space before %, and not for a range or a sentence', () => {
    expect(valueWritten('12,25 %')).toEqual([`${VALUE} 12,25 %, een getal met een procentteken; verwacht alleen het getal, value: 12.25, en het procentteken als eenheid op een eigen regel: unit: "%"`]);
    for (const written of ['±20%', '20%-30%', '20% van de deelnemers']) {
      expect(valueWritten(written), written).toEqual([`${VALUE} "${written}"; verwacht een getal, zoals 30 of 12.5 (punt als decimaalteken)`]);
    }
  });
  it('is no number tip where a number is not wanted: "1" or 100% for yes or no, a date where a category belongs', () => {
    expect(newsWith(`${NEWS_FIELDS}\ndraft: "1"`)).toEqual(['content/news/bericht.md:6  draft — gevonden: "1" tussen aanhalingstekens (dan is het tekst); verwacht true (ja) of false (nee), zonder aanhalingstekens']);
    expect(newsWith(`${NEWS_FIELDS}\ndraft: 100%`)).toEqual(['content/news/bericht.md:6  draft — gevonden: 100% (tekst); verwacht true (ja) of false (nee)']);
    // Only a quote at the start makes the value quoted text; one further on is part of the text.
    expect(newsWith(`${NEWS_FIELDS}\ndraft: ja'`)).toEqual(["content/news/bericht.md:6  draft — gevonden: ja' (tekst); verwacht true (ja) of false (nee)"]);
    // A block (|) keeps its line end: not shown.
    expect(newsWith(`${NEWS_FIELDS}\ndraft: |\n  ja\n`)).toEqual(['content/news/bericht.md:6  draft — gevonden: ja (tekst); verwacht true (ja) of false (nee)']);
    expect(newsWith(NEWS_FIELDS.replace('category: netwerk', 'category: 29-11-2023'))).toEqual([
      'content/news/bericht.md:5  category — gevonden: "29-11-2023"; verwacht één van: netwerk, arbeidsmarkt, onderwijs, inclusie, beleid, samenwerking',
    ]);
  });
});

describe('an approximate figure (approximate)', () => {
  it.each([
    ['ongeveer 30', { value: 30, word: 'ongeveer' }],
    ['Ca. 1.200', { value: 1200, word: 'ca.' }],
    ['ca 12,5', { value: 12.5, word: 'ca' }],
    ['ruim 40', { value: 40, word: 'ruim' }],
    ['meer dan 20', { value: 20, word: 'meer dan' }],
    ["zo'n 30", { value: 30, word: "zo'n" }],
    ['30+', { value: 30, word: 'meer dan' }],
    [' 1.500 + ', { value: 1500, word: 'meer dan' }],
  ])('reads "%s"', (written, read) => {
    expect(approximate(written)).toEqual(read);
  });
  it.each(['30', 'ongeveer', 'ongeveer dertig', '20 tot 30', 'van 30', '+30'])('reads nothing in "%s"', (written) => {
    expect(approximate(written)).toBeUndefined();
  });
  it('tells the number and where the word goes, in one round', () => {
    expect(valueWritten('ruim 1.200')).toEqual([`${VALUE} "ruim 1.200"; verwacht alleen het getal in cijfers, value: 1200, en "ruim" in het label als dat ertoe doet (de site toont alleen het getal)`]);
    expect(valueWritten('1,5 miljoen')).toEqual([`${VALUE} "1,5 miljoen", een getal met miljoen erachter; verwacht alleen het getal in cijfers, value: 1500000`]);
  });
});

describe('a list on one line of fixed choices', () => {
  it('is told with the choices meant, so following it takes no second round (helper-39)', () => {
    expect(newsWith(`${NEWS_FIELDS}\nnetworks: Delfshaven, Feyenoord, Kralingen Crooswijk`)).toEqual([
      'content/news/bericht.md:6  networks — gevonden: "Delfshaven, Feyenoord, Kralingen Crooswijk" op één regel; verwacht een lijst: elke waarde op een eigen regel onder networks:, met twee spaties en "- " ervoor, zoals "  - delfshaven", of op één regel tussen [ en ]: networks: [delfshaven, feijenoord, kralingen-crooswijk]',
    ]);
    const project = checkEntries(toContentFiles(withFile(baseline(), { collection: 'projects', name: 'proefproject.md', data: markdown(validProject()).replace(/targetGroups:\n(  - .*\n)+/, 'targetGroups: statushouders, langdurig werklozen, jongere\n') }))).problems.map(formatProblem);
    expect(project.join('\n')).toContain('of op één regel tussen [ en ]: targetGroups: [statushouders, langdurig-werklozen, jongeren]');
  });
  it('parts choices with a dash by the spaces between them, as it parts file names', () => {
    const project = checkEntries(toContentFiles(withFile(baseline(), { collection: 'projects', name: 'proefproject.md', data: markdown(validProject()).replace(/targetGroups:\n(  - .*\n)+/, 'targetGroups: langdurig-werklozen jongeren\n') }))).problems.map(formatProblem);
    expect(project).toEqual([
      'content/projects/proefproject.md:11  targetGroups — gevonden: "langdurig-werklozen jongeren" op één regel; verwacht een lijst: elke waarde op een eigen regel onder targetGroups:, met twee spaties en "- " ervoor, zoals "  - langdurig-werklozen", of op één regel tussen [ en ]: targetGroups: [langdurig-werklozen, jongeren]',
    ]);
  });
  it('offers the networks\' names for networks only, not for the names of other pages', () => {
    expect(newsWith(`${NEWS_FIELDS}\norganisations: Feyenoord, laurens`)[0]).toContain('of op één regel tussen [ en ]: organisations: [feyenoord, laurens]');
  });
});

describe('a label before a web address', () => {
  it('is told with the address alone, once, not to be quoted (helper-39: quoting it led to a second round)', () => {
    expect(newsWith(`${NEWS_FIELDS}\nsource:\n  name: Rijnmond\n  url: Bron: https://www.rijnmond.nl/nieuws`)).toEqual([
      'content/news/bericht.md:8  source.url — gevonden: "Bron: https://www.rijnmond.nl/nieuws", met tekst voor het webadres; verwacht alleen het webadres: url: https://www.rijnmond.nl/nieuws',
    ]);
    // Quoted, it is text before the address, told once as well.
    expect(newsWith(`${NEWS_FIELDS}\nsource:\n  name: Rijnmond\n  url: "Bron: https://www.rijnmond.nl/nieuws"`)).toEqual([
      'content/news/bericht.md:8  source.url — gevonden: "Bron: https://www.rijnmond.nl/nieuws"; verwacht alleen het webadres, zonder tekst ervoor: https://www.rijnmond.nl/nieuws',
    ]);
    // In a text field a colon before an address is the text's own: quote it.
    expect(newsWith(`${NEWS_FIELDS.replace('description: Een samenvatting van minstens twintig tekens.', 'description: Meer weten: https://www.rijnmond.nl/nieuws')}`)[0]).toContain('verwacht de tekst tussen aanhalingstekens');
  });
});

describe('a figure written as people write it (amountOrMeasure)', () => {
  const amount = (value: number) => ({ what: 'een bedrag', value, unit: 'euro', unitWhat: 'euro' });
  const measure = (value: number, unit: string) => ({ what: 'een getal met een woord erachter', value, unit, unitWhat: 'het woord' });
  it.each([
    ['€ 1,5 miljoen', amount(1_500_000)],
    ['€12,50', amount(12.5)],
    ['12.500 euro', amount(12_500)],
    ['€ 1.234.567,89', amount(1_234_567.89)],
    ['EUR 250', amount(250)],
    ['euro 3', amount(3)],
    ['-3 euro', amount(-3)],
    ['5k €', amount(5000)],
    ['2 mln. euro', amount(2_000_000)],
    ['3 Duizend euro', amount(3000)],
    ['1,5 MILJARD eur', amount(1_500_000_000)],
    [' 45 personen ', measure(45, 'personen')],
    ['45  personen', measure(45, 'personen')],
    ['1.200 deelnemers', measure(1200, 'deelnemers')],
    ['12.500 deelnemers', measure(12_500, 'deelnemers')],
    ['2,25 fte', measure(2.25, 'fte')],
    ['12 uur per week', measure(12, 'uur per week')],
    ['5 eurocent', measure(5, 'eurocent')],
    ['€12.500,-', amount(12_500)],
    ['1,5 miljoen', { what: 'een getal met miljoen erachter', value: 1_500_000 }],
    ['2 Miljoen', { what: 'een getal met Miljoen erachter', value: 2_000_000 }],
  ])('reads "%s"', (written, read) => {
    expect(amountOrMeasure(written)).toEqual(read);
  });
  // A word before the number (approximate, told apart), or no word: no figure to suggest.
  it('reads nothing in a value longer than any figure, at once (helper-40: 4,000 spaces took 18 s)', () => {
    expect(amountOrMeasure(`1${' '.repeat(4000)}x`)).toBeUndefined();
    expect(approximate(`ongeveer${' '.repeat(4000)}30`)).toBeUndefined();
    expect(amountOrMeasure(`€ ${'1'.repeat(59)}`)).toBeUndefined();
  });
  it('still reads a figure of sixty characters, the most it reads', () => {
    expect(amountOrMeasure(`€${' '.repeat(57)}12`)).toEqual(amount(12));
    expect(approximate(`ongeveer${' '.repeat(50)}30`)).toEqual({ value: 30, word: 'ongeveer' });
  });
  it.each(['12', 'ongeveer 30', '€ 5 per uur', 'eurocent 3', '12,5%', '1.20 euro'])('reads nothing in "%s"', (written) => {
    expect(amountOrMeasure(written)).toBeUndefined();
  });
});

describe('a list written on one line', () => {
  it('leaves out the empty value after a last comma, and shows an empty example for empty text', () => {
    expect(newsWith(`${NEWS_FIELDS}\nnetworks: delfshaven, charlois,`)).toEqual([
      'content/news/bericht.md:6  networks — gevonden: "delfshaven, charlois," op één regel; verwacht een lijst: elke waarde op een eigen regel onder networks:, met twee spaties en "- " ervoor, zoals "  - delfshaven", of op één regel tussen [ en ]: networks: [delfshaven, charlois]',
    ]);
    // Names with dashes and spaces between them are several names (helper-42: one name was made of them, and one was lost).
    expect(newsWith(`${NEWS_FIELDS}\norganisations: gemeente-rotterdam laurens`)[0]).toContain('of op één regel tussen [ en ]: organisations: [gemeente-rotterdam, laurens]');
    expect(newsWith(`${NEWS_FIELDS}\nnetworks: hoek-van-holland charlois`)[0]).toContain('networks: [hoek-van-holland, charlois]');
    // A name of words without dashes stays one name, as the site writes it.
    expect(newsWith(`${NEWS_FIELDS}\norganisations: Gemeente Rotterdam`)[0]).toContain('organisations: [gemeente-rotterdam]');
    // More than one space between names leaves no empty name.
    expect(newsWith(`${NEWS_FIELDS}\norganisations: laurens, gemeente-rotterdam  pameijer`)[0]).toContain('organisations: [laurens, gemeente-rotterdam, pameijer]');
    expect(newsWith(`${NEWS_FIELDS}\nnetworks: ""`)).toEqual([
      'content/news/bericht.md:6  networks — gevonden: lege tekst op één regel; verwacht een lijst: elke waarde op een eigen regel onder networks:, met twee spaties en "- " ervoor, zoals "  - ", of op één regel tussen [ en ]: networks: []',
    ]);
  });
});

describe('a list of free text written on one line', () => {
  it('keeps a value with a dash and spaces whole, as written, and parts values by a dash at the very start too', () => {
    const themes = (written: string, values: string) =>
      `content/pacts/pact-flevoland.md:5  themes — gevonden: "${written}" op één regel; verwacht een lijst: elke waarde op een eigen regel onder themes:, met twee spaties en "- " ervoor, zoals "  - ${values.split(', ')[0]}", of op één regel tussen [ en ]: themes: [${values}]`;
    expect(pactWith('themes: Sociaal-economische ontwikkeling, Werk')).toEqual([themes('Sociaal-economische ontwikkeling, Werk', 'Sociaal-economische ontwikkeling, Werk')]);
    expect(pactWith('themes: – Werk – Zorg')).toEqual([themes('– Werk – Zorg', 'Werk, Zorg')]);
  });
});

describe('fields that belong under another field', () => {
  it('asks for the required sub-fields only, with an example of their own, when a source is written as text or left empty', () => {
    expect(newsWith(`${NEWS_FIELDS}\nsource: NOS`)).toEqual([
      'content/news/bericht.md:6  source — gevonden: "NOS" direct achter source:; verwacht name op eigen regels onder source, met twee spaties ervoor, zoals "  name: …"',
    ]);
    // A web address: told as the source's url, with its name beside it (helper-42: following the message put it under name).
    expect(newsWith(`${NEWS_FIELDS}\nsource: https://www.rijnmond.nl/nieuws/banenmarkt`)).toEqual([
      'content/news/bericht.md:6  source — gevonden: het webadres "https://www.rijnmond.nl/nieuws/banenmarkt" direct achter source:; verwacht het onder source als url, met twee spaties ervoor: "  url: https://www.rijnmond.nl/nieuws/banenmarkt", en daarbij "  name: …"',
    ]);
    expect(newsWith(`${NEWS_FIELDS}\nsource: www.rijnmond.nl`)[0]).toContain('verwacht het onder source als url, met twee spaties ervoor: "  url: https://www.rijnmond.nl"');
    expect(newsWith(`${NEWS_FIELDS}\nsource: Rijnmond, https://www.rijnmond.nl`)[0]).toContain('verwacht name op eigen regels onder source');
    const pact = `---\ntitle: Zorgpact Flevoland\nregion: Flevoland\ndescription: Een pact met een beschrijving die lang genoeg is.\ncontact: Jan Krol\n---\n`;
    // A contact has no required sub-field: its first two are shown.
    expect(checkEntries(toContentFiles(withFile(baseline(), { collection: 'pacts', name: 'pact-flevoland.md', data: pact }))).problems.map(formatProblem)).toEqual([
      'content/pacts/pact-flevoland.md:5  contact — gevonden: "Jan Krol" direct achter contact:; verwacht name en email op eigen regels onder contact, met twee spaties ervoor, zoals "  name: …" en "  email: …"',
    ]);
    // A name and an e-mail address as a mail program writes them: both fields, filled in (helper-42).
    const pactWith = (line: string) => checkEntries(toContentFiles(withFile(baseline(), { collection: 'pacts', name: 'pact-flevoland.md', data: pact.replace('contact: Jan Krol', line) }))).problems.map(formatProblem);
    expect(pactWith('contact: Jan de Vries <jan.devries@wmoradar.nl>')).toEqual([
      'content/pacts/pact-flevoland.md:5  contact — gevonden: "Jan de Vries <jan.devries@wmoradar.nl>" direct achter contact:; verwacht de naam en het e-mailadres elk op een eigen regel onder contact, met twee spaties ervoor: "  name: Jan de Vries" en "  email: jan.devries@wmoradar.nl"',
    ]);
    expect(pactWith('contact: "Jan de Vries, jan@wmoradar.nl"')[0]).toContain('"  name: Jan de Vries" en "  email: jan@wmoradar.nl"');
    expect(pactWith('contact: jan@wmoradar.nl')[0]).toContain('verwacht het e-mailadres op een eigen regel onder contact, met twee spaties ervoor: "  email: jan@wmoradar.nl"');
    // Where the field holds no e-mail address (a pact's chair, a project's contact person), the name is filled in and the address left out.
    expect(pactWith('chair: Jan Krol <jan@krol.nl>')).toEqual([
      'content/pacts/pact-flevoland.md:5  chair — gevonden: "Jan Krol <jan@krol.nl>" direct achter chair:; verwacht de naam op een eigen regel onder chair, met twee spaties ervoor: "  name: Jan Krol" (een e-mailadres heeft chair hier niet: alleen name, role en organisation)',
    ]);
    expect(newsWith(`${NEWS_FIELDS}\nsource:`)).toEqual([
      'content/news/bericht.md:6  source — gevonden: source: zonder velden eronder; verwacht name op eigen regels onder source, met twee spaties ervoor, zoals "  name: …"',
    ]);
  });
  it('tells a source as its url only where the value is one web address, http too, and shows it without the spaces typed around it', () => {
    const asUrl = (found: string, url: string) => `content/news/bericht.md:6  source — gevonden: het webadres "${found}" direct achter source:; verwacht het onder source als url, met twee spaties ervoor: "  url: ${url}", en daarbij "  name: …"`;
    expect(newsWith(`${NEWS_FIELDS}\nsource: http://www.rijnmond.nl`)).toEqual([asUrl('http://www.rijnmond.nl', 'http://www.rijnmond.nl')]);
    expect(newsWith(`${NEWS_FIELDS}\nsource: " https://www.rijnmond.nl "`)).toEqual([asUrl(' https://www.rijnmond.nl ', 'https://www.rijnmond.nl')]);
    expect(newsWith(`${NEWS_FIELDS}\nsource: " www.rijnmond.nl"`)[0]).toContain('"  url: https://www.rijnmond.nl"');
    // An address with a word after it or glued before it is no url alone: the name is asked for.
    for (const written of ['https://www.rijnmond.nl Rijnmond', 'Rijnmond:https://www.rijnmond.nl']) {
      expect(newsWith(`${NEWS_FIELDS}\nsource: ${written}`), written).toEqual([`content/news/bericht.md:6  source — gevonden: "${written}" direct achter source:; verwacht name op eigen regels onder source, met twee spaties ervoor, zoals "  name: …"`]);
    }
  });
  it('reads the name beside an e-mail address without the signs and spaces around it, and finds no e-mail address in a photo', () => {
    const both = (found: string, name: string) => `content/pacts/pact-flevoland.md:5  contact — gevonden: "${found}" direct achter contact:; verwacht de naam en het e-mailadres elk op een eigen regel onder contact, met twee spaties ervoor: "  name: ${name}" en "  email: jan@wmoradar.nl"`;
    expect(pactWith('contact: jan@wmoradar.nl, Jan de Vries')).toEqual([both('jan@wmoradar.nl, Jan de Vries', 'Jan de Vries')]);
    expect(pactWith('contact: Jan  de Vries <jan@wmoradar.nl>')).toEqual([both('Jan de Vries <jan@wmoradar.nl>', 'Jan de Vries')]);
    // The address between two words parts them.
    expect(pactWith('contact: Jan de Vries<jan@wmoradar.nl>Wmo Radar')).toEqual([both('Jan de Vries<jan@wmoradar.nl>Wmo Radar', 'Jan de Vries Wmo Radar')]);
    // A photo's file name with an @ (foto@2x.jpg) is a photo, told as one.
    expect(newsWith(`${NEWS_FIELDS}\nimage: foto@2x.jpg`)).toEqual([
      'content/news/bericht.md:6  image — gevonden: "foto@2x.jpg" direct achter image:; verwacht src en alt op eigen regels onder image, met twee spaties ervoor, zoals "  src: ./foto.jpg" en "  alt: wat er op de foto te zien is"',
    ]);
  });
  it('names three sub-fields that lost their indentation, and finds their field on the first line too', () => {
    const pact = (lines: string) =>
      checkEntries(toContentFiles(withFile(baseline(), { collection: 'pacts', name: 'pact-flevoland.md', data: `---\n${lines}\n---\n` }))).problems.map(formatProblem);
    const fields = 'title: Zorgpact Flevoland\nregion: Flevoland\ndescription: Een pact met een beschrijving die lang genoeg is.';
    expect(pact(`${fields}\nchair:\nname: Jan Krol\nrole: Voorzitter\norganisation: laurens`)).toEqual([
      'content/pacts/pact-flevoland.md:5  chair — gevonden: chair: zonder velden eronder (name, role en organisation staan niet ingesprongen); verwacht name, role en organisation onder chair, met twee spaties ervoor, zoals "  name: …"',
      'content/pacts/pact-flevoland.md:6  name — gevonden: name zonder inspringen, los van chair erboven; verwacht name onder chair, met twee spaties ervoor',
      'content/pacts/pact-flevoland.md:7  role — gevonden: role zonder inspringen, los van chair erboven; verwacht role onder chair, met twee spaties ervoor',
      'content/pacts/pact-flevoland.md:8  organisation — gevonden: organisation zonder inspringen, los van chair erboven; verwacht organisation onder chair, met twee spaties ervoor',
    ]);
    expect(newsWith(`source:\nname: NOS\n${NEWS_FIELDS}`)).toEqual([
      'content/news/bericht.md:2  source — gevonden: source: zonder velden eronder (name staat niet ingesprongen); verwacht name onder source, met twee spaties ervoor, zoals "  name: …"',
      'content/news/bericht.md:3  name — gevonden: name zonder inspringen, los van source erboven; verwacht name onder source, met twee spaties ervoor',
    ]);
    // A lost sub-field is no typo of a field of the item (name is two letters from date): a missing date is still told.
    expect(newsWith(`source:\nname: NOS\n${NEWS_FIELDS.replace('date: 2023-11-29\n', '')}`)).toEqual([
      'content/news/bericht.md:1  date — gevonden: niets (het veld ontbreekt); verwacht een datum als 2023-11-29 (jaar-maand-dag)',
      'content/news/bericht.md:2  source — gevonden: source: zonder velden eronder (name staat niet ingesprongen); verwacht name onder source, met twee spaties ervoor, zoals "  name: …"',
      'content/news/bericht.md:3  name — gevonden: name zonder inspringen, los van source erboven; verwacht name onder source, met twee spaties ervoor',
    ]);
  });
  it('names no field above an unknown field that has no such sub-field, and counts an unknown field as no lost sub-field', () => {
    expect(newsWith(`${NEWS_FIELDS}\nimage:\nurl: https://example.org`)).toEqual([
      'content/news/bericht.md:6  image — gevonden: image: zonder velden eronder; verwacht src en alt op eigen regels onder image, met twee spaties ervoor, zoals "  src: ./foto.jpg" en "  alt: wat er op de foto te zien is"',
      'content/news/bericht.md:7  url — gevonden: het veld "url", dat de site niet kent; verwacht een veld uit de lijst; deze velden kan dit bestand hebben: title, description, date, updated, category, tags, networks, pacts, projects, organisations, author, source, image, draft',
    ]);
    // author is a field of the news item too: written at the margin it is the item's own.
    expect(newsWith(`${NEWS_FIELDS}\nsource:\nurl: https://example.org\nrating: 3\nauthor: Jan Krol`)).toEqual([
      'content/news/bericht.md:6  source — gevonden: source: zonder velden eronder (url staat niet ingesprongen); verwacht url onder source, met twee spaties ervoor, zoals "  name: …"',
      'content/news/bericht.md:7  url — gevonden: url zonder inspringen, los van source erboven; verwacht url onder source, met twee spaties ervoor',
      'content/news/bericht.md:8  rating — gevonden: het veld "rating", dat de site niet kent; verwacht een veld uit de lijst; deze velden kan dit bestand hebben: title, description, date, updated, category, tags, networks, pacts, projects, organisations, author, source, image, draft',
    ]);
  });
  it('puts the fields of a list item after "- ", and of the frontmatter on their own lines, never under a field without a name', () => {
    const figures = (lines: string) =>
      checkEntries(toContentFiles(withFile(baseline(), { collection: 'projects', name: 'proefproject.md', data: markdown(validProject()).replace(/figures:[\s\S]*?(?=\n---)/, lines) }))).problems.map(formatProblem);
    const itemFields = 'verwacht label, value en kind op eigen regels, het eerste achter "- ", zoals "  - label: …" en "    value: …" en "    kind: …"';
    expect(figures('figures:\n  - 30 deelnemers')).toEqual([`content/projects/proefproject.md:14  figures[1] — gevonden: "30 deelnemers" als item 1 van figures; ${itemFields}`]);
    expect(figures('figures:\n  -')).toEqual([`content/projects/proefproject.md:14  figures[1] — gevonden: een leeg item 1 van figures; ${itemFields}`]);
    // Text between the two --- lines instead of fields.
    expect(newsWith('Een bericht over de nieuwe leerwerkplekken.')).toEqual([
      'content/news/bericht.md:1  opmaak — gevonden: "Een bericht over de nieuwe leerwerkplekken." in plaats van velden; verwacht de velden elk op een eigen regel, zoals "title: …" en "description: …" en "date: …"',
    ]);
  });
  it('finds the field a sub-field lost its indentation under when that field has sub-fields already, and only above it', () => {
    // The last line of the source block not indented.
    expect(newsWith(`${NEWS_FIELDS}\nsource:\n  name: NOS\nurl: https://nos.nl/artikel`)).toEqual([
      'content/news/bericht.md:8  url — gevonden: url zonder inspringen, los van source erboven; verwacht url onder source, met twee spaties ervoor',
    ]);
    expect(newsWith(`${NEWS_FIELDS}\nimage: ./foto.jpg\nalt: Twee mensen aan een tafel`)).toEqual([
      'content/news/bericht.md:6  image — gevonden: "./foto.jpg" direct achter image:; verwacht src en alt op eigen regels onder image, met twee spaties ervoor, zoals "  src: ./foto.jpg" en "  alt: wat er op de foto te zien is"',
      'content/news/bericht.md:7  alt — gevonden: alt zonder inspringen, los van image erboven; verwacht alt onder image, met twee spaties ervoor',
    ]);
    // Not a field that holds that sub-field already, nor one written below it.
    const unknownUrl = 'gevonden: het veld "url", dat de site niet kent; verwacht een veld uit de lijst; deze velden kan dit bestand hebben: title, description, date, updated, category, tags, networks, pacts, projects, organisations, author, source, image, draft';
    expect(newsWith(`${NEWS_FIELDS}\nsource:\n  name: NOS\n  url: https://nos.nl/a\nurl: https://nos.nl/b`)).toEqual([`content/news/bericht.md:9  url — ${unknownUrl}`]);
    expect(newsWith(`${NEWS_FIELDS}\nurl: https://nos.nl/artikel\nsource:`)).toEqual([
      'content/news/bericht.md:7  source — gevonden: source: zonder velden eronder; verwacht name op eigen regels onder source, met twee spaties ervoor, zoals "  name: …"',
      `content/news/bericht.md:6  url — ${unknownUrl}`,
    ]);
  });
});
