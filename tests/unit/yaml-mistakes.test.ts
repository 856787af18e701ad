/**
 * Mistakes in the lines between the two `---` (src/lib/validation/yaml-mistakes.ts), as the check
 * reports them to an editor: file, line, field and the Dutch message; and the fields below such a
 * line still checked, read as the message says to mend it.
 */
import { describe, expect, it } from 'vitest';
import { fieldAtLine, readSourceFile } from '../../src/lib/validation/source-file.ts';
import { checkEntries } from '../../src/lib/validation/check-entries.ts';
import { formatProblem } from '../../src/lib/validation/problem.ts';
import { sameTitleWarnings } from '../../src/lib/validation/same-titles.ts';
import { yamlQuoted } from '../../src/lib/validation/yaml-mistakes.ts';
import { baseline, toContentFiles, withFile } from '../helpers/content.ts';

/** The check's lines for the baseline with `content/news/bericht.md` written as these frontmatter lines. */
function newsWith(lines: readonly string[]): string[] {
  const data = `---\n${lines.join('\n')}\n---\n\nTekst van het bericht.\n`;
  return checkEntries(toContentFiles(withFile(baseline(), { collection: 'news', name: 'bericht.md', data }))).problems.map(formatProblem);
}

const TITLE = 'title: Een bericht uit Delfshaven';
const DESCRIPTION = 'description: Een samenvatting van minstens twintig tekens.';
const DATE = 'date: 2023-11-29';
const CATEGORY = 'category: netwerk';
/** The check's lines for the baseline's project written with these lines below its other fields (lines 2–10). */
function projectWith(lines: readonly string[]): string[] {
  const head = ['title: Proefproject', 'description: Een project met een beschrijving die lang genoeg is.', 'status: lopend', 'start: 2023-01-01', 'end: 2023-12-31', 'lead: laurens', 'networks: [delfshaven]', 'theme: iedereen-doet-mee', 'targetGroups: [jongeren]'];
  const data = `---\n${[...head, ...lines].join('\n')}\n---\n\nTekst over het project.\n`;
  return checkEntries(toContentFiles(withFile(baseline(), { collection: 'projects', name: 'proefproject.md', data }))).problems.map(formatProblem);
}

const at = (line: number, field: string, message: string) => `content/news/bericht.md:${line}  ${field} — gevonden: ${message}`;
const DAY_MONTH_YEAR = '"30-09-2016" (dag-maand-jaar); verwacht jaar-maand-dag: 2016-09-30';

describe('an unclosed quote inside [ ] or { }', () => {
  it('is told on its own line, not on the field below it, and the fields below are still checked', () => {
    const quote = 'een aanhalingsteken zonder aanhalingsteken aan het eind; verwacht "…" om de hele tekst, op één regel';
    expect(newsWith([TITLE, DESCRIPTION, CATEGORY, 'networks: ["delfshaven, charlois]', 'author: Jan de Vries', 'date: 30-09-2016'])).toEqual([
      at(5, 'networks', quote),
      at(7, 'date', DAY_MONTH_YEAR),
    ]);
    expect(newsWith([TITLE, DESCRIPTION, CATEGORY, "networks: [\"delfshaven\",'charlois]", 'author: Jan de Vries', 'date: 30-09-2016', 'tags:', '  - zorg'])).toEqual([
      at(5, 'networks', quote),
      at(7, 'date', DAY_MONTH_YEAR),
    ]);
    expect(newsWith([TITLE, DESCRIPTION, CATEGORY, DATE, 'source: {name: "Rijnmond, url: https://www.rijnmond.nl}', 'author: Jan de Vries', 'draft: ja'])).toEqual([
      at(6, 'source', quote),
      at(8, 'draft', 'ja (tekst); verwacht true (ja) of false (nee)'),
    ]);
    expect(newsWith([TITLE, DESCRIPTION, CATEGORY, DATE, "source: {name: 'Rijnmond''s, url: https://www.rijnmond.nl}", 'draft: ja'])).toEqual([
      at(6, 'source', quote),
      at(7, 'draft', 'ja (tekst); verwacht true (ja) of false (nee)'),
    ]);
  });

  it('a [ without ] is told once, on its own line, where the reader stumbles only on the line below; the fields below are still checked', () => {
    expect(newsWith([TITLE, DESCRIPTION, CATEGORY, 'networks: [delfshaven, charlois', 'author: Jan de Vries', 'date: 30-09-2016'])).toEqual([
      at(5, 'networks', 'een lijst die met [ begint zonder ] aan het eind ([delfshaven, charlois); verwacht de hele lijst op één regel tussen [ en ]: networks: [delfshaven, charlois]'),
      at(7, 'date', DAY_MONTH_YEAR),
    ]);
  });

  it('is no mistake where every quote is closed, or where a quote stands inside a word, also above a line the reader stumbles on', () => {
    const colon = 'een dubbele punt midden in de waarde van author; verwacht de tekst tussen aanhalingstekens: author: "Let op: Jan de Vries"';
    const closed = ['networks: ["delfshaven",\'charlois\']', "tags: [zorg aan 's-gravendijkwal]", "organisations: [laurens, wijk:'zorg]", "source: {name: 'Rijnmond''s \"redactie\"', url: \"https://www.rijnmond.nl/\\\"nieuws\\\"\"}"];
    // Right above and below the line the reader stumbles on: a colon inside { } or quotes is no mistake either.
    // A quote inside a plain value is text, also after a comma or a space ('s-Gravendijkwal is a street).
    const plain = "description: Zorg in de wijk, 's-Gravendijkwal en Delfshaven [Rotterdam]";
    expect(newsWith([plain, DATE, CATEGORY, ...closed, 'author: Let op: Jan de Vries', "title: 'Let op: een bericht uit Delfshaven'"])).toEqual([
      at(9, 'author', colon),
      at(6, 'tags[1]', '"zorg aan \'s-gravendijkwal"; verwacht kleine letters, cijfers en streepjes, zoals "zorg-aan-s-gravendijkwal"'),
      at(7, 'organisations[2]', '"wijk:\'zorg"; verwacht de bestandsnaam (zonder .yaml) van een bestaande organisatie in content/organisations/'),
    ]);
  });
});

describe('a line the check cannot explain', () => {
  const UNREADABLE = 'een regel die niet als "veld: waarde" te lezen is; verwacht per regel een veld, een dubbele punt en een spatie, en tekst met : of # tussen aanhalingstekens';

  it('is told on its line, and read further with its value between quotes: a placeholder in it is still found, as written', () => {
    // Quotes inside quotes: the outer pair is the value's own, the inner pair stays part of the text.
    expect(newsWith([TITLE, 'description: "[VUL IN: samenvatting] "Samen" in Delfshaven"  ', DATE, CATEGORY])).toEqual([
      at(3, 'description', `aanhalingstekens binnen "…" ("[VUL IN: samenvatting] "Samen" in Delfshaven"), die de waarde te vroeg sluiten; verwacht enkele aanhalingstekens om de hele waarde: '[VUL IN: samenvatting] "Samen" in Delfshaven'`),
      at(3, 'description', '"[VUL IN: samenvatting] "Samen" in Delfshaven", nog niet ingevuld; verwacht je eigen tekst in plaats van [VUL IN …]'),
    ]);
    expect(newsWith([TITLE, `description: "Rotterdam's "nieuwe" netwerken in de wijk"`, DATE, CATEGORY])).toEqual([
      at(3, 'description', `aanhalingstekens binnen "…" ("Rotterdam's "nieuwe" netwerken in de wijk"), die de waarde te vroeg sluiten; verwacht enkele aanhalingstekens om de hele waarde: 'Rotterdam''s "nieuwe" netwerken in de wijk' (een ' tussen '…' schrijf je twee keer: '')`),
    ]);
    expect(newsWith([TITLE, '- description: Een samenvatting van minstens twintig tekens.', DATE, CATEGORY])).toEqual([
      at(3, 'description', '"- description: Een samenvatting van minstens twintig tekens." met een streepje ervoor, op de plaats van een veld; verwacht "description: Een samenvatting van minstens twintig tekens."'),
    ]);
  });

  it('says a value may not begin with %, @ or ` unquoted, and reads it quoted, so the rest is still checked (helper-27: unit: % got the general message)', () => {
    expect(projectWith(['figures:', '  - label: Deelnemers met werk', '    value: 45', '    unit: %', '    kind: resultat'])).toEqual([
      'content/projects/proefproject.md:14  figures[1].unit — gevonden: %, een waarde die met % begint, wat niet als tekst gelezen wordt; verwacht "%" tussen aanhalingstekens',
      'content/projects/proefproject.md:15  figures[1].kind — gevonden: "resultat"; verwacht één van: resultaat, doel; bedoelde je "resultaat"?',
    ]);
    expect(newsWith(['title: @ZorgRotterdam op bezoek', DESCRIPTION, DATE, CATEGORY])).toEqual([at(2, 'title', '@ZorgRotterdam op bezoek, een waarde die met @ begint, wat niet als tekst gelezen wordt; verwacht "@ZorgRotterdam op bezoek" tussen aanhalingstekens')]);
    // Quoted, or further in the value, it is plain text.
    expect(newsWith(['title: "@ZorgRotterdam op bezoek"', DESCRIPTION, DATE, CATEGORY])).toEqual([]);
    expect(newsWith(['title: Zo gaat 100% mee', DESCRIPTION, DATE, CATEGORY])).toEqual([]);
    // A % further in, on a line unreadable for another reason, is that reason; spaces around the value are not shown.
    expect(newsWith(['title: Zo gaat 100%: mee', DESCRIPTION, DATE, CATEGORY])).toEqual([at(2, 'title', 'een dubbele punt midden in de waarde van title; verwacht de tekst tussen aanhalingstekens: title: "Zo gaat 100%: mee"')]);
    expect(newsWith(['title: @ZorgRotterdam   ', DESCRIPTION, DATE, CATEGORY])).toEqual([at(2, 'title', '@ZorgRotterdam, een waarde die met @ begint, wat niet als tekst gelezen wordt; verwacht "@ZorgRotterdam" tussen aanhalingstekens')]);
  });

  it('says a \\ between double quotes is read as a code, with or without the parser stumbling, and reads the value single-quoted (helper-53)', () => {
    const BACKSLASH = (written: string, single: string) => `${written}, met een \\ tussen dubbele aanhalingstekens, waar \\ en het teken erna als code gelezen worden; verwacht enkele aanhalingstekens: ${single}`;
    // \U is no code: the parser stops; told once, in the editor's words, and the fields below are still checked.
    expect(newsWith([TITLE, 'description: "Een verslag uit C:\\Users\\anna, over de zorg in Delfshaven"', DATE, 'category: netwerkk'])).toEqual([
      at(3, 'description', BACKSLASH('"Een verslag uit C:\\Users\\anna, over de zorg in Delfshaven"', "'Een verslag uit C:\\Users\\anna, over de zorg in Delfshaven'")),
      at(5, 'category', '"netwerkk"; verwacht één van: netwerk, arbeidsmarkt, onderwijs, inclusie, beleid, samenwerking; bedoelde je "netwerk"?'),
    ]);
    // \f and \n are codes: the parser says nothing, the title would hold a page break and a new line.
    expect(newsWith(['title: "Zorg\\fotos\\nieuw in Delfshaven"', DESCRIPTION, DATE, CATEGORY])).toEqual([
      at(2, 'title', BACKSLASH('"Zorg\\fotos\\nieuw in Delfshaven"', "'Zorg\\fotos\\nieuw in Delfshaven'")),
    ]);
    // A photo's path on the editor's computer is left to the photo check, which reads it as written and says ./foto.jpg
    // (helper-55: two messages on one line, the first to quote it, the second to write ./foto.jpg).
    for (const src of ['"C:\\Users\\jan\\Pictures\\foto.jpg"', '"C:\\fotos\\nieuw.jpg"']) {
      const lines = [TITLE, DESCRIPTION, DATE, CATEGORY, 'image:', `  src: ${src}`, '  alt: Deelnemers bij de start van het traject in Delfshaven'];
      expect(newsWith(lines), src).toEqual([]);
      const read = readSourceFile(`---\n${lines.join('\n')}\n---\n\nTekst.\n`, false).data as { image: { src: string } };
      expect(read.image.src, src).toBe(src.slice(1, -1).replaceAll('\\\\', '\\'));
    }
    // Also beside a mistake that is told, which alone would not have the lines read again.
    const beside = ['title: "Zorg\\fotos in Delfshaven"', DESCRIPTION, DATE, CATEGORY, 'image:', '  src: "C:\\fotos\\nieuw.jpg"', '  alt: Deelnemers bij de start van het traject in Delfshaven'];
    expect(newsWith(beside)).toEqual([at(2, 'title', BACKSLASH('"Zorg\\fotos in Delfshaven"', "'Zorg\\fotos in Delfshaven'"))]);
    expect((readSourceFile(`---\n${beside.join('\n')}\n---\n\nTekst.\n`, false).data as { image: { src: string } }).image.src).toBe('C:\\fotos\\nieuw.jpg');
    // Beside a code, a quote or \ written with its own \ is written plainly between the single quotes.
    expect(newsWith(['title: "Het \\"pact\\" met \\\\ uit C:\\Users in Delfshaven"', DESCRIPTION, DATE, CATEGORY])).toEqual([
      at(2, 'title', BACKSLASH('"Het \\"pact\\" met \\\\ uit C:\\Users in Delfshaven"', "'Het \"pact\" met \\ uit C:\\Users in Delfshaven'")),
    ]);
    // A quote or a \ written with its own \ is what double quotes are for.
    expect(newsWith(['title: "Het \\"pact\\" in Delfshaven en \\\\ meer"', DESCRIPTION, DATE, CATEGORY])).toEqual([]);
    expect(newsWith(["title: 'Zorg\\fotos in Delfshaven'", DESCRIPTION, DATE, CATEGORY])).toEqual([]);
  });

  it('is told as such, not as a missing quote, where a # follows the closing quote without a space', () => {
    expect(newsWith(['title: "Een bericht uit Delfshaven"#1', DESCRIPTION, DATE, CATEGORY])).toEqual([at(2, 'title', UNREADABLE)]);
  });

  it('is told as such where a comma is missing between quoted names in [ ], and the fields below are still checked', () => {
    expect(newsWith([TITLE, DESCRIPTION, DATE, CATEGORY, 'networks: ["delfshaven" "charlois]', 'draft: ja'])).toEqual([
      at(6, 'networks', UNREADABLE),
      at(7, 'draft', 'ja (tekst); verwacht true (ja) of false (nee)'),
    ]);
    // The parser's own words say whether a quote is missing, not the line they show: a tag named quote is no missing quote.
    expect(newsWith([TITLE, DESCRIPTION, DATE, CATEGORY, 'tags: [quote, "zorg" "welzijn"]'])).toEqual([at(6, 'tags', UNREADABLE)]);
  });

  it('is told once, where a quote it opens runs on to the last line, under another field', () => {
    expect(newsWith([TITLE, 'networks: ["delfshaven" "charlois]', DESCRIPTION, 'date: 30-09-2016', CATEGORY])).toEqual([
      at(3, 'networks', UNREADABLE),
      at(5, 'date', DAY_MONTH_YEAR),
    ]);
  });

  it('is left out where it holds no field, so the rest of the list and the fields below are still read', () => {
    expect(newsWith([TITLE, DESCRIPTION, DATE, CATEGORY, 'networks:', '  - delfshaven', '  - @charlois', 'draft: ja'])).toEqual([
      at(8, 'networks', '@charlois, een waarde die met @ begint, wat niet als tekst gelezen wordt; verwacht "@charlois" tussen aanhalingstekens'),
      at(9, 'draft', 'ja (tekst); verwacht true (ja) of false (nee)'),
    ]);
  });
});

describe('a field twice in a key figure', () => {
  it('names the line of the first where that is the line of the item\'s dash, not a field of the figure above', () => {
    expect(projectWith(['figures:', '  - value: 30', '    label: Deelnemers', '    kind: resultaat', '  - label: Leerwerkplekken', '    value: 12', '    label: Stageplekken', '    kind: resultaat'])).toEqual([
      'content/projects/proefproject.md:17  figures[2].label — gevonden: label voor de tweede keer (ook op regel 15); verwacht elk veld één keer: haal een van de twee weg',
    ]);
  });

  it('names no line of another figure for a field twice inside { } (both are on its own line)', () => {
    expect(projectWith(['figures:', '  - value: 30', '    unit: personen', '    label: Deelnemers', '    kind: resultaat', '  - value: 12', '    unit: {nl: plekken, nl: stageplekken}', '    label: Leerwerkplekken', '    kind: resultaat'])).toEqual([
      'content/projects/proefproject.md:17  figures[2].unit — gevonden: nl in unit voor de tweede keer; verwacht elk veld één keer: haal een van de twee weg',
    ]);
  });
});

describe('a field twice inside { }', () => {
  it('is named as it is on a list item\'s line too, and only the second is left out, so the figure and the fields below are still read', () => {
    expect(projectWith(['figures:', '  - {label: Deelnemers, value: 30, label: Leerlingen, kind: resultaat}', 'contact: {name: Jan de Vries, name: Piet}', 'website: www.laurens.nl'])).toEqual([
      'content/projects/proefproject.md:12  figures — gevonden: label voor de tweede keer; verwacht elk veld één keer: haal een van de twee weg',
      'content/projects/proefproject.md:13  contact — gevonden: name in contact voor de tweede keer; verwacht elk veld één keer: haal een van de twee weg',
      'content/projects/proefproject.md:14  website — gevonden: "www.laurens.nl"; verwacht het volledige adres: https://www.laurens.nl',
    ]);
  });
});

describe('a field twice with fields under it', () => {
  it('is told on the line of the second, which is left out with every line under it (blank lines and comments too), but not the field after it', () => {
    expect(newsWith([TITLE, DESCRIPTION, CATEGORY, 'source:', '  name: Rijnmond', DATE, 'source:', '  name: NOS', '', '  # de site', '  url: www.nos.nl', 'draft: ja'])).toEqual([
      at(8, 'source', 'source voor de tweede keer (ook op regel 5); verwacht elk veld één keer: haal een van de twee weg'),
      at(13, 'draft', 'ja (tekst); verwacht true (ja) of false (nee)'),
    ]);
  });
});

describe('a list item indented otherwise than the one above', () => {
  it('says it is further in, and is read where it belongs', () => {
    expect(newsWith([TITLE, DESCRIPTION, DATE, CATEGORY, 'networks:', '  - "delfshaven"', '   - charlois', 'draft: ja'])).toEqual([
      at(8, 'networks', '"- charlois" verder ingesprongen dan "- "delfshaven"" erboven; verwacht elk streepje van de lijst precies onder het vorige, met evenveel spaties ervoor'),
      at(9, 'draft', 'ja (tekst); verwacht true (ja) of false (nee)'),
    ]);
  });
});

describe('a field twice in a key figure whose dash is missing', () => {
  it('is a duplicate in that item, to remove, not a next item: "kind" after it is not in that item', () => {
    expect(projectWith(['figures:', '  - label: Deelnemers', '    value: 30', '    kind: resultaat', '    label: Plekken', '    value: 12', '    value: 13', '    kind: doel'])).toEqual([
      'content/projects/proefproject.md:15  figures[1].label — gevonden: label voor de tweede keer in hetzelfde item van de lijst (ook op regel 12); verwacht een nieuw item, met een streepje ervoor zoals op regel 12: "  - label: Plekken" (of, als het één item is, haal een van de twee weg)',
      'content/projects/proefproject.md:17  figures[1].value — gevonden: value voor de tweede keer (ook op regel 16); verwacht elk veld één keer: haal een van de twee weg',
    ]);
  });
});

describe('a duplicate with mistakes in the lines under it', () => {
  it('is read without those lines, as its message says: a tab under it is told, but not mended back in (no extra "vormfout")', () => {
    expect(newsWith([TITLE, DESCRIPTION, DATE, CATEGORY, 'source:', '  name: Rijnmond', 'source:', '\tname: NOS', 'draft: ja'])).toEqual([
      at(8, 'source', 'source voor de tweede keer (ook op regel 6); verwacht elk veld één keer: haal een van de twee weg'),
      at(9, 'source.name', 'een tab om in te springen; verwacht 2 spaties ervoor, twee meer dan source erboven, want de tab telt niet als inspringen'),
      at(10, 'draft', 'ja (tekst); verwacht true (ja) of false (nee)'),
    ]);
  });
});

describe('a value that starts with a quotation and goes on after it', () => {
  it('is told with the whole value between quotes, the quotation kept, and read so: one round', () => {
    expect(newsWith([TITLE, 'description: "Samen sterker", zei de wethouder over de afspraken.', DATE, 'category: sport'])).toEqual([
      at(3, 'description', `"Samen sterker", zei de wethouder over de afsprak…, een waarde die met een aanhalingsteken begint en na het sluitende aanhalingsteken verdergaat; verwacht de hele waarde tussen aanhalingstekens: '"Samen sterker", zei de wethouder over de afspraken.'`),
      expect.stringContaining('bericht.md:5  category — gevonden: "sport"'),
    ]);
    expect(newsWith(["title: 'Samen sterker' in Delfshaven", DESCRIPTION, DATE, CATEGORY])).toEqual([
      at(2, 'title', `'Samen sterker' in Delfshaven, een waarde die met een aanhalingsteken begint en na het sluitende aanhalingsteken verdergaat; verwacht de hele waarde tussen aanhalingstekens: "'Samen sterker' in Delfshaven"`),
    ]);
    // A whole quoted value, with a comment after it, or an apostrophe written twice, is fine.
    expect(newsWith(['title: "Samen sterker" # citaat', "description: 'Rotterdam''s netwerken werken samen in de wijk.'", DATE, CATEGORY])).toEqual([]);
  });
});

describe('the first item of a list alone out of line', () => {
  it('is told and moved, with its own fields, where the items under it are; the items below are no mistake', () => {
    expect(newsWith([TITLE, DESCRIPTION, DATE, CATEGORY, 'networks:', '    - delfshaven', '  - charlois', '  - hoogvliet', 'draft: ja'])).toEqual([
      at(7, 'networks', '"- delfshaven" verder ingesprongen dan "- charlois" eronder; verwacht elk streepje van de lijst precies onder het vorige, met evenveel spaties ervoor'),
      at(10, 'draft', 'ja (tekst); verwacht true (ja) of false (nee)'),
    ]);
    // A key figure with its fields: the parser stumbles at the second item, three lines below; the whole item moves.
    const figures = projectWith(['figures:', '      - label: Aanmeldingen', '        value: 40', '        kind: resultaat', '    - label: Deelnemers', '      value: 12', '      kind: resultaat', '    - label: Plekken', '      value: 3', '      kind: doel', 'draft: ja']);
    expect(figures).toEqual([
      expect.stringContaining('proefproject.md:12  figures[1].label — gevonden: "- label: Aanmeldingen" verder ingesprongen dan "- label: Deelnemers" eronder'),
      expect.stringContaining('proefproject.md:21  draft — gevonden: ja (tekst)'),
    ]);
  });
  it('is not blamed when only one item stands under it, or the items under it differ among themselves', () => {
    expect(newsWith([TITLE, DESCRIPTION, DATE, CATEGORY, 'networks:', '   - delfshaven', '  - charlois', 'draft: ja'])[0]).toContain('"- charlois" minder ver ingesprongen dan "- delfshaven" erboven');
    expect(newsWith([TITLE, DESCRIPTION, DATE, CATEGORY, 'networks:', '    - delfshaven', '  - charlois', '   - hoogvliet', 'draft: ja'])[0]).toContain('"- charlois" minder ver ingesprongen dan "- delfshaven" erboven');
  });
});

describe('a file saved with Windows line ends (\\r\\n)', () => {
  it('has each mistake told on its own line, under its field, and the fields below still checked', () => {
    const lines = ['title: Let op: nieuwe leerwerkplekken', DESCRIPTION, DATE, CATEGORY, 'source:', '\tname: Rijnmond', 'image:', '  src: ./foto.jpg', '   alt: Twee leerlingen', 'draft: ja'];
    const data = `---\r\n${lines.join('\r\n')}\r\n---\r\n\r\nTekst van het bericht.\r\n`;
    expect(checkEntries(toContentFiles(withFile(baseline(), { collection: 'news', name: 'bericht.md', data }))).problems.map(formatProblem)).toEqual([
      at(2, 'title', 'een dubbele punt midden in de waarde van title; verwacht de tekst tussen aanhalingstekens: title: "Let op: nieuwe leerwerkplekken"'),
      at(7, 'source.name', 'een tab om in te springen; verwacht 2 spaties ervoor, twee meer dan source erboven, want de tab telt niet als inspringen'),
      at(10, 'image.alt', 'alt verder ingesprongen dan src op de regel erboven, dat al een waarde heeft; verwacht alt precies onder src, met evenveel spaties ervoor'),
      at(11, 'draft', 'ja (tekst); verwacht true (ja) of false (nee)'),
    ]);
  });
});

describe('a # in a value', () => {
  it('is no mistake between quotes, as the message advises, nor in a [ ] list or { }', () => {
    expect(newsWith(['title: "Leerwerkplek #1 in Delfshaven"', DESCRIPTION, DATE, CATEGORY, "author: 'Team #2 van de redactie'", 'networks: [delfshaven, charlois] #zuid', 'source: {name: Rijnmond, url: https://www.rijnmond.nl} #bron'])).toEqual([]);
  });
});

describe('the value a message quotes', () => {
  it('is the value as written, without the spaces after it', () => {
    const told = (line: string) => newsWith([line, DESCRIPTION, DATE, CATEGORY])[0];
    expect(told('title: “Een bericht uit Delfshaven”  ')).toBe(at(2, 'title', '“Een bericht uit Delfshaven” tussen gekrulde aanhalingstekens (zoals een tekstverwerker ze zet); verwacht rechte aanhalingstekens "…" of helemaal geen'));
    expect(told("title: 'Het is Rotterdam's beste idee'  ")).toBe(at(2, 'title', 'een apostrof binnen enkele aanhalingstekens (\'Het is Rotterdam\'s beste idee\'); verwacht dubbele aanhalingstekens om tekst met een apostrof: "Het is Rotterdam\'s beste idee"'));
    expect(told('title: #1 in Delfshaven  ')).toBe(at(2, 'title', 'een waarde die met # begint (#1 in Delfshaven); de site leest alles vanaf # als opmerking, dus title blijft leeg; verwacht de tekst tussen aanhalingstekens: title: "#1 in Delfshaven"'));
    expect(told('title: Leerwerkplek #1 in Delfshaven  ')).toBe(at(2, 'title', '"Leerwerkplek #1 in Delfshaven", waarvan de site alles vanaf # weglaat (er blijft "Leerwerkplek" over); verwacht de tekst tussen aanhalingstekens: title: "Leerwerkplek #1 in Delfshaven"'));
    expect(told('title: Let op: nieuwe leerwerkplekken  ')).toBe(at(2, 'title', 'een dubbele punt midden in de waarde van title; verwacht de tekst tussen aanhalingstekens: title: "Let op: nieuwe leerwerkplekken"'));
    expect(newsWith([TITLE, DESCRIPTION, DATE, CATEGORY, 'networks: [delfshaven, charlois  '])).toEqual([
      at(6, 'networks', 'een lijst die met [ begint zonder ] aan het eind ([delfshaven, charlois); verwacht de hele lijst op één regel tussen [ en ]: networks: [delfshaven, charlois]'),
    ]);
  });

  it('is read as the message says to mend it: a placeholder in it is found without the quotes around it or the spaces after it', () => {
    const mended = (value: string, message: string, found: string) =>
      expect(newsWith([TITLE, `description: ${value}`, DATE, CATEGORY])).toEqual([at(3, 'description', message), at(3, 'description', `"${found}", nog niet ingevuld; verwacht je eigen tekst in plaats van [VUL IN …]`)]);
    mended('“[VUL IN: de ‘samenvatting’]”  ', '“[VUL IN: de ‘samenvatting’]” tussen gekrulde aanhalingstekens (zoals een tekstverwerker ze zet); verwacht rechte aanhalingstekens "…" of helemaal geen', '[VUL IN: de ‘samenvatting’]');
    mended("'[VUL IN: Rotterdam's samenvatting]'  ", 'een apostrof binnen enkele aanhalingstekens (\'[VUL IN: Rotterdam\'s samenvatting]\'); verwacht dubbele aanhalingstekens om tekst met een apostrof: "[VUL IN: Rotterdam\'s samenvatting]"', "[VUL IN: Rotterdam's samenvatting]");
    mended('"[VUL IN: samenvatting]  ', 'een aanhalingsteken aan het begin van de waarde zonder aanhalingsteken aan het eind; verwacht "…" om de hele tekst, op één regel', '[VUL IN: samenvatting]');
    mended('Let op: [VUL IN: samenvatting]  ', 'een dubbele punt midden in de waarde van description; verwacht de tekst tussen aanhalingstekens: description: "Let op: [VUL IN: samenvatting]"', 'Let op: [VUL IN: samenvatting]');
  });
});

describe('lines that are no field', () => {
  const DRAFT = 'ja (tekst); verwacht true (ja) of false (nee)';

  it('a stray line under a field with a value is told as a line without "veld:", left out, and the fields below are still checked', () => {
    expect(newsWith([TITLE, 'Een losse regel  ', DESCRIPTION, DATE, CATEGORY, 'draft: ja'])).toEqual([
      at(3, 'opmaak', '"Een losse regel", een regel zonder "veld:" ervoor; verwacht "veld: waarde" per regel, of een lijstregel die begint met "- "'),
      at(7, 'draft', DRAFT),
    ]);
    // A dash inside it makes it no list item, also under a field with fields below it.
    expect(newsWith([TITLE, DESCRIPTION, DATE, CATEGORY, 'source:', '  name: Rijnmond', 'Een losse regel - deel 2'])).toEqual([
      at(8, 'opmaak', '"Een losse regel - deel 2", een regel zonder "veld:" ervoor; verwacht "veld: waarde" per regel, of een lijstregel die begint met "- "'),
    ]);
  });

  it('a sentence of running text between the fields is told where running text belongs (helper-34 lost a paragraph)', () => {
    expect(newsWith([TITLE, DESCRIPTION, 'In Pernis werken zorg en welzijn samen aan de wijk.', DATE, CATEGORY])).toEqual([
      at(4, 'opmaak', '"In Pernis werken zorg en welzijn samen aan de wijk.", een regel zonder "veld:" ervoor; verwacht "veld: waarde" per regel, of een lijstregel die begint met "- "; lopende tekst hoort niet tussen de velden maar onder de tweede regel ---'),
    ]);
    // Four words and a full stop are a sentence; a full stop inside a line, or three words, are not.
    expect(newsWith([TITLE, DESCRIPTION, 'Dit is lopende tekst.', DATE, CATEGORY])[0]).toContain('lopende tekst hoort niet tussen de velden');
    expect(newsWith([TITLE, DESCRIPTION, 'Een regel. Met meer woorden erna', DATE, CATEGORY])[0]).not.toContain('lopende tekst');
    expect(newsWith([TITLE, DESCRIPTION, 'Drie losse woorden.', DATE, CATEGORY])[0]).not.toContain('lopende tekst');
  });

  it('the rest of a value on the lines below it, broken off mid-sentence, is told as the rest of that field (helper-39: told as text for the body)', () => {
    const rest = (text: string) => `"${text}", het vervolg van description op een eigen regel; verwacht de hele waarde van description op één regel: zet deze tekst achter de rest, aan het eind van regel 3`;
    expect(newsWith([TITLE, 'description: In Museum Boijmans werden op 28 september 2016', 'de overeenkomsten voor veertien netwerken getekend.', DATE, CATEGORY])).toEqual([
      at(4, 'opmaak', rest('de overeenkomsten voor veertien netwerken getekend.')),
    ]);
    // Over three lines: each line below is the rest of the same field.
    expect(newsWith([TITLE, 'description: In Museum Boijmans werden op', '28 september 2016 de overeenkomsten', 'voor veertien netwerken getekend.', DATE, CATEGORY])).toEqual([
      at(4, 'opmaak', rest('28 september 2016 de overeenkomsten')),
      at(5, 'opmaak', rest('voor veertien netwerken getekend.')),
    ]);
    // Not the rest of it: a value that ends a sentence, a line in capitals, a quoted value, a blank line between, a list item above.
    const stray = (text: string) => `"${text}", een regel zonder "veld:" ervoor; verwacht "veld: waarde" per regel, of een lijstregel die begint met "- "`;
    expect(newsWith([TITLE, 'description: Een samenvatting van twintig tekens!', 'en nog wat', DATE, CATEGORY])).toEqual([at(4, 'opmaak', stray('en nog wat'))]);
    expect(newsWith([TITLE, 'description: Een samenvatting van twintig tekens en', 'Nog wat', DATE, CATEGORY])).toEqual([at(4, 'opmaak', stray('Nog wat'))]);
    expect(newsWith([TITLE, 'description: "Een samenvatting van twintig tekens en"', 'nog wat', DATE, CATEGORY])).toEqual([at(4, 'opmaak', stray('nog wat'))]);
    expect(newsWith([TITLE, 'description: Een samenvatting van twintig tekens en', '', 'nog wat', DATE, CATEGORY])).toEqual([at(5, 'opmaak', stray('nog wat'))]);
    expect(newsWith([TITLE, DESCRIPTION, DATE, CATEGORY, 'tags:', '  - wijk', 'nog wat'])).toEqual([at(8, 'opmaak', stray('nog wat'))]);
  });

  it('a stray line that opens a quote is told once, on its own line (not again where the quote ends), and the fields below are still checked', () => {
    expect(newsWith([TITLE, '"Een losse regel', DESCRIPTION, DATE, CATEGORY, 'draft: ja'])).toEqual([
      at(3, 'opmaak', '""Een losse regel", een regel zonder "veld:" ervoor; verwacht "veld: waarde" per regel, of een lijstregel die begint met "- "'),
      at(7, 'draft', DRAFT),
    ]);
  });

  it('a value on the line below its field is told without the spaces after it, also for a sub-field; indented, it is valid', () => {
    expect(newsWith(['title:', 'Een bericht uit Delfshaven  ', DESCRIPTION, DATE, CATEGORY])).toEqual([
      at(3, 'title', 'de waarde van title op de volgende regel; verwacht veld en waarde op één regel: title: Een bericht uit Delfshaven'),
    ]);
    expect(newsWith([TITLE, DESCRIPTION, DATE, CATEGORY, 'source:', '  name:', '  Rijnmond', '  url: https://www.rijnmond.nl'])).toEqual([
      at(8, 'source.name', 'de waarde van name op de volgende regel; verwacht veld en waarde op één regel: name: Rijnmond'),
    ]);
    // Mended, the value joins its field without those spaces: a title that is too short is still found.
    expect(newsWith(['title:', 'Kort  ', DESCRIPTION, DATE, CATEGORY])).toEqual([
      at(3, 'title', 'de waarde van title op de volgende regel; verwacht veld en waarde op één regel: title: Kort'),
      at(2, 'title', '"Kort"; verwacht minstens 5 tekens (nu 4)'),
    ]);
    expect(newsWith(['title:', '  Een bericht uit Delfshaven', DESCRIPTION, DATE, CATEGORY])).toEqual([]);
  });

  it('a comment after the value with a colon in it is no mistake', () => {
    expect(newsWith(['title: Een bericht uit Delfshaven # kop: nog kiezen', DESCRIPTION, DATE, CATEGORY])).toEqual([]);
  });
});

describe('list items', () => {
  it('without a space after the dash, indented or the second at the margin: told as written, the list read with the space', () => {
    expect(newsWith([TITLE, DESCRIPTION, DATE, CATEGORY, 'networks:', '  -delfshaven', '  - charlois', 'draft: ja'])).toEqual([
      at(7, 'networks', '"-delfshaven" zonder spatie na het streepje; verwacht "- delfshaven"'),
      at(9, 'draft', 'ja (tekst); verwacht true (ja) of false (nee)'),
    ]);
    expect(newsWith([TITLE, DESCRIPTION, DATE, CATEGORY, 'networks:', '- delfshaven', '-charlois'])).toEqual([
      at(8, 'networks', '"-charlois" zonder spatie na het streepje; verwacht "- charlois"'),
    ]);
  });

  it('less far in than the item above its fields is told with that item\'s line, and read with its fields where it belongs (helper-42)', () => {
    const project = (line: number, field: string, message: string) => `content/projects/proefproject.md:${line}  ${field} — gevonden: ${message}`;
    const first = ['figures:', '  - label: Deelnemers', '    value: 45', '    kind: resultaat'];
    for (const dash of [' ', '']) {
      expect(projectWith([...first, `${dash}- label: Vrijwilligers`, `${dash}  value: 1.200`, `${dash}  kind: doel`]), JSON.stringify(dash)).toEqual([
        project(15, 'figures', '"- label: Vrijwilligers" minder ver ingesprongen dan "- label: Deelnemers" op regel 12; verwacht elk streepje van de lijst precies onder het vorige, met evenveel spaties ervoor'),
        project(16, 'figures[2].value', '1.200, dat twaalfhonderd of één komma twee kan zijn; verwacht value: 1200 als je twaalfhonderd bedoelt (zonder punt voor duizendtallen), of value: 1.2 als je één komma twee bedoelt'),
      ]);
    }
  });

  it('a field further in below comments is told on its own line, not on the comment where the parser stopped (helper-42)', () => {
    expect(newsWith([TITLE, DESCRIPTION, DATE, CATEGORY, '# Optioneel: tags, networks', '# Bijvoorbeeld:', ' networks: [delfshaven]', 'draft: ja'])).toEqual([
      at(8, 'networks', 'networks verder ingesprongen dan category op de regel erboven, dat al een waarde heeft; verwacht networks precies onder category, met evenveel spaties ervoor'),
      at(9, 'draft', 'ja (tekst); verwacht true (ja) of false (nee)'),
    ]);
  });

  it('less far in than the one above is told, and read where it belongs: a placeholder in it is still found', () => {
    expect(newsWith([TITLE, DESCRIPTION, DATE, CATEGORY, 'networks:', '  - delfshaven', ' - charlois', 'draft: ja'])).toEqual([
      at(8, 'networks', '"- charlois" minder ver ingesprongen dan "- delfshaven" erboven; verwacht elk streepje van de lijst precies onder het vorige, met evenveel spaties ervoor'),
      at(9, 'draft', 'ja (tekst); verwacht true (ja) of false (nee)'),
    ]);
    expect(newsWith([TITLE, DESCRIPTION, DATE, CATEGORY, 'networks:', '  - "delfshaven"', '   - "[VUL IN: netwerk]"'])).toEqual([
      at(8, 'networks', '"- "[VUL IN: netwerk]"" verder ingesprongen dan "- "delfshaven"" erboven; verwacht elk streepje van de lijst precies onder het vorige, met evenveel spaties ervoor'),
      at(8, 'networks[2]', '"[VUL IN: netwerk]", nog niet ingevuld; verwacht je eigen tekst in plaats van [VUL IN …], of haal die regel uit de lijst weg'),
    ]);
  });

  it('further in right below a plain name is told as indenting, though YAML reads one name with a dash in it: its "bedoelde je" lost the second (helper-73)', () => {
    expect(newsWith([TITLE, DESCRIPTION, DATE, CATEGORY, 'networks:', '- delfshaven', '  - charlois', 'draft: ja'])).toEqual([
      at(8, 'networks', '"- charlois" verder ingesprongen dan "- delfshaven" erboven, zodat de site de twee als één waarde leest ("delfshaven - charlois"); verwacht elk streepje van de lijst precies onder het vorige, met evenveel spaties ervoor'),
      at(9, 'draft', 'ja (tekst); verwacht true (ja) of false (nee)'),
    ]);
    // Below a quoted one, the parser stumbles and the general indenting message is told, as before; less far in is no going on.
    expect(newsWith([TITLE, DESCRIPTION, DATE, CATEGORY, 'networks:', '  - "delfshaven"', '   - charlois'])[0]).not.toContain('als één waarde');
  });
});

describe('sub-fields', () => {
  it('less far in than the first one is told also when their field is the first line', () => {
    expect(newsWith(['image:', '  src: ./foto.jpg', ' alt: Twee leerlingen', TITLE, DESCRIPTION, DATE, CATEGORY])).toEqual([
      at(4, 'image.alt', 'alt minder ver ingesprongen dan src erboven; verwacht alt precies onder src, met evenveel spaties ervoor'),
    ]);
  });

  it('further in than a sub-field with a value is told, and read under the same field', () => {
    expect(newsWith([TITLE, DESCRIPTION, DATE, CATEGORY, 'image:', '  src: ./foto.jpg', '    alt: Twee leerlingen', 'draft: ja'])).toEqual([
      at(8, 'image.alt', 'alt verder ingesprongen dan src op de regel erboven, dat al een waarde heeft; verwacht alt precies onder src, met evenveel spaties ervoor'),
      at(9, 'draft', 'ja (tekst); verwacht true (ja) of false (nee)'),
    ]);
  });

  it('are named with their field: on the first line, after a sibling with a dash in its value or without a value', () => {
    expect(newsWith(['source:', '\tname: Rijnmond', TITLE, DESCRIPTION, DATE, CATEGORY])).toEqual([
      at(3, 'source.name', 'een tab om in te springen; verwacht 2 spaties ervoor, twee meer dan source erboven, want de tab telt niet als inspringen'),
    ]);
    expect(newsWith([TITLE, DESCRIPTION, DATE, CATEGORY, 'source:', '  name: RTV Rijnmond - nieuws', '  url: Let op: https://www.rijnmond.nl'])).toEqual([
      at(8, 'source.url', '"Let op: https://www.rijnmond.nl", met tekst voor het webadres; verwacht alleen het webadres: url: https://www.rijnmond.nl'),
    ]);
    expect(newsWith([TITLE, DESCRIPTION, DATE, CATEGORY, 'image:', '  caption:', '  alt: Let op: twee leerlingen'])[0]).toBe(
      at(8, 'image.alt', 'een dubbele punt midden in de waarde van alt; verwacht de tekst tussen aanhalingstekens: alt: "Let op: twee leerlingen"'),
    );
  });

  it('indented with tabs, two deep in a key figure, each read from the line above as that line is mended', () => {
    expect(projectWith(['figures:', '\t- label: Deelnemers', '\t\tvalue: 30', '\t\tkind: resultaat', 'website: www.laurens.nl'])).toEqual([
      // The first line's place is read from the field above it; each line below from the line above it, mended as told.
      'content/projects/proefproject.md:12  figures[1].label — gevonden: een tab om in te springen; verwacht 2 spaties ervoor, twee meer dan figures erboven, want de tab telt niet als inspringen',
      'content/projects/proefproject.md:13  figures[1].value — gevonden: een tab om in te springen; verwacht 4 spaties ervoor, zo ver als label erboven, want de tab telt niet als inspringen',
      'content/projects/proefproject.md:14  figures[1].kind — gevonden: een tab om in te springen; verwacht 4 spaties ervoor, zo ver als value erboven, want de tab telt niet als inspringen',
      'content/projects/proefproject.md:15  website — gevonden: "www.laurens.nl"; verwacht het volledige adres: https://www.laurens.nl',
    ]);
  });

  it('one line with a tab among lines with spaces: only that line is told, not the right one below it (helper-29)', () => {
    for (const tabbed of ['\tunit: personen', '\t\tunit: personen']) {
      const told = projectWith(['figures:', '  - label: Deelnemers', '    value: 30', tabbed, '    kind: resultaat']);
      // How far in, read from value above it (helper-31: two spaces, as "twee per niveau" said, blamed kind below).
      // One tab reads as two spaces, level with the dash: outside the item, so the field is named alone.
      const field = tabbed.startsWith('\t\t') ? 'figures[1].unit' : 'unit';
      expect(told[0], JSON.stringify(tabbed)).toBe(`content/projects/proefproject.md:14  ${field} — gevonden: een tab om in te springen; verwacht 4 spaties ervoor, zo ver als value erboven, want de tab telt niet als inspringen`);
      // At most the note that more may be found once it is mended (one tab read as two spaces is less deep than value).
      expect(told.slice(1).filter((line) => !/:16 {2}opmaak — .*kan de controle nog meer vinden\.$/.test(line)), JSON.stringify(tabbed)).toEqual([]);
    }
    // Read on with the spaces it needs: nothing else is told. Under a list item's first field, as far in as that field.
    const TAB = 'een tab om in te springen; verwacht 4 spaties ervoor, zo ver als label erboven, want de tab telt niet als inspringen';
    expect(projectWith(['figures:', '  - label: Deelnemers', '    value: 30', '\tunit: personen', '    kind: resultaat'])).toHaveLength(1);
    expect(projectWith(['figures:', '  - label: Deelnemers', '\tvalue: 30', '    kind: resultaat'])).toEqual([`content/projects/proefproject.md:13  value — gevonden: ${TAB}`]);
    expect(projectWith(['figures:', '  -  label: Deelnemers', '\tvalue: 30', '     kind: resultaat'])[0]).toContain('verwacht 5 spaties ervoor, zo ver als label erboven');
    // A tab inside the value above, not before it, leaves the line below to be told as any field out of line with its item's first.
    expect(projectWith(['figures:', '  - label: Deelnemers', '    value: 30\t', '      kind: resultaat'])[0]).toBe(
      'content/projects/proefproject.md:14  figures[1].kind — gevonden: kind verder ingesprongen dan label op regel 12; verwacht kind precies onder label, met 4 spaties ervoor',
    );
  });
});

describe('a list between [ ] in a field that must be there', () => {
  it('is read as mended, so the field is not reported missing: with ] added, or with the unclosed quote left out', () => {
    const DRAFT = at(6, 'draft', 'ja (tekst); verwacht true (ja) of false (nee)');
    expect(newsWith([TITLE, DESCRIPTION, DATE, 'category: [netwerk', 'draft: ja'])).toEqual([
      at(5, 'category', 'een lijst die met [ begint zonder ] aan het eind ([netwerk); verwacht de hele lijst op één regel tussen [ en ]: category: [netwerk]'),
      DRAFT,
    ]);
    expect(newsWith([TITLE, DESCRIPTION, DATE, 'category: ["netwerk]', 'draft: ja'])).toEqual([
      at(5, 'category', 'een aanhalingsteken zonder aanhalingsteken aan het eind; verwacht "…" om de hele tekst, op één regel'),
      DRAFT,
    ]);
  });
});

describe('a line the check cannot explain, above an unclosed quote', () => {
  it('is still told, though the quote below took the rest of the file into its text', () => {
    expect(newsWith(['author: @redactie', DESCRIPTION, 'title: "Een bericht uit Delfshaven', DATE, CATEGORY])).toEqual([
      at(2, 'author', '@redactie, een waarde die met @ begint, wat niet als tekst gelezen wordt; verwacht "@redactie" tussen aanhalingstekens'),
      at(4, 'title', 'een aanhalingsteken aan het begin van de waarde zonder aanhalingsteken aan het eind; verwacht "…" om de hele tekst, op één regel'),
    ]);
  });
});

describe('a field without the space after its colon', () => {
  it('is told as such under its field, and read with the space, so the fields below are still checked', () => {
    expect(newsWith([TITLE, DESCRIPTION, DATE, CATEGORY, 'author:Jan de Vries', 'draft: ja'])).toEqual([
      at(6, 'author', '"author:Jan de Vries" zonder spatie na de dubbele punt; verwacht "author: Jan de Vries"'),
      at(7, 'draft', 'ja (tekst); verwacht true (ja) of false (nee)'),
    ]);
  });
});

describe('a comment after a field with lines under it', () => {
  it('is no value that begins with #: the list below is the value, also at the field\'s own depth', () => {
    expect(newsWith([TITLE, DESCRIPTION, DATE, CATEGORY, 'networks: # alleen kleine letters', '- delfshaven', '- charlois', 'draft: ja'])).toEqual([
      at(9, 'draft', 'ja (tekst); verwacht true (ja) of false (nee)'),
    ]);
    // The line above a list item is no item because it has a dash in its comment.
    expect(newsWith([TITLE, DESCRIPTION, DATE, CATEGORY, 'networks: # Rotterdam - Zuid', '  - delfshaven', 'author: Let op: Jan'])).toEqual([
      at(8, 'author', 'een dubbele punt midden in de waarde van author; verwacht de tekst tussen aanhalingstekens: author: "Let op: Jan"'),
    ]);
  });
});

describe('a field name between quotes', () => {
  it('twice inside { } is named without its quotes, in its field, and only the second is left out', () => {
    expect(newsWith([TITLE, DESCRIPTION, DATE, CATEGORY, 'source: {"name": Rijnmond, "name": NOS}', 'draft: ja'])).toEqual([
      at(6, 'source', 'name in source voor de tweede keer; verwacht elk veld één keer: haal een van de twee weg'),
      at(7, 'draft', 'ja (tekst); verwacht true (ja) of false (nee)'),
    ]);
  });

  it('twice under a field is named without its quotes', () => {
    expect(newsWith([TITLE, DESCRIPTION, DATE, CATEGORY, 'source:', '  name: Rijnmond', '  "name": NOS'])).toEqual([
      at(8, 'source', 'name voor de tweede keer; verwacht elk veld één keer: haal een van de twee weg'),
    ]);
  });

  it('on a key figure\'s line is no unclosed quote, and a field twice in that figure names no line of the figure above', () => {
    expect(projectWith(['figures:', '  - label: Deelnemers', '    value: 30', '    kind: resultaat', '  - "label": Stageplekken', '    value: 12', '    label: Leerwerkplekken', '    kind: resultaat'])).toEqual([
      'content/projects/proefproject.md:17  figures[2].label — gevonden: label voor de tweede keer; verwacht elk veld één keer: haal een van de twee weg',
    ]);
  });
});

describe('spaces around the colon', () => {
  it('more than one after it: the value is still read from its first letter', () => {
    expect(newsWith(['title:  “Een bericht uit Delfshaven”', DESCRIPTION, DATE, CATEGORY])).toEqual([
      at(2, 'title', '“Een bericht uit Delfshaven” tussen gekrulde aanhalingstekens (zoals een tekstverwerker ze zet); verwacht rechte aanhalingstekens "…" of helemaal geen'),
    ]);
  });

  it('one before it: the field is named without that space', () => {
    expect(newsWith(['title : Let op: een bericht', DESCRIPTION, DATE, CATEGORY])).toEqual([
      at(2, 'title', 'een dubbele punt midden in de waarde van title; verwacht de tekst tussen aanhalingstekens: title: "Let op: een bericht"'),
    ]);
  });
});

describe('a line of spaces or a comment beside a line the reader stumbles on', () => {
  it('is no mistake, indented or not', () => {
    expect(newsWith([TITLE, DESCRIPTION, '  ', 'author: Let op: Jan de Vries', '  # nog kiezen', DATE, CATEGORY])).toEqual([
      at(5, 'author', 'een dubbele punt midden in de waarde van author; verwacht de tekst tussen aanhalingstekens: author: "Let op: Jan de Vries"'),
    ]);
    expect(newsWith([TITLE, DESCRIPTION, '# kop nog kiezen', 'author: Let op: Jan de Vries', DATE, CATEGORY])).toEqual([
      at(5, 'author', 'een dubbele punt midden in de waarde van author; verwacht de tekst tussen aanhalingstekens: author: "Let op: Jan de Vries"'),
    ]);
  });
});

describe('signs inside a value, not at its start', () => {
  it('a tab, curly quotes or a [ are no mistake, also above a line the reader stumbles on', () => {
    expect(newsWith(['title: Het “beste” bericht\tuit Delfshaven', DESCRIPTION, DATE, CATEGORY])).toEqual([]);
    expect(newsWith(['title: Een bericht [deel 1', DESCRIPTION, DATE, CATEGORY, 'author: Let op: Jan'])).toEqual([
      at(6, 'author', 'een dubbele punt midden in de waarde van author; verwacht de tekst tussen aanhalingstekens: author: "Let op: Jan"'),
    ]);
  });

  it('a # after two spaces is cut off as after one', () => {
    expect(newsWith(['title: Leerwerkplek  #1 in Delfshaven', DESCRIPTION, DATE, CATEGORY])).toEqual([
      at(2, 'title', '"Leerwerkplek  #1 in Delfshaven", waarvan de site alles vanaf # weglaat (er blijft "Leerwerkplek" over); verwacht de tekst tussen aanhalingstekens: title: "Leerwerkplek  #1 in Delfshaven"'),
    ]);
  });
});

describe('a value in quotes over more lines', () => {
  it('is no mistake where its lines look like fields, less far in than the one above', () => {
    expect(newsWith([TITLE, 'description: "Een samenvatting over', '    twee regels: de eerste', '  en de tweede: hier"', DATE, CATEGORY])).toEqual([]);
  });
});

describe('list items, further cases', () => {
  const DRAFT = 'ja (tekst); verwacht true (ja) of false (nee)';

  it('an indented one without a space after the dash is read with the space at its place: the next item and the fields below are still checked', () => {
    expect(newsWith([TITLE, DESCRIPTION, DATE, CATEGORY, 'networks:', '  -delfshaven', '  - "[VUL IN: netwerk]"', 'draft: ja'])).toEqual([
      at(7, 'networks', '"-delfshaven" zonder spatie na het streepje; verwacht "- delfshaven"'),
      at(8, 'networks[2]', '"[VUL IN: netwerk]", nog niet ingevuld; verwacht je eigen tekst in plaats van [VUL IN …], of haal die regel uit de lijst weg'),
      at(9, 'draft', DRAFT),
    ]);
  });

  it('under a sub-field is named with its field and sub-field', () => {
    expect(newsWith([TITLE, DESCRIPTION, DATE, CATEGORY, 'source:', '  name:', '    -Rijnmond', 'draft: ja'])).toEqual([
      at(8, 'source.name', '"-Rijnmond" zonder spatie na het streepje; verwacht "- Rijnmond"'),
      at(9, 'draft', DRAFT),
    ]);
  });

  it('with more spaces after the dash: the value is read from its first letter', () => {
    expect(newsWith([TITLE, DESCRIPTION, DATE, CATEGORY, 'networks:', '-  “delfshaven”'])).toEqual([
      at(7, 'networks', '“delfshaven” tussen gekrulde aanhalingstekens (zoals een tekstverwerker ze zet); verwacht rechte aanhalingstekens "…" of helemaal geen'),
    ]);
  });

  it('a key figure written with the dash alone on its line: its fields are named as with the first field on the dash\'s line', () => {
    expect(projectWith(['figures:', '  -', '    value: 30', '    label: Let op: deelnemers', '    kind: resultaat'])).toEqual([
      'content/projects/proefproject.md:14  figures[1].label — gevonden: een dubbele punt midden in de waarde van label; verwacht de tekst tussen aanhalingstekens: label: "Let op: deelnemers"',
    ]);
  });

  it('fields written as a list instead: an item further in than the one above is told, and the list', () => {
    expect(newsWith(['- title: Een bericht', ' - description: x'])).toEqual([
      'content/news/bericht.md:3  opmaak — gevonden: "- description: x" verder ingesprongen dan "- title: Een bericht" erboven; verwacht elk streepje van de lijst precies onder het vorige, met evenveel spaties ervoor',
      'content/news/bericht.md:1  opmaak — gevonden: een lijst: [{"title":"Een bericht"},{"description":"x"}] in plaats van velden; verwacht de velden elk op een eigen regel, zoals "title: …" en "description: …" en "date: …"',
    ]);
  });
});

describe('a mistake under a field with sub-fields', () => {
  it('a [ without ] is mended where it stands, so the sub-field after it is still read', () => {
    expect(newsWith([TITLE, DESCRIPTION, DATE, CATEGORY, 'source:', '  name: [Rijnmond', '  url: https://www.rijnmond.nl'])).toEqual([
      at(7, 'source.name', 'een lijst die met [ begint zonder ] aan het eind ([Rijnmond); verwacht de hele lijst op één regel tussen [ en ]: name: [Rijnmond]'),
    ]);
  });

  it('an indented stray line that opens a quote is told once, on its own line, and the fields below are still checked', () => {
    expect(newsWith([TITLE, DESCRIPTION, DATE, CATEGORY, 'source:', '  name: Rijnmond', '  "Een losse regel', '  url: https://www.rijnmond.nl', 'draft: ja'])).toEqual([
      at(8, 'source', '""Een losse regel", een regel zonder "veld:" ervoor; verwacht "veld: waarde" per regel, of een lijstregel die begint met "- "'),
      at(10, 'draft', 'ja (tekst); verwacht true (ja) of false (nee)'),
    ]);
  });

  it('a field twice names the line of the first, past a sibling with a dash in its comment', () => {
    expect(newsWith([TITLE, DESCRIPTION, DATE, CATEGORY, 'source:', '  name: Rijnmond', '  url: https://www.rijnmond.nl # nieuws - regio', '  name: NOS'])).toEqual([
      at(9, 'source.name', 'name voor de tweede keer (ook op regel 7); verwacht elk veld één keer: haal een van de twee weg'),
    ]);
  });
});

describe('a field twice inside { }, mended', () => {
  it('leaves out the whole second pair and its comma, nothing more: a placeholder in it is gone, one in the pair after it is found', () => {
    expect(newsWith([TITLE, DESCRIPTION, DATE, CATEGORY, 'source: {name: Rijnmond, name: "[VUL IN: naam]"}'])).toEqual([
      at(6, 'source', 'name in source voor de tweede keer; verwacht elk veld één keer: haal een van de twee weg'),
    ]);
    expect(newsWith([TITLE, DESCRIPTION, DATE, CATEGORY, 'source: {name: Rijnmond, name: NOS,url: "[VUL IN: url]"}'])).toEqual([
      at(6, 'source', 'name in source voor de tweede keer; verwacht elk veld één keer: haal een van de twee weg'),
      at(6, 'source.url', '"[VUL IN: url]", nog niet ingevuld; verwacht je eigen tekst in plaats van [VUL IN …], of haal dit veld helemaal weg (het mag ontbreken)'),
    ]);
  });
});

describe('the first field further in than the fields below it', () => {
  const FURTHER = 'title verder ingesprongen dan description eronder; verwacht title precies boven description, met evenveel spaties ervoor';

  it('is told once, on its own line, and the fields below are still checked', () => {
    expect(newsWith(['', '  title: Een bericht uit Delfshaven', '', DESCRIPTION, 'date: 30-09-2016', CATEGORY])).toEqual([at(3, 'title', FURTHER), at(6, 'date', DAY_MONTH_YEAR)]);
  });

  it('is told alone where every field is indented, the ones below it less far', () => {
    expect(newsWith(['    title: Een bericht uit Delfshaven', `  ${DESCRIPTION}`, `  ${DATE}`, `  ${CATEGORY}`])).toEqual([at(2, 'title', FURTHER)]);
  });
});

describe('a field with a dash before it, where no list can be', () => {
  it('is told as a dash too many, not as a list item without a space, on the first line or below a field with a value', () => {
    expect(newsWith(['-title: Een bericht uit Delfshaven', DESCRIPTION, DATE, CATEGORY])).toEqual([
      'content/news/bericht.md:2  opmaak — gevonden: "-title: Een bericht uit Delfshaven" met een streepje ervoor; verwacht "title: Een bericht uit Delfshaven"',
    ]);
    // Its name quoted: still the field, read as mended, so title is not told missing as well.
    expect(newsWith(['-"title": Een bericht uit Delfshaven', DESCRIPTION, DATE, CATEGORY])).toEqual([
      'content/news/bericht.md:2  opmaak — gevonden: "-"title": Een bericht uit Delfshaven" met een streepje ervoor; verwacht ""title": Een bericht uit Delfshaven"',
    ]);
    expect(newsWith(["-'title': Een bericht uit Delfshaven", DESCRIPTION, DATE, 'category: sport'])).toEqual([
      `content/news/bericht.md:2  opmaak — gevonden: "-'title': Een bericht uit Delfshaven" met een streepje ervoor; verwacht "'title': Een bericht uit Delfshaven"`,
      expect.stringContaining('bericht.md:5  category — gevonden: "sport"'),
    ]);
    expect(newsWith([TITLE, DESCRIPTION, DATE, CATEGORY, 'source:', '  name: Rijnmond', '  -url: https://www.rijnmond.nl'])).toEqual([
      at(8, 'source', '"-url: https://www.rijnmond.nl" met een streepje ervoor; verwacht "url: https://www.rijnmond.nl"'),
    ]);
  });

  it('in a list of key figures is still an item without a space after the dash', () => {
    expect(projectWith(['figures:', '  - label: Deelnemers', '    value: 30', '    kind: resultaat', '  -label: Stageplekken', '    value: 12', '    kind: resultaat'])).toEqual([
      'content/projects/proefproject.md:15  figures — gevonden: "-label: Stageplekken" zonder spatie na het streepje; verwacht "- label: Stageplekken"',
    ]);
  });
});

describe('the next list item without its dash, in the shapes editors write it', () => {
  const P = (line: number, field: string, message: string) => `content/projects/proefproject.md:${line}  ${field} — gevonden: ${message}`;
  const nextItem = (line: number, first: number, opening: number, written: string, item = 1) =>
    P(line, `figures[${item}].label`, `label voor de tweede keer in hetzelfde item van de lijst (ook op regel ${first}); verwacht een nieuw item, met een streepje ervoor zoals op regel ${opening}: "${written}" (of, als het één item is, haal een van de twee weg)`);
  const noKind = (line: number, item: number) => P(line, `figures[${item}].kind`, 'niets (het veld ontbreekt); verwacht één van: resultaat, doel');

  it('when the item above began with another field', () => {
    expect(projectWith(['figures:', '  - kind: resultaat', '    label: Deelnemers', '    value: 30', '    label: Gestart', '    value: 12'])).toEqual([nextItem(15, 13, 12, '  - label: Gestart')]);
  });
  it('with a blank line inside the item above, or before the forgotten item', () => {
    expect(projectWith(['figures:', '  - label: Deelnemers', '', '    value: 30', '    label: Gestart', '    value: 12'])).toEqual([nextItem(15, 12, 12, '  - label: Gestart'), noKind(12, 1)]);
    expect(projectWith(['figures:', '  - label: Deelnemers', '    value: 30', '', '    label: Gestart', '    value: 12'])).toEqual([nextItem(15, 12, 12, '  - label: Gestart'), noKind(12, 1)]);
  });
  it('with the dash further in, written as the items above write it', () => {
    expect(projectWith(['figures:', '    - label: Deelnemers', '      value: 30', '      label: Gestart', '      value: 12'])).toEqual([nextItem(14, 12, 12, '    - label: Gestart'), noKind(12, 1)]);
  });
  it('for each of two items without a dash, each told on its own first line', () => {
    expect(projectWith(['figures:', '  - label: Deelnemers', '    value: 30', '    label: Gestart', '    value: 12', '    label: Klaar', '    value: 5'])).toEqual([
      nextItem(14, 12, 12, '  - label: Gestart'),
      nextItem(16, 14, 12, '  - label: Klaar'),
      noKind(12, 1),
    ]);
  });
  it('after an item that has its dash, pointing at that item', () => {
    expect(projectWith(['figures:', '  - label: Deelnemers', '    value: 30', '  - label: Gestart', '    value: 12', '    label: Klaar', '    value: 5'])).toEqual([
      nextItem(16, 14, 14, '  - label: Klaar', 2),
      noKind(12, 1),
      noKind(14, 2),
    ]);
  });
  it('is no next item when a field follows that the item above does not have, nor outside a list', () => {
    expect(projectWith(['figures:', '  - label: Deelnemers', '    value: 30', '    label: Gestart', '    unit: personen'])).toEqual([
      P(14, 'figures[1].label', 'label voor de tweede keer (ook op regel 12); verwacht elk veld één keer: haal een van de twee weg'),
      noKind(12, 1),
    ]);
    expect(projectWith(['figures:', '  - label: Deelnemers', '    value: 30', 'status: gepland'])).toEqual([
      P(14, 'status', 'status voor de tweede keer (ook op regel 4); verwacht elk veld één keer: haal een van de twee weg'),
      noKind(12, 1),
    ]);
  });
});

describe('edges of the curly quote, no-break space and sentence tips', () => {
  it('tells curly quotes only around the whole value, and never for one quote mark alone', () => {
    expect(newsWith([`${TITLE} over “Zorg”`, DESCRIPTION, DATE, CATEGORY]).join('\n')).not.toContain('gekrulde');
    expect(newsWith([TITLE, DESCRIPTION, DATE, CATEGORY, 'author: ”']).join('\n')).not.toContain('gekrulde');
  });
  it('names the field, not the dash, for a no-break space after the colon of a list item\'s field', () => {
    const told = projectWith(['figures:', '  - label:\u00A0Deelnemers', '    value: 30', '    kind: resultaat']).join('\n');
    expect(told).toContain('een harde spatie na label:');
    expect(told).not.toContain('na het streepje');
  });
  it('counts the words of a sentence between the fields, not the spaces', () => {
    const told = newsWith([TITLE, 'Een  kort   zinnetje.', DESCRIPTION, DATE, CATEGORY]).join('\n');
    expect(told).toContain('"Een  kort   zinnetje.", een regel zonder "veld:" ervoor');
    expect(told).not.toContain('lopende tekst');
  });
});

describe('the same title on three pages of a kind (same-titles.ts)', () => {
  it('names both others on each, with the title as a reader sees it (spaces around it gone)', () => {
    let files = baseline();
    for (const [name, title] of [['een.md', 'Drie keer dezelfde titel'], ['twee.md', '"  Drie keer  dezelfde titel  "'], ['drie.md', 'DRIE KEER DEZELFDE TITEL']] as const) {
      files = withFile(files, { collection: 'news', name, data: `---\ntitle: ${title}\n${DESCRIPTION}\n${DATE}\n${CATEGORY}\n---\n\nTekst.\n` });
    }
    const { entries } = checkEntries(toContentFiles(files));
    expect(sameTitleWarnings(entries).map(formatProblem).sort()).toEqual([
      'content/news/drie.md:2  title — gevonden: de titel "DRIE KEER DEZELFDE TITEL", die content/news/een.md en content/news/twee.md ook hebben; verwacht een titel die deze pagina van de andere onderscheidt, want lezers zien ze naast elkaar in lijsten en zoekresultaten',
      'content/news/een.md:2  title — gevonden: de titel "Drie keer dezelfde titel", die content/news/twee.md en content/news/drie.md ook hebben; verwacht een titel die deze pagina van de andere onderscheidt, want lezers zien ze naast elkaar in lijsten en zoekresultaten',
      'content/news/twee.md:2  title — gevonden: de titel "Drie keer  dezelfde titel", die content/news/een.md en content/news/drie.md ook hebben; verwacht een titel die deze pagina van de andere onderscheidt, want lezers zien ze naast elkaar in lijsten en zoekresultaten',
    ]);
  });
});

describe('titles that read alike only at a glance', () => {
  it('are no warning: only capitals and runs of spaces are folded, not a space itself or a letter that capitals would change', () => {
    let files = baseline();
    for (const [name, title] of [['los.md', 'Wijk team Delfshaven'], ['vast.md', 'Wijkteam Delfshaven'], ['duits.md', 'Zorg in der Straße'], ['zwitsers.md', 'Zorg in der Strasse']] as const) {
      files = withFile(files, { collection: 'news', name, data: `---\ntitle: ${title}\n${DESCRIPTION}\n${DATE}\n${CATEGORY}\n---\n\nTekst.\n` });
    }
    expect(sameTitleWarnings(checkEntries(toContentFiles(files)).entries)).toEqual([]);
  });
});

describe('organisations of one name that pages refer to', () => {
  const withOrganisations = (names: readonly string[], referred: readonly string[]) => {
    let files = baseline();
    for (const name of names) files = withFile(files, { collection: 'organisations', name: `${name}.yaml`, data: 'name: Zorgkracht\nkind: zorgaanbieder\n' });
    files = withFile(files, { collection: 'news', name: 'verwijst.md', data: `---\ntitle: Zorgkracht zoekt vrijwilligers\n${DESCRIPTION}\n${DATE}\n${CATEGORY}\norganisations: [${referred.join(', ')}]\n---\n\nTekst.\n` });
    return sameTitleWarnings(checkEntries(toContentFiles(files)).entries).map(formatProblem).sort();
  };
  it('keeps the one pages refer to, and names both others to go', () => {
    expect(withOrganisations(['zorgkracht', 'zorg-kracht', 'zorgkracht-2'], ['zorgkracht']).find((told) => told.startsWith('content/organisations/zorgkracht.yaml'))).toBe(
      "content/organisations/zorgkracht.yaml:1  name — gevonden: de naam \"Zorgkracht\", die content/organisations/zorg-kracht.yaml en content/organisations/zorgkracht-2.yaml ook hebben; verwacht één bestand per organisatie: pagina's verwijzen naar dit bestand, laat het staan; is het dezelfde organisatie, haal dan content/organisations/zorg-kracht.yaml en content/organisations/zorgkracht-2.yaml weg en verwijs naar zorgkracht; anders een naam die ze onderscheidt",
    );
  });
  it('keeps neither where pages refer to both: each may be the other', () => {
    expect(withOrganisations(['zorgkracht', 'zorg-kracht'], ['zorgkracht', 'zorg-kracht'])).toEqual([
      'content/organisations/zorg-kracht.yaml:1  name — gevonden: de naam "Zorgkracht", die content/organisations/zorgkracht.yaml ook heeft; verwacht één bestand per organisatie: is het dezelfde, verwijs dan naar het bestaande bestand en haal dit weg; anders een naam die ze onderscheidt',
      'content/organisations/zorgkracht.yaml:1  name — gevonden: de naam "Zorgkracht", die content/organisations/zorg-kracht.yaml ook heeft; verwacht één bestand per organisatie: is het dezelfde, verwijs dan naar het bestaande bestand en haal dit weg; anders een naam die ze onderscheidt',
    ]);
  });
});

describe('two organisations of one name that no page refers to', () => {
  it('tells each it may be the other, as neither is the one pages use', () => {
    let files = baseline();
    for (const name of ['zorgkracht.yaml', 'zorg-kracht.yaml']) files = withFile(files, { collection: 'organisations', name, data: 'name: Zorgkracht\nkind: zorgaanbieder\n' });
    const { entries } = checkEntries(toContentFiles(files));
    expect(sameTitleWarnings(entries).map(formatProblem).sort()).toEqual([
      'content/organisations/zorg-kracht.yaml:1  name — gevonden: de naam "Zorgkracht", die content/organisations/zorgkracht.yaml ook heeft; verwacht één bestand per organisatie: is het dezelfde, verwijs dan naar het bestaande bestand en haal dit weg; anders een naam die ze onderscheidt',
      'content/organisations/zorgkracht.yaml:1  name — gevonden: de naam "Zorgkracht", die content/organisations/zorg-kracht.yaml ook heeft; verwacht één bestand per organisatie: is het dezelfde, verwijs dan naar het bestaande bestand en haal dit weg; anders een naam die ze onderscheidt',
    ]);
  });
});

describe('a colon in a value that has double quotes of its own (helper-37)', () => {
  it('suggests single quotes around it, which the file then reads', () => {
    expect(newsWith(['title: Trainingsdag: samen werken in "Feijenoord"', DESCRIPTION, DATE, CATEGORY])).toEqual([
      at(2, 'title', 'een dubbele punt midden in de waarde van title; verwacht de tekst tussen aanhalingstekens: title: \'Trainingsdag: samen werken in "Feijenoord"\''),
    ]);
    expect(newsWith(['title: \'Trainingsdag: samen werken in "Feijenoord"\'', DESCRIPTION, DATE, CATEGORY])).toEqual([]);
    expect(yamlQuoted('Let op: zo\'n "dag"')).toBe('\'Let op: zo\'\'n "dag"\'');
    expect(yamlQuoted('Let op: nieuw')).toBe('"Let op: nieuw"');
  });
});

describe('a list typed on one line (helper-37)', () => {
  it('suggests the items in the form the field wants: tags and file names lowercase with hyphens', () => {
    expect(newsWith([TITLE, DESCRIPTION, DATE, CATEGORY, 'tags: Wijkgericht werken, samenwerken in de wijk'])).toEqual([
      at(6, 'tags', '"Wijkgericht werken, samenwerken in de wijk" op één regel; verwacht een lijst: elke waarde op een eigen regel onder tags:, met twee spaties en "- " ervoor, zoals "  - wijkgericht-werken", of op één regel tussen [ en ]: tags: [wijkgericht-werken, samenwerken-in-de-wijk]'),
    ]);
  });
  it('reads dashes a phone typed as the items\' dashes', () => {
    expect(newsWith([TITLE, DESCRIPTION, DATE, CATEGORY, 'networks: – Delfshaven – charlois'])).toEqual([
      at(6, 'networks', '"– Delfshaven – charlois" op één regel; verwacht een lijst: elke waarde op een eigen regel onder networks:, met twee spaties en "- " ervoor, zoals "  - delfshaven", of op één regel tussen [ en ]: networks: [delfshaven, charlois]'),
    ]);
  });
});

describe('the field of a line of the file as written (a character found before the fields are read)', () => {
  const file = '---\ntitle: Werkbezoek\ndescription: >\n  Een bezoek\nfigures:\n  - label: Deelnemers\n    value: 12\n---\n\nDe tekst.\n';
  it.each([
    [1, 'opmaak'], [2, 'title'], [4, 'description'], [6, 'figures[1].label'], [7, 'figures[1].value'], [8, 'opmaak'], [10, 'inhoud'],
  ])('line %i of a Markdown file is %s', (line, field) => {
    expect(fieldAtLine(file, false, line)).toBe(field);
    // Windows Notepad's byte-order mark moves nothing.
    expect(fieldAtLine(`\uFEFF${file}`, false, line)).toBe(field);
  });
  it('gives an indented line to the value it goes on, also a long text over more lines', () => {
    const yaml = 'title: Een titel\ndescription: Een lange\n  tekst die doorloopt\n    en nog verder\nlosse tekst\n  ingesprongen eronder\n';
    expect([3, 4, 5, 6].map((line) => fieldAtLine(yaml, true, line))).toEqual(['description', 'description', 'opmaak', 'opmaak']);
  });
  it('names the field of a line with an unseen line end in it (U+2028, which ends no line for Astro)', () => {
    expect(fieldAtLine('---\ntitle: Titel\nauthor: Piet\u2028---\n---\n', false, 3)).toBe('author');
  });
  it('names both --- lines opmaak, also right below a field left empty', () => {
    // Read as lines of the fields, both would go to the empty field above them (tags, image).
    const file = '---\ntitle: Werkbezoek\ntags:\nimage:\n---\n\nDe tekst.\n';
    expect(fieldAtLine(file, false, 1)).toBe('opmaak');
    expect(fieldAtLine(file, false, 5)).toBe('opmaak');
  });
  it('reads a YAML file whole, and a Markdown file without fields as text', () => {
    expect(fieldAtLine('name: Laurens\nwebsite: https://laurens.nl\n', true, 2)).toBe('website');
    expect(fieldAtLine('Alleen tekst.\ntitle: geen veld\n', false, 2)).toBe('inhoud');
  });
});

describe('a value as the editor typed it', () => {
  it('is a block value (| or >) without the line break that ends it', () => {
    // The message for a figure with a percent sign shows it: "gevonden: |       12%, een getal met een procentteken".
    const source = readSourceFile('---\nfigures:\n  - label: Deelnemers\n    value: |\n      12%\n    kind: resultaat\n---\n', false);
    expect(source.writtenAt(['figures', 0, 'value'])).toBe('|\n      12%');
  });
});

/** The fields as read: with the lines a message points at mended as it says, where the reader stumbled somewhere. */
const readAs = (lines: readonly string[]) => readSourceFile(`---\n${lines.join('\n')}\n---\n\nTekst.\n`, false).data;
const STRAY = (text: string) => `"${text}", een regel zonder "veld:" ervoor; verwacht "veld: waarde" per regel, of een lijstregel die begint met "- "`;

describe('the rest of a value on the line below, at the edges', () => {
  const rest = (text: string, key: string, line: number) => `"${text}", het vervolg van ${key} op een eigen regel; verwacht de hele waarde van ${key} op één regel: zet deze tekst achter de rest, aan het eind van regel ${line}`;

  it('goes on the first line of the fields too', () => {
    expect(newsWith(['title: Een bericht uit', 'delfshaven en charlois', DESCRIPTION, DATE, CATEGORY])).toEqual([at(3, 'opmaak', rest('delfshaven en charlois', 'title', 2))]);
  });

  it('reads the end of the value above without its spaces, and only its last sign as a sentence end', () => {
    expect(newsWith([TITLE, 'description: Een samenvatting van twintig tekens!  ', 'en nog wat', DATE, CATEGORY])).toEqual([at(4, 'opmaak', STRAY('en nog wat'))]);
    expect(newsWith([TITLE, 'description: Op 28 sept. werden de', 'overeenkomsten getekend', DATE, CATEGORY])).toEqual([at(4, 'opmaak', rest('overeenkomsten getekend', 'description', 3))]);
  });

  it('is quoted without the spaces after it', () => {
    expect(newsWith([TITLE, 'description: In Museum Boijmans werden op 28 september 2016', 'de overeenkomsten getekend.  ', DATE, CATEGORY])).toEqual([
      at(4, 'opmaak', rest('de overeenkomsten getekend.', 'description', 3)),
    ]);
  });
});

describe('a sentence between the fields, with spaces after it', () => {
  it('is told by its words and its last sign, not by the spaces', () => {
    expect(newsWith([TITLE, 'Drie losse woorden.  ', DESCRIPTION, DATE, CATEGORY])).toEqual([at(3, 'opmaak', STRAY('Drie losse woorden.'))]);
    expect(newsWith([TITLE, 'In Pernis werken zorg en welzijn samen.  ', DESCRIPTION, DATE, CATEGORY])).toEqual([
      at(3, 'opmaak', `${STRAY('In Pernis werken zorg en welzijn samen.')}; lopende tekst hoort niet tussen de velden maar onder de tweede regel ---`),
    ]);
  });
});

describe('a value that begins with #, next to other fields', () => {
  const hash = (key: string, value: string) => `een waarde die met # begint (${value}); de site leest alles vanaf # als opmerking, dus ${key} blijft leeg; verwacht de tekst tussen aanhalingstekens: ${key}: "${value}"`;

  it('is told above a field at its own depth, and on the last line', () => {
    expect(newsWith(['title: #1 bericht uit Delfshaven', DESCRIPTION, DATE, CATEGORY])).toContain(at(2, 'title', hash('title', '#1 bericht uit Delfshaven')));
    expect(newsWith([TITLE, DESCRIPTION, DATE, 'category: #netwerk'])).toContain(at(5, 'category', hash('category', '#netwerk')));
  });
});

describe('lines inside a block of text (description: |)', () => {
  it('are text, whatever they look like, where the reader does not stumble', () => {
    expect(newsWith([TITLE, 'description: |', '  Een samenvatting van minstens twintig tekens.', '  author:Jan', '  url: Bron: https://www.rijnmond.nl/nieuws', '  "Een citaat', '  over twee regels"', '  unit: %', DATE, CATEGORY])).toEqual([]);
  });
});

describe('a quote opened inside [ ] and closed on the next line', () => {
  it('is valid YAML, one quoted name over two lines, and not told as unclosed', () => {
    expect(newsWith([TITLE, DESCRIPTION, DATE, CATEGORY, 'networks: ["delfshaven,', '  charlois"]'])).toEqual([
      'content/news/bericht.md:6  networks[1] — gevonden: "delfshaven, charlois"; verwacht de bestandsnaam (zonder .md) van een bestaand netwerk in content/networks/; bedoelde je "charlois"?',
    ]);
  });
});

describe('a label before a web address, at the edges', () => {
  it('is quoted without the spaces after it, and read as the address alone', () => {
    expect(newsWith([TITLE, DESCRIPTION, DATE, CATEGORY, 'source:', '  name: Rijnmond', '  url: Bron: https://www.rijnmond.nl/nieuws  '])).toEqual([
      at(8, 'source.url', '"Bron: https://www.rijnmond.nl/nieuws", met tekst voor het webadres; verwacht alleen het webadres: url: https://www.rijnmond.nl/nieuws'),
    ]);
    expect(readAs(['title: Rijnmond', 'website: Website: https://www.rijnmond.nl'])).toEqual({ title: 'Rijnmond', website: 'https://www.rijnmond.nl' });
  });

  it('is told with http:// and more spaces after the label too, but not with text after the address or a quoted label', () => {
    const source = (url: string) => newsWith([TITLE, DESCRIPTION, DATE, CATEGORY, 'source:', '  name: Rijnmond', `  url: ${url}`]);
    expect(source('Bron:  http://www.rijnmond.nl')).toEqual([at(8, 'source.url', '"Bron:  http://www.rijnmond.nl", met tekst voor het webadres; verwacht alleen het webadres: url: http://www.rijnmond.nl')]);
    expect(source('Bron: https://www.rijnmond.nl extra')).toEqual([at(8, 'source.url', 'een dubbele punt midden in de waarde van url; verwacht de tekst tussen aanhalingstekens: url: "Bron: https://www.rijnmond.nl extra"')]);
    expect(source('"Bron": https://www.rijnmond.nl')).toEqual([
      at(8, 'source.url', 'een regel die niet als "veld: waarde" te lezen is; verwacht per regel een veld, een dubbele punt en een spatie, en tekst met : of # tussen aanhalingstekens'),
    ]);
  });
});

describe('a field without the space after its colon, at the edges', () => {
  it('is quoted without the spaces after it, and found indented under its field', () => {
    expect(newsWith([TITLE, DESCRIPTION, DATE, CATEGORY, 'author:Jan  '])).toEqual([at(6, 'author', '"author:Jan" zonder spatie na de dubbele punt; verwacht "author: Jan"')]);
    expect(newsWith([TITLE, DESCRIPTION, DATE, CATEGORY, 'source:', '  name: Rijnmond', '  url:https://www.rijnmond.nl'])).toEqual([
      at(8, 'source.url', '"url:https://www.rijnmond.nl" zonder spatie na de dubbele punt; verwacht "url: https://www.rijnmond.nl"'),
    ]);
  });

  it('is no field where the colon stands further in the line', () => {
    expect(newsWith([TITLE, DESCRIPTION, DATE, CATEGORY, 'Open ma-vr:9 uur'])).toEqual([at(6, 'opmaak', STRAY('Open ma-vr:9 uur'))]);
  });
});

describe('a list item indented otherwise, at the edges', () => {
  it('is compared with the item above past a blank line', () => {
    expect(newsWith([TITLE, DESCRIPTION, DATE, CATEGORY, 'networks:', '  - delfshaven', '', ' - charlois', 'draft: ja'])).toEqual([
      at(9, 'networks', '"- charlois" minder ver ingesprongen dan "- delfshaven" op regel 7; verwacht elk streepje van de lijst precies onder het vorige, met evenveel spaties ervoor'),
      at(10, 'draft', 'ja (tekst); verwacht true (ja) of false (nee)'),
    ]);
  });

  it('is not compared with a list inside the item above, nor with the list of another field', () => {
    const colon = at(11, 'author', 'een dubbele punt midden in de waarde van author; verwacht de tekst tussen aanhalingstekens: author: "Let op: Jan"');
    expect(newsWith([TITLE, DESCRIPTION, DATE, CATEGORY, 'source:', '  - name: a', '    tags:', '      - x', '  - name: b', 'author: Let op: Jan'])[0]).toBe(colon);
    expect(newsWith([TITLE, DESCRIPTION, DATE, CATEGORY, 'tags:', '  - zorg', 'networks:', ' - delfshaven', 'author: Let op: Jan'])).toEqual([at(10, 'author', 'een dubbele punt midden in de waarde van author; verwacht de tekst tussen aanhalingstekens: author: "Let op: Jan"')]);
  });
});

describe('quotes that close before the end of the value', () => {
  it('single quotes with text after them are no unclosed quote', () => {
    expect(newsWith(["title: 'Een bericht' uit Delfshaven", DESCRIPTION, DATE, CATEGORY])).toEqual([
      at(2, 'title', `'Een bericht' uit Delfshaven, een waarde die met een aanhalingsteken begint en na het sluitende aanhalingsteken verdergaat; verwacht de hele waarde tussen aanhalingstekens: "'Een bericht' uit Delfshaven"`),
    ]);
  });

  it('an indented line inside a [ ] over more lines that opens a quote is told on its own line, not where the reader gives up', () => {
    for (const opening of ['"charlois,', "'Rijnmond''s nieuws,"]) {
      const told = newsWith([TITLE, 'networks: [delfshaven,', `  ${opening}`, '  feijenoord]', DESCRIPTION, DATE, CATEGORY, 'draft: ja']);
      expect(told).toContain(at(4, 'networks', STRAY(opening)));
      expect(told.join('\n')).not.toContain('bericht.md:9');
    }
  });
});

describe('a \\ between double quotes, at the edges', () => {
  const code = (value: string, single: string) => at(2, 'title', `${value}, met een \\ tussen dubbele aanhalingstekens, waar \\ en het teken erna als code gelezen worden; verwacht enkele aanhalingstekens: ${single}`);

  it('is told as the last sign before the closing quote, and in a photo\'s path in another field than src', () => {
    expect(newsWith(['title: "Een bericht uit Delfshaven\\"', DESCRIPTION, DATE, CATEGORY])).toEqual([code('"Een bericht uit Delfshaven\\"', "'Een bericht uit Delfshaven\\'")]);
    expect(newsWith(['title: "C:\\Users\\Jan\\foto.jpg"', DESCRIPTION, DATE, CATEGORY])).toEqual([code('"C:\\Users\\Jan\\foto.jpg"', "'C:\\Users\\Jan\\foto.jpg'")]);
  });
});

describe('mended lines, as the fields are then read', () => {
  it('a field with a dash before it on the first line is read without the dash', () => {
    expect(readAs(['-title: Een titel', 'author: Let op: Jan'])).toEqual({ title: 'Een titel', author: 'Let op: Jan' });
  });

  it('a field twice inside { } is left out with its whole value and comma', () => {
    expect(readAs(['title: Rijnmond', 'source: {name: Rijnmond, name: RTV Rijnmond, url: https://www.rijnmond.nl}'])).toEqual({ title: 'Rijnmond', source: { name: 'Rijnmond', url: 'https://www.rijnmond.nl' } });
  });

  it('a tab under a tab-indented line is two spaces', () => {
    expect(readAs(['title: Rijnmond', 'source:', '\tname: Rijnmond', '\turl: https://www.rijnmond.nl'])).toEqual({ title: 'Rijnmond', source: { name: 'Rijnmond', url: 'https://www.rijnmond.nl' } });
  });
});

describe('a dash without a space after it, at the edges', () => {
  const noSpace = (line: number, field: string, text: string) => at(line, field, `"${text}" zonder spatie na het streepje; verwacht "- ${text.slice(1)}"`);

  it('is a list item under a field that opens a block, and under a list item', () => {
    expect(newsWith([TITLE, DESCRIPTION, DATE, CATEGORY, 'source:', '-name: Rijnmond'])).toContain(noSpace(7, 'source', '-name: Rijnmond'));
    expect(newsWith([TITLE, DESCRIPTION, DATE, CATEGORY, 'tags:', '  - zorg', '  -name: wijk'])).toContain(noSpace(8, 'tags', '-name: wijk'));
  });
});

describe('a list item with more spaces after its dash', () => {
  it('has its value read from its first sign', () => {
    expect(newsWith([TITLE, DESCRIPTION, DATE, CATEGORY, 'tags:', '  -  @zorg'])).toEqual([
      at(7, 'tags', '@zorg, een waarde die met @ begint, wat niet als tekst gelezen wordt; verwacht "@zorg" tussen aanhalingstekens'),
    ]);
  });
});

describe('the first field further in, when the fields below are as far in', () => {
  it('is no mistake: the line the reader stumbles on is told', () => {
    expect(newsWith([`  ${TITLE}`, `  ${DESCRIPTION}`, `  ${DATE}`, `  ${CATEGORY}`, '  author: Let op: Jan'])).toEqual([
      at(6, 'author', 'een dubbele punt midden in de waarde van author; verwacht de tekst tussen aanhalingstekens: author: "Let op: Jan"'),
    ]);
  });
});

describe('a no-break space after a field\'s colon, with a tab after the dash', () => {
  it('names the field without the tab', () => {
    expect(projectWith(['figures:', '  -\tlabel:\u00A0Deelnemers', '    value: 30', '    kind: resultaat']).join('\n')).toContain('een harde spatie na label: (zoals');
  });
});

describe('the field of a line in a list, at the edges (fieldOfLine)', () => {
  const fieldsOf = (yaml: string, lines: readonly number[]) => lines.map((line) => fieldAtLine(yaml, true, line));

  it('gives a line indented under the first line to the first field', () => {
    expect(fieldsOf('title: Een lange\n  titel die doorloopt\n', [2])).toEqual(['title']);
  });

  it('numbers the first item by the items above it, not by the next item below', () => {
    expect(fieldsOf('figures:\n  - label: Deelnemers\n    value: 30\n  - label: Gestart\n    value: 12\n', [2, 3, 4, 5])).toEqual([
      'figures[1].label', 'figures[1].value', 'figures[2].label', 'figures[2].value',
    ]);
  });

  it('counts the items past a blank line or a comment between them', () => {
    expect(fieldsOf('figures:\n  - label: Deelnemers\n\n  # de tweede\n  - label: Gestart\n', [5])).toEqual(['figures[2].label']);
  });

  it('counts only the items of its own list where the dashes stand right under the fields', () => {
    expect(fieldsOf('figures:\n- label: Deelnemers\n  value: 30\nlinks:\n- label: Website\n', [5])).toEqual(['links[1].label']);
  });

  it('reads an item that opens with a field whose value holds a dash and a [ or {', () => {
    expect(fieldsOf('figures:\n  - label: Deelnemers - [voorlopig]\n  - label: Gestart -{x}\n', [2, 3])).toEqual(['figures[1].label', 'figures[2].label']);
  });

  it('names the list, not a field, for an item written between { } with two spaces after its dash', () => {
    expect(fieldsOf('figures:\n  -  {label: Deelnemers, value: 30}\n', [2])).toEqual(['figures']);
  });
});

describe('the next list item without its dash, past a blank line inside the item above', () => {
  it('finds the item above across the blank line between its dash and its first field', () => {
    expect(projectWith(['figures:', '  - kind: resultaat', '', '    label: Deelnemers', '    value: 30', '    label: Gestart', '    value: 12'])).toEqual([
      'content/projects/proefproject.md:16  figures[1].label — gevonden: label voor de tweede keer in hetzelfde item van de lijst (ook op regel 14); verwacht een nieuw item, met een streepje ervoor zoals op regel 12: "  - label: Gestart" (of, als het één item is, haal een van de twee weg)',
    ]);
  });
});

describe('an unclosed quote on the last field, with blank lines below it', () => {
  it('is told once, on its own line, not again where the reader gives up below it', () => {
    expect(newsWith([TITLE, DESCRIPTION, DATE, CATEGORY, 'author: "Jan de Vries', '', ''])).toEqual([
      at(6, 'author', 'een aanhalingsteken aan het begin van de waarde zonder aanhalingsteken aan het eind; verwacht "…" om de hele tekst, op één regel'),
    ]);
  });
});

describe('a \\ between double quotes, only around the whole value', () => {
  it('is no mistake in a value with a quoted path inside it, and is told as a quotation with text after the closing quote', () => {
    expect(newsWith(['title: Het bestand "C:\\Users\\jan"', DESCRIPTION, DATE, CATEGORY])).toEqual([]);
    expect(newsWith(['title: "C:\\map" en meer', DESCRIPTION, DATE, CATEGORY])).toEqual([
      at(2, 'title', `"C:\\map" en meer, een waarde die met een aanhalingsteken begint en na het sluitende aanhalingsteken verdergaat; verwacht de hele waarde tussen aanhalingstekens: '"C:\\map" en meer'`),
    ]);
  });

  it('doubles an apostrophe in the single-quoted value it suggests', () => {
    expect(newsWith(['title: "C:\\Users\\Jan\'s map"', DESCRIPTION, DATE, CATEGORY])).toEqual([
      at(2, 'title', '"C:\\Users\\Jan\'s map", met een \\ tussen dubbele aanhalingstekens, waar \\ en het teken erna als code gelezen worden; verwacht enkele aanhalingstekens: \'C:\\Users\\Jan\'\'s map\''),
    ]);
  });
});

describe('a field twice that is no next list item', () => {
  const twice = (key: string, first: number) => `${key} voor de tweede keer (ook op regel ${first}); verwacht elk veld één keer: haal een van de twee weg`;

  it('is told as a field twice below a list inside the item, not as an item of that inner list', () => {
    const told = newsWith([TITLE, DESCRIPTION, DATE, CATEGORY, 'source:', '  - name: Rijnmond', '    tags:', '      - zorg', '    url: https://www.rijnmond.nl', '    url: https://www.rijnmond.nl/nieuws']);
    expect(told.join('\n')).toContain(twice('url', 10));
    expect(told.join('\n')).not.toContain('nieuw item');
  });

  it('is told as a field twice under a field with sub-fields, not as an item of a list above that field', () => {
    const told = newsWith([TITLE, DESCRIPTION, DATE, CATEGORY, 'links:', '- name: Rijnmond', 'source:', '  name: Rijnmond', '  name: RTV Rijnmond']);
    expect(told.join('\n')).toContain(twice('name', 9));
    expect(told.join('\n')).not.toContain('nieuw item');
  });

  it('is the next item of a YAML file that is a list, when the item on its first line has the field already', () => {
    const told = readSourceFile('- label: Deelnemers\n  value: 30\n  label: Gestart\n  value: 12\n', true).problems.map((p) => p.message);
    expect(told).toContain('gevonden: label voor de tweede keer in hetzelfde item van de lijst (ook op regel 1); verwacht een nieuw item, met een streepje ervoor zoals op regel 1: "- label: Gestart" (of, als het één item is, haal een van de twee weg)');
  });
});

describe('fields after the next list item told without its dash', () => {
  const P = (line: number, field: string, message: string) => `content/projects/proefproject.md:${line}  ${field} — gevonden: ${message}`;
  const gestart = P(15, 'figures[1].label', 'label voor de tweede keer in hetzelfde item van de lijst (ook op regel 12); verwacht een nieuw item, met een streepje ervoor zoals op regel 12: "  - label: Gestart" (of, als het één item is, haal een van de twee weg)');

  it('still tells a field twice below an item with its dash after it', () => {
    expect(projectWith(['figures:', '  - label: Deelnemers', '    value: 30', '    kind: resultaat', '    label: Gestart', '    value: 12', '    kind: resultaat', '  - label: Klaar', '    value: 5', '    kind: resultaat', 'status: gepland'])).toEqual([
      gestart,
      P(21, 'status', 'status voor de tweede keer (ook op regel 4); verwacht elk veld één keer: haal een van de twee weg'),
    ]);
  });

  it('takes the last field of the item told along, also when an item with its dash follows', () => {
    expect(projectWith(['figures:', '  - label: Deelnemers', '    value: 30', '    kind: resultaat', '    label: Gestart', '    value: 12', '  - label: Klaar', '    value: 5', '    kind: resultaat'])).toEqual([gestart]);
  });

  it('reads the fields of the item told up to the next dash only', () => {
    expect(projectWith(['figures:', '  - label: Deelnemers', '    value: 30', '    kind: resultaat', '    label: Gestart', '  - label: Klaar', '    unit: personen'])).toEqual([
      gestart,
      P(16, 'figures[3].value', 'niets (het veld ontbreekt); verwacht een getal, zoals 30 of 12.5 (punt als decimaalteken)'),
      P(16, 'figures[3].kind', 'niets (het veld ontbreekt); verwacht één van: resultaat, doel'),
    ]);
  });
});

describe('a line the reader stumbles on below a told line with quotes', () => {
  it('is told on its own, as it is no end of a quote opened above', () => {
    expect(newsWith(['title: "C:\\map"', DESCRIPTION, DATE, CATEGORY, "author: 'Jan' de Vries"])).toEqual([
      at(2, 'title', '"C:\\map", met een \\ tussen dubbele aanhalingstekens, waar \\ en het teken erna als code gelezen worden; verwacht enkele aanhalingstekens: \'C:\\map\''),
      at(6, 'author', `'Jan' de Vries, een waarde die met een aanhalingsteken begint en na het sluitende aanhalingsteken verdergaat; verwacht de hele waarde tussen aanhalingstekens: "'Jan' de Vries"`),
    ]);
  });
});

describe('a field of the file written inside a list of key figures (helper-73)', () => {
  const FIGURE = ['figures:', '  - label: Deelnemers', '    value: 30', '    unit: personen', '    kind: resultaat'];
  const CONTACT = ['name: Jan de Vries', 'role: Projectleider', 'organisation: laurens'];
  const at = (line: number, field: string, message: string) => `content/projects/proefproject.md:${line}  ${field} — gevonden: ${message}`;

  it('as the list\'s next item: told as the file\'s field, not as a key figure missing its label, value and kind', () => {
    expect(projectWith([...FIGURE, '  - contact:', ...CONTACT.map((l) => `      ${l}`)])).toEqual([
      at(16, 'figures[2].contact', 'contact in een item van de lijst figures, maar contact is een veld van het bestand zelf; verwacht contact: helemaal links, zonder streepje en spaties ervoor, met de velden eronder twee spaties ver'),
    ]);
    // Inside an item, below its own fields: no dash to take away. Under another field: indented too far.
    expect(projectWith([...FIGURE, '    website: https://www.laurens.nl/'])).toEqual([
      at(16, 'figures[1].website', 'website in een item van de lijst figures, maar website is een veld van het bestand zelf; verwacht website: helemaal links, zonder spaties ervoor'),
    ]);
    expect(projectWith(['contact:', ...CONTACT.map((l) => `  ${l}`), '  website: https://www.laurens.nl/'])).toEqual([
      at(15, 'contact.website', 'website ingesprongen onder contact, maar website is een veld van het bestand zelf; verwacht website: helemaal links, zonder spaties ervoor'),
    ]);
    // A key figure's own field missing is still told; a field the file has already is not "of the file" here.
    expect(projectWith([...FIGURE, '  - label: Tweede', '    kind: doel'])).toEqual([at(16, 'figures[2].value', 'niets (het veld ontbreekt); verwacht een getal, zoals 30 of 12.5 (punt als decimaalteken)')]);
    expect(projectWith(['website: https://www.laurens.nl/', ...FIGURE, '    website: https://www.laurens.nl/'])[0]).toContain('figures[1].website — gevonden: het veld "website", dat de site niet kent');
  });

  it('level with figures: after the list, with a name its items do not have: a dash too many, and read without it', () => {
    expect(projectWith([...FIGURE, '- contact:', ...CONTACT.map((l) => `    ${l}`)])).toEqual([
      at(16, 'figures', '"- contact:" met een streepje ervoor, na de lijst figures maar niet zo ver ingesprongen als de items ervan (en die hebben geen contact); verwacht "contact:" zonder streepje als het een veld van het bestand zelf is, of het streepje precies onder dat van "- label: Deelnemers" als het een nieuw item van de lijst is'),
    ]);
    // A name the items have: an item out of line, as before.
    expect(projectWith([...FIGURE, '- label: Tweede', '  value: 3', '  kind: doel'])).toEqual([
      at(16, 'figures', '"- label: Tweede" minder ver ingesprongen dan "- label: Deelnemers" op regel 12; verwacht elk streepje van de lijst precies onder het vorige, met evenveel spaties ervoor'),
    ]);
  });
});

describe('fields of a key figure out of line with its first field (helper-73: a round a line, the general message on a right one)', () => {
  const at = (line: number, field: string, message: string) => `content/projects/proefproject.md:${line}  ${field} — gevonden: ${message}`;
  const under = (key: string, where: string, spaces: number, further: boolean) => `${key} ${further ? 'verder' : 'minder ver'} ingesprongen dan label ${where}; verwacht ${key} precies onder label, met ${spaces} spaties ervoor`;

  it('tells each line out of line, and only those, in one round, measured against the item\'s first field', () => {
    // One space too many or too few under "- label:": that line, not the label above it or the right line below.
    expect(projectWith(['figures:', '  - label: Deelnemers', '     value: 30', '    unit: personen', '    kind: resultaat'])).toEqual([at(13, 'figures[1].value', under('value', 'erboven', 4, true))]);
    expect(projectWith(['figures:', '  - label: Deelnemers', '   value: 30', '    unit: personen', '    kind: resultaat'])).toEqual([at(13, 'figures[1].value', under('value', 'erboven', 4, false))]);
    expect(projectWith(['figures:', '  - label: Deelnemers', '    value: 30', '   unit: personen', '    kind: resultaat'])).toEqual([at(14, 'figures[1].unit', under('unit', 'op regel 12', 4, false))]);
    // All level with the dash: each told, none as a line that cannot be read.
    expect(projectWith(['figures:', '  - label: Deelnemers', '  value: 30', '  unit: personen', '  kind: resultaat'])).toEqual([
      at(13, 'value', under('value', 'erboven', 4, false)),
      at(14, 'unit', under('unit', 'op regel 12', 4, false)),
      at(15, 'kind', under('kind', 'op regel 12', 4, false)),
    ]);
    // The dash level with figures: its fields stand two spaces in, under label.
    expect(projectWith(['figures:', '- label: Deelnemers', '    value: 30', '    unit: personen', '    kind: resultaat'])).toEqual([
      at(13, 'figures[1].value', under('value', 'erboven', 2, true)),
      at(14, 'figures[1].unit', under('unit', 'op regel 12', 2, true)),
      at(15, 'figures[1].kind', under('kind', 'op regel 12', 2, true)),
    ]);
    // In the second item: told there, not on its first line.
    expect(projectWith(['figures:', '  - label: Deelnemers', '    value: 30', '    kind: resultaat', '  - label: Tweede', '      value: 3', '    kind: doel'])).toEqual([at(16, 'figures[2].value', under('value', 'erboven', 4, true))]);
  });

  it('leaves a list written right alone, also with a field\'s value on lines further in', () => {
    expect(projectWith(['figures:', '- label: Deelnemers', '  value: 30', '  kind: resultaat'])).toEqual([]);
    expect(projectWith(['figures:', '  -   label: Deelnemers', '      value: 30', '      kind: resultaat'])).toEqual([]);
    expect(projectWith(['figures:', '  - label: >', '      Deelnemers met: werk', '    value: 30', '    kind: resultaat'])).toEqual([]);
  });
});

describe('key figures and lists as an editor mends them (helper-74)', () => {
  const FIGURE = ['figures:', '  - label: Deelnemers gestart', '    value: 25', '    kind: resultaat', '    asOf: 2023-06-30'];
  const project = (line: number, field: string, message: string) => `content/projects/proefproject.md:${line}  ${field} — gevonden: ${message}`;

  it('a name further in without a dash, right below a name in a list, is told with its dash, not merged into the name above', () => {
    expect(newsWith([TITLE, DESCRIPTION, DATE, CATEGORY, 'networks:', '  - delfshaven', '    charlois', 'draft: ja'])).toEqual([
      at(8, 'networks', '"charlois" zonder streepje ervoor, verder ingesprongen dan "- delfshaven" erboven, zodat de site de twee als één waarde leest ("delfshaven charlois"); verwacht een eigen lijstregel, met het streepje precies onder het vorige: "  - charlois"'),
      at(9, 'draft', 'ja (tekst); verwacht true (ja) of false (nee)'),
    ]);
  });

  it('a key figure copied two spaces deeper is told as an item out of line, not as a field with a dash too many', () => {
    expect(projectWith([...FIGURE, '    - label: Deelnemers met een baan', '      value: 12', '      kind: doel'])).toEqual([
      project(16, 'figures[1].label', '"- label: Deelnemers met een baan" verder ingesprongen dan "- label: Deelnemers gestart" op regel 12; verwacht elk streepje van de lijst precies onder het vorige, met evenveel spaties ervoor'),
    ]);
  });

  it('a tab before the dash of a key figure is told as deep as the dash above, and the fields under it are not blamed', () => {
    expect(projectWith([...FIGURE, '\t- label: Deelnemers met een baan', '    value: 12', '    unit: personen', '    kind: doel'])).toEqual([
      project(16, 'figures[2].label', 'een tab om in te springen; verwacht 2 spaties ervoor, zo ver als het streepje van "- label: Deelnemers gestart" erboven, want de tab telt niet als inspringen'),
    ]);
  });

  it('a tab or hard space in a key figure is told alone: the fields below it that the parser stumbled on are fine', () => {
    expect(projectWith(['figures:', '  - label: Deelnemers gestart', '\tvalue: 25', '    unit: personen', '    kind: resultaat', '  - label: Deelnemers met een baan', '    value: 12', '    unit: personen', '    kind: doel'])).toEqual([
      project(13, 'value', 'een tab om in te springen; verwacht 4 spaties ervoor, zo ver als label erboven, want de tab telt niet als inspringen'),
    ]);
    expect(projectWith([...FIGURE, '  -\u00a0label: Deelnemers met een baan', '    value: 12', '    unit: personen', '    kind: doel'])).toEqual([
      project(16, 'figures[2].label', 'een harde spatie na het streepje (zoals Word of een webpagina die meegeeft; ze ziet eruit als een spatie); verwacht een gewone spatie'),
    ]);
  });
});

describe('the line out of line is told, not the right one below it (helper-74)', () => {
  const at = (line: number, field: string, message: string) => `content/projects/proefproject.md:${line}  ${field} — gevonden: ${message}`;
  const CONTACT = ['  role: Projectleider', '  organisation: laurens'];

  it('a first sub-field, where the fields below agree on their column', () => {
    expect(projectWith(['contact:', ' name: Jan de Vries', ...CONTACT])).toEqual([at(12, 'contact.name', 'name minder ver ingesprongen dan role eronder; verwacht name precies boven role, met 2 spaties ervoor')]);
    expect(projectWith(['contact:', '    name: Jan de Vries', ...CONTACT])).toEqual([at(12, 'contact.name', 'name verder ingesprongen dan role eronder; verwacht name precies boven role, met 2 spaties ervoor')]);
  });

  it('a key figure\'s field at the start of the line, between its first field and its others', () => {
    expect(projectWith(['figures:', '  - label: Deelnemers', 'value: 30', '    unit: personen', '    kind: resultaat'])).toEqual([at(13, 'value', 'value minder ver ingesprongen dan unit eronder; verwacht value precies boven unit, met 4 spaties ervoor')]);
  });

  it('a key figure\'s field at the start of the line below the list: told as its last item\'s, not as a typo of end', () => {
    expect(projectWith(['figures:', '  - label: Deelnemers', '    value: 30', '    unit: personen', 'kind: resultaat'])).toEqual([
      at(15, 'kind', 'kind zonder inspringen, los van de lijst figures erboven; verwacht kind in het laatste item van figures, precies onder de andere velden ervan'),
    ]);
  });

  it('a key figure copied to the start of the line: that item told, not the fields of the file below it', () => {
    const lines = ['figures:', '  - label: Deelnemers', '    value: 30', '    kind: resultaat', '- label: Tweede', '  value: 3', '  kind: doel', 'contact:', '  name: Jan de Vries', ...CONTACT, 'website: https://www.laurens.nl/'];
    expect(projectWith(lines)).toEqual([at(15, 'figures', '"- label: Tweede" minder ver ingesprongen dan "- label: Deelnemers" op regel 12; verwacht elk streepje van de lijst precies onder het vorige, met evenveel spaties ervoor')]);
    // Written so from the start (the dashes level with figures), it is right.
    expect(projectWith(['figures:', '- label: Deelnemers', '  value: 30', '  kind: resultaat', 'contact:', '  name: Jan de Vries', ...CONTACT, 'website: https://www.laurens.nl/'])).toEqual([]);
  });
});
