/**
 * Rules that keep what readers see honest and Dutch: nothing copied from the
 * sources, placeholders never published, tags shown by their label, network
 * pages that say what is known instead of "0 partners", files as editors save them.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { globSync } from 'tinyglobby';
// Astro's own reading of a Markdown file's fields, as the oracle the check must agree with.
import { extractFrontmatter } from '@astrojs/internal-helpers/frontmatter';
import { parse as parseYaml } from 'yaml';
import { describe, expect, it, vi } from 'vitest';
import { AREAS } from '../../src/lib/content-model.ts';
import { namedOrganisationsHeading, networkSummary, partnerCountText, splitByReach } from '../../src/lib/networks.ts';
import { statusInWords, statusNote, UNDATED_STATUS } from '../../src/lib/project-status.ts';
import { kindLabel, organisationSummary } from '../../src/lib/organisations.ts';
import { countsInUse, valuesInUse } from '../../src/lib/in-use.ts';
import { NEWS_CATEGORIES } from '../../src/lib/content-model.ts';
import { asClause, roleInSentence } from '../../src/lib/nl.ts';
import { parseTags, tagLabel, tagsInUse } from '../../src/lib/tags.ts';
import { checkEntries } from '../../src/lib/validation/check-entries.ts';
import { validateContent } from '../../src/lib/validation/index.ts';
import { formatProblem } from '../../src/lib/validation/problem.ts';
import { readSourceFile } from '../../src/lib/validation/source-file.ts';
import { projectRoot, tmpDir } from '../helpers/build.ts';
import { baseline, markdown, toContentFiles, validNews, validProject, withFile, writeTree } from '../helpers/content.ts';

describe('the content holds to its sources', () => {
  const RUN = 8;
  const words = (text: string) => text.toLowerCase().replaceAll('’', "'").match(/[\p{L}\p{N}'-]+/gu) ?? [];
  // A list of the fourteen area names is a list of names, not a copied sentence.
  const names = new Set(words(`${AREAS.join(' ')} en`));
  // Beside the project; from a copy of it inside the project (Stryker's sandbox in .stryker/tmp/), further up.
  const seedsDir = [projectRoot, ...Array.from({ length: 4 }, (_, i) => path.resolve(projectRoot, '../'.repeat(i + 1)))]
    .map((dir) => path.join(dir, '../shared/seeds'))
    .find((dir) => existsSync(dir));
  const seeds = seedsDir ? globSync('*', { cwd: seedsDir, absolute: true }) : [];

  /** Runs of RUN or more words that a text shares with any seed. */
  function sharedRuns(text: string, grams: Set<string>): string[] {
    const w = words(text);
    const runs: string[] = [];
    for (let i = 0; i + RUN <= w.length; i++) {
      if (!grams.has(w.slice(i, i + RUN).join(' '))) continue;
      let end = i + RUN;
      while (end < w.length && grams.has(w.slice(end - RUN + 1, end + 1).join(' '))) end++;
      const run = w.slice(i, end);
      if (!run.every((word) => names.has(word))) runs.push(run.join(' '));
      i = end - 1;
    }
    return runs;
  }

  it('shares no run of 8 or more words with a file in ../shared/seeds', () => {
    expect(seeds.length, 'the sources lie beside the project in ../shared/seeds').toBeGreaterThan(0);
    const grams = new Set<string>();
    for (const seed of seeds) {
      const w = words(readFileSync(seed, 'utf8'));
      for (let i = 0; i + RUN <= w.length; i++) grams.add(w.slice(i, i + RUN).join(' '));
    }
    const copied = globSync('content/**/*', { cwd: projectRoot }).flatMap((file) => sharedRuns(readFileSync(path.join(projectRoot, file), 'utf8'), grams).map((run) => `${file}: "${run}"`));
    expect(copied).toEqual([]);
  });

  it('the check finds a copied run, and lets a list of area names pass', () => {
    const grams = new Set(['a b c d e f g h', ...[AREAS.slice(0, 8).join(' ')].map((t) => words(t).slice(0, 8).join(' '))]);
    expect(sharedRuns('x a b c d e f g h y', grams)).toEqual(['a b c d e f g h']);
    expect(sharedRuns(AREAS.slice(0, 8).join(', '), grams)).toEqual([]);
  });
});

describe('placeholders are never published', () => {
  const problemsOf = (data: Record<string, unknown>, collection: 'news' | 'projects' = 'news') =>
    checkEntries(toContentFiles(withFile(baseline(), { collection, name: collection === 'news' ? 'bericht.md' : 'proefproject.md', data }))).problems.map(formatProblem);

  // A required field cannot be left out: only an optional one is told it may be removed.
  it('in a field whose value would otherwise pass', () => {
    expect(problemsOf(validNews({ description: '[VUL IN: samenvatting van 20 tot 300 tekens]' }))).toEqual([
      'content/news/bericht.md:3  description — gevonden: "[VUL IN: samenvatting van 20 tot 300 tekens]", nog niet ingevuld; verwacht je eigen tekst in plaats van [VUL IN …]',
    ]);
  });
  it('nested and in lists, once each, even where the schema also refuses the value', () => {
    const problems = problemsOf(validProject({ figures: [{ label: '[VUL IN: naam van het cijfer]', value: 3, kind: 'resultaat' }], contact: { name: 'Iemand', role: '[VUL IN: functie]' } }), 'projects');
    expect(problems).toEqual([
      expect.stringMatching(/proefproject\.md:\d+  figures\[1\]\.label — gevonden: "\[VUL IN: naam van het cijfer\]", nog niet ingevuld/),
      expect.stringMatching(/proefproject\.md:\d+  contact\.role — gevonden: "\[VUL IN: functie\]", nog niet ingevuld/),
    ]);
    expect(problemsOf(validNews({ tags: ['[VUL IN: trefwoord]'] }))).toEqual([expect.stringMatching(/tags\[1\] — gevonden: "\[VUL IN: trefwoord\]", nog niet ingevuld/)]);
  });
});

describe('files as editors save them', () => {
  it('reads past a UTF-8 byte-order mark (Windows Notepad)', () => {
    const source = readSourceFile(`\uFEFF${markdown({ title: 'Kladblok' }, 'Tekst.\n')}`, false);
    expect(source.readable).toBe(true);
    expect(source.problems).toEqual([]);
    expect(source.data).toEqual({ title: 'Kladblok' });
    expect(source.body).toBe('\nTekst.\n');
  });
  it('refuses a frontmatter whose aliases multiply without bound, as a problem of that file', () => {
    const bomb = ['---', 'a: &a [x, x, x, x, x, x, x, x, x]', 'b: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]', 'c: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b]', 'd: [*c, *c, *c, *c, *c, *c, *c, *c, *c]', '---', ''].join('\n');
    const source = readSourceFile(bomb, false);
    expect(source.data).toBeUndefined();
    expect(source.readable).toBe(false);
    // Told on the first line that repeats a piece (*a), not on the first field.
    expect(source.problems).toEqual([{ line: 3, field: 'opmaak', message: 'gevonden: stukken die via verwijzingen (&naam en *naam) zo vaak herhaald worden dat ze niet te lezen zijn; verwacht gewone "veld: waarde"-regels zonder & en *' }]);
    // A few aliases are ordinary YAML and stay allowed.
    expect(readSourceFile('---\na: &a x\nb: *a\n---\n', false).data).toEqual({ a: 'x', b: 'x' });
    // Refused from fifty repeats on, half of what the yaml package allows by itself.
    const repeats = (count: number) => readSourceFile(`---\na: &a x\nb: [${Array(count).fill('*a').join(', ')}]\n---\n`, false).readable;
    expect([repeats(49), repeats(50)]).toEqual([true, false]);
  });
});

describe('tags by their Dutch label', () => {
  it('gathers the tags in use, each counted once per item, A to Z by label, whatever their capitals', () => {
    const labels = new Map([['wijk', 'Wijkgericht werken'], ['ij', 'IJsselmonde'], ['ii', 'Iiii'], ['arbeid', 'arbeidsmarkt']]);
    expect(tagsInUse([['wijk', 'ij', 'wijk'], undefined, ['wijk', 'ii'], ['arbeid'], []], (tag) => tagLabel(labels, tag))).toEqual([
      { tag: 'arbeid', label: 'arbeidsmarkt', count: 1 },
      { tag: 'ii', label: 'Iiii', count: 1 },
      { tag: 'ij', label: 'IJsselmonde', count: 1 },
      { tag: 'wijk', label: 'Wijkgericht werken', count: 2 },
    ]);
    expect(tagsInUse([], (tag) => tag)).toEqual([]);
  });
  it('reads the list, and names a line that is not a slug with a label', () => {
    const { labels, problems } = parseTags('wijkgericht-werken: Wijkgericht werken\nZorg: Zorg\nleeg: ""\n', 'content/trefwoorden.yaml');
    expect(tagLabel(labels, 'wijkgericht-werken')).toBe('Wijkgericht werken');
    expect(problems.map(formatProblem)).toEqual([
      'content/trefwoorden.yaml:2  Zorg — gevonden: "Zorg"; verwacht een trefwoord in kleine letters, cijfers en streepjes',
      'content/trefwoorden.yaml:3  leeg — gevonden: lege tekst; verwacht het label dat lezers zien, zoals "Wijkgericht werken"',
    ]);
  });
  it('names a label read as a date or a number as the list reads it: a date and time in UTC, an endless number as such', () => {
    const { problems } = parseTags('zorg: 2023-11-29 10:30:00 +01:00\nwelzijn: .inf\nwijk: 12\n', 'content/trefwoorden.yaml');
    expect(problems.map(formatProblem)).toEqual([
      'content/trefwoorden.yaml:1  zorg — gevonden: 2023-11-29T09:30:00Z; verwacht het label dat lezers zien, zoals "Wijkgericht werken"',
      'content/trefwoorden.yaml:2  welzijn — gevonden: Infinity; verwacht het label dat lezers zien, zoals "Wijkgericht werken"',
      'content/trefwoorden.yaml:3  wijk — gevonden: 12; verwacht het label dat lezers zien, zoals "Wijkgericht werken"',
    ]);
  });
  it('a news item without text is advice, on the line where its text should begin (helper-46)', async () => {
    const root = writeTree(tmpDir('leeg-bericht'), withFile(baseline(), { collection: 'news', name: 'leeg.md', data: validNews({ title: 'Een leeg bericht' }), body: '\n  \n' }));
    const { problems, warnings } = await validateContent(projectRoot, root);
    expect(problems).toEqual([]);
    expect(warnings.map(formatProblem).filter((w) => w.includes('leeg.md'))).toEqual([
      expect.stringMatching(/leeg-bericht\/news\/leeg\.md:\d+  inhoud — gevonden: geen tekst onder de velden; verwacht het bericht zelf onder de tweede regel ---, want de pagina toont nu alleen de titel en de samenvatting$/),
    ]);
    // A page or a project may say all in its fields.
    expect(warnings.map(formatProblem).filter((w) => w.includes('geen tekst onder de velden'))).toHaveLength(1);
  });
  it('a source whose name is the address of another site stops the check (helper-60)', async () => {
    const root = writeTree(tmpDir('bron-elders'), withFile(baseline(), { collection: 'news', name: 'bron.md', data: validNews({ source: { name: 'www.rotterdam.nl', url: 'https://evil.example/' } }) }));
    const { problems } = await validateContent(projectRoot, root);
    expect(problems.map(formatProblem)).toEqual([
      expect.stringMatching(/bron-elders\/news\/bron\.md:11  source\.name — gevonden: "www\.rotterdam\.nl", een adres van een andere site dan waar de link heen gaat \(https:\/\/evil\.example\/\); verwacht de naam van de bron, of het adres waar source\.url heen gaat$/),
    ]);
  });
  it('a tag without a label stops the check, with the line to add', async () => {
    const root = writeTree(tmpDir('tag-zonder-label'), withFile(baseline(), { collection: 'news', name: 'bericht.md', data: validNews({ tags: ['wijk', 'nieuw-trefwoord'] }) }));
    writeFileSync(path.join(root, 'trefwoorden.yaml'), 'wijk: Wijk\n');
    const { problems } = await validateContent(projectRoot, root);
    expect(problems.map(formatProblem)).toEqual([
      expect.stringMatching(/tag-zonder-label\/news\/bericht\.md:\d+  tags\[2\] — gevonden: "nieuw-trefwoord", een trefwoord zonder label; verwacht een regel in .*trefwoorden\.yaml met het label dat lezers zien, zoals "nieuw-trefwoord: Nieuw trefwoord"$/),
    ]);
  });
  it('a tag in capitals hides no other tag of the list: each is told in the same round (helper-39 needed two)', async () => {
    const root = writeTree(tmpDir('tag-hoofdletter'), withFile(baseline(), { collection: 'news', name: 'bericht.md', data: validNews({ tags: ['Diversiteit', 'mantelzorg', 'wijkgericht-werkn', 'wijk'] }) }));
    writeFileSync(path.join(root, 'trefwoorden.yaml'), 'wijk: Wijk\nwijkgericht-werken: Wijkgericht werken\n');
    const { problems } = await validateContent(projectRoot, root);
    expect(problems.map((p) => `${p.field} — ${p.message.replace(/ in .*trefwoorden\.yaml/, ' in trefwoorden.yaml').replace(/ aan .*trefwoorden\.yaml$/, ' aan trefwoorden.yaml')}`)).toEqual([
      'tags[1] — gevonden: "Diversiteit"; verwacht kleine letters, cijfers en streepjes, zoals "diversiteit"',
      'tags[2] — gevonden: "mantelzorg", een trefwoord zonder label; verwacht een regel in trefwoorden.yaml met het label dat lezers zien, zoals "mantelzorg: Mantelzorg"',
      'tags[3] — gevonden: "wijkgericht-werkn", een trefwoord zonder label; verwacht een trefwoord uit de lijst: bedoelde je "wijkgericht-werken"? Is het echt een nieuw trefwoord, voeg het dan met zijn label toe aan trefwoorden.yaml',
    ]);
  });
  it('a tag a letter off one of the list is told as that one first, before the line that would make it a new tag (helper-29)', async () => {
    const root = writeTree(tmpDir('tag-tikfout'), withFile(baseline(), { collection: 'news', name: 'bericht.md', data: validNews({ tags: ['wijkgericht-werkn', 'wijk'] }) }));
    writeFileSync(path.join(root, 'trefwoorden.yaml'), 'wijk: Wijk\nwijkgericht-werken: Wijkgericht werken\n');
    const { problems } = await validateContent(projectRoot, root);
    expect(problems.map(formatProblem)).toEqual([
      expect.stringMatching(
        /tag-tikfout\/news\/bericht\.md:\d+  tags\[1\] — gevonden: "wijkgericht-werkn", een trefwoord zonder label; verwacht een trefwoord uit de lijst: bedoelde je "wijkgericht-werken"\? Is het echt een nieuw trefwoord, voeg het dan met zijn label toe aan .*trefwoorden\.yaml$/,
      ),
    ]);
  });
});

describe('links to pages that are not online', () => {
  it('a link to a news item that waits for its date, or to a draft, says why and what to do, not that the page does not exist (helper-27: the first was published as a dead link that named the item early)', async () => {
    vi.stubEnv('PUBLISH_AT', '2026-12-01');
    try {
      let files = withFile(baseline(), { collection: 'news', name: 'later.md', data: validNews({ title: 'Nieuwe leerwerkplekken', date: '2026-12-02' }) });
      files = withFile(files, { collection: 'news', name: 'concept.md', data: validNews({ title: 'Nog een concept', draft: true }) });
      files = withFile(files, { collection: 'news', name: 'bericht.md', data: validNews(), body: 'Zie [later](/nieuws/later/) en [concept](/nieuws/concept/).\n' });
      const { problems } = await validateContent(projectRoot, writeTree(tmpDir('link-niet-online'), files));
      expect(problems.map((p) => `${p.field} — ${p.message}`)).toEqual([
        'inhoud — gevonden: een link naar /nieuws/later/, een bericht dat pas op 2 december 2026 verschijnt; verwacht de link pas vanaf die dag, of een pagina die er al staat',
        'inhoud — gevonden: een link naar /nieuws/concept/, een concept (draft: true) dat niet op de site staat; verwacht een pagina die er al staat, of haal draft: true weg bij die pagina',
      ]);
      // On its day the item is online, and so is the link.
      vi.stubEnv('PUBLISH_AT', '2026-12-02');
      expect((await validateContent(projectRoot, writeTree(tmpDir('link-niet-online'), files))).problems.map((p) => p.message)).toEqual([expect.stringContaining('/nieuws/concept/, een concept')]);
    } finally {
      vi.unstubAllEnvs();
    }
  });
});

describe('Dutch on the pages', () => {
  it('a network page says what is known of its partners, and leaves out empty counts', () => {
    expect(partnerCountText(undefined)).toBe('niet bekend; volgens het bericht over de ondertekening in 2016 had elk netwerk er 7 tot 23');
    expect(partnerCountText(12)).toBe('12');
    expect(networkSummary('Delfshaven', { news: 2, projects: 1 })).toBe('Op deze site over Delfshaven: 2 nieuwsberichten en 1 project.');
    expect(networkSummary('Pernis', { news: 0, projects: 0 })).toBe('Op deze site staan nog geen berichten of projecten die alleen over Pernis gaan.');
    // The organisations they name, in the number there is (helper-41: "in dit nieuws en deze projecten" over one of each).
    expect(namedOrganisationsHeading({ news: 1, projects: 1 }, 'Delfshaven')).toBe('Organisaties genoemd in het bericht en het project over Delfshaven');
    expect(namedOrganisationsHeading({ news: 2, projects: 0 }, 'Charlois')).toBe('Organisaties genoemd in de berichten over Charlois');
    expect(namedOrganisationsHeading({ news: 0, projects: 3 }, 'Pernis')).toBe('Organisaties genoemd in de projecten over Pernis');
    expect(namedOrganisationsHeading({ news: 3, projects: 2 }, 'Centrum')).toBe('Organisaties genoemd in de berichten en de projecten over Centrum');
  });
  it('a network page lists its own news and links news about all fourteen once, apart', () => {
    const item = (id: string, networks: string[]) => ({ id, data: { networks } });
    const all = item('ondertekening', ['a', 'b', 'c']);
    const own = item('werkbezoek', ['a']);
    expect(splitByReach([all, own, item('twee', ['a', 'b'])], 3)).toEqual({ shared: [all], own: [own, item('twee', ['a', 'b'])] });
    expect(splitByReach([item('zonder', [])], 3)).toEqual({ shared: [], own: [item('zonder', [])] });
  });
  it('a running or planned status says when and by whom; without that it says it has no date', () => {
    const note = 'volgens de actielijn Iedereen doet mee, gepland voor 2022–2023';
    expect(statusNote('lopend', note)).toBe(note);
    expect(statusNote('lopend')).toBe(UNDATED_STATUS);
    expect(statusNote('gepland')).toBe(UNDATED_STATUS);
    expect(statusNote('afgerond')).toBeUndefined();
    // Structured data carries the status and its note as one phrase.
    expect(statusInWords('lopend', note)).toBe(`Lopend, ${note}`);
    expect(statusInWords('gepland')).toBe('Gepland, niet bekend sinds of tot wanneer');
    expect(statusInWords('afgerond')).toBe('Afgerond');
    // The project's own dates say when (helper-37: "niet bekend sinds of tot wanneer" stood above "Looptijd 15 januari 2026 tot …").
    const start = new Date('2026-01-15T00:00:00Z');
    const end = new Date('2027-12-31T00:00:00Z');
    expect(statusNote('lopend', undefined, { start, end })).toBe('van 15 januari 2026 tot 31 december 2027');
    expect(statusNote('lopend', undefined, { start })).toBe('sinds 15 januari 2026');
    expect(statusNote('gepland', undefined, { end })).toBe('tot 31 december 2027');
    expect(statusNote('lopend', note, { start, end })).toBe(note);
    expect(statusNote('afgerond', undefined, { start, end })).toBeUndefined();
    expect(statusInWords('gepland', undefined, { start })).toBe('Gepland, sinds 15 januari 2026');
  });
  it('an organisation is described by what the sources say, never by the catch-all "Overig"', () => {
    expect(organisationSummary({ kind: 'overig', description: 'Sociaal ondernemer' })).toBe('Sociaal ondernemer');
    expect(organisationSummary({ kind: 'zorgaanbieder', city: 'Rotterdam' })).toBe('Zorgaanbieder, Rotterdam');
    expect(organisationSummary({ kind: 'overig' })).toBe('Organisatie');
    expect(kindLabel('overig')).toBeUndefined();
    expect(kindLabel('gemeente')).toBe('Gemeente');
  });
  it('a category or status gets a page only when something has it, in the fixed order', () => {
    expect(valuesInUse(NEWS_CATEGORIES, ['samenwerking', 'netwerk', 'netwerk'])).toEqual(['netwerk', 'samenwerking']);
    expect(valuesInUse(NEWS_CATEGORIES, [])).toEqual([]);
    // An overview's counts: in the order of the list, each value as often as it is used.
    expect(countsInUse(NEWS_CATEGORIES, ['samenwerking', 'netwerk', 'netwerk'])).toEqual([{ value: 'netwerk', count: 2 }, { value: 'samenwerking', count: 1 }]);
  });
  it('a sentence inside another loses its own full stop, not an ellipsis or another sign', () => {
    expect(asClause('Aan WIN010 wil wmo radar kennis aanbieden.')).toBe('aan WIN010 wil wmo radar kennis aanbieden');
    expect(asClause('Sociaal ondernemer ')).toBe('sociaal ondernemer');
    expect(asClause('Wat komt er...')).toBe('wat komt er...');
    expect(asClause('Werkt samen met VWS?')).toBe('werkt samen met VWS?');
  });
  it('a role after a name reads as part of the sentence; acronyms keep their capitals', () => {
    expect(roleInSentence('Bestuurlijk kartrekker')).toBe('bestuurlijk kartrekker');
    expect(roleInSentence('VWS-directeur')).toBe('VWS-directeur');
  });
});

describe('where the fields of a Markdown file end: as Astro reads them, or refused (helper-38)', () => {
  const fields = (text: string): { refused: number[] } | { data: unknown; body: string | undefined } => {
    const read = readSourceFile(text, false);
    return read.problems.length > 0 ? { refused: read.problems.map((p) => p.line) } : { data: read.data, body: read.body };
  };
  it.each([
    ['a plain file', '---\ntitle: Bericht\n---\nTekst\n'],
    ['Windows line ends', '---\r\ntitle: Bericht\r\n---\r\nTekst\r\n'],
    ['a byte-order mark', '\uFEFF---\ntitle: Bericht\n---\nTekst\n'],
    ['spaces after the closing ---', '---\ntitle: Bericht\n---   \nTekst\n'],
    ['a U+2028 before --- in a value', '---\ntitle: Bericht\u2028---\nsource:\n  name: |\n   x\n---\nTekst\n'],
    ['a line that begins with ----', '---\ntitle: Bericht\n----\nimport x from "y";\n---\nTekst\n'],
    ['a line that begins with --- and more', '---\ntitle: Bericht\n--- nog iets\n---\nTekst\n'],
  ])('%s: the check reads the fields Astro reads, or refuses the file', (_, text) => {
    const astro = extractFrontmatter(text);
    const read = fields(text);
    if ('refused' in read) {
      expect(read.refused.length).toBeGreaterThan(0);
      return;
    }
    expect(astro).toBeDefined();
    expect(read.data).toEqual(parseYaml(astro!));
  });
  it('refuses the U+2028 trick and the ---- line, on their lines', () => {
    expect(fields('---\ntitle: Bericht\n----\nimport x from "y";\n---\nTekst\n')).toEqual({ refused: [3] });
    const trick = readSourceFile('---\ntitle: Bericht\u2028---\nsource:\n  name: |\n   ```\n---\nimport fs from "node:fs";\n', false);
    // Read as Astro reads it: the fields run to the --- on line 6, and the import is in the text, where the check looks for it.
    expect(trick.body).toBe('import fs from "node:fs";\n');
    expect(trick.bodyLine).toBe(7);
  });
  it('quotes the line that begins with --- as it reads, without the line end Windows puts after it', () => {
    expect(readSourceFile('---\r\ntitle: Bericht\r\n--- nog iets\r\n---\r\nTekst\r\n', false).problems).toEqual([
      { line: 3, field: 'opmaak', message: 'gevonden: een regel die met --- begint ("--- nog iets"), waar de site de velden laat eindigen; verwacht op deze plek alleen --- als de velden hier eindigen, of haal de --- aan het begin van de regel weg' },
    ]);
  });
});
