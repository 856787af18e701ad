/**
 * The mistakes editors make, as a communication officer without git or code
 * would make them, each as a change to the valid baseline content. The test
 * (tests/unit/editor-mistakes.test.ts) holds the exact lines `npm run check`
 * prints for each.
 */
import { renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { validateContent } from '../../src/lib/validation/index.ts';
import { formatProblem } from '../../src/lib/validation/problem.ts';
import { spellingWarnings } from '../../src/lib/validation/spelling.ts';
import { projectRoot, tmpDir } from './build.ts';
import { baseline, markdown, validNews, validProject, withFile, writeTree, type FixtureFile } from './content.ts';
import { makePhoto } from './photos.ts';
import { scaffold } from '../../src/lib/scaffold.ts';

export interface Mistake {
  /** What the editor did, in a few words. */
  name: string;
  files: FixtureFile[];
  /** Files beside the entries (a photo), written after the tree. */
  extra?: (content: string) => Promise<void>;
}

/** A news item written as raw text (frontmatter lines and body). */
const raw = (lines: string[], body = 'Tekst van het bericht.\n'): FixtureFile => ({ collection: 'news', name: 'bericht.md', data: `---\n${lines.join('\n')}\n---\n\n${body}` });
const valid = ['title: Een bericht uit Delfshaven', 'description: Een samenvatting van minstens twintig tekens.', 'date: 2023-11-29', 'category: netwerk'];
/** The valid project with its key figure's value written as given (`1.200`, `"20"`), exactly as in the file. */
const projectWithValue = (written: string): FixtureFile => ({ collection: 'projects', name: 'proefproject.md', data: markdown(validProject()).replace('value: 30', `value: ${written}`) });
/** Three mistakes of the schema's kind, for a file whose lines also have a mistake: a date, an unknown field, a reference. */
const threeMore = ['date: 30-09-2016', 'auteur: Jan de Vries', 'networks:', '  - delfshavn'];
const news = (over: Record<string, unknown>, body?: string): FixtureFile => ({ collection: 'news', name: 'bericht.md', data: validNews(over), body });

export const MISTAKES: Mistake[] = [
  { name: 'inspringen met een tab', files: [raw([...valid, 'source:', '\tname: Rijnmond'])] },
  { name: 'een veld twee keer', files: [raw([...valid, 'title: Nog een titel'])] },
  { name: 'gekrulde aanhalingstekens (uit Word)', files: [raw(['title: “Een bericht uit Delfshaven”', ...valid.slice(1)])] },
  // No-break spaces pasted from Word: after a colon, as indentation, after a list's dash; inside a value they are text.
  { name: 'een harde spatie na de dubbele punt', files: [raw(['title:\u00A0Een bericht uit Delfshaven', ...valid.slice(1), 'networks:', '-\u00A0delfshaven', 'source:', '\u00A0\u00A0name: Rijnmond'])] },
  // Pasted from Word or a web page: characters nobody sees. An optional hyphen is Word's own and harmless (the browser breaks the word there).
  { name: 'onzichtbare tekens uit Word', files: [raw(['title: Een bericht uit Delfs\u200Bhaven', ...valid.slice(1)], 'Tekst van het\u000Bbericht.\n\n\uF0B7 Eerste punt\n')] },
  { name: 'een zacht afbreekstreepje uit Word', files: [raw(['title: Een bericht over zorg\u00ADmedewerkers', ...valid.slice(1)], 'De zorg\u00ADmedewerkers van Delfshaven.\n')] },
  // A figure as people write it (helper-37: nothing said how to write money, or where "personen" goes).
  { name: 'een bedrag als kerncijfer', files: [projectWithValue('€ 1,5 miljoen')] },
  { name: 'een getal met een eenheid als kerncijfer', files: [projectWithValue('45 personen')] },
  { name: 'een bedrag zonder eenheid als kerncijfer', files: [{ collection: 'projects', name: 'proefproject.md', data: markdown(validProject()).replace('value: 30', 'value: 12.500 euro').replace(/\n\s+unit: personen/, '') }] },
  // helper-37: a date as in a letter, and an update dated before the message itself.
  { name: 'een datum in woorden', files: [raw(['title: Een bericht uit Delfshaven', 'description: Een samenvatting van minstens twintig tekens.', 'date: 3 december 2026', 'category: netwerk'])] },
  { name: 'bijgewerkt vóór de publicatiedatum', files: [raw([...valid, 'updated: 2023-11-01'])] },
  { name: 'een harde spatie in de tekst van een veld', files: [raw(['title: Een bericht uit Delfshaven\u00A0en Charlois', ...valid.slice(1)])] },
  // A news item saved among the projects: its fields are a news item's, told as the folder, not field by field.
  { name: 'een bericht in de map van de projecten', files: [{ collection: 'projects', name: 'bericht-bij-projecten.md', data: validNews({ tags: ['vrijwilligers'] }) }] },
  // Two fields of a news item are enough to tell the folder; one is a field of its own (a typo, a Dutch name).
  { name: 'een kort bericht in de map van de projecten', files: [{ collection: 'projects', name: 'kort-bericht.md', data: { title: 'Een kort bericht', description: 'Een samenvatting van minstens twintig tekens.', date: '2023-11-29', category: 'netwerk' } }] },
  // An alt text that says only that there is a picture: in the photo's field and in the text.
  {
    name: 'alleen "foto" als beschrijving',
    files: [news({ image: { src: './foto.jpg', alt: 'Foto' } }, 'Tekst\n\n![afbeelding](./kaart.png)\n\n![Kaart van de veertien gebieden](./kaart.png)\n')],
    extra: async (c) => {
      await makePhoto(path.join(c, 'news/foto.jpg'), 1600);
      await makePhoto(path.join(c, 'news/kaart.png'), 1600, 'png');
    },
  },
  // Not a mistake: quote marks around a few words are the title's own (helper-33 was told to write straight ones, which broke the line).
  { name: 'gekrulde aanhalingstekens om een deel van de titel', files: [raw(['title: “Nieuwe leerwerkplekken” in Charlois', ...valid.slice(1)])] },
  { name: 'een dubbele punt in de titel', files: [raw(['title: Let op: nieuwe leerwerkplekken', ...valid.slice(1)])] },
  { name: 'een # midden in de titel', files: [raw(['title: Leerwerkplek #1 in Delfshaven', ...valid.slice(1)])] },
  { name: 'een titel die met # begint', files: [raw(['title: #1 in Delfshaven', ...valid.slice(1)])] },
  { name: 'de afsluitende --- vergeten', files: [{ collection: 'news', name: 'bericht.md', data: `---\n${valid.join('\n')}\n\nTekst van het bericht.\n` }] },
  // The text right under the fields, with a colon in a sentence, and a heading first: still text, not fields.
  { name: 'de afsluitende --- vergeten, en een dubbele punt in de eerste zin', files: [{ collection: 'news', name: 'bericht.md', data: `---\n${valid.join('\n')}\nOp donderdag kwam het ministerie op bezoek: wat kan een netwerk betekenen?\n\nLet op: dit is tekst.\n` }] },
  { name: 'de afsluitende --- vergeten, en de tekst begint met een kop', files: [{ collection: 'news', name: 'bericht.md', data: `---\n${valid.join('\n')}\n\n## Wat er gebeurde\n\nHet bezoek duurde een middag: van twee tot vijf.\n` }] },
  { name: 'helemaal geen velden bovenaan', files: [{ collection: 'news', name: 'bericht.md', data: 'Een bericht uit Delfshaven\n\nTekst van het bericht.\n' }] },
  { name: 'een lijst op één regel', files: [raw([...valid, 'networks: delfshaven, charlois'])] },
  { name: 'trefwoorden op één regel', files: [raw([...valid, 'tags: wijkgericht-werken, vrijwilligers, mantelzorg, leerwerkplekken'])] },
  { name: 'velden van de foto niet ingesprongen', files: [raw([...valid, 'image:', 'src: ./foto.jpg', 'alt: Twee leerlingen bij een bewoner'])] },
  { name: 'de waarde op de volgende regel', files: [raw(['title:', 'Een bericht uit Delfshaven', ...valid.slice(1)])] },
  { name: 'een streepje zonder spatie in een lijst', files: [raw([...valid, 'networks:', '-delfshaven'])] },
  { name: 'een aanhalingsteken niet gesloten', files: [raw(['title: "Een bericht uit Delfshaven', ...valid.slice(1)])] },
  { name: 'een apostrof binnen enkele aanhalingstekens', files: [raw(["title: 'Het is Rotterdam's beste idee'", ...valid.slice(1)])] },
  { name: 'een veld te diep ingesprongen', files: [raw([valid[0]!, '  description: Een samenvatting van minstens twintig tekens.', ...valid.slice(2)])] },
  // One round: each mistake in the lines above, and under it three mistakes of another kind that must be told too.
  ...(
    [
      ['een dubbele punt in de titel', ['title: Let op: nieuwe leerwerkplekken', ...valid.slice(1)]],
      ['gekrulde aanhalingstekens', ['title: “Een bericht uit Delfshaven”', ...valid.slice(1)]],
      ['een # midden in de titel', ['title: Leerwerkplek #1 in Delfshaven', ...valid.slice(1)]],
      ['een apostrof binnen enkele aanhalingstekens', ["title: 'Het is Rotterdam's beste idee'", ...valid.slice(1)]],
      ['een aanhalingsteken niet gesloten', ['title: "Een bericht uit Delfshaven', ...valid.slice(1)]],
      ['inspringen met een tab', [...valid, 'source:', '\tname: Rijnmond']],
      ['een veld twee keer', [...valid, 'title: Nog een titel']],
      ['de waarde op de volgende regel', ['title:', 'Een bericht uit Delfshaven', ...valid.slice(1)]],
      ['een veld te diep ingesprongen', [valid[0]!, '  description: Een samenvatting van minstens twintig tekens.', ...valid.slice(2)]],
    ] as const
  ).map(([what, lines]) => ({ name: `${what}, en daaronder drie andere fouten`, files: [raw([...lines.filter((l) => !l.startsWith('date:')), ...threeMore])] })),
  {
    name: 'de afsluitende --- vergeten, en daaronder drie andere fouten',
    files: [{ collection: 'news', name: 'bericht.md', data: `---\n${[...valid.filter((l) => !l.startsWith('date:')), ...threeMore].join('\n')}\n\nTekst van het bericht.\n` }],
  },
  {
    // The fields end at the first line that is no field: a line of spaces, a sub-field one space in and a list item at the margin still count as fields.
    name: 'de afsluitende --- vergeten, met een lege regel tussen de velden en een kop in de tekst',
    files: [{ collection: 'news', name: 'bericht.md', data: `---\n${valid.slice(0, 2).join('\n')}\n  \n${valid.slice(2).join('\n')}\nsource:\n name: Rijnmond\nnetworks:\n- delfshaven\n\nTekst van het bericht.\n\n# Een kop\n\nMeer tekst.\n` }],
  },
  { name: 'een lijstregel anders ingesprongen', files: [raw([...valid, 'networks:', '  - delfshaven', ' - charlois'])] },
  // The first item alone out of line: that one is told and mended, not the second and third (survivors of yaml-mistakes.ts).
  { name: 'het eerste streepje van een lijst verder ingesprongen dan de rest', files: [raw([...valid, 'networks:', '   - delfshaven', '  - charlois', '  - hoogvliet'])] },
  { name: 'een veld van de foto minder ver ingesprongen', files: [raw([...valid, 'image:', '  src: ./foto.jpg', ' alt: Twee leerlingen bij een bewoner'])] },
  { name: 'een lijst tussen [ en ] niet gesloten', files: [raw([...valid, 'networks: [delfshaven, charlois'])] },
  {
    name: 'een veld onder een lijst, scheef ingesprongen: wat niet te herstellen is',
    files: [raw(['title: Een bericht uit Delfshaven', 'description: Een samenvatting van minstens twintig tekens.', 'category: netwerk', 'networks:', '  - delfshaven', ' organisations: laurens', ...threeMore.slice(0, 2)])],
  },
  { name: 'een dubbele punt in een organisatiebestand', files: [{ collection: 'organisations', name: 'laurens.yaml', data: 'name: Laurens: zorg en wonen\nkind: zorgaanbieder\ncity: Rotterdam\nwebsite: www.laurens.nl\n' }] },
  { name: 'een datum als dag-maand-jaar', files: [news({ date: '29-11-2023' })] },
  { name: 'een datum met één cijfer voor maand en dag', files: [news({ date: '2023-9-1' })] },
  { name: 'een maand die niet bestaat', files: [news({ date: '2023-13-01' })] },
  { name: 'een dag die niet bestaat', files: [news({ date: '2023-02-30' })] },
  { name: 'een bestand met .MD in hoofdletters', files: [{ collection: 'news', name: 'nieuw-bericht.MD', data: validNews() }] },
  // A network's file renamed: told on the file, not on every page that names or links it by its right name (helper-42).
  {
    name: 'een netwerkbestand hernoemd',
    files: [{ collection: 'news', name: 'bericht.md', data: markdown(validNews({ networks: ['delfshaven'] }), 'Lees meer over [het netwerk](/netwerken/delfshaven/).\n') }],
    extra: async (content) => renameSync(path.join(content, 'networks/delfshaven.md'), path.join(content, 'networks/netwerk-delfshaven.md')),
  },
  { name: 'een categorie die niet bestaat', files: [news({ category: 'zorg' })] },
  // The second key figure without its dash: each of its fields is the first one's field for the second time.
  {
    name: 'het streepje van het tweede kerncijfer vergeten',
    files: [{ collection: 'projects', name: 'proefproject.md', data: markdown(validProject()).replace('    kind: resultaat\n', '    kind: resultaat\n    label: Deelnemers gestart\n    value: 10\n    unit: personen\n    kind: doel\n') }],
  },
  { name: 'een getal tussen aanhalingstekens', files: [{ collection: 'projects', name: 'proefproject.md', data: validProject({ figures: [{ label: 'Deelnemers', value: '20', kind: 'resultaat' }] }) }] },
  { name: 'een getal met een komma', files: [{ collection: 'projects', name: 'proefproject.md', data: validProject({ figures: [{ label: 'Uren per week', value: '12,5', kind: 'resultaat' }] }) }] },
  { name: 'een getal met een punt voor duizendtallen', files: [projectWithValue('1.200')] },
  { name: 'een getal met een komma voor duizendtallen', files: [projectWithValue('1,200')] },
  { name: 'een getal van tienduizenden met een punt', files: [projectWithValue('12.500')] },
  { name: 'een getal met meer punten', files: [projectWithValue('1.200.000')] },
  { name: 'een getal met een procentteken', files: [projectWithValue('20%')] },
  { name: 'concept als "ja" tussen aanhalingstekens', files: [raw([...valid, 'draft: "ja"'])] },
  { name: 'de foto als los pad', files: [news({ image: './foto.jpg' })] },
  { name: 'een foto die er niet staat', files: [news({ image: { src: './foto.jpg', alt: 'Twee leerlingen bij een bewoner' } })] },
  { name: 'een foto zonder beschrijving', files: [news({ image: { src: './foto.jpg' } })], extra: (c) => makePhoto(path.join(c, 'news/foto.jpg'), 1600).then(() => undefined) },
  { name: 'een afbeelding in de tekst zonder beschrijving', files: [news({}, 'Tekst\n\n![](./grafiek.png)\n')], extra: (c) => makePhoto(path.join(c, 'news/grafiek.png'), 1000, 'png').then(() => undefined) },
  { name: 'een afbeelding van een andere website', files: [news({}, 'Tekst\n\n![Logo](https://www.rotterdam.nl/logo.png)\n')] },
  { name: 'een afbeelding als pad vanaf de hoofdmap', files: [news({}, 'Tekst\n\n![Grafiek](/afbeeldingen/grafiek.png)\n')] },
  { name: 'een kop met één # in de tekst', files: [news({}, '# Een bericht uit Delfshaven\n\nTekst.\n')] },
  // The summary pasted in again as the first paragraph: a news item shows it above the text, a network page does not.
  { name: 'de samenvatting nog eens als eerste alinea', files: [news({}, 'Een samenvatting van minstens twintig tekens.\n\nMeer tekst.\n'), { collection: 'networks', name: 'charlois.md', data: { title: 'Charlois', area: 'Charlois', description: 'Het netwerk van zorg en welzijn in Charlois.', signed: '2016-09-28' }, body: 'Het netwerk van zorg en welzijn in Charlois.\n' }] },
  { name: 'een kopniveau overgeslagen', files: [news({}, '## Inleiding\n\nTekst.\n\n#### Details\n\nMeer tekst.\n')] },
  { name: 'een tikfout in een veldnaam', files: [news({ catgory: 'netwerk' })] },
  { name: 'een tikfout in een verwijzing', files: [news({ organisations: ['lauren'] })] },
  { name: 'een verwijzing met een woord te veel', files: [news({ organisations: ['laurens-zorg'] })] },
  { name: 'een verwijzing met een woord te weinig', files: [news({ organisations: ['rotterdam'] }), { collection: 'organisations', name: 'gemeente-rotterdam.yaml', data: { name: 'Gemeente Rotterdam', kind: 'gemeente', city: 'Rotterdam' } }] },
  { name: 'een verwijzing die nergens op lijkt', files: [news({ organisations: ['stichting-ooievaar'] })] },
  { name: 'een gebied zonder hoofdletter', files: [{ collection: 'networks', name: 'charlois.md', data: { title: 'Charlois', area: 'charlois', description: 'Het netwerk van zorg en welzijn in Charlois.', signed: '2016-09-28' } }] },
  { name: 'een link naar een pagina die nergens op lijkt', files: [news({}, 'Zie [het netwerk](/netwerken/zuidplein-oost/).\n')] },
  { name: 'een link met een tikfout in de naam', files: [news({}, 'Zie [Charlois](/netwerken/charlos/).\n')] },
  { name: 'een foto met andere hoofdletters', files: [news({ image: { src: './Buurtteam.jpg', alt: 'Twee leerlingen bij een bewoner' } })], extra: (c) => makePhoto(path.join(c, 'news/buurtteam.jpg'), 1600).then(() => undefined) },
  { name: 'een verwijzing naar een concept', files: [news({ projects: ['proefproject'] }), { collection: 'projects', name: 'proefproject.md', data: validProject({ draft: true }) }] },
  { name: 'een trefwoord zonder label', files: [news({ tags: ['leerwerkplekken'] })] },
  // helper-46: one broken line in the list made every tag of every item "missing", each with a line to add that was there.
  { name: 'een fout in de lijst met trefwoorden', files: [news({ tags: ['zorg', 'mantelzorg'] })], extra: async (c) => writeFileSync(path.join(c, 'trefwoorden.yaml'), 'zorg: [Zorg\nmantelzorg: Mantelzorg\n') },
  { name: 'een einddatum vóór de startdatum', files: [{ collection: 'projects', name: 'proefproject.md', data: validProject({ start: '2023-06-01', end: '2023-01-01' }) }] },
  { name: 'een [VUL IN] laten staan', files: [news({ description: '[VUL IN: samenvatting van 20 tot 300 tekens]' })] },
  { name: 'een [VUL IN] laten staan in een veld dat mag ontbreken', files: [news({ author: '[VUL IN: naam van de schrijver]' })] },
  { name: 'een nieuw bericht van npm run new, nog niet ingevuld', files: [{ collection: 'news', name: 'nieuw-bericht.md', data: scaffold('nieuws', 'Nieuwe leerwerkplekken in Charlois', new Date('2024-03-01T10:00:00Z')).text }] },
  { name: 'een link naar een pagina die niet bestaat', files: [news({}, 'Zie [Delfshaven](/netwerken/delfshavn/).\n')] },
  // The part of a page, with a slip in its name (helper-62: the link landed at the top of the page, unnoticed).
  { name: 'een link naar een kop die er niet is', files: [news({}, '## De vraag\n\nZie [de vraag](#de-vrag) en [het netwerk](/netwerken/delfshaven/#op-de-kart).\n')] },
  { name: 'hoofdletters en spaties in de bestandsnaam', files: [{ collection: 'news', name: 'Nieuw Bericht.md', data: validNews({ title: 'Nieuw bericht uit Charlois' }) }] },
  // A copied file whose title stayed: the same title in other capitals and spacing reads the same in a list.
  { name: 'twee berichten met dezelfde titel', files: [{ collection: 'news', name: 'tweede-bericht.md', data: validNews({ title: 'Een bericht  uit delfshaven ' }) }] },
  { name: 'twee organisaties met dezelfde naam', files: [{ collection: 'organisations', name: 'laurens-zorg.yaml', data: 'name: Laurens\nkind: zorgaanbieder\ncity: Rotterdam\n' }] },
  // Not told: a draft (often a rewrite of the page), and a page of another kind (a project and its news).
  {
    name: 'dezelfde titel in een concept en bij een project',
    files: [
      { collection: 'news', name: 'tweede-bericht.md', data: validNews({ draft: true }) },
      { collection: 'projects', name: 'bericht-uit-delfshaven.md', data: validProject({ title: 'Een bericht uit Delfshaven' }) },
    ],
  },
  { name: 'een bestandsnaam die de site zelf gebruikt', files: [{ collection: 'pages', name: 'zoeken.md', data: { title: 'Zoeken op de site', description: 'Hoe je op deze site zoekt en vindt.' } }] },
  { name: 'concept als ja', files: [news({ draft: 'ja' })] },
  { name: 'een te korte titel', files: [news({ title: 'Kort' })] },
  { name: 'een spelfout in de samenvatting', files: [news({ description: 'De vrijwiligers van Laurens kregen een certificaat.' })] },
  { name: 'code in de tekst', files: [news({}, 'Tekst\n\n<script>alert(1)</script>\n')] },
  {
    name: 'zes fouten in één bestand: alle in één keer',
    files: [news({ date: '29-11-2023', category: 'sport', tags: ['leerwerkplekken'], image: { src: './smal.jpg', alt: 'Twee leerlingen bij een bewoner' } }, '# Titel\n\nDe vrijwiligers werken mee.\n')],
    extra: (c) => makePhoto(path.join(c, 'news/smal.jpg'), 600).then(() => undefined),
  },
  { name: 'een einddatum vóór de start, en de status fout', files: [{ collection: 'projects', name: 'proefproject.md', data: validProject({ status: 'bezig', start: '2023-06-01', end: '2023-01-01' }) }] },
  { name: 'een los bestand met een verkeerde extensie', files: [{ collection: 'news', name: 'bericht.txt', data: 'Tekst' }] },
];

/** The lines `npm run check` prints for one mistake: its problems, then its advice (photos, headings, spelling). */
export async function checkLines(mistake: Mistake): Promise<{ problems: string[]; advice: string[] }> {
  const dir = tmpDir(`mistake-${mistake.name.replace(/[^a-z0-9]+/gi, '-')}`);
  let files = baseline();
  for (const file of mistake.files) files = withFile(files, file);
  const content = writeTree(path.join(dir, 'content'), files);
  writeFileSync(path.join(content, 'trefwoorden.yaml'), '');
  await mistake.extra?.(content);
  const { problems, warnings, entries, texts } = await validateContent(projectRoot, content, { collectText: true });
  const spelling = spellingWarnings(entries, texts, content, 'content/woordenlijst.txt');
  const shown = (lines: string[]) => lines.map((line) => line.replaceAll(`${path.relative(projectRoot, content)}/`, 'content/'));
  return { problems: shown(problems.map(formatProblem)), advice: shown([...warnings, ...spelling].map(formatProblem)) };
}
