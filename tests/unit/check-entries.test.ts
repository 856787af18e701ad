import { describe, expect, it } from 'vitest';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { readTags } from '../../src/lib/tags.ts';
import { checkEntries, fieldName } from '../../src/lib/validation/check-entries.ts';
import { misleadingSources } from '../../src/lib/validation/index.ts';
import { closest } from '../../src/lib/validation/field-messages.ts';
import { dateMessage } from '../../src/lib/validation/date-tips.ts';
import { formatProblem, formatReport } from '../../src/lib/validation/problem.ts';
import { baseline, markdown, toContentFiles, validNews, validProject, withFile, type FixtureFile } from '../helpers/content.ts';
import { z } from 'astro/zod';
import { buildSchemas } from '../../src/lib/schemas.ts';

/** The formatted problems of the baseline with one file changed. */
function problemsWith(change: FixtureFile, remove = false): string[] {
  return checkEntries(toContentFiles(withFile(baseline(), change, remove))).problems.map(formatProblem);
}

const news = (over: Record<string, unknown>, name = 'bericht.md'): FixtureFile => ({ collection: 'news', name, data: validNews(over) });
const project = (over: Record<string, unknown>): FixtureFile => ({ collection: 'projects', name: 'proefproject.md', data: validProject(over) });

describe('the valid baseline', () => {
  it('has no problems and yields every entry', () => {
    const { problems, entries } = checkEntries(toContentFiles(baseline()));
    expect(problems).toEqual([]);
    expect(entries).toHaveLength(baseline().length);
    expect(entries.find((e) => e.id === 'bericht')?.data?.date).toEqual(new Date('2023-11-29T00:00:00Z'));
  });
});

describe('news', () => {
  it('requires a title and names the line of the frontmatter', () => {
    const { title: _omit, ...rest } = validNews();
    expect(problemsWith({ collection: 'news', name: 'bericht.md', data: rest })).toEqual([
      'content/news/bericht.md:1  title — gevonden: niets (het veld ontbreekt); verwacht tekst van 5 tot 140 tekens',
    ]);
  });
  it('limits the title to 5–140 characters', () => {
    expect(problemsWith(news({ title: 'Kort' }))).toEqual(['content/news/bericht.md:2  title — gevonden: "Kort"; verwacht minstens 5 tekens (nu 4)']);
    expect(problemsWith(news({ title: 'x'.repeat(141) }))[0]).toMatch(/title — gevonden: "x+…"; verwacht hoogstens 140 tekens \(nu 141\)$/);
  });
  it('limits the description to 20–300 characters', () => {
    expect(problemsWith(news({ description: 'Te kort.' }))).toEqual([
      'content/news/bericht.md:3  description — gevonden: "Te kort."; verwacht minstens 20 tekens (nu 8)',
    ]);
  });
  it('wants an ISO date and shows what was written', () => {
    expect(problemsWith(news({ date: '29-11-2023' }))).toEqual([
      'content/news/bericht.md:4  date — gevonden: "29-11-2023" (dag-maand-jaar); verwacht jaar-maand-dag: 2023-11-29',
    ]);
    expect(problemsWith(news({ date: '2023-02-30' }))[0]).toContain('date — gevonden: "2023-02-30", maar februari 2023 heeft 28 dagen; verwacht een datum');
  });
  it('accepts a date quoted or unquoted', () => {
    const text = markdown(validNews()).replace(/^date: .*$/m, 'date: "2023-11-29"');
    expect(problemsWith({ collection: 'news', name: 'bericht.md', data: text })).toEqual([]);
  });
  it('allows only the six categories', () => {
    expect(problemsWith(news({ category: 'sport' }))).toEqual([
      'content/news/bericht.md:5  category — gevonden: "sport"; verwacht één van: netwerk, arbeidsmarkt, onderwijs, inclusie, beleid, samenwerking',
    ]);
  });
  it('wants tags as lowercase slugs, each once', () => {
    expect(problemsWith(news({ tags: ['Zorg en Welzijn'] }))[0]).toBe(
      'content/news/bericht.md:11  tags[1] — gevonden: "Zorg en Welzijn"; verwacht kleine letters, cijfers en streepjes, zoals "zorg-en-welzijn"',
    );
    // The example is the tag as it is written in slug form, so it names the one meant (helper-29: Vrijwilligers got "zorg-en-welzijn").
    expect(problemsWith(news({ tags: ['Vrijwilligers', 'Coöperatie & Zorg', '!!'] })).filter((p) => p.includes('tags['))).toEqual([
      'content/news/bericht.md:11  tags[1] — gevonden: "Vrijwilligers"; verwacht kleine letters, cijfers en streepjes, zoals "vrijwilligers"',
      'content/news/bericht.md:12  tags[2] — gevonden: "Coöperatie & Zorg"; verwacht kleine letters, cijfers en streepjes, zoals "cooperatie-en-zorg"',
      'content/news/bericht.md:13  tags[3] — gevonden: "!!"; verwacht kleine letters, cijfers en streepjes, zoals "zorg-en-welzijn"',
    ]);
    expect(problemsWith(news({ tags: ['zorg', 'zorg'] }))[0]).toMatch(/tags — gevonden: een lijst: \["zorg","zorg"\]; verwacht elke waarde maar één keer$/);
  });
  it('wants a non-empty alt text on an image', () => {
    expect(problemsWith(news({ image: { src: '/images/foto.jpg', alt: '' } }))[0]).toMatch(
      /image\.alt — gevonden: lege tekst; verwacht een beschrijving van de afbeelding \(alt-tekst\), niet leeg$/,
    );
  });
  it('checks the source: a name, and a web address when given', () => {
    expect(problemsWith(news({ source: { name: 'wmo radar', url: 'wmoradar.nl' } }))[0]).toMatch(
      /source\.url — gevonden: "wmoradar.nl"; verwacht het volledige adres: https:\/\/wmoradar\.nl$/,
    );
    expect(problemsWith(news({ source: { name: 'wmo radar', url: 'https://www.wmoradar.nl/' } }))).toEqual([]);
  });
  it('rejects unknown fields, such as a typo', () => {
    expect(problemsWith(news({ catgory: 'netwerk' }))[0]).toBe('content/news/bericht.md:10  catgory — gevonden: het veld "catgory", dat de site niet kent; verwacht "category" (een tikfout?); deze velden kan dit bestand hebben: title, description, date, updated, category, tags, networks, pacts, projects, organisations, author, source, image, draft');
  });
  it('checks draft is true or false', () => {
    // Written without quotes (draft: ja): no word about quotes the editor did not type.
    expect(problemsWith(news({ draft: 'ja' }))[0]).toMatch(/draft — gevonden: ja \(tekst\); verwacht true \(ja\) of false \(nee\)$/);
  });
});

describe('references', () => {
  it('must resolve, with a suggestion for a typo', () => {
    expect(problemsWith(news({ organisations: ['lauren'] }))).toEqual([
      'content/news/bericht.md:9  organisations[1] — gevonden: "lauren"; verwacht de bestandsnaam (zonder .yaml) van een bestaande organisatie in content/organisations/; bedoelde je "laurens"?',
    ]);
  });
  it('suggest nothing for an id far from every entry: the message ends where the expectation does', () => {
    const expected = (line: number, field: string, id: string, what: string) => [`content/news/bericht.md:${line}  ${field} — gevonden: "${id}"; verwacht de bestandsnaam ${what}`];
    expect(problemsWith(news({ networks: ['atlantis'] }))).toEqual(expected(7, 'networks[1]', 'atlantis', '(zonder .md) van een bestaand netwerk in content/networks/'));
    // "noord" is inside "noorderbreedte", but nine letters away: no typo.
    expect(problemsWith(news({ networks: ['noord'] }))).toEqual(expected(7, 'networks[1]', 'noord', '(zonder .md) van een bestaand netwerk in content/networks/'));
    expect(problemsWith(news({ organisations: ['zorgimpuls'] }))).toEqual(expected(9, 'organisations[1]', 'zorgimpuls', '(zonder .yaml) van een bestaande organisatie in content/organisations/'));
  });
  it('say what a reference should be when it is no name at all (a number, a list)', () => {
    expect(problemsWith(news({ networks: [1234] }))).toEqual(['content/news/bericht.md:7  networks[1] — gevonden: 1234; verwacht de bestandsnaam (zonder .md) van een bestaand netwerk']);
    expect(problemsWith(project({ pact: ['a', 'b'] }))).toEqual(['content/projects/proefproject.md:18  pact — gevonden: een lijst: ["a","b"]; verwacht de bestandsnaam (zonder .md) van een bestaand pact']);
  });
  it('suggest the nearest entry for a near miss, among all fourteen networks', () => {
    expect(problemsWith(news({ networks: ['delfshavn'] }))[0]).toMatch(/; bedoelde je "delfshaven"\?$/);
    expect(problemsWith(news({ networks: ['feyenoord'] }))[0]).toMatch(/; bedoelde je "feijenoord"\?$/);
  });
  it('tell a sub-field that lost its indentation apart from an unknown sub-field of the same name elsewhere', () => {
    const text = `---\n${'title: Een bericht uit Delfshaven\ndescription: Een samenvatting van minstens twintig tekens.\ndate: 2023-11-29\ncategory: netwerk'}\nsource:\nurl: https://example.org/bericht\nimage:\n  src: ./foto.jpg\n  alt: Twee mensen aan een tafel\n  url: https://example.org/foto\n---\n`;
    expect(problemsWith({ collection: 'news', name: 'bericht.md', data: text })).toEqual([
      // One field, so "staat", not "staan".
      'content/news/bericht.md:6  source — gevonden: source: zonder velden eronder (url staat niet ingesprongen); verwacht url onder source, met twee spaties ervoor, zoals "  name: …"',
      'content/news/bericht.md:11  image.url — gevonden: het veld "url", dat de site niet kent; verwacht "src" (een tikfout?); deze velden kan dit bestand hebben: src, alt, caption, credit',
      'content/news/bericht.md:7  url — gevonden: url zonder inspringen, los van source erboven; verwacht url onder source, met twee spaties ervoor',
    ]);
  });
  it('name no field for an unknown field far from every field', () => {
    expect(problemsWith(news({ xyzzy: 1 }))[0]).toBe(
      'content/news/bericht.md:10  xyzzy — gevonden: het veld "xyzzy", dat de site niet kent; verwacht een veld uit de lijst; deze velden kan dit bestand hebben: title, description, date, updated, category, tags, networks, pacts, projects, organisations, author, source, image, draft',
    );
  });
  it('are checked for every collection they point to', () => {
    expect(problemsWith(news({ networks: ['atlantis'] }))[0]).toContain('networks[1] — gevonden: "atlantis"; verwacht de bestandsnaam (zonder .md) van een bestaand netwerk in content/networks/');
    expect(problemsWith(project({ theme: 'onbekend', pact: 'geen-pact' }))).toHaveLength(2);
  });
  it('may not point from a published entry to a draft', () => {
    const files = withFile(baseline(), { collection: 'projects', name: 'proefproject.md', data: validProject({ draft: true }) });
    const problems = checkEntries(toContentFiles(withFile(files, news({ projects: ['proefproject'] })))).problems.map(formatProblem);
    expect(problems).toEqual([
      'content/news/bericht.md:11  projects[1] — gevonden: "proefproject"; verwacht een gepubliceerd project, maar content/projects/proefproject.md is een concept (draft: true): publiceer dat eerst of haal de verwijzing weg',
    ]);
  });
  it('are told also when the collection they point to has no file yet', () => {
    const files = withFile(baseline(), { collection: 'themes', name: 'iedereen-doet-mee.md', data: '' }, true);
    expect(checkEntries(toContentFiles(files)).problems.map(formatProblem)).toEqual([
      'content/projects/proefproject.md:10  theme — gevonden: "iedereen-doet-mee"; verwacht de bestandsnaam (zonder .md) van een bestaand thema in content/themes/',
    ]);
  });
  it('say "een gepubliceerde organisatie" for an organisation written as a draft, which its own file refuses', () => {
    // An organisation has no draft field, but an editor may copy `draft: true` from another file: the organisation is then
    // told the field is unknown, and what points to it that it is a concept, with the adjective that goes with "de organisatie".
    const files = withFile(baseline(), { collection: 'organisations', name: 'laurens.yaml', data: { name: 'Laurens', kind: 'zorgaanbieder', draft: true } });
    const problems = checkEntries(toContentFiles(files)).problems.map(formatProblem);
    expect(problems).toContain(
      'content/news/bericht.md:9  organisations[1] — gevonden: "laurens"; verwacht een gepubliceerde organisatie, maar content/organisations/laurens.yaml is een concept (draft: true): publiceer dat eerst of haal de verwijzing weg',
    );
    expect(problems).toContainEqual(expect.stringMatching(/^content\/organisations\/laurens\.yaml:3 {2}draft — gevonden: het veld "draft", dat de site niet kent/));
  });
  it('may point from a draft to a draft', () => {
    const files = withFile(baseline(), { collection: 'projects', name: 'proefproject.md', data: validProject({ draft: true }) });
    expect(checkEntries(toContentFiles(withFile(files, news({ draft: true, projects: ['proefproject'] })))).problems).toEqual([]);
  });
});

describe('projects', () => {
  it('asks for one choice where several are written (helper-42: "bedoelde je" the last of them)', () => {
    expect(problemsWith(news({ category: 'beleid, arbeidsmarkt' }))).toEqual(['content/news/bericht.md:5  category — gevonden: "beleid, arbeidsmarkt", 2 waarden; verwacht er één: category: beleid of category: arbeidsmarkt']);
    expect(problemsWith(news({ category: 'beleid en onderwijs' }))[0]).toContain('verwacht er één: category: beleid of category: onderwijs');
    // Not where a part is no choice: then the choices are listed.
    expect(problemsWith(news({ category: 'beleid, zorg' }))[0]).toContain('verwacht één van: netwerk, arbeidsmarkt');
    // A comma after the last choice parts nothing: two choices stay two, and one stays one, told by its nearest choice.
    expect(problemsWith(news({ category: 'beleid, arbeidsmarkt,' }))).toEqual(['content/news/bericht.md:5  category — gevonden: "beleid, arbeidsmarkt,", 2 waarden; verwacht er één: category: beleid of category: arbeidsmarkt']);
    expect(problemsWith(news({ category: 'beleid,' }))).toEqual(['content/news/bericht.md:5  category — gevonden: "beleid,"; verwacht één van: netwerk, arbeidsmarkt, onderwijs, inclusie, beleid, samenwerking; bedoelde je "beleid"?']);
  });
  it('allows only the three statuses', () => {
    expect(problemsWith(project({ status: 'zzz' }))[0]).toMatch(/status — gevonden: "zzz"; verwacht één van: gepland, lopend, afgerond$/);
    // Another word for a choice: that choice (helper-42: behaald for resultaat got no hint).
    expect(problemsWith(project({ status: 'klaar' }))[0]).toMatch(/status — gevonden: "klaar"; verwacht één van: gepland, lopend, afgerond; bedoelde je "afgerond"\?$/);
    // Also with a space typed inside the quotes.
    expect(problemsWith(project({ status: ' klaar' }))[0]).toMatch(/status — gevonden: " klaar"; verwacht één van: gepland, lopend, afgerond; bedoelde je "afgerond"\?$/);
    expect(problemsWith(project({ figures: [{ label: 'Deelnemers', value: 45, kind: 'Behaald' }] }))[0]).toMatch(/kind — gevonden: "Behaald"; verwacht één van: resultaat, doel; bedoelde je "resultaat"\?$/);
    // Only where that choice is one of the field's own: lopend is no kind of key figure.
    expect(problemsWith(project({ figures: [{ label: 'Deelnemers', value: 45, kind: 'bezig' }] }))[0]).not.toContain('bedoelde je');
  });
  it('wants the end not before the start', () => {
    expect(problemsWith(project({ start: '2023-06-01', end: '2023-05-31' }))).toEqual([
      'content/projects/proefproject.md:6  end — gevonden: 2023-05-31; verwacht een einddatum op of na de startdatum (start)',
    ]);
    expect(problemsWith(project({ start: '2023-06-01', end: '2023-06-01' }))).toEqual([]);
  });
  it('tells an end before the start in the same round as a wrong start, where the years alone say so (helper-39)', () => {
    expect(problemsWith(project({ start: '2024-13-01', end: '2023-01-01' }))).toEqual([
      'content/projects/proefproject.md:5  start — gevonden: "2024-13-01", maar maand 13 bestaat niet; verwacht een datum als 2023-11-29 (jaar-maand-dag)',
      'content/projects/proefproject.md:6  end — gevonden: 2023-01-01; verwacht een einddatum op of na de startdatum (start)',
    ]);
    // In the same year, or with no year to read, the order is not known until the start is mended.
    expect(problemsWith(project({ start: '2023-13-01', end: '2023-01-01' }))).toHaveLength(1);
    expect(problemsWith(project({ start: 'volgend jaar', end: '2023-01-01' }))).toHaveLength(1);
    expect(problemsWith(project({ start: '2022-13-01', end: '2023-01-01' }))).toHaveLength(1);
    // A wrong date elsewhere no longer hides the order of a news item's dates.
    expect(problemsWith(news({ date: '2023-11-29', updated: '2023-11-01', source: { name: 'Rijnmond', date: '2023-02-30' } })).map((p) => p.replace(/ — .*/, ''))).toEqual([
      'content/news/bericht.md:13  source.date',
      'content/news/bericht.md:10  updated',
    ]);
    // Nor does a web address without https:// (helper-58: the order came a round later, a second push for the editor).
    expect(problemsWith(news({ date: '2023-11-29', updated: '2023-11-01', source: { name: 'Rijnmond', url: 'www.rijnmond.nl/nieuws' } })).map((p) => p.replace(/ — .*/, ''))).toEqual([
      'content/news/bericht.md:13  source.url',
      'content/news/bericht.md:10  updated',
    ]);
    expect(problemsWith(project({ start: '2025-06-01', end: '2024-06-01', website: 'rotterdam.nl' })).map((p) => p.replace(/ — .*/, ''))).toEqual([
      expect.stringMatching(/website$/),
      'content/projects/proefproject.md:6  end',
    ]);
  });
  it('allows only the fixed target groups', () => {
    expect(problemsWith(project({ targetGroups: ['ouderen'] }))[0]).toMatch(/targetGroups\[1\] — gevonden: "ouderen"; verwacht één van: arbeidsbeperking,/);
  });
  it('checks every key figure: number value and kind', () => {
    const problems = problemsWith(project({ figures: [{ label: 'Deelnemers', value: 'dertig', kind: 'resultaat' }, { label: 'Doel', value: 10, kind: 'wens' }] }));
    expect(problems).toEqual([
      'content/projects/proefproject.md:15  figures[1].value — gevonden: "dertig"; verwacht een getal, zoals 30 of 12.5 (punt als decimaalteken)',
      'content/projects/proefproject.md:19  figures[2].kind — gevonden: "wens"; verwacht één van: resultaat, doel',
    ]);
  });
  it('asks which number is meant for a point before three digits: with a minus, in quotes, with zeros at the end', () => {
    const valueWritten = (written: string) => problemsWith({ collection: 'projects', name: 'proefproject.md', data: markdown(validProject()).replace('value: 30', `value: ${written}`) });
    expect(valueWritten('-1.500')).toEqual([
      'content/projects/proefproject.md:15  figures[1].value — gevonden: -1.500, dat min vijftienhonderd of min één komma vijf kan zijn; verwacht value: -1500 als je min vijftienhonderd bedoelt (zonder punt voor duizendtallen), of value: -1.5 als je min één komma vijf bedoelt',
    ]);
    expect(valueWritten('"2.000"')).toEqual([
      'content/projects/proefproject.md:15  figures[1].value — gevonden: 2.000, dat tweeduizend of twee kan zijn; verwacht value: 2000 als je tweeduizend bedoelt (zonder punt voor duizendtallen), of value: 2 als je twee bedoelt',
    ]);
    expect(valueWritten('1.050')).toEqual([
      'content/projects/proefproject.md:15  figures[1].value — gevonden: 1.050, dat duizend vijftig of één komma nul vijf kan zijn; verwacht value: 1050 als je duizend vijftig bedoelt (zonder punt voor duizendtallen), of value: 1.05 als je één komma nul vijf bedoelt',
    ]);
    // Several groups can only be thousands; a point before two or four digits is a plain decimal.
    expect(valueWritten('-1,200,000')).toEqual([
      "content/projects/proefproject.md:15  figures[1].value — gevonden: -1,200,000, met punten of komma's tussen de duizendtallen; verwacht het getal zonder punten en komma's: value: -1200000",
    ]);
    expect(valueWritten('1.25')).toEqual([]);
    // Nobody groups thousands after a nought: 0.500 and -0.250 are read as the decimals they are.
    expect(valueWritten('0.500')).toEqual([]);
    expect(valueWritten('-0.250')).toEqual([]);
    expect(valueWritten('20.500')).toEqual([
      'content/projects/proefproject.md:15  figures[1].value — gevonden: 20.500, dat twintigduizend vijfhonderd of twintig komma vijf kan zijn; verwacht value: 20500 als je twintigduizend vijfhonderd bedoelt (zonder punt voor duizendtallen), of value: 20.5 als je twintig komma vijf bedoelt',
    ]);
    expect(valueWritten('1.2500')).toEqual([]);
  });
  it('tells a key figure\'s wrong date by its field, beside the rule on repeated figures (helper-60: a TypeError stopped check and build)', () => {
    for (const asOf of ['2024-06-31', '30-06-2024', 'gisteren', 2024, { a: 1 }]) {
      const told = problemsWith(project({ figures: [{ label: 'Deelnemers', value: 3, unit: 'personen', kind: 'resultaat', asOf }, { label: 'Deelnemers', value: 4, unit: 'personen', kind: 'resultaat', asOf }] }));
      expect(told.length, JSON.stringify(asOf)).toBeGreaterThan(0);
      expect(told.filter((line) => /figures\[1\]\.asOf — gevonden: /.test(line)), JSON.stringify(asOf)).toHaveLength(1);
    }
  });
  it('offers three decimals as the page shows them, with two, and never the value that was refused (helper-58)', () => {
    const valueWritten = (written: string) => problemsWith({ collection: 'projects', name: 'proefproject.md', data: markdown(validProject()).replace('value: 30', `value: ${written}`) });
    expect(valueWritten('1.235')).toEqual([
      'content/projects/proefproject.md:15  figures[1].value — gevonden: 1.235, dat twaalfhonderdvijfendertig of één komma tweehonderdvijfendertig kan zijn; verwacht value: 1235 als je twaalfhonderdvijfendertig bedoelt (zonder punt voor duizendtallen), of value: 1.24 als je één komma tweehonderdvijfendertig bedoelt (de site toont twee cijfers achter de komma)',
    ]);
    // Noughts inside the decimals count: 1.005 has three, rounded as the page rounds them.
    expect(valueWritten('1.005')).toEqual([
      'content/projects/proefproject.md:15  figures[1].value — gevonden: 1.005, dat duizend vijf of één komma nul nul vijf kan zijn; verwacht value: 1005 als je duizend vijf bedoelt (zonder punt voor duizendtallen), of value: 1.01 als je één komma nul nul vijf bedoelt (de site toont twee cijfers achter de komma)',
    ]);
    // The rounded value is accepted as it stands.
    expect(valueWritten('1.24')).toEqual([]);
  });
  it('tells a number written in another base, with a power of ten or with more digits than it keeps (helper-58)', () => {
    const valueWritten = (written: string) => problemsWith({ collection: 'projects', name: 'proefproject.md', data: markdown(validProject()).replace('value: 30', `value: ${written}`) });
    const coded = (written: string, plain: string) => `content/projects/proefproject.md:15  figures[1].value — gevonden: ${written}, een getal in een schrijfwijze die de site omrekent naar ${plain}; verwacht het getal in gewone cijfers, zoals value: ${plain}`;
    expect(valueWritten('0x1F')).toEqual([coded('0x1F', '31')]);
    expect(valueWritten('-0o17')).toEqual([coded('-0o17', '-15')]);
    expect(valueWritten('0b101')).toEqual([coded('0b101', '5')]);
    expect(valueWritten('1.5e3')).toEqual([coded('1.5e3', '1500')]);
    // Only a sign before the number is taken off: the minus of a negative power stays.
    expect(valueWritten('1e-5')).toEqual([coded('1e-5', '0.00001')]);
    expect(valueWritten('123456789012345678901234567890')).toEqual(['content/projects/proefproject.md:15  figures[1].value — gevonden: 123456789012345678901234567890, een getal van meer dan 15 cijfers, dat de site niet precies kan bewaren; verwacht een kleiner getal, bijvoorbeeld in duizenden of miljoenen (zeg dat dan in de eenheid)']);
    expect(valueWritten('123456789012345')).toEqual([]);
  });
  it('offers no decimal for a field of whole numbers (helper-51: "of partnerCount: 1.2")', () => {
    const network = markdown({ title: 'Charlois', area: 'Charlois', description: 'Het netwerk van zorg en welzijn in Charlois.', signed: '2016-09-28' }).replace("signed: '2016-09-28'", "signed: '2016-09-28'\npartnerCount: 1.200").replace('signed: 2016-09-28', 'signed: 2016-09-28\npartnerCount: 1.200');
    expect(problemsWith({ collection: 'networks', name: 'charlois.md', data: network })).toEqual([
      'content/networks/charlois.md:6  partnerCount — gevonden: 1.200, met een punt of komma voor de duizendtallen; verwacht het hele getal zonder punt: partnerCount: 1200',
    ]);
  });
  it('asks about thousands only in a field that holds a number: a title written 10.000 is told, as written, to be text', () => {
    const titled = markdown(validNews()).replace(/^title: .*$/m, 'title: 10.000');
    expect(problemsWith({ collection: 'news', name: 'bericht.md', data: titled })).toEqual(['content/news/bericht.md:2  title — gevonden: 10.000, dat zonder aanhalingstekens als getal gelezen wordt; verwacht tekst: zet de waarde tussen aanhalingstekens, title: "10.000"']);
  });
  it('tells a date and time in a text field as written, and to be quoted as written, not as the moment in UTC it is read as', () => {
    const authored = markdown(validNews()).replace(/^date: .*$/m, '$&\nauthor: 2023-11-29 10:30:00 +01:00');
    expect(problemsWith({ collection: 'news', name: 'bericht.md', data: authored })).toEqual(['content/news/bericht.md:5  author — gevonden: 2023-11-29 10:30:00 +01:00, dat zonder aanhalingstekens als datum gelezen wordt; verwacht tekst: zet de waarde tussen aanhalingstekens, author: "2023-11-29 10:30:00 +01:00"']);
  });
  it('tells a day that does not exist, unquoted in a text field, as a date to Astro: it stopped the build in English', () => {
    const titled = (title: string) => markdown(validNews()).replace(/^title: .*$/m, `title: ${title}`);
    expect(problemsWith({ collection: 'news', name: 'bericht.md', data: titled('2024-06-31') })).toEqual(['content/news/bericht.md:2  title — gevonden: 2024-06-31, dat zonder aanhalingstekens als datum gelezen wordt; verwacht tekst: zet de waarde tussen aanhalingstekens, title: "2024-06-31"']);
    // Between quotes it is text to Astro too; in a date field the date rule speaks (not this), and a number field has its own rule.
    expect(problemsWith({ collection: 'news', name: 'bericht.md', data: titled('"2024-06-31"') })).toEqual([]);
    expect(problemsWith({ collection: 'news', name: 'bericht.md', data: titled("'2024-06-31'") })).toEqual([]);
    expect(problemsWith({ collection: 'news', name: 'bericht.md', data: markdown(validNews()).replace(/^date: .*$/m, 'date: 2024-06-31') })).toEqual(['content/news/bericht.md:4  date — gevonden: "2024-06-31", maar juni 2024 heeft 30 dagen; verwacht een datum als 2023-11-29 (jaar-maand-dag)']);
  });
  it('checks a contact person and their organisation', () => {
    expect(problemsWith(project({ contact: { role: 'Projectleider' } }))[0]).toMatch(/contact\.name — gevonden: niets \(het veld ontbreekt\); verwacht tekst van 2 tot 120 tekens$/);
  });
});

describe('Astro’s image marker in the fields (helper-47: a value starting with it was imported as a file, code and all)', () => {
  const EXPECTED = 'verwacht tekst zonder __ASTRO_IMAGE_: dat is de naam die de site zelf gebruikt om foto’s in te voegen, en wat erachter staat zou in de pagina belanden';
  it('is refused in any field at any depth, in any case, once, on its line', () => {
    expect(problemsWith(news({ source: { name: 'Wijkkrant', author: '__ASTRO_IMAGE_./_kaart.png' } }))).toEqual([
      expect.stringMatching(new RegExp(`^content/news/bericht\\.md:\\d+ {2}source\\.author — gevonden: "__ASTRO_IMAGE_\\./_kaart\\.png"; ${EXPECTED}$`)),
    ]);
    expect(problemsWith(project({ figures: [{ label: 'Deelnemers __astro_image_./x.png', value: 3, kind: 'resultaat' }] }))).toEqual([expect.stringMatching(/figures\[1\]\.label — gevonden: "Deelnemers __astro_image_\.\/x\.png"; verwacht tekst zonder __ASTRO_IMAGE_/)]);
    expect(problemsWith(news({ tags: ['zorg', '__ASTRO_IMAGE_./x.png'] })).filter((p) => p.includes('__ASTRO_IMAGE_;') || p.includes('zonder __ASTRO_IMAGE_'))).toHaveLength(1);
  });
  it('also under a field the site does not know, and as a field’s name', () => {
    expect(problemsWith(news({ extra: { x: '__ASTRO_IMAGE_./x.svg' } })).filter((p) => p.includes('zonder __ASTRO_IMAGE_'))).toEqual([expect.stringMatching(/extra\.x — gevonden: "__ASTRO_IMAGE_\.\/x\.svg"/)]);
    expect(problemsWith(news({ __ASTRO_IMAGE_x: 'y' })).filter((p) => p.includes('zonder __ASTRO_IMAGE_'))).toEqual([expect.stringMatching(/__ASTRO_IMAGE_x — gevonden: het veld "__ASTRO_IMAGE_x"/)]);
    // Once for the field, not again for a marker in what it holds.
    expect(problemsWith(news({ __ASTRO_IMAGE_x: { y: '__ASTRO_IMAGE_./x.png' } })).filter((p) => p.includes('zonder __ASTRO_IMAGE_'))).toEqual([expect.stringMatching(/__ASTRO_IMAGE_x — gevonden: het veld "__ASTRO_IMAGE_x"/)]);
  });
  it('is refused by the schemas the build uses too, not only by the check', () => {
    const { news: newsSchema } = buildSchemas(() => z.string());
    const parsed = newsSchema.safeParse({ ...validNews(), source: { name: 'Wijkkrant', author: '__ASTRO_IMAGE_./x.png' } });
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues.map((i) => [i.path.join('.'), i.message])).toEqual([['source.author', EXPECTED]]);
    expect(newsSchema.safeParse({ ...validNews(), source: { name: 'Wijkkrant', author: 'Astro Image' } }).success).toBe(true);
  });
});

describe('titles and summaries are plain text (helper-46: Markdown showed its asterisks; helper-47: HTML in a feed title)', () => {
  it('an HTML tag or Markdown in them is refused, with what was found', () => {
    expect(problemsWith(news({ title: 'Proef met <b>vet</b> & meer' }))).toEqual([
      'content/news/bericht.md:2  title — gevonden: "Proef met <b>vet</b> & meer"; verwacht gewone tekst zonder opmaak: <b… toont de site hier zoals het er staat, en een programma dat het nieuws van de site volgt (RSS) kan het als HTML lezen',
    ]);
    expect(problemsWith(news({ title: '**Nieuw**: leerwerkplekken' }))[0]).toMatch(/title — gevonden: .*; verwacht gewone tekst zonder opmaak: "\*\*Nieuw\*\*" toont de site hier zoals het er staat$/);
    for (const description of ['Zie [Charlois](/netwerken/charlois/) voor het netwerk.', 'Zorgorganisaties bieden _twintig_ nieuwe plekken.', 'Zorgorganisaties bieden *twintig* nieuwe plekken.', 'Een <!-- opmerking --> in de samenvatting.', 'Een __vette__ samenvatting voor het bericht.']) {
      expect(problemsWith(news({ description })), description).toEqual([expect.stringMatching(/description — gevonden: .*; verwacht gewone tekst zonder opmaak: /)]);
    }
  });
  it('so is every other text the site shows as written, and an entity in any of them (helper-58)', () => {
    const markedUp = (told: string[]) => told.map((line) => /^\S+  (\S+) — .*verwacht gewone tekst zonder opmaak: (.*?) toont/.exec(line)?.slice(1).join(' '));
    expect(markedUp(problemsWith(news({ title: 'Jan &amp; Piet' })))).toEqual(['title "&amp;"']);
    expect(markedUp(problemsWith(project({ statusNote: 'volgens <b>het plan</b>', figures: [{ label: 'Deelnemers &gt; 18', value: 3, unit: '**personen**', kind: 'resultaat' }] })))).toEqual(['statusNote <b…', 'figures[1].label "&gt;"', 'figures[1].unit "**personen**"']);
    expect(markedUp(problemsWith({ collection: 'organisations', name: 'merk.yaml', data: { name: 'Merk', kind: 'zorgaanbieder', description: 'Zorg &#38; welzijn', city: '<i>Rotterdam</i>' } }))).toEqual(['description "&#38;"', 'city <i…']);
    // An ampersand alone is text.
    expect(problemsWith(news({ title: 'Zorg & Welzijn in de wijk' }))).toEqual([]);
  });
  it('so are names shown as text: the author, the source and its author, a person, an organisation; and a tag\'s label (helper-55)', () => {
    expect(problemsWith(news({ author: '</script><script>alert(1)</script>' }))).toEqual([
      'content/news/bericht.md:10  author — gevonden: "</script><script>alert(1)</script>"; verwacht gewone tekst zonder opmaak: </script… toont de site hier zoals het er staat, en een programma dat het nieuws van de site volgt (RSS) kan het als HTML lezen',
    ]);
    expect(problemsWith(news({ source: { name: '**Rijnmond**' } }))[0]).toMatch(/source\.name — gevonden: .*; verwacht gewone tekst zonder opmaak: "\*\*Rijnmond\*\*"/);
    expect(problemsWith({ collection: 'organisations', name: 'merk.yaml', data: { name: '<img src=x onerror=alert(1)>', kind: 'zorgaanbieder' } })[0]).toContain('name — gevonden: "<img src=x onerror=alert(1)>"; verwacht gewone tekst zonder opmaak: <img…');
    const folder = mkdtempSync(path.join(tmpdir(), 'labels-'));
    writeFileSync(path.join(folder, 'trefwoorden.yaml'), 'goed: Goed label\ntest-een: "<img src=x onerror=alert(1)> **vet**"\n');
    const read = readTags(folder, 'content/trefwoorden.yaml');
    expect(read.problems.map(formatProblem)).toEqual(['content/trefwoorden.yaml:2  test-een — gevonden: "<img src=x onerror=alert(1)> **vet**"; verwacht gewone tekst zonder opmaak: <img… toont de site hier zoals het er staat, en een programma dat het nieuws van de site volgt (RSS) kan het als HTML lezen']);
    expect([...read.labels]).toEqual([['goed', 'Goed label']]);
  });
  it('a < before a number, a lone asterisk or underscore, a word with underscores, brackets without a link: text', () => {
    for (const title of ['Jongeren <18 en 20+ aan de slag', 'Zorg * welzijn in 2024', 'Het bestand zorg_en_welzijn', 'Rotterdam [Zuid] en de wijk (Charlois)', 'Een 5 * 3 rooster voor de wijk']) {
      expect(problemsWith(news({ title })), title).toEqual([]);
    }
  });
});

describe('the pages the footer links to (helper-46: deleting the privacy statement passed, and every page linked to nothing)', () => {
  const page = (name: string, over: Record<string, unknown> = {}): FixtureFile => ({ collection: 'pages', name, data: { title: 'Een pagina', description: 'Een samenvatting van minstens twintig tekens.', ...over } });
  it('a missing one is told as the file to put back', () => {
    expect(problemsWith(page('privacy.md'), true)).toEqual([
      'content/pages/privacy.md:1  bestand — gevonden: geen content/pages/privacy.md; verwacht deze pagina (Privacy), want de voettekst van elke pagina linkt naar /privacy/: zet het bestand terug, of maak het opnieuw met npm run new',
    ]);
    expect(problemsWith(page('over.md'), true)[0]).toContain('gevonden: geen content/pages/over.md; verwacht deze pagina (Over deze site)');
    // With no page at all, the folder is still named.
    expect(checkEntries(toContentFiles(baseline().filter((f) => f.collection !== 'pages'))).problems.map(formatProblem).map((p) => p.replace(/ — .*/, ''))).toEqual([
      'content/pages/over.md:1  bestand',
      'content/pages/toegankelijkheid.md:1  bestand',
      'content/pages/privacy.md:1  bestand',
    ]);
  });
  it('a draft one is told on its draft line', () => {
    expect(problemsWith(page('toegankelijkheid.md', { draft: true }))).toEqual([
      expect.stringMatching(/^content\/pages\/toegankelijkheid\.md:4 {2}draft — gevonden: draft: true; verwacht deze pagina gepubliceerd \(draft: false, of haal de regel weg\), want de voettekst van elke pagina linkt naar \/toegankelijkheid\/$/),
    ]);
    expect(problemsWith(page('toegankelijkheid.md', { draft: false }))).toEqual([]);
  });
});

describe('caps on what can grow without bound', () => {
  it('a project carries at most 40 key figures', () => {
    const figures = Array.from({ length: 41 }, (_, i) => ({ label: `Cijfer ${i + 1}`, value: i, kind: 'resultaat' }));
    expect(problemsWith(project({ figures }))).toEqual([expect.stringMatching(/^content\/projects\/proefproject\.md:\d+ {2}figures — gevonden: een lijst: .*; verwacht hoogstens 40 kerncijfers; kies de belangrijkste$/)]);
    expect(problemsWith(project({ figures: figures.slice(0, 40) }))).toEqual([]);
  });
  it('a key figure given twice is told on the second, with the place of the first (helper-42)', () => {
    const twice = { label: 'Deelnemers', value: 10, unit: 'personen', kind: 'doel' };
    expect(problemsWith(project({ figures: [twice, { label: 'Weken', value: 8, kind: 'resultaat' }, { ...twice, value: 12 }] }))).toEqual([
      expect.stringMatching(/^content\/projects\/proefproject\.md:\d+ {2}figures\[3\]\.label — gevonden: "Deelnemers"; verwacht elk kerncijfer één keer, maar dit doel staat al als kerncijfer 1; haal er één weg, of geef ze elk een eigen peildatum \(asOf\) als het getal op twee momenten geteld is$/),
    ]);
    expect(problemsWith(project({ figures: [twice, { ...twice, kind: 'resultaat' }, { ...twice, asOf: '2024-01-01' }] }))).toEqual([]);
  });
  it('a news item at most 12 tags, and any list at most 50 values', () => {
    expect(problemsWith(news({ tags: Array.from({ length: 13 }, (_, i) => `tag-${i}`) })).filter((p) => p.includes('hoogstens'))).toEqual([
      expect.stringMatching(/tags — gevonden: een lijst: .*; verwacht hoogstens 12 waarden in deze lijst$/),
    ]);
    expect(problemsWith(news({ organisations: Array.from({ length: 51 }, () => 'laurens') })).some((p) => /organisations — .*verwacht hoogstens 50 waarden in deze lijst/.test(p))).toBe(true);
  });
});

describe('networks: the fourteen areas', () => {
  it('rejects an area outside the fourteen', () => {
    const problems = problemsWith({ collection: 'networks', name: 'schiedam.md', data: { title: 'Schiedam', area: 'Schiedam', description: 'Een netwerk buiten Rotterdam, als fout.', signed: '2016-09-28' } });
    expect(problems[0]).toMatch(/^content\/networks\/schiedam\.md:3 {2}area — gevonden: "Schiedam"; verwacht één van: Delfshaven, Hoogvliet,/);
  });
  it('tells the file of an area with another area in its field, on that line, and nothing of the area it names (helper-33)', () => {
    const problems = problemsWith({ collection: 'networks', name: 'pernis.md', data: { title: 'Pernis', area: 'Delfshaven', description: 'Een netwerk met het verkeerde gebied.', signed: '2016-09-28' } });
    expect(problems).toEqual(['content/networks/pernis.md:3  area — gevonden: "Delfshaven" in het bestand van Pernis; verwacht area: Pernis, want pernis is het netwerk van Pernis']);
  });
  it('tells a fifteenth network, copied from one of the fourteen, that its area has a file', () => {
    const copy = { collection: 'networks' as const, name: 'zuidplein.md', data: { title: 'Zuidplein', area: 'Charlois', description: 'Een kopie van het netwerk van Charlois.', signed: '2016-09-28' } };
    expect(checkEntries(toContentFiles([...baseline(), copy])).problems.map(formatProblem)).toEqual([
      'content/networks/zuidplein.md:1  bestandsnaam — gevonden: een tweede bestand voor Charlois, dat al in content/networks/charlois.md staat; verwacht veertien netwerken, elk in één bestand: zet wat hier nieuw is in content/networks/charlois.md en haal dit bestand weg',
    ]);
  });
  it('rejects a missing area', () => {
    expect(problemsWith({ collection: 'networks', name: 'rozenburg.md', data: '' }, true)).toEqual([
      'content/networks/:1  area — gevonden: geen bestand voor Rozenburg; verwacht alle veertien gebieden, elk in een eigen bestand',
    ]);
  });
  it('wants the file named after the area', () => {
    const files = withFile(baseline(), { collection: 'networks', name: 'hoogvliet.md', data: '' }, true);
    const moved = { collection: 'networks' as const, name: 'hoog-vliet.md', data: { title: 'Hoogvliet', area: 'Hoogvliet', description: 'Het netwerk van zorg en welzijn in Hoogvliet.', signed: '2016-09-28' } };
    expect(checkEntries(toContentFiles([...files, moved])).problems.map(formatProblem)).toEqual([
      'content/networks/hoog-vliet.md:1  bestandsnaam — gevonden: "hoog-vliet"; verwacht "hoogvliet", naar het gebied Hoogvliet',
    ]);
  });
  it('tells a name in capitals that is not the area\'s both as a file name and as the area\'s, and excuses references only to the name told', () => {
    const without = withFile(baseline(), { collection: 'networks', name: 'charlois.md', data: '' }, true);
    const named = (name: string) => ({ collection: 'networks' as const, name, data: { title: 'Charlois', area: 'Charlois', description: 'Het netwerk van zorg en welzijn in Charlois.', signed: '2016-09-28' } });
    expect(checkEntries(toContentFiles([...without, named('Netwerk Charlois.md')])).problems.map(formatProblem)).toEqual([
      'content/networks/Netwerk Charlois.md:1  bestandsnaam — gevonden: "Netwerk Charlois"; verwacht een bestandsnaam van kleine letters, cijfers en streepjes, zoals "netwerk-charlois"',
      'content/networks/Netwerk Charlois.md:1  bestandsnaam — gevonden: "Netwerk Charlois"; verwacht "charlois", naar het gebied Charlois',
    ]);
    // A reference to charlois is right once netwerk-charlois.md is renamed as told; one to a project of that name is not excused.
    expect(checkEntries(toContentFiles(withFile([...without, named('netwerk-charlois.md')], news({ networks: ['charlois'] })))).problems.map(formatProblem)).toEqual([
      'content/networks/netwerk-charlois.md:1  bestandsnaam — gevonden: "netwerk-charlois"; verwacht "charlois", naar het gebied Charlois',
    ]);
    const inArea = withFile(withFile(baseline(), project({ area: 'Charlois' })), news({ projects: ['charlois'] }));
    expect(checkEntries(toContentFiles(inArea)).problems.map(formatProblem).filter((p) => p.includes('projects[1]'))).toEqual([
      'content/news/bericht.md:11  projects[1] — gevonden: "charlois"; verwacht de bestandsnaam (zonder .md) van een bestaand project in content/projects/',
    ]);
  });
  it('tells a wrong area also when the file has another mistake, and waits with the missing areas until every network is read', () => {
    const problems = problemsWith({ collection: 'networks', name: 'pernis.md', data: { title: 'Pernis', area: 'Delfshaven', description: 'Een netwerk met het verkeerde gebied.', signed: '2016-09-28', partnerCount: 'veel' } });
    expect(problems).toEqual([
      'content/networks/pernis.md:6  partnerCount — gevonden: "veel"; verwacht een heel getal',
      'content/networks/pernis.md:3  area — gevonden: "Delfshaven" in het bestand van Pernis; verwacht area: Pernis, want pernis is het netwerk van Pernis',
    ]);
    // Missing areas wait for every network file to be read: one that cannot be read may be the missing area.
    const unreadable = withFile(baseline(), { collection: 'networks', name: 'pernis.md', data: '---\ntitle: [Pernis\n---\n' });
    expect(checkEntries(toContentFiles(unreadable)).problems.map(formatProblem).filter((p) => p.includes('geen bestand voor'))).toEqual([]);
  });
  it('names every area when the folder has no network at all', () => {
    const files = baseline().filter((f) => f.collection !== 'networks');
    const problems = checkEntries(toContentFiles(files)).problems.map(formatProblem);
    expect(problems.filter((p) => p.includes('  area — '))).toEqual([
      'content/networks/:1  area — gevonden: geen bestand voor Delfshaven, Hoogvliet, Rozenburg, Charlois, Pernis, IJsselmonde, Prins Alexander, Hillegersberg-Schiebroek, Feijenoord, Hoek van Holland, Overschie, Noorderbreedte, Centrum, Kralingen-Crooswijk; verwacht alle veertien gebieden, elk in een eigen bestand',
    ]);
  });
  it('wants partnerCount a whole number', () => {
    const problems = problemsWith({ collection: 'networks', name: 'pernis.md', data: { title: 'Pernis', area: 'Pernis', description: 'Het netwerk van zorg en welzijn in Pernis.', signed: '2016-09-28', partnerCount: 7.5 } });
    expect(problems).toEqual(['content/networks/pernis.md:6  partnerCount — gevonden: 7.5; verwacht een heel getal']);
    // "ca. 12", "12 partners": the number alone, and no label or unit, which a network does not have (helper-42).
    const count = (partnerCount: string) => problemsWith({ collection: 'networks', name: 'pernis.md', data: { title: 'Pernis', area: 'Pernis', description: 'Het netwerk van zorg en welzijn in Pernis.', signed: '2016-09-28', partnerCount } });
    expect(count('ca. 12')).toEqual(['content/networks/pernis.md:6  partnerCount — gevonden: "ca. 12"; verwacht alleen het getal in cijfers, partnerCount: 12 (de site toont alleen het getal)']);
    expect(count('12 partners')).toEqual(['content/networks/pernis.md:6  partnerCount — gevonden: "12 partners", een getal met een woord erachter; verwacht alleen het getal in cijfers: partnerCount: 12']);
  });
});

describe('files and ids', () => {
  it('wants lowercase slug file names', () => {
    expect(problemsWith({ collection: 'news', name: 'Nieuw Bericht.md', data: validNews() })).toEqual([
      'content/news/Nieuw Bericht.md:1  bestandsnaam — gevonden: "Nieuw Bericht"; verwacht een bestandsnaam van kleine letters, cijfers en streepjes, zoals "nieuw-bericht"',
    ]);
    // Nothing left to make a name of: an example instead.
    expect(problemsWith({ collection: 'news', name: '___.md', data: validNews() })).toEqual([
      'content/news/___.md:1  bestandsnaam — gevonden: "___"; verwacht een bestandsnaam van kleine letters, cijfers en streepjes, zoals "mijn-bericht"',
    ]);
  });
  it('tells a file renamed with capitals once, on the file: not on every file that names it by the name it is told to take', () => {
    const renamed = (collection: FixtureFile['collection'], from: string, to: string) => {
      const files = baseline();
      const file = files.find((f) => f.collection === collection && f.name === from)!;
      return checkEntries(toContentFiles([...files.filter((f) => f !== file), { ...file, name: to }])).problems.map(formatProblem);
    };
    expect(renamed('networks', 'delfshaven.md', 'Delfshaven.md')).toEqual([
      'content/networks/Delfshaven.md:1  bestandsnaam — gevonden: "Delfshaven"; verwacht een bestandsnaam van kleine letters, cijfers en streepjes, zoals "delfshaven"',
    ]);
    expect(renamed('organisations', 'laurens.yaml', 'Laurens.yaml')).toEqual([
      'content/organisations/Laurens.yaml:1  bestandsnaam — gevonden: "Laurens"; verwacht een bestandsnaam van kleine letters, cijfers en streepjes, zoals "laurens"',
    ]);
    // Renamed to another name altogether: the references are told, with the name that is there now.
    expect(renamed('organisations', 'laurens.yaml', 'Laurens Zorg.yaml').filter((p) => p.includes('bedoelde je'))[0]).toMatch(/gevonden: "laurens"; .*bedoelde je "Laurens Zorg"\?$/);
  });
  it('rejects two files with the same id, on both: which is new only the editor knows (helper-34: the old file carried it)', () => {
    expect(problemsWith({ collection: 'news', name: 'bericht.mdx', data: validNews() })).toEqual([
      'content/news/bericht.md:1  bestandsnaam — gevonden: de bestandsnaam "bericht", die content/news/bericht.mdx ook heeft; verwacht een eigen bestandsnaam voor elk nieuwsbericht',
      'content/news/bericht.mdx:1  bestandsnaam — gevonden: de bestandsnaam "bericht", die content/news/bericht.md ook heeft; verwacht een eigen bestandsnaam voor elk nieuwsbericht',
    ]);
    expect(problemsWith({ collection: 'pages', name: 'over.mdx', data: { title: 'Over deze site', description: 'Wat deze site is en wie hem maakt.' } })).toEqual([
      'content/pages/over.md:1  bestandsnaam — gevonden: de bestandsnaam "over", die content/pages/over.mdx ook heeft; verwacht een eigen bestandsnaam voor elke pagina',
      'content/pages/over.mdx:1  bestandsnaam — gevonden: de bestandsnaam "over", die content/pages/over.md ook heeft; verwacht een eigen bestandsnaam voor elke pagina',
    ]);
  });
  it('rejects a page id that is another URL of the site', () => {
    const page = (id: string) => problemsWith({ collection: 'pages', name: `${id}.md`, data: { title: 'Een pagina', description: 'Een pagina die met een adres van de site botst.' } });
    expect(page('nieuws')[0]).toBe('content/pages/nieuws.md:1  bestandsnaam — gevonden: "nieuws", maar /nieuws/ is een adres dat de site zelf gebruikt; verwacht een andere naam');
    for (const id of ['beheer', 'zoeken', 'data', 'pagefind', '404', 'rss', 'sitemap-index', 'sitemap-0', 'sitemap']) {
      expect(page(id), id).toEqual([`content/pages/${id}.md:1  bestandsnaam — gevonden: "${id}", maar /${id}/ is een adres dat de site zelf gebruikt; verwacht een andere naam`]);
    }
    expect(page('beheerders')).toEqual([]);
    // A number is a page number of the news only: a page may be called 2.
    expect(page('2')).toEqual([]);
  });
  it('rejects a news id that is a page number or a list page', () => {
    expect(problemsWith({ collection: 'news', name: '2.md', data: validNews() })).toEqual([
      'content/news/2.md:1  bestandsnaam — gevonden: "2", maar /nieuws/2/ is een adres dat de site zelf gebruikt; verwacht een andere naam (geen getal: /nieuws/2/ is pagina 2 van het nieuwsoverzicht)',
    ]);
    expect(problemsWith({ collection: 'news', name: 'tag.md', data: validNews() })).toEqual(['content/news/tag.md:1  bestandsnaam — gevonden: "tag", maar /nieuws/tag/ is een adres dat de site zelf gebruikt; verwacht een andere naam']);
    expect(problemsWith({ collection: 'projects', name: 'status.md', data: validProject() })).toContain(
      'content/projects/status.md:1  bestandsnaam — gevonden: "status", maar /projecten/status/ is een adres dat de site zelf gebruikt; verwacht een andere naam',
    );
  });
  it('reports every explicit YAML tag on its line, and still checks the fields', () => {
    const text = '---\ntitle: Een titel van het bericht\ndescription: !!str Een samenvatting van minstens twintig tekens.\ndate: 2023-11-29\ncategory: netwerk\nauthor: !!js/function "function () { return process.exit(1) }"\nnetworks: [!foo delfshaven]\nrating: 3\n---\n';
    expect(problemsWith({ collection: 'news', name: 'bericht.md', data: text })).toEqual([
      'content/news/bericht.md:3  description — gevonden: !!str voor een waarde (een label dat de waarde iets anders laat zijn dan tekst); verwacht de waarde zelf, zonder !!str ervoor',
      'content/news/bericht.md:6  author — gevonden: !!js/function voor een waarde (een label dat de waarde iets anders laat zijn dan tekst); verwacht de waarde zelf, zonder !!js/function ervoor',
      'content/news/bericht.md:7  networks — gevonden: !foo voor een waarde (een label dat de waarde iets anders laat zijn dan tekst); verwacht de waarde zelf, zonder !foo ervoor',
      expect.stringMatching(/^content\/news\/bericht\.md:8 {2}rating — gevonden: het veld "rating", dat de site niet kent/),
    ]);
  });
  it('names a tag written out in full as !! only where it is one of YAML\'s own, and a tag of its own whole', () => {
    const tagged = (tag: string) => problemsWith({ collection: 'news', name: 'bericht.md', data: `---\ntitle: ${tag} Een titel van het bericht\n---\n` })[0];
    expect(tagged('!<tag:yaml.org,2002:str>')).toBe('content/news/bericht.md:2  title — gevonden: !!str voor een waarde (een label dat de waarde iets anders laat zijn dan tekst); verwacht de waarde zelf, zonder !!str ervoor');
    // YAML's prefix inside another tag is part of that tag's name.
    expect(tagged('!<tag:example.com,2026:tag:yaml.org,2002:str>')).toBe(
      'content/news/bericht.md:2  title — gevonden: tag:example.com,2026:tag:yaml.org,2002:str voor een waarde (een label dat de waarde iets anders laat zijn dan tekst); verwacht de waarde zelf, zonder tag:example.com,2026:tag:yaml.org,2002:str ervoor',
    );
  });
  it('reports unreadable frontmatter on its line, under the field of that line', () => {
    const text = '---\ntitle: Een titel\ndescription: Let op: dubbele punt\n---\n';
    expect(problemsWith({ collection: 'news', name: 'bericht.md', data: text })[0]).toBe('content/news/bericht.md:3  description — gevonden: een dubbele punt midden in de waarde van description; verwacht de tekst tussen aanhalingstekens: description: "Let op: dubbele punt"');
  });
  it('reports a file without frontmatter', () => {
    expect(problemsWith({ collection: 'news', name: 'bericht.md', data: '# Alleen tekst\n' })[0]).toBe(
      'content/news/bericht.md:1  opmaak — gevonden: geen velden bovenaan het bestand; verwacht als eerste regel ---, dan de velden (title: …), dan weer een regel --- en daaronder de tekst',
    );
  });
  it('reports no fields at the top when the first line is four dashes, or when a --- line is further down in the text', () => {
    const noFields = 'content/news/bericht.md:1  opmaak — gevonden: geen velden bovenaan het bestand; verwacht als eerste regel ---, dan de velden (title: …), dan weer een regel --- en daaronder de tekst';
    const fields = 'title: Een bericht uit Delfshaven\ndescription: Een samenvatting van minstens twintig tekens.\ndate: 2023-11-29\ncategory: netwerk\n';
    expect(problemsWith({ collection: 'news', name: 'bericht.md', data: `----\n${fields}---\n\nTekst van het bericht.\n` })).toEqual([noFields]);
    expect(problemsWith({ collection: 'news', name: 'bericht.md', data: 'Een bericht uit Delfshaven\n\n---\n\nTekst van het bericht.\n' })).toEqual([noFields]);
  });
  it('reports a missing closing --- below the last field when no text follows', () => {
    const text = '---\ntitle: Een bericht uit Delfshaven\ndescription: Een samenvatting van minstens twintig tekens.\ndate: 2023-11-29\ncategory: netwerk\n';
    expect(problemsWith({ collection: 'news', name: 'bericht.md', data: text })).toEqual([
      'content/news/bericht.md:6  opmaak — gevonden: een regel --- bovenaan, maar geen tweede regel --- onder de velden; verwacht een regel met alleen --- direct onder het laatste veld (regel 5), boven de tekst',
    ]);
  });
  it('passes over a # line among the fields when the closing --- is missing, and takes the fields below it', () => {
    const text = '---\ntitle: Een bericht uit Delfshaven\n# de samenvatting volgt nog\ndescription: Een samenvatting van minstens twintig tekens.\ndate: 2023-11-29\ncategory: netwerk\n\nTekst van het bericht.\n';
    expect(problemsWith({ collection: 'news', name: 'bericht.md', data: text })).toEqual([
      'content/news/bericht.md:7  opmaak — gevonden: een regel --- bovenaan, maar geen tweede regel --- onder de velden; verwacht een regel met alleen --- direct onder het laatste veld (regel 6), boven de tekst',
    ]);
  });
  it('says a line of other dashes below the fields was meant as the --- (helper-39)', () => {
    const fields = '---\ntitle: Een bericht uit Delfshaven\ndescription: Een samenvatting van minstens twintig tekens.\ndate: 2023-11-29\ncategory: netwerk\n';
    for (const dashes of ['--', '-', '—', '–––', '- - -', '-- ']) {
      expect(problemsWith({ collection: 'news', name: 'bericht.md', data: `${fields}${dashes}\n\n# Kop\n` }), dashes).toEqual([
        `content/news/bericht.md:6  opmaak — gevonden: "${dashes.trim()}" onder de velden; verwacht precies drie gewone streepjes: ---`,
      ]);
    }
    // Text of its own below the fields is not taken for dashes.
    expect(problemsWith({ collection: 'news', name: 'bericht.md', data: `${fields}- - - meer\n` })[0]).toContain('geen tweede regel --- onder de velden');
    // Nor is an empty item of a list, indented under its field.
    expect(problemsWith({ collection: 'news', name: 'bericht.md', data: `${fields}tags:\n  - \n` }).join('\n')).not.toContain('precies drie gewone streepjes');
  });
  it('says the check can find more once the lines are mended, where a mended line shows a field twice or a line still cannot be read', () => {
    // The unclosed quote took the lines below into the title; mended, they show category twice.
    const news = '---\ntitle: "Een bericht uit Delfshaven\ndescription: Een samenvatting van minstens twintig tekens.\ndate: 2023-11-29\ncategory: netwerk\ncategory: onderwijs\n---\n\nTekst.\n';
    const more = 'opmaak — gevonden: een vormfout waardoor de andere velden van dit bestand nog niet te lezen zijn; verwacht eerst de regels hierboven verbeterd. Na het verbeteren van deze regels kan de controle nog meer vinden.';
    expect(problemsWith({ collection: 'news', name: 'bericht.md', data: news })).toEqual([
      'content/news/bericht.md:2  title — gevonden: een aanhalingsteken aan het begin van de waarde zonder aanhalingsteken aan het eind; verwacht "…" om de hele tekst, op één regel',
      `content/news/bericht.md:7  ${more}`,
    ]);
    // In a YAML file it is said on the last line told, not the first.
    const organisation = 'name: Laurens: zorg en wonen\nkind: zorgaanbieder\ncity: Rotterdam\nnetworks:\n  - delfshaven\n website: www.laurens.nl\n';
    expect(problemsWith({ collection: 'organisations', name: 'laurens.yaml', data: organisation })).toEqual([
      'content/organisations/laurens.yaml:1  name — gevonden: een dubbele punt midden in de waarde van name; verwacht de tekst tussen aanhalingstekens: name: "Laurens: zorg en wonen"',
      'content/organisations/laurens.yaml:6  website — gevonden: een regel die niet als "veld: waarde" te lezen is; verwacht per regel een veld, een dubbele punt en een spatie, en tekst met : of # tussen aanhalingstekens',
      `content/organisations/laurens.yaml:6  ${more}`,
    ]);
  });
});

describe('organisations, pacts, themes and pages', () => {
  it('tell a theme\'s lead with Dutch sub-fields by those fields, not as a project in the wrong folder (only unknown fields at the top say the folder)', () => {
    const theme = { title: 'Iedereen doet mee', description: 'Een actielijn met een beschrijving.', theme: 'Inclusiviteit', lead: { naam: 'Jan Krol', rol: 'Trekker' } };
    expect(problemsWith({ collection: 'themes', name: 'iedereen-doet-mee.md', data: theme })).toEqual([
      'content/themes/iedereen-doet-mee.md:6  lead.naam — gevonden: het veld "naam", dat de site niet kent; verwacht "name" (veldnamen zijn Engels; in de webeditor heet het Naam); deze velden kan dit bestand hebben: name, role',
      'content/themes/iedereen-doet-mee.md:7  lead.rol — gevonden: het veld "rol", dat de site niet kent; verwacht "role" (veldnamen zijn Engels; in de webeditor heet het Functie of rol); deze velden kan dit bestand hebben: name, role',
    ]);
  });
  it('check their own required fields and enums', () => {
    expect(problemsWith({ collection: 'organisations', name: 'laurens.yaml', data: { name: 'Laurens', kind: 'ziekenhuis' } })[0]).toMatch(
      /^content\/organisations\/laurens\.yaml:2 {2}kind — gevonden: "ziekenhuis"; verwacht één van: zorgaanbieder,/,
    );
    expect(problemsWith({ collection: 'pacts', name: 'pact-flevoland.md', data: { title: 'Zorgpact Flevoland', description: 'Een pact zonder regio, als fout.' } })[0]).toMatch(
      /region — gevonden: niets \(het veld ontbreekt\); verwacht tekst van 2 tot 80 tekens$/,
    );
    expect(problemsWith({ collection: 'pacts', name: 'pact-flevoland.md', data: { title: 'Zorgpact Flevoland', region: 'Flevoland', description: 'Een pact met een fout e-mailadres.', contact: { email: 'geen-mail' } } })[0]).toMatch(
      /contact\.email — gevonden: "geen-mail"; verwacht een e-mailadres, zoals naam@organisatie\.nl$/,
    );
    expect(problemsWith({ collection: 'themes', name: 'iedereen-doet-mee.md', data: { title: 'Iedereen doet mee', description: 'Een thema met een kartrekker zonder naam.', lead: {} } })[0]).toMatch(
      /lead\.name — gevonden: niets \(het veld ontbreekt\); verwacht tekst van 2 tot 120 tekens$/,
    );
    expect(problemsWith({ collection: 'pages', name: 'over.md', data: { title: 'Over', description: 'Een pagina met een foute datum.', updated: 'gisteren' } })[0]).toMatch(/updated — gevonden: "gisteren"; verwacht de datum zelf, jaar-maand-dag: \d{4}-\d{2}-\d{2} voor gisteren$/);
  });
});

describe('the report', () => {
  it('lists every problem of several files in one run, then a count', () => {
    let files = withFile(baseline(), news({ date: 'volgende week' }));
    files = withFile(files, project({ status: 'klaar' }));
    files = withFile(files, { collection: 'organisations', name: 'laurens.yaml', data: { kind: 'zorgaanbieder' } });
    const report = formatReport(checkEntries(toContentFiles(files)).problems);
    expect(report.split('\n')).toEqual([
      'content/news/bericht.md:4  date — gevonden: "volgende week"; verwacht een datum als 2023-11-29 (jaar-maand-dag)',
      'content/organisations/laurens.yaml:1  name — gevonden: niets (het veld ontbreekt); verwacht tekst van 2 tot 140 tekens',
      'content/projects/proefproject.md:4  status — gevonden: "klaar"; verwacht één van: gepland, lopend, afgerond; bedoelde je "afgerond"?',
      '',
      '3 problemen gevonden in 3 bestanden.',
    ]);
  });
  it('puts each problem on one line, so no file name, key or value starts a line of its own (helper-40: "::warning" on GitHub)', () => {
    const files = withFile(baseline(), news({ 'zz\n::warning title=KEY::via de sleutel': 1 }));
    const problems = checkEntries(toContentFiles(files)).problems;
    expect(problems.length).toBeGreaterThan(0);
    expect(problems.some((p) => /\n/.test(p.field + p.message))).toBe(true); // the key as read holds the line end
    const report = formatReport([...problems, { file: 'content/news/a\r::notice::b.md', line: 1, field: 'bestand', message: 'x\u2028y\u0085z' }]);
    expect(report.split(/\r\n|\r|\n|\u2028|\u2029|\u0085/).filter((line) => line.startsWith('::'))).toEqual([]);
    expect(report).toContain('content/news/a ::notice::b.md:1  bestand — x y z');
  });
  it('says nothing when nothing is wrong; one problem in one file in the singular', () => {
    expect(formatReport([])).toBe('');
    expect(formatReport(checkEntries(toContentFiles(baseline())).problems)).toBe('');
    expect(formatReport(checkEntries(toContentFiles(withFile(baseline(), project({ status: 'klaar' })))).problems).split('\n').at(-1)).toBe('1 probleem gevonden in 1 bestand.');
  });
  it('shows what was written on one line: an empty field, spaces only, a number, yes/no, a list, long text cut at 60 characters', () => {
    const statusWritten = (written: string) => {
      const text = markdown(validProject()).replace('status: lopend', written);
      return checkEntries(toContentFiles(withFile(baseline(), { collection: 'projects', name: 'proefproject.md', data: text }))).problems.map(formatProblem);
    };
    const expected = '; verwacht één van: gepland, lopend, afgerond';
    expect(statusWritten('status:')).toEqual([`content/projects/proefproject.md:4  status — gevonden: een leeg veld${expected}`]);
    expect(statusWritten('status: "   "')).toEqual([`content/projects/proefproject.md:4  status — gevonden: lege tekst${expected}`]);
    expect(statusWritten('status: 12')).toEqual([`content/projects/proefproject.md:4  status — gevonden: 12${expected}`]);
    expect(statusWritten('status: true')).toEqual([`content/projects/proefproject.md:4  status — gevonden: true${expected}`]);
    expect(statusWritten('status: []')).toEqual([`content/projects/proefproject.md:4  status — gevonden: een lege lijst${expected}`]);
    expect(statusWritten('status: [lopend]')).toEqual([`content/projects/proefproject.md:4  status — gevonden: een lijst: ["lopend"]${expected}`]);
    // Line breaks and runs of spaces read as one space; 60 characters fit, 61 are cut to 59 and "…".
    expect(statusWritten('status: "bezig   en\n  klaar"')).toEqual([`content/projects/proefproject.md:4  status — gevonden: "bezig en klaar"${expected}`]);
    const sixty = `bezig ${'x'.repeat(54)}`;
    expect(statusWritten(`status: ${sixty}`)).toEqual([`content/projects/proefproject.md:4  status — gevonden: "${sixty}"${expected}`]);
    expect(statusWritten(`status: ${sixty}y`)).toEqual([`content/projects/proefproject.md:4  status — gevonden: "${sixty.slice(0, 59)}…"${expected}`]);
  });
  it('numbers list items from 1, as editors count', () => {
    expect(fieldName(['figures', 0, 'value'])).toBe('figures[1].value');
    expect(fieldName([])).toBe('opmaak');
  });
});

describe('placeholders in the frontmatter', () => {
  it('an item of a list still to be written may also be taken out of the list; a field inside an item is told as a field', () => {
    expect(problemsWith(news({ tags: ['zorg', '[VUL IN: trefwoord]'] }))).toEqual([
      'content/news/bericht.md:12  tags[2] — gevonden: "[VUL IN: trefwoord]", nog niet ingevuld; verwacht je eigen tekst in plaats van [VUL IN …], of haal die regel uit de lijst weg',
    ]);
    // A field inside a list item is a field: the item stays.
    expect(problemsWith(project({ figures: [{ label: '[VUL IN: wat er geteld is]', value: 30, kind: 'resultaat' }] }))).toEqual([
      'content/projects/proefproject.md:14  figures[1].label — gevonden: "[VUL IN: wat er geteld is]", nog niet ingevuld; verwacht je eigen tekst in plaats van [VUL IN …]',
    ]);
  });
  it('a misspelt field is told once, as the field it resembles, not also as that field missing (helper-27: categorie gave two messages, one on the --- line)', () => {
    const FIELDS = 'title, description, date, updated, category, tags, networks, pacts, projects, organisations, author, source, image, draft';
    const { category, ...rest } = validNews();
    expect(problemsWith({ collection: 'news', name: 'bericht.md', data: { ...rest, categorie: category } })).toEqual([
      `content/news/bericht.md:9  categorie — gevonden: het veld "categorie", dat de site niet kent; verwacht "category" (veldnamen zijn Engels; in de webeditor heet het Categorie); deze velden kan dit bestand hebben: ${FIELDS}`,
    ]);
    // The field it resembles is there too, with a value that is wrong: that is told as well.
    expect(problemsWith({ collection: 'news', name: 'bericht.md', data: { ...validNews({ category: 'zorg' }), categorie: category } })).toEqual([
      'content/news/bericht.md:5  category — gevonden: "zorg"; verwacht één van: netwerk, arbeidsmarkt, onderwijs, inclusie, beleid, samenwerking',
      `content/news/bericht.md:10  categorie — gevonden: het veld "categorie", dat de site niet kent; verwacht "category" (veldnamen zijn Engels; in de webeditor heet het Categorie); deze velden kan dit bestand hebben: ${FIELDS}`,
    ]);
    // The Dutch name the web editor shows: told as that field (helper-29: bron, trefwoorden got no hint).
    const { description, ...withoutDescription } = validNews();
    expect(problemsWith({ collection: 'news', name: 'bericht.md', data: { ...withoutDescription, samenvatting: description } })).toEqual([
      `content/news/bericht.md:9  samenvatting — gevonden: het veld "samenvatting", dat de site niet kent; verwacht "description" (veldnamen zijn Engels; in de webeditor heet het Samenvatting); deze velden kan dit bestand hebben: ${FIELDS}`,
    ]);
    const { tags, ...withoutTags } = validNews({ tags: ['wijk'] });
    expect(problemsWith({ collection: 'news', name: 'bericht.md', data: { ...withoutTags, Trefwoorden: tags } })[0]).toContain('verwacht "tags" (veldnamen zijn Engels; in de webeditor heet het Trefwoorden)');
    // A project's start by the first word of its Dutch name ("Startdatum"), a lead by the first of "Trekkende organisatie".
    expect(problemsWith(project({ trekkende: 'laurens' })).join('\n')).toContain('verwacht "lead" (veldnamen zijn Engels; in de webeditor heet het Trekkende organisatie)');
    expect(problemsWith(project({ 'Start-datum': '2023-01-01' })).join('\n')).toContain('verwacht "start" (veldnamen zijn Engels; in de webeditor heet het Startdatum)');
    // Only a name the field has everywhere: "Datum bij de bron" names the source's date, not the item's (helper-31); datum is
    // the last part of the item's own date, Publicatiedatum, and told as a Dutch name like titel, not as a typo (helper-33).
    expect(problemsWith(news({ datum: '2023-11-29' })).join('\n')).toContain('verwacht "date" (veldnamen zijn Engels; in de webeditor heet het Publicatiedatum)');
    // A note after a web address: the URL standard would take it into the path (helper-34).
    expect(problemsWith(news({ source: { name: 'Rijnmond', url: 'https://www.rijnmond.nl/ (nog niet online)' } }))).toEqual([
      'content/news/bericht.md:12  source.url — gevonden: "https://www.rijnmond.nl/ (nog niet online)"; verwacht alleen het webadres, zonder tekst erachter: https://www.rijnmond.nl/',
    ]);
    // Four letters are the end of a name by chance, not a name: cept ends Concept, but is no draft.
    expect(problemsWith(news({ cept: 'ja' })).join('\n')).not.toContain('verwacht "draft"');
    // Not the last part of a name of several words: tekst is no alt text ("Beschrijving van de foto (alt-tekst)").
    expect(problemsWith(news({ image: { src: './foto.jpg', tekst: 'Twee leerlingen' } })).join('\n')).not.toContain('verwacht "alt"');
    // Far from every field and no Dutch name of one: no guess, so the missing field is still told.
    expect(problemsWith({ collection: 'news', name: 'bericht.md', data: { ...withoutDescription, inleiding: description } })).toEqual([
      'content/news/bericht.md:1  description — gevonden: niets (het veld ontbreekt); verwacht tekst van 20 tot 300 tekens',
      `content/news/bericht.md:9  inleiding — gevonden: het veld "inleiding", dat de site niet kent; verwacht een veld uit de lijst; deze velden kan dit bestand hebben: ${FIELDS}`,
    ]);
    // Another word editors use for a field (FIELD_SYNONYMS): told as that field, once, and not also as the field missing (helper-39:
    // "waarde" under a key figure gave "value ontbreekt" and "een veld uit de lijst").
    expect(problemsWith({ collection: 'news', name: 'bericht.md', data: { ...withoutDescription, omschrijving: description } })).toEqual([
      `content/news/bericht.md:9  omschrijving — gevonden: het veld "omschrijving", dat de site niet kent; verwacht "description" (veldnamen zijn Engels; in de webeditor heet het Samenvatting); deze velden kan dit bestand hebben: ${FIELDS}`,
    ]);
    expect(problemsWith(project({ figures: [{ label: 'Deelnemers', waarde: 10, unit: 'personen', kind: 'doel' }] }))).toEqual([
      expect.stringMatching(/^content\/projects\/proefproject\.md:\d+ {2}figures\[1\]\.waarde — gevonden: het veld "waarde", dat de site niet kent; verwacht "value" \(veldnamen zijn Engels; in de webeditor heet het Getal\); deze velden kan dit bestand hebben: label, value, unit, kind, asOf$/),
    ]);
    // The same word in another place names nothing there: omschrijving is a key figure's label, not its value.
    expect(problemsWith(project({ figures: [{ omschrijving: 'Deelnemers', value: 10, kind: 'doel' }] })).join('\n')).toContain('verwacht "label" (veldnamen zijn Engels; in de webeditor heet het Wat er geteld is)');
    expect(problemsWith(project({ Begin: '2024-01-01', eind: '2024-12-31' })).join('\n')).toMatch(/Begin — .*verwacht "start" .*\n.*eind — .*verwacht "end" /);
  });
  it('under a field the site does not know, or under a text field: that field is told, with the fields it may be, not the placeholder', () => {
    const FIELDS = 'title, description, date, updated, category, tags, networks, pacts, projects, organisations, author, source, image, draft';
    expect(problemsWith(news({ bron: { naam: '[VUL IN: naam]' } }))).toEqual([
      `content/news/bericht.md:10  bron — gevonden: het veld "bron", dat de site niet kent; verwacht "source", met de velden name, author, url, date eronder (veldnamen zijn Engels; in de webeditor heet het Bron); deze velden kan dit bestand hebben: ${FIELDS}`,
    ]);
    // A sub-field misspelt: before, only "nog niet ingevuld" was told, and filling it in led to "dat de site niet kent".
    expect(problemsWith(news({ source: { nme: '[VUL IN: naam]', url: 'https://www.rijnmond.nl' } }))).toEqual([
      'content/news/bericht.md:11  source.nme — gevonden: het veld "nme", dat de site niet kent; verwacht "name" (een tikfout?); deze velden kan dit bestand hebben: name, author, url, date',
    ]);
    expect(problemsWith(news({ description: { naam: '[VUL IN: naam]' } }))).toEqual([
      'content/news/bericht.md:3  description — gevonden: {"naam":"[VUL IN: naam]"}; verwacht tekst van 20 tot 300 tekens',
    ]);
  });
});

describe('YAML read as written', () => {
  it('a field without a value inside { } is named on its own line', () => {
    const text = '---\ntitle: Een bericht uit Delfshaven\ndescription: Een samenvatting van minstens twintig tekens.\ndate: 2023-11-29\ncategory: netwerk\nsource: {\n  url: https://www.rijnmond.nl,\n  name\n}\n---\n\nTekst.\n';
    expect(problemsWith({ collection: 'news', name: 'bericht.md', data: text })).toEqual(['content/news/bericht.md:8  source.name — gevonden: een leeg veld; verwacht tekst van 2 tot 120 tekens']);
  });
  it('a quoted title or a [ ] list over two lines is valid, also below a line the reader stumbled on', () => {
    const valid = ['description: Een samenvatting van minstens twintig tekens.', 'date: 2023-11-29', 'category: netwerk'];
    const news = (lines: string[]) => problemsWith({ collection: 'news', name: 'bericht.md', data: `---\n${lines.join('\n')}\n---\n\nTekst.\n` });
    expect(news(['title: "Een bericht', '  uit Delfshaven"', ...valid])).toEqual([]);
    expect(news(['title: Een bericht uit Delfshaven', ...valid, 'networks: [delfshaven,', '  charlois]'])).toEqual([]);
    const colon = 'content/news/bericht.md:2  title — gevonden: een dubbele punt midden in de waarde van title; verwacht de tekst tussen aanhalingstekens: title: "Let op: nieuwe leerwerkplekken"';
    expect(news(['title: Let op: nieuwe leerwerkplekken', 'description: "Een samenvatting van', '  minstens twintig tekens."', ...valid.slice(1)])).toEqual([colon]);
    // A doubled apostrophe far from that line is no mistake either.
    expect(news(['title: Let op: nieuwe leerwerkplekken', ...valid, "author: 'Rotterdam''s redactie'"])).toEqual([colon]);
  });
  it('a field twice names the line of the first, not of the same name under another field in between', () => {
    const text = '---\ntitle: Een bericht uit Delfshaven\ndescription: Een samenvatting van minstens twintig tekens.\ndate: 2023-11-29\ncategory: netwerk\nsource:\n  name: Rijnmond\n  date: 2023-11-28\ndate: 2023-11-30\n---\n\nTekst.\n';
    expect(problemsWith({ collection: 'news', name: 'bericht.md', data: text })).toEqual([
      'content/news/bericht.md:9  date — gevonden: date voor de tweede keer (ook op regel 4); verwacht elk veld één keer: haal een van de twee weg',
    ]);
  });
  it('a field twice inside { } is named, with the field it stands in', () => {
    const text = '---\ntitle: Een bericht uit Delfshaven\ndescription: Een samenvatting van minstens twintig tekens.\ndate: 2023-11-29\ncategory: netwerk\nsource: {name: Rijnmond, name: NOS}\n---\n\nTekst.\n';
    expect(problemsWith({ collection: 'news', name: 'bericht.md', data: text })).toEqual([
      'content/news/bericht.md:6  source — gevonden: name in source voor de tweede keer; verwacht elk veld één keer: haal een van de twee weg',
    ]);
  });
  it('a quote opened inside [ ] and never closed is told on its line', () => {
    const text = '---\ntitle: Een bericht uit Delfshaven\ndescription: Een samenvatting van minstens twintig tekens.\ndate: 2023-11-29\ncategory: netwerk\nnetworks: ["delfshaven, charlois]\n---\n\nTekst.\n';
    expect(problemsWith({ collection: 'news', name: 'bericht.md', data: text })).toEqual([
      'content/news/bericht.md:6  networks — gevonden: een aanhalingsteken zonder aanhalingsteken aan het eind; verwacht "…" om de hele tekst, op één regel',
    ]);
  });
  it('a doubled apostrophe inside single quotes is valid and no mistake', () => {
    const text = "---\ntitle: 'Rotterdam''s nieuwe leerwerkplekken'\ndescription: Een samenvatting van minstens twintig tekens.\ndate: 2023-11-29\ncategory: netwerk\n---\n\nTekst.\n";
    expect(problemsWith({ collection: 'news', name: 'bericht.md', data: text })).toEqual([]);
  });
  it('a comment with a space after # is a comment, not a cut-off value', () => {
    const text = '---\ntitle: Een bericht uit Delfshaven # de kop\ndescription: Een samenvatting van minstens twintig tekens.\ndate: 2023-11-29\ncategory: netwerk\n---\n\nTekst.\n';
    expect(problemsWith({ collection: 'news', name: 'bericht.md', data: text })).toEqual([]);
  });
});

describe('the nearest known name for a typo (closest)', () => {
  it('allows two edits up to eight letters, then a third of the length', () => {
    expect(closest('abcdef', ['abcdxy'])).toBe('abcdxy'); // 2 edits
    expect(closest('abcdef', ['abcxyz'])).toBeUndefined(); // 3 edits
    expect(closest('abcdefghijkl', ['abcdefghwxyz'])).toBe('abcdefghwxyz'); // 4 edits in 12 letters
    expect(closest('abcdefghijkl', ['abcdefgvwxyz'])).toBeUndefined(); // 5 edits
  });
  it('takes the nearest, and of equally near names the first', () => {
    expect(closest('laurenz', ['lauxxxx', 'laurent', 'laurens'])).toBe('laurent');
    expect(closest('laurens', ['laurxns', 'laurens'])).toBe('laurens');
    expect(closest('laurens', [])).toBeUndefined();
  });
});

describe('the tip for a date that is no date', () => {
  const tip = (written: string) => dateMessage(`"${written}"`, written, 'verwacht een datum als 2023-11-29 (jaar-maand-dag)');
  it('names the month or day that does not exist, with the days that month has', () => {
    expect(tip('2023-00-10')).toBe('gevonden: "2023-00-10", maar maand 0 bestaat niet; verwacht een datum als 2023-11-29 (jaar-maand-dag)');
    expect(tip('2023-12-00')).toBe('gevonden: "2023-12-00", maar december 2023 heeft 31 dagen; verwacht een datum als 2023-11-29 (jaar-maand-dag)');
    expect(tip('2024-02-30')).toBe('gevonden: "2024-02-30", maar februari 2024 heeft 29 dagen; verwacht een datum als 2023-11-29 (jaar-maand-dag)');
    expect(tip('2023-01-32')).toBe('gevonden: "2023-01-32", maar januari 2023 heeft 31 dagen; verwacht een datum als 2023-11-29 (jaar-maand-dag)');
    const months = Array.from({ length: 12 }, (_, i) => tip(`2023-${String(i + 1).padStart(2, '0')}-32`)!.match(/maar (\w+ 2023 heeft \d+ dagen)/)![1]);
    expect(months).toEqual([
      'januari 2023 heeft 31 dagen', 'februari 2023 heeft 28 dagen', 'maart 2023 heeft 31 dagen', 'april 2023 heeft 30 dagen', 'mei 2023 heeft 31 dagen', 'juni 2023 heeft 30 dagen',
      'juli 2023 heeft 31 dagen', 'augustus 2023 heeft 31 dagen', 'september 2023 heeft 30 dagen', 'oktober 2023 heeft 31 dagen', 'november 2023 heeft 30 dagen', 'december 2023 heeft 31 dagen',
    ]);
  });
  it('turns day-month-year around, with slashes, dots or one digit too', () => {
    expect(tip('1/9/2023')).toBe('gevonden: "1/9/2023" (dag-maand-jaar); verwacht jaar-maand-dag: 2023-09-01');
    expect(tip(' 30.09.2016 ')).toBe('gevonden: " 30.09.2016 " (dag-maand-jaar); verwacht jaar-maand-dag: 2016-09-30');
  });
  it('turns a date written out in words into figures, also with a weekday or a short month (helper-37)', () => {
    expect(tip('3 december 2026')).toBe('gevonden: "3 december 2026" (in woorden); verwacht jaar-maand-dag in cijfers: 2026-12-03');
    expect(tip('di 3 dec. 2026')).toBe('gevonden: "di 3 dec. 2026" (in woorden); verwacht jaar-maand-dag in cijfers: 2026-12-03');
    expect(tip('Woensdag 30 September 2026')).toBe('gevonden: "Woensdag 30 September 2026" (in woorden); verwacht jaar-maand-dag in cijfers: 2026-09-30');
    expect(tip('31 april 2026')).toBe('gevonden: "31 april 2026", maar april 2026 heeft 30 dagen; verwacht een datum als 2023-11-29 (jaar-maand-dag)');
    // A year of three figures with a 0 before it is a typo, not a date to write out: the field's own message says what is expected.
    for (const typo of ['12-03-0202', '3 december 0216']) expect(tip(typo), typo).toBeUndefined();
    for (const no of ['3 de 2026', 'rond 3 december 2026', '3 decembre 2026']) expect(tip(no), no).toBeUndefined();
  });
  it('asks for the year of a day and month without one, and does not guess it (helper-39)', () => {
    const ask = (found: string, iso: string) => `gevonden: "${found}", zonder jaar; verwacht jaar-maand-dag in cijfers, met het jaar vooraan: jjjj-${iso} (schrijf het jaar op de plaats van jjjj)`;
    expect(tip('29 november')).toBe(ask('29 november', '11-29'));
    expect(tip('di 3 dec.')).toBe(ask('di 3 dec.', '12-03'));
    expect(tip('29 februari')).toBe(ask('29 februari', '02-29'));
    expect(tip('1-9')).toBe(ask('1-9', '09-01'));
    expect(tip('30/09')).toBe(ask('30/09', '09-30'));
    // January is a month too, and a month or weekday may start with a capital.
    expect(tip('1 januari')).toBe(ask('1 januari', '01-01'));
    expect(tip('15-1')).toBe(ask('15-1', '01-15'));
    expect(tip('29 November')).toBe(ask('29 November', '11-29'));
    expect(tip('Zo 3 Dec.')).toBe(ask('Zo 3 Dec.', '12-03'));
    for (const no of ['30 februari', '0 mei', '32-1', '3-13', '3 de', 'november', '3 decembre']) expect(tip(no), no).toBeUndefined();
  });
  it('asks for the day of a year or a month alone, without making one up; leaves out a time; turns vandaag into the date (helper-42)', () => {
    const noGuess = 'staat de dag nergens, verzin hem dan niet en laat het veld weg als dat mag';
    expect(tip('2019')).toBe(`gevonden: "2019", alleen een jaar; verwacht een hele datum, jaar-maand-dag, zoals 2019-03-14 (${noGuess})`);
    expect(tip('september 2016')).toBe(`gevonden: "september 2016", zonder dag; verwacht jaar-maand-dag: 2016-09-dd (schrijf de dag op de plaats van dd; ${noGuess})`);
    expect(tip('Dec. 2026')).toContain('zonder dag; verwacht jaar-maand-dag: 2026-12-dd');
    expect(tip('2016-09')).toContain('zonder dag; verwacht jaar-maand-dag: 2016-09-dd');
    // January too, and two spaces between month and year.
    expect(tip('2026-01')).toBe(`gevonden: "2026-01", zonder dag; verwacht jaar-maand-dag: 2026-01-dd (schrijf de dag op de plaats van dd; ${noGuess})`);
    expect(tip('september  2016')).toBe(`gevonden: "september  2016", zonder dag; verwacht jaar-maand-dag: 2016-09-dd (schrijf de dag op de plaats van dd; ${noGuess})`);
    expect(tip('2026-12-02 10:00')).toBe('gevonden: "2026-12-02 10:00", met een tijd; verwacht alleen de datum: 2026-12-02');
    expect(tip('2026-12-02T10:00:00')).toBe('gevonden: "2026-12-02T10:00:00", met een tijd; verwacht alleen de datum: 2026-12-02');
    const onDay = (word: string) => dateMessage(`"${word}"`, word, 'verwacht een datum', new Date('2026-12-02T23:30:00Z'));
    // Late in the evening in Amsterdam it is already the next day.
    expect(onDay('vandaag')).toBe('gevonden: "vandaag"; verwacht de datum zelf, jaar-maand-dag: 2026-12-03 voor vandaag');
    expect(onDay('Gisteren')).toBe('gevonden: "Gisteren"; verwacht de datum zelf, jaar-maand-dag: 2026-12-02 voor gisteren');
    expect(onDay('morgen')).toContain('2026-12-04 voor morgen');
    for (const no of ['2016-13', 'foo 2016', '19', '2026-02-30 10:00', 'overmorgen']) expect(tip(no), no).toBeUndefined();
    // Words around a month or a date are no date to tip on, and a number after a date is a time only with two figures for its minutes.
    for (const no of ['september 2016 of later', 'rond 2016-09', 'rond 2026-12-02 10:00', '2026-12-02 2.5 uur']) expect(tip(no), no).toBeUndefined();
    // A news item's date: the day it appears, said where the day or year is missing (helper-42: an event's day was given).
    expect(problemsWith(news({ date: '12 december' }))).toEqual([
      'content/news/bericht.md:4  date — gevonden: "12 december", zonder jaar; verwacht jaar-maand-dag in cijfers, met het jaar vooraan: jjjj-12-12 (schrijf het jaar op de plaats van jjjj); date is de dag waarop het bericht verschijnt, niet die van een activiteit erin',
    ]);
    expect(problemsWith(news({ date: '30-09-2016' }))[0]).not.toContain('activiteit');
    // Only the date itself: updated is the day of a change, and a list is no date to tip on.
    expect(problemsWith(news({ updated: '12 december' }))).toEqual([
      'content/news/bericht.md:10  updated — gevonden: "12 december", zonder jaar; verwacht jaar-maand-dag in cijfers, met het jaar vooraan: jjjj-12-12 (schrijf het jaar op de plaats van jjjj)',
    ]);
    expect(problemsWith(news({ date: ['12 december'] }))).toEqual(['content/news/bericht.md:4  date — gevonden: een lijst: ["12 december"]; verwacht een datum als 2023-11-29 (jaar-maand-dag)']);
    // A year alone is a number in YAML: still told as a year.
    expect(problemsWith({ collection: 'pacts', name: 'pact.md', data: { title: 'Zorgpact', region: 'Flevoland', description: 'Een pact met een beschrijving die lang genoeg is.', founded: 2019 } }).join('\n')).toContain('founded — gevonden: 2019, alleen een jaar');
  });
  it('asks for two digits where the day alone has one, and has no tip for a right date or for no date at all', () => {
    expect(tip('2023-09-1')).toBe('gevonden: "2023-09-1"; verwacht maand en dag met twee cijfers: 2023-09-01');
    expect(tip('2023-9-01')).toBe('gevonden: "2023-9-01"; verwacht maand en dag met twee cijfers: 2023-09-01');
    expect(tip('2024-02-29')).toBeUndefined();
    expect(tip('volgende week')).toBeUndefined();
    expect(tip('2023-9')).toContain('zonder dag; verwacht jaar-maand-dag: 2023-09-dd');
    // Only a date on its own gets a tip; with more around it, the field's own message says what is expected.
    expect(tip('2023-9-1 ongeveer')).toBeUndefined();
    expect(tip('rond 1/9/2023')).toBeUndefined();
    expect(tip('rond 2023-9-1')).toBeUndefined();
    expect(tip('1/9/2023 ongeveer')).toBeUndefined();
  });
});

describe('a source that shows one address and links to another (helper-60)', () => {
  const told = (source: Record<string, string>) => {
    const { problems, entries } = checkEntries(toContentFiles(withFile(baseline(), { collection: 'news', name: 'bron.md', data: validNews({ source }) })));
    expect(problems).toEqual([]);
    return misleadingSources(entries).map(formatProblem);
  };
  it('is refused on its name, and a name that is words or the same site is fine', () => {
    expect(told({ name: 'www.rotterdam.nl', url: 'https://evil.example/' })).toEqual([
      // On the line of the name (11), below source: on line 10.
      expect.stringMatching(/^content\/news\/bron\.md:11  source\.name — gevonden: "www\.rotterdam\.nl", een adres van een andere site dan waar de link heen gaat \(https:\/\/evil\.example\/\); verwacht de naam van de bron, of het adres waar source\.url heen gaat$/),
    ]);
    expect(told({ name: 'Gemeente Rotterdam', url: 'https://evil.example/' })).toEqual([]);
    expect(told({ name: 'rotterdam.nl', url: 'https://www.rotterdam.nl/nieuws/' })).toEqual([]);
  });
});
