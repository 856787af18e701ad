/** The file name `npm run new` gives a title: never one the check refuses, never one too long to read. */
import { describe, expect, it } from 'vitest';
import { MAX_ID_LENGTH, idFor, scaffold } from '../../src/lib/scaffold.ts';
import { reservedIdReason } from '../../src/lib/validation/check-entries.ts';
import { SLUG_PATTERN } from '../../src/lib/content-model.ts';
import { z } from 'astro/zod';
import { buildSchemas } from '../../src/lib/schemas.ts';

describe('the file name of a new entry', () => {
  it('is the title in lowercase words with hyphens', () => {
    expect(idFor('news', 'Coöperatief samenwerken in IJsselmonde')).toBe('cooperatief-samenwerken-in-ijsselmonde');
  });
  it('holds no date: today is in the date field only (as CONTRIBUTING says)', () => {
    const entry = scaffold('nieuws', 'Nieuwe leerwerkplekken in Charlois', new Date('2024-03-01T10:00:00Z'));
    expect(entry.file).toBe('news/nieuwe-leerwerkplekken-in-charlois.md');
    expect(entry.text).toContain('\ndate: 2024-03-01\n');
  });
  it('a long title is cut between words, at most 60 characters', () => {
    const title = 'Zorg en welzijn in Rotterdam: veertien coöperatieve netwerken ondertekenen samen een overeenkomst in het Maritiem Museum';
    const id = idFor('news', title);
    expect(id).toBe('zorg-en-welzijn-in-rotterdam-veertien-cooperatieve-netwerken');
    expect(id.length).toBeLessThanOrEqual(MAX_ID_LENGTH);
    expect(SLUG_PATTERN.test(id)).toBe(true);
    expect(scaffold('nieuws', title).file).toBe(`news/${id}.md`);
    // One long word is cut, not dropped.
    expect(idFor('news', 'a'.repeat(80))).toBe('a'.repeat(60));
  });
  it.each([
    ['pagina', 'Nieuws', 'pagina', 'Nieuws pagina', 'nieuws-pagina'],
    ['pagina', 'Zoeken', 'pagina', 'Zoeken pagina', 'zoeken-pagina'],
    ['pagina', 'Beheer', 'pagina', 'Beheer pagina', 'beheer-pagina'],
    ['nieuws', '2024', 'nieuws', '2024 nieuwsbericht', '2024-nieuwsbericht'],
    ['nieuws', 'Tag', 'nieuws', 'Tag nieuwsbericht', 'tag-nieuwsbericht'],
    ['project', 'Status', 'project', 'Status project', 'status-project'],
  ])('%s "%s", a name the site uses itself, is refused with a title that works', (kind, title, kindWord, suggestion, suggestedId) => {
    expect(() => scaffold(kind, title)).toThrow(`npm run new -- ${kindWord} "${suggestion}"`);
    const entry = scaffold(kind, suggestion);
    expect(entry.file.split('/')[1]!.replace(/\.\w+$/, '')).toBe(suggestedId);
    expect(reservedIdReason(entry.collection, suggestedId)).toBeUndefined();
  });
});

describe('the file `npm run new` writes', () => {
  const body = '\n[VUL IN: de tekst, in Markdown; tussenkoppen met ## ]\n';
  const summary = 'description: "[VUL IN: samenvatting van 20 tot 300 tekens]"';
  const day = new Date('2024-03-01T10:00:00Z');

  it.each([
    ['nieuws', 'Nieuwe leerwerkplekken in Charlois', 'news/nieuwe-leerwerkplekken-in-charlois.md', [
      'title: "Nieuwe leerwerkplekken in Charlois"',
      summary,
      'date: 2024-03-01',
      'category: "[VUL IN: netwerk, arbeidsmarkt, onderwijs, inclusie, beleid of samenwerking]"',
      '# Optioneel: tags, networks, projects, pacts, organisations, author, source, image, updated, draft',
    ]],
    ['pact', 'Zorgpact Flevoland', 'pacts/zorgpact-flevoland.md', [
      'title: "Zorgpact Flevoland"',
      'region: "[VUL IN: regio, zoals Flevoland]"',
      summary,
      '# Optioneel: chair, members, organisations, themes, founded, website, contact, draft',
    ]],
    ['netwerk', 'Delfshaven', 'networks/delfshaven.md', [
      'title: "Delfshaven"',
      'area: "Delfshaven"',
      summary,
      'signed: "[VUL IN: datum van ondertekening, zoals 2016-09-28]"',
      '# Optioneel: partnerCount, partners, website, contact, image',
    ]],
    ['project', 'Leerwerkplekken', 'projects/leerwerkplekken.md', [
      'title: "Leerwerkplekken"',
      summary,
      'status: "[VUL IN: gepland, lopend of afgerond]"',
      '# Optioneel: statusNote, start, end, lead, partners, organisations, networks, pact, theme, targetGroups, contact, website, image, draft',
      '# Kerncijfers, bijvoorbeeld:',
      '# figures:',
      '#   - label: Deelnemers',
      '#     value: 30',
      '#     unit: personen',
      '#     kind: resultaat',
    ]],
    ['thema', 'Arbeidsmarkt', 'themes/arbeidsmarkt.md', ['title: "Arbeidsmarkt"', summary, '# Optioneel: theme, lead, draft']],
    ['pagina', 'Over ons', 'pages/over-ons.md', ['title: "Over ons"', summary, 'updated: 2024-03-01', '# Optioneel: draft']],
  ])('%s "%s": %s with every required field, the ones to write marked [VUL IN, the optional ones named', (kind, title, file, lines) => {
    expect(scaffold(kind, title, day)).toEqual({ collection: file.split('/')[0], file, text: `---\n${lines.join('\n')}\n---\n${body}` });
  });

  it('organisatie: a YAML file with the name and the kinds to choose from, no body', () => {
    expect(scaffold('organisatie', 'Gemeente Rotterdam', day)).toEqual({
      collection: 'organisations',
      file: 'organisations/gemeente-rotterdam.yaml',
      text: 'name: "Gemeente Rotterdam"\nkind: "[VUL IN: zorgaanbieder, welzijn, onderwijs, gemeente, rijksoverheid, werkgever, samenwerkingsverband of overig]"\n# Optioneel: description, website, city\n',
    });
  });

  it('also takes the folder name as the kind (news, organisations …)', () => {
    expect(scaffold('news', 'Een bericht', day).file).toBe('news/een-bericht.md');
    expect(scaffold('organisations', 'Een organisatie', day).file).toBe('organisations/een-organisatie.yaml');
  });

  it('dates an entry made late in the evening with the day in Rotterdam, not in London', () => {
    const lateEvening = new Date('2024-03-01T23:30:00Z'); // 00:30 on 2 March in Rotterdam
    expect(scaffold('nieuws', 'Laat bericht', lateEvening).text).toContain('\ndate: 2024-03-02\n');
    expect(scaffold('pagina', 'Late pagina', lateEvening).text).toContain('\nupdated: 2024-03-02\n');
  });

  it('refuses an unknown kind, naming the kinds there are', () => {
    expect(() => scaffold('bericht', 'Iets')).toThrow(new Error('Onbekende soort "bericht". Kies uit: nieuws, pact, netwerk, project, thema, organisatie, pagina.'));
    // Capitals and spaces around the kind do not matter (helper-51: "Nieuws" was refused).
    expect(scaffold(' Nieuws', 'Nieuwe leerwerkplekken').file).toBe(scaffold('nieuws', 'Nieuwe leerwerkplekken').file);
    expect(scaffold('PROJECTS', 'Proef in Charlois').collection).toBe('projects');
  });

  it('refuses a title without letters or digits, with an example', () => {
    expect(() => scaffold('nieuws', '?!')).toThrow(new Error('Geef een titel met letters of cijfers, bijvoorbeeld: npm run new -- nieuws "Nieuwe leerwerkplekken in Charlois"'));
  });

  it('refuses a title the check would refuse, in the check\'s words, so no file is written that fails (helper-53)', () => {
    expect(() => scaffold('nieuws', 'Zorg')).toThrow(new Error('title — gevonden: "Zorg"; verwacht minstens 5 tekens (nu 4). Er is niets geschreven; probeer het opnieuw met een andere titel.'));
    expect(() => scaffold('project', '**Nieuw** in Charlois')).toThrow('title — gevonden: "**Nieuw** in Charlois"; verwacht gewone tekst zonder opmaak');
    expect(() => scaffold('organisatie', 'Z')).toThrow('name — gevonden: "Z"; verwacht minstens 2 tekens (nu 1).');
    // Each kind's own minimum: a project may be called "WEP", a news item may not.
    expect(scaffold('project', 'WEP').file).toBe('projects/wep.md');
    expect(() => scaffold('nieuws', 'WEP!')).toThrow('verwacht minstens 5 tekens (nu 4)');
    // A tab or line end pasted into the title is a space, not a \t between quotes (helper-55).
    expect(scaffold('nieuws', 'Tabs\ten\nmeer  in Charlois ').text).toContain('\ntitle: "Tabs en meer in Charlois"\n');
  });

  it('refuses a fifteenth network, naming the fourteen', () => {
    expect(() => scaffold('netwerk', 'Schiedam')).toThrow(
      new Error('Er zijn precies veertien netwerken: Delfshaven, Hoogvliet, Rozenburg, Charlois, Pernis, IJsselmonde, Prins Alexander, Hillegersberg-Schiebroek, Feijenoord, Hoek van Holland, Overschie, Noorderbreedte, Centrum, Kralingen-Crooswijk. "Schiedam" hoort daar niet bij.'),
    );
    expect(scaffold('netwerk', 'Hillegersberg-Schiebroek', day).text).toContain('\narea: "Hillegersberg-Schiebroek"\n');
  });

  it('tells why a name the site uses itself is refused', () => {
    expect(() => scaffold('pagina', 'Nieuws')).toThrow(
      new Error('De titel "Nieuws" geeft de bestandsnaam "nieuws", maar dat is een adres dat de site zelf gebruikt. Kies een titel die meer zegt, bijvoorbeeld: npm run new -- pagina "Nieuws pagina"'),
    );
  });

  it('keeps a title of exactly 60 characters whole, and a last word that ends at the 60th', () => {
    const sixty = 'Samenwerking in de wijk: zorg en welzijn dichtbij de bewoners'; // 60 characters as a file name
    expect(idFor('news', sixty)).toBe('samenwerking-in-de-wijk-zorg-en-welzijn-dichtbij-de-bewoners');
    expect(idFor('news', `${sixty} van Rotterdam`)).toBe('samenwerking-in-de-wijk-zorg-en-welzijn-dichtbij-de-bewoners');
  });
});

describe('the optional fields a new file names', () => {
  it('are every optional field of its kind in the schema, so a field added later is not missing from the template', () => {
    const schemas = buildSchemas(() => z.string());
    for (const [kind, collection] of [['nieuws', 'news'], ['pact', 'pacts'], ['netwerk', 'networks'], ['project', 'projects'], ['thema', 'themes'], ['pagina', 'pages'], ['organisatie', 'organisations']] as const) {
      const text = scaffold(kind, kind === 'netwerk' ? 'Delfshaven' : 'Een titel voor de proef', new Date('2024-03-01T10:00:00Z')).text;
      const named = (/# Optioneel: (.*)/.exec(text)?.[1] ?? '').split(', ');
      const written = [...text.matchAll(/^#? ?(\w+):/gm)].map((m) => m[1]!);
      const shape = (schemas[collection] as unknown as { shape?: Record<string, z.ZodType> }).shape ?? (schemas[collection] as unknown as { in: { shape: Record<string, z.ZodType> } }).in.shape;
      const optional = Object.entries(shape).filter(([, field]) => field.safeParse(undefined).success).map(([name]) => name);
      expect(optional.filter((name) => !named.includes(name) && !written.includes(name)), kind).toEqual([]);
    }
  });
});
