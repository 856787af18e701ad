/**
 * Every mistake of tests/helpers/editor-mistakes.ts with the exact lines
 * `npm run check` prints for it: found and expected in plain Dutch, a tip that
 * fits, every problem of a file in one round, advice apart from problems.
 */
import { describe, expect, it } from 'vitest';
import { checkLines, MISTAKES } from '../helpers/editor-mistakes.ts';

/** The output an editor reads, per mistake (reviewed by reading each line as an editor would). */
const EXPECTED: Record<string, { problems: string[]; advice?: string[] }> = {
  'inspringen met een tab': {
    problems: [
      'content/news/bericht.md:7  source.name — gevonden: een tab om in te springen; verwacht 2 spaties ervoor, twee meer dan source erboven, want de tab telt niet als inspringen',
    ],
  },
  'een veld twee keer': {
    problems: [
      'content/news/bericht.md:6  title — gevonden: title voor de tweede keer (ook op regel 2); verwacht elk veld één keer: haal een van de twee weg',
    ],
  },
  'gekrulde aanhalingstekens (uit Word)': {
    problems: [
      'content/news/bericht.md:2  title — gevonden: “Een bericht uit Delfshaven” tussen gekrulde aanhalingstekens (zoals een tekstverwerker ze zet); verwacht rechte aanhalingstekens "…" of helemaal geen',
    ],
  },
  'een dubbele punt in de titel': {
    problems: [
      'content/news/bericht.md:2  title — gevonden: een dubbele punt midden in de waarde van title; verwacht de tekst tussen aanhalingstekens: title: "Let op: nieuwe leerwerkplekken"',
    ],
  },
  'gekrulde aanhalingstekens om een deel van de titel': { problems: [] },
  'alleen "foto" als beschrijving': {
    problems: [
      'content/news/bericht.md:12  image.alt — gevonden: "Foto"; verwacht een beschrijving van wat er te zien is, zoals "Twee leerlingen helpen een bewoner met de boodschappen": wie de foto niet kan zien, hoort anders alleen dat er een foto is',
      'content/news/bericht.md:17  inhoud — gevonden: de beschrijving "afbeelding" bij ./kaart.png; verwacht een beschrijving van wat er te zien is, zoals "Twee leerlingen helpen een bewoner met de boodschappen": ![wat er te zien is](./kaart.png)',
    ],
  },
  'een kort bericht in de map van de projecten': {
    problems: [
      'content/projects/kort-bericht.md:1  bestand — gevonden: de velden van een nieuwsbericht (date, category) in content/projects/; verwacht dit bestand in content/news/',
    ],
  },
  'een bericht in de map van de projecten': {
    problems: [
      'content/projects/bericht-bij-projecten.md:1  bestand — gevonden: de velden van een nieuwsbericht (date, category, tags) in content/projects/; verwacht dit bestand in content/news/',
    ],
  },
  'een harde spatie na de dubbele punt': {
    problems: [
      'content/news/bericht.md:2  title — gevonden: een harde spatie na title: (zoals Word of een webpagina die meegeeft; ze ziet eruit als een spatie); verwacht een gewone spatie',
      'content/news/bericht.md:7  networks — gevonden: een harde spatie na het streepje (zoals Word of een webpagina die meegeeft; ze ziet eruit als een spatie); verwacht een gewone spatie',
      'content/news/bericht.md:9  source.name — gevonden: een harde spatie om in te springen (zoals Word of een webpagina die meegeeft; ze ziet eruit als een spatie); verwacht een gewone spatie',
    ],
  },
  'onzichtbare tekens uit Word': {
    problems: [
      'content/news/bericht.md:2  title — gevonden: in "Delfs⟨U+200B⟩haven" een onzichtbare spatie (U+200B): niet te zien, maar wel in de pagina en in elke kopie van de tekst; verwacht de tekst zonder dit teken (haal het weg of typ het woord opnieuw; plak tekst uit Word of van een webpagina als platte tekst)',
      'content/news/bericht.md:8  inhoud — gevonden: in "het⟨U+000B⟩bericht." een regeleinde uit Word, Shift+Enter (U+000B): op de site niet te zien of een leeg vakje; verwacht de tekst zonder dit teken (haal het weg of typ het woord opnieuw; plak tekst uit Word of van een webpagina als platte tekst)',
      'content/news/bericht.md:10  inhoud — gevonden: in "⟨U+F0B7⟩" een teken uit een symboollettertype (U+F0B7), zoals een opsommingsteken uit Word: op de site een leeg vakje; verwacht de tekst zonder dit teken (haal het weg of typ het woord opnieuw; plak tekst uit Word of van een webpagina als platte tekst)',
    ],
  },
  'een zacht afbreekstreepje uit Word': { problems: [] },
  // How to write money and a unit (helper-37), minding the unit line the item has: never a second one.
  'een bedrag als kerncijfer': {
    problems: [
      'content/projects/proefproject.md:15  figures[1].value — gevonden: "€ 1,5 miljoen", een bedrag; verwacht alleen het getal in cijfers, value: 1500000, en unit: euro in plaats van unit: personen (de site schrijft het bedrag dan als € 1.500.000)',
    ],
  },
  'een getal met een eenheid als kerncijfer': {
    problems: ['content/projects/proefproject.md:15  figures[1].value — gevonden: "45 personen", een getal met een woord erachter; verwacht alleen het getal in cijfers, value: 45; de eenheid staat er al (unit: personen)'],
  },
  'een bedrag zonder eenheid als kerncijfer': {
    problems: ['content/projects/proefproject.md:15  figures[1].value — gevonden: "12.500 euro", een bedrag; verwacht alleen het getal in cijfers, value: 12500, en euro als eenheid op een eigen regel: unit: euro (de site schrijft het bedrag dan als € 12.500)'],
  },
  'een datum in woorden': { problems: ['content/news/bericht.md:4  date — gevonden: "3 december 2026" (in woorden); verwacht jaar-maand-dag in cijfers: 2026-12-03'] },
  'bijgewerkt vóór de publicatiedatum': { problems: ['content/news/bericht.md:6  updated — gevonden: 2023-11-01; verwacht een datum op of na de publicatiedatum (date): de dag waarop het bericht voor het laatst is bijgewerkt'] },
  'een harde spatie in de tekst van een veld': { problems: [] },
  'het streepje van het tweede kerncijfer vergeten': {
    problems: [
      'content/projects/proefproject.md:18  figures[1].label — gevonden: label voor de tweede keer in hetzelfde item van de lijst (ook op regel 14); verwacht een nieuw item, met een streepje ervoor zoals op regel 14: "  - label: Deelnemers gestart" (of, als het één item is, haal een van de twee weg)',
    ],
  },
  'een # midden in de titel': {
    problems: [
      'content/news/bericht.md:2  title — gevonden: "Leerwerkplek #1 in Delfshaven", waarvan de site alles vanaf # weglaat (er blijft "Leerwerkplek" over); verwacht de tekst tussen aanhalingstekens: title: "Leerwerkplek #1 in Delfshaven"',
    ],
  },
  'een titel die met # begint': {
    problems: [
      'content/news/bericht.md:2  title — gevonden: een waarde die met # begint (#1 in Delfshaven); de site leest alles vanaf # als opmerking, dus title blijft leeg; verwacht de tekst tussen aanhalingstekens: title: "#1 in Delfshaven"',
    ],
  },
  'de afsluitende --- vergeten': {
    problems: [
      'content/news/bericht.md:6  opmaak — gevonden: een regel --- bovenaan, maar geen tweede regel --- onder de velden; verwacht een regel met alleen --- direct onder het laatste veld (regel 5), boven de tekst',
    ],
  },
  'de afsluitende --- vergeten, en een dubbele punt in de eerste zin': {
    problems: [
      'content/news/bericht.md:6  opmaak — gevonden: een regel --- bovenaan, maar geen tweede regel --- onder de velden; verwacht een regel met alleen --- direct onder het laatste veld (regel 5), boven de tekst',
    ],
  },
  'de afsluitende --- vergeten, en de tekst begint met een kop': {
    problems: [
      'content/news/bericht.md:6  opmaak — gevonden: een regel --- bovenaan, maar geen tweede regel --- onder de velden; verwacht een regel met alleen --- direct onder het laatste veld (regel 5), boven de tekst',
    ],
  },
  'helemaal geen velden bovenaan': {
    problems: [
      'content/news/bericht.md:1  opmaak — gevonden: geen velden bovenaan het bestand; verwacht als eerste regel ---, dan de velden (title: …), dan weer een regel --- en daaronder de tekst',
    ],
  },
  'een lijst op één regel': {
    problems: [
      'content/news/bericht.md:6  networks — gevonden: "delfshaven, charlois" op één regel; verwacht een lijst: elke waarde op een eigen regel onder networks:, met twee spaties en "- " ervoor, zoals "  - delfshaven", of op één regel tussen [ en ]: networks: [delfshaven, charlois]',
    ],
  },
  'trefwoorden op één regel': {
    problems: [
      'content/news/bericht.md:6  tags — gevonden: "wijkgericht-werken, vrijwilligers, mantelzorg, leerwerkplek…" op één regel; verwacht een lijst: elke waarde op een eigen regel onder tags:, met twee spaties en "- " ervoor, zoals "  - wijkgericht-werken", of op één regel tussen [ en ]: tags: [wijkgericht-werken, vrijwilligers, mantelzorg, leerwerkplekken]',
    ],
  },
  'velden van de foto niet ingesprongen': {
    problems: [
      'content/news/bericht.md:6  image — gevonden: image: zonder velden eronder (src en alt staan niet ingesprongen); verwacht src en alt onder image, met twee spaties ervoor, zoals "  src: ./foto.jpg" en "  alt: wat er op de foto te zien is"',
      'content/news/bericht.md:7  src — gevonden: src zonder inspringen, los van image erboven; verwacht src onder image, met twee spaties ervoor',
      'content/news/bericht.md:8  alt — gevonden: alt zonder inspringen, los van image erboven; verwacht alt onder image, met twee spaties ervoor',
    ],
  },
  'de waarde op de volgende regel': {
    problems: [
      'content/news/bericht.md:3  title — gevonden: de waarde van title op de volgende regel; verwacht veld en waarde op één regel: title: Een bericht uit Delfshaven',
    ],
  },
  'een streepje zonder spatie in een lijst': {
    problems: [
      'content/news/bericht.md:7  networks — gevonden: "-delfshaven" zonder spatie na het streepje; verwacht "- delfshaven"',
    ],
  },
  'een aanhalingsteken niet gesloten': {
    problems: [
      'content/news/bericht.md:2  title — gevonden: een aanhalingsteken aan het begin van de waarde zonder aanhalingsteken aan het eind; verwacht "…" om de hele tekst, op één regel',
    ],
  },
  'een apostrof binnen enkele aanhalingstekens': {
    problems: [
      'content/news/bericht.md:2  title — gevonden: een apostrof binnen enkele aanhalingstekens (\'Het is Rotterdam\'s beste idee\'); verwacht dubbele aanhalingstekens om tekst met een apostrof: "Het is Rotterdam\'s beste idee"',
    ],
    advice: [
      'content/news/bericht.md:2  title — gevonden: "Rotterdam\'s", dat niet in het woordenboek staat; verwacht misschien "Rotterdams", of zet het in content/woordenlijst.txt als het zo goed is (een naam, een vakterm)',
    ],
  },
  'een veld te diep ingesprongen': {
    problems: [
      'content/news/bericht.md:3  description — gevonden: description verder ingesprongen dan title op de regel erboven, dat al een waarde heeft; verwacht description precies onder title, met evenveel spaties ervoor',
    ],
  },
  'een dubbele punt in de titel, en daaronder drie andere fouten': {
    problems: [
      'content/news/bericht.md:2  title — gevonden: een dubbele punt midden in de waarde van title; verwacht de tekst tussen aanhalingstekens: title: "Let op: nieuwe leerwerkplekken"',
      'content/news/bericht.md:5  date — gevonden: "30-09-2016" (dag-maand-jaar); verwacht jaar-maand-dag: 2016-09-30',
      'content/news/bericht.md:6  auteur — gevonden: het veld "auteur", dat de site niet kent; verwacht "author" (veldnamen zijn Engels; in de webeditor heet het Schrijver); deze velden kan dit bestand hebben: title, description, date, updated, category, tags, networks, pacts, projects, organisations, author, source, image, draft',
      'content/news/bericht.md:8  networks[1] — gevonden: "delfshavn"; verwacht de bestandsnaam (zonder .md) van een bestaand netwerk in content/networks/; bedoelde je "delfshaven"?',
    ],
  },
  'gekrulde aanhalingstekens, en daaronder drie andere fouten': {
    problems: [
      'content/news/bericht.md:2  title — gevonden: “Een bericht uit Delfshaven” tussen gekrulde aanhalingstekens (zoals een tekstverwerker ze zet); verwacht rechte aanhalingstekens "…" of helemaal geen',
      'content/news/bericht.md:5  date — gevonden: "30-09-2016" (dag-maand-jaar); verwacht jaar-maand-dag: 2016-09-30',
      'content/news/bericht.md:6  auteur — gevonden: het veld "auteur", dat de site niet kent; verwacht "author" (veldnamen zijn Engels; in de webeditor heet het Schrijver); deze velden kan dit bestand hebben: title, description, date, updated, category, tags, networks, pacts, projects, organisations, author, source, image, draft',
      'content/news/bericht.md:8  networks[1] — gevonden: "delfshavn"; verwacht de bestandsnaam (zonder .md) van een bestaand netwerk in content/networks/; bedoelde je "delfshaven"?',
    ],
  },
  'een # midden in de titel, en daaronder drie andere fouten': {
    problems: [
      'content/news/bericht.md:2  title — gevonden: "Leerwerkplek #1 in Delfshaven", waarvan de site alles vanaf # weglaat (er blijft "Leerwerkplek" over); verwacht de tekst tussen aanhalingstekens: title: "Leerwerkplek #1 in Delfshaven"',
      'content/news/bericht.md:5  date — gevonden: "30-09-2016" (dag-maand-jaar); verwacht jaar-maand-dag: 2016-09-30',
      'content/news/bericht.md:6  auteur — gevonden: het veld "auteur", dat de site niet kent; verwacht "author" (veldnamen zijn Engels; in de webeditor heet het Schrijver); deze velden kan dit bestand hebben: title, description, date, updated, category, tags, networks, pacts, projects, organisations, author, source, image, draft',
      'content/news/bericht.md:8  networks[1] — gevonden: "delfshavn"; verwacht de bestandsnaam (zonder .md) van een bestaand netwerk in content/networks/; bedoelde je "delfshaven"?',
    ],
  },
  'een apostrof binnen enkele aanhalingstekens, en daaronder drie andere fouten': {
    problems: [
      'content/news/bericht.md:2  title — gevonden: een apostrof binnen enkele aanhalingstekens (\'Het is Rotterdam\'s beste idee\'); verwacht dubbele aanhalingstekens om tekst met een apostrof: "Het is Rotterdam\'s beste idee"',
      'content/news/bericht.md:5  date — gevonden: "30-09-2016" (dag-maand-jaar); verwacht jaar-maand-dag: 2016-09-30',
      'content/news/bericht.md:6  auteur — gevonden: het veld "auteur", dat de site niet kent; verwacht "author" (veldnamen zijn Engels; in de webeditor heet het Schrijver); deze velden kan dit bestand hebben: title, description, date, updated, category, tags, networks, pacts, projects, organisations, author, source, image, draft',
      'content/news/bericht.md:8  networks[1] — gevonden: "delfshavn"; verwacht de bestandsnaam (zonder .md) van een bestaand netwerk in content/networks/; bedoelde je "delfshaven"?',
    ],
    advice: [
      'content/news/bericht.md:2  title — gevonden: "Rotterdam\'s", dat niet in het woordenboek staat; verwacht misschien "Rotterdams", of zet het in content/woordenlijst.txt als het zo goed is (een naam, een vakterm)',
    ],
  },
  'een aanhalingsteken niet gesloten, en daaronder drie andere fouten': {
    problems: [
      'content/news/bericht.md:2  title — gevonden: een aanhalingsteken aan het begin van de waarde zonder aanhalingsteken aan het eind; verwacht "…" om de hele tekst, op één regel',
      'content/news/bericht.md:5  date — gevonden: "30-09-2016" (dag-maand-jaar); verwacht jaar-maand-dag: 2016-09-30',
      'content/news/bericht.md:6  auteur — gevonden: het veld "auteur", dat de site niet kent; verwacht "author" (veldnamen zijn Engels; in de webeditor heet het Schrijver); deze velden kan dit bestand hebben: title, description, date, updated, category, tags, networks, pacts, projects, organisations, author, source, image, draft',
      'content/news/bericht.md:8  networks[1] — gevonden: "delfshavn"; verwacht de bestandsnaam (zonder .md) van een bestaand netwerk in content/networks/; bedoelde je "delfshaven"?',
    ],
  },
  'inspringen met een tab, en daaronder drie andere fouten': {
    problems: [
      'content/news/bericht.md:6  source.name — gevonden: een tab om in te springen; verwacht 2 spaties ervoor, twee meer dan source erboven, want de tab telt niet als inspringen',
      'content/news/bericht.md:7  date — gevonden: "30-09-2016" (dag-maand-jaar); verwacht jaar-maand-dag: 2016-09-30',
      'content/news/bericht.md:8  auteur — gevonden: het veld "auteur", dat de site niet kent; verwacht "author" (veldnamen zijn Engels; in de webeditor heet het Schrijver); deze velden kan dit bestand hebben: title, description, date, updated, category, tags, networks, pacts, projects, organisations, author, source, image, draft',
      'content/news/bericht.md:10  networks[1] — gevonden: "delfshavn"; verwacht de bestandsnaam (zonder .md) van een bestaand netwerk in content/networks/; bedoelde je "delfshaven"?',
    ],
  },
  'een veld twee keer, en daaronder drie andere fouten': {
    problems: [
      'content/news/bericht.md:5  title — gevonden: title voor de tweede keer (ook op regel 2); verwacht elk veld één keer: haal een van de twee weg',
      'content/news/bericht.md:6  date — gevonden: "30-09-2016" (dag-maand-jaar); verwacht jaar-maand-dag: 2016-09-30',
      'content/news/bericht.md:7  auteur — gevonden: het veld "auteur", dat de site niet kent; verwacht "author" (veldnamen zijn Engels; in de webeditor heet het Schrijver); deze velden kan dit bestand hebben: title, description, date, updated, category, tags, networks, pacts, projects, organisations, author, source, image, draft',
      'content/news/bericht.md:9  networks[1] — gevonden: "delfshavn"; verwacht de bestandsnaam (zonder .md) van een bestaand netwerk in content/networks/; bedoelde je "delfshaven"?',
    ],
  },
  'de waarde op de volgende regel, en daaronder drie andere fouten': {
    problems: [
      'content/news/bericht.md:3  title — gevonden: de waarde van title op de volgende regel; verwacht veld en waarde op één regel: title: Een bericht uit Delfshaven',
      'content/news/bericht.md:6  date — gevonden: "30-09-2016" (dag-maand-jaar); verwacht jaar-maand-dag: 2016-09-30',
      'content/news/bericht.md:7  auteur — gevonden: het veld "auteur", dat de site niet kent; verwacht "author" (veldnamen zijn Engels; in de webeditor heet het Schrijver); deze velden kan dit bestand hebben: title, description, date, updated, category, tags, networks, pacts, projects, organisations, author, source, image, draft',
      'content/news/bericht.md:9  networks[1] — gevonden: "delfshavn"; verwacht de bestandsnaam (zonder .md) van een bestaand netwerk in content/networks/; bedoelde je "delfshaven"?',
    ],
  },
  'een veld te diep ingesprongen, en daaronder drie andere fouten': {
    problems: [
      'content/news/bericht.md:3  description — gevonden: description verder ingesprongen dan title op de regel erboven, dat al een waarde heeft; verwacht description precies onder title, met evenveel spaties ervoor',
      'content/news/bericht.md:5  date — gevonden: "30-09-2016" (dag-maand-jaar); verwacht jaar-maand-dag: 2016-09-30',
      'content/news/bericht.md:6  auteur — gevonden: het veld "auteur", dat de site niet kent; verwacht "author" (veldnamen zijn Engels; in de webeditor heet het Schrijver); deze velden kan dit bestand hebben: title, description, date, updated, category, tags, networks, pacts, projects, organisations, author, source, image, draft',
      'content/news/bericht.md:8  networks[1] — gevonden: "delfshavn"; verwacht de bestandsnaam (zonder .md) van een bestaand netwerk in content/networks/; bedoelde je "delfshaven"?',
    ],
  },
  'de afsluitende --- vergeten, en daaronder drie andere fouten': {
    problems: [
      'content/news/bericht.md:5  date — gevonden: "30-09-2016" (dag-maand-jaar); verwacht jaar-maand-dag: 2016-09-30',
      'content/news/bericht.md:6  auteur — gevonden: het veld "auteur", dat de site niet kent; verwacht "author" (veldnamen zijn Engels; in de webeditor heet het Schrijver); deze velden kan dit bestand hebben: title, description, date, updated, category, tags, networks, pacts, projects, organisations, author, source, image, draft',
      'content/news/bericht.md:8  networks[1] — gevonden: "delfshavn"; verwacht de bestandsnaam (zonder .md) van een bestaand netwerk in content/networks/; bedoelde je "delfshaven"?',
      'content/news/bericht.md:9  opmaak — gevonden: een regel --- bovenaan, maar geen tweede regel --- onder de velden; verwacht een regel met alleen --- direct onder het laatste veld (regel 8), boven de tekst',
    ],
  },
  'de afsluitende --- vergeten, met een lege regel tussen de velden en een kop in de tekst': {
    problems: [
      'content/news/bericht.md:11  opmaak — gevonden: een regel --- bovenaan, maar geen tweede regel --- onder de velden; verwacht een regel met alleen --- direct onder het laatste veld (regel 10), boven de tekst',
      'content/news/bericht.md:14  inhoud — gevonden: een kop met één # (zo groot als de titel van de pagina); verwacht ## voor een tussenkop, want de titel komt uit het veld title',
    ],
  },
  'een lijstregel anders ingesprongen': {
    problems: [
      'content/news/bericht.md:8  networks — gevonden: "- charlois" minder ver ingesprongen dan "- delfshaven" erboven; verwacht elk streepje van de lijst precies onder het vorige, met evenveel spaties ervoor',
    ],
  },
  'het eerste streepje van een lijst verder ingesprongen dan de rest': {
    problems: [
      'content/news/bericht.md:7  networks — gevonden: "- delfshaven" verder ingesprongen dan "- charlois" eronder; verwacht elk streepje van de lijst precies onder het vorige, met evenveel spaties ervoor',
    ],
  },
  'een veld van de foto minder ver ingesprongen': {
    problems: [
      'content/news/bericht.md:7  image.src — gevonden: "./foto.jpg", maar content/news/foto.jpg bestaat niet; verwacht een foto die naast het bestand staat (controleer de naam en de hoofdletters)',
      'content/news/bericht.md:8  image.alt — gevonden: alt minder ver ingesprongen dan src erboven; verwacht alt precies onder src, met evenveel spaties ervoor',
    ],
  },
  'een lijst tussen [ en ] niet gesloten': {
    problems: [
      'content/news/bericht.md:6  networks — gevonden: een lijst die met [ begint zonder ] aan het eind ([delfshaven, charlois); verwacht de hele lijst op één regel tussen [ en ]: networks: [delfshaven, charlois]',
    ],
  },
  'een veld onder een lijst, scheef ingesprongen: wat niet te herstellen is': {
    problems: [
      'content/news/bericht.md:7  organisations — gevonden: een regel die niet als "veld: waarde" te lezen is; verwacht per regel een veld, een dubbele punt en een spatie, en tekst met : of # tussen aanhalingstekens',
      'content/news/bericht.md:10  opmaak — gevonden: een vormfout waardoor de andere velden van dit bestand nog niet te lezen zijn; verwacht eerst de regels hierboven verbeterd. Na het verbeteren van deze regels kan de controle nog meer vinden.',
    ],
  },
  'een dubbele punt in een organisatiebestand': {
    problems: [
      'content/organisations/laurens.yaml:1  name — gevonden: een dubbele punt midden in de waarde van name; verwacht de tekst tussen aanhalingstekens: name: "Laurens: zorg en wonen"',
      'content/organisations/laurens.yaml:4  website — gevonden: "www.laurens.nl"; verwacht het volledige adres: https://www.laurens.nl',
    ],
  },
  'een datum als dag-maand-jaar': {
    problems: [
      'content/news/bericht.md:4  date — gevonden: "29-11-2023" (dag-maand-jaar); verwacht jaar-maand-dag: 2023-11-29',
    ],
  },
  'een datum met één cijfer voor maand en dag': {
    problems: [
      'content/news/bericht.md:4  date — gevonden: "2023-9-1"; verwacht maand en dag met twee cijfers: 2023-09-01',
    ],
  },
  'een maand die niet bestaat': {
    problems: [
      'content/news/bericht.md:4  date — gevonden: "2023-13-01", maar maand 13 bestaat niet; verwacht een datum als 2023-11-29 (jaar-maand-dag)',
    ],
  },
  'een dag die niet bestaat': {
    problems: [
      'content/news/bericht.md:4  date — gevonden: "2023-02-30", maar februari 2023 heeft 28 dagen; verwacht een datum als 2023-11-29 (jaar-maand-dag)',
    ],
  },
  'een bestand met .MD in hoofdletters': {
    problems: [
      'content/news/nieuw-bericht.MD:1  bestand — gevonden: de extensie .MD in hoofdletters; verwacht kleine letters: .md (hernoem het bestand naar nieuw-bericht.md)',
    ],
  },
  'een netwerkbestand hernoemd': { problems: ['content/networks/netwerk-delfshaven.md:1  bestandsnaam — gevonden: "netwerk-delfshaven"; verwacht "delfshaven", naar het gebied Delfshaven'] },
  'een categorie die niet bestaat': {
    problems: [
      'content/news/bericht.md:5  category — gevonden: "zorg"; verwacht één van: netwerk, arbeidsmarkt, onderwijs, inclusie, beleid, samenwerking',
    ],
  },
  'een getal tussen aanhalingstekens': {
    problems: [
      'content/projects/proefproject.md:15  figures[1].value — gevonden: "20", een getal tussen aanhalingstekens (dan is het tekst); verwacht het getal zonder aanhalingstekens: value: 20',
    ],
  },
  'een getal met een komma': {
    problems: [
      'content/projects/proefproject.md:15  figures[1].value — gevonden: 12,5, met een komma; verwacht een punt als decimaalteken: value: 12.5',
    ],
  },
  'een getal met een punt voor duizendtallen': {
    problems: [
      'content/projects/proefproject.md:15  figures[1].value — gevonden: 1.200, dat twaalfhonderd of één komma twee kan zijn; verwacht value: 1200 als je twaalfhonderd bedoelt (zonder punt voor duizendtallen), of value: 1.2 als je één komma twee bedoelt',
    ],
  },
  'een getal met een komma voor duizendtallen': {
    problems: [
      'content/projects/proefproject.md:15  figures[1].value — gevonden: 1,200, dat twaalfhonderd of één komma twee kan zijn; verwacht value: 1200 als je twaalfhonderd bedoelt (zonder punt voor duizendtallen), of value: 1.2 als je één komma twee bedoelt',
    ],
  },
  'een getal van tienduizenden met een punt': {
    problems: [
      'content/projects/proefproject.md:15  figures[1].value — gevonden: 12.500, dat twaalfduizend vijfhonderd of twaalf komma vijf kan zijn; verwacht value: 12500 als je twaalfduizend vijfhonderd bedoelt (zonder punt voor duizendtallen), of value: 12.5 als je twaalf komma vijf bedoelt',
    ],
  },
  'een getal met meer punten': {
    problems: [
      "content/projects/proefproject.md:15  figures[1].value — gevonden: 1.200.000, met punten of komma's tussen de duizendtallen; verwacht het getal zonder punten en komma's: value: 1200000",
    ],
  },
  'een getal met een procentteken': {
    problems: [
      'content/projects/proefproject.md:15  figures[1].value — gevonden: 20%, een getal met een procentteken; verwacht alleen het getal, value: 20, en het procentteken als eenheid op een eigen regel: unit: "%"',
    ],
  },
  'concept als "ja" tussen aanhalingstekens': {
    problems: [
      'content/news/bericht.md:6  draft — gevonden: "ja" tussen aanhalingstekens (dan is het tekst); verwacht true (ja) of false (nee), zonder aanhalingstekens',
    ],
  },
  'de foto als los pad': {
    problems: [
      'content/news/bericht.md:10  image — gevonden: "./foto.jpg" direct achter image:; verwacht src en alt op eigen regels onder image, met twee spaties ervoor, zoals "  src: ./foto.jpg" en "  alt: wat er op de foto te zien is"',
    ],
  },
  'een foto die er niet staat': {
    problems: [
      'content/news/bericht.md:11  image.src — gevonden: "./foto.jpg", maar content/news/foto.jpg bestaat niet; verwacht een foto die naast het bestand staat (controleer de naam en de hoofdletters)',
    ],
  },
  'een foto zonder beschrijving': {
    problems: [
      'content/news/bericht.md:10  image.alt — gevonden: niets (het veld ontbreekt); verwacht een beschrijving van de afbeelding (alt-tekst)',
    ],
  },
  'een afbeelding in de tekst zonder beschrijving': {
    problems: [
      'content/news/bericht.md:14  inhoud — gevonden: een afbeelding zonder beschrijving (./grafiek.png); verwacht een alt-tekst: ![wat er te zien is](./grafiek.png)',
    ],
  },
  'een afbeelding van een andere website': {
    problems: [
      'content/news/bericht.md:14  inhoud — gevonden: een afbeelding van een andere website (https://www.rotterdam.nl/logo.png); verwacht een afbeelding naast dit bestand, zoals ./grafiek.png, want de site laadt niets van andere sites',
    ],
  },
  'een afbeelding als pad vanaf de hoofdmap': {
    problems: [
      'content/news/bericht.md:14  inhoud — gevonden: /afbeeldingen/grafiek.png (een pad vanaf de hoofdmap), maar die afbeelding staat nergens; verwacht de afbeelding naast het bericht, in content/news/, met als pad ./grafiek.png',
    ],
  },
  'een kop met één # in de tekst': {
    problems: [
      'content/news/bericht.md:12  inhoud — gevonden: een kop met één # (zo groot als de titel van de pagina); verwacht ## voor een tussenkop, want de titel komt uit het veld title',
    ],
  },
  'de samenvatting nog eens als eerste alinea': {
    problems: [],
    advice: [
      'content/news/bericht.md:12  inhoud — gevonden: een eerste alinea die begint met de samenvatting (description), die de pagina al boven de tekst toont; verwacht een eerste alinea die verder vertelt: haal de herhaling weg',
    ],
  },
  'een kopniveau overgeslagen': {
    problems: [],
    advice: [
      'content/news/bericht.md:16  inhoud — gevonden: een kop met #### na een kop met ##; verwacht ###, zodat schermlezers de opbouw volgen',
    ],
  },
  'een tikfout in een veldnaam': {
    problems: [
      'content/news/bericht.md:10  catgory — gevonden: het veld "catgory", dat de site niet kent; verwacht "category" (een tikfout?); deze velden kan dit bestand hebben: title, description, date, updated, category, tags, networks, pacts, projects, organisations, author, source, image, draft',
    ],
  },
  'een tikfout in een verwijzing': {
    problems: [
      'content/news/bericht.md:9  organisations[1] — gevonden: "lauren"; verwacht de bestandsnaam (zonder .yaml) van een bestaande organisatie in content/organisations/; bedoelde je "laurens"?',
    ],
  },
  'een verwijzing met een woord te veel': {
    problems: [
      'content/news/bericht.md:9  organisations[1] — gevonden: "laurens-zorg"; verwacht de bestandsnaam (zonder .yaml) van een bestaande organisatie in content/organisations/; bedoelde je "laurens"?',
    ],
  },
  'een verwijzing met een woord te weinig': {
    problems: [
      'content/news/bericht.md:9  organisations[1] — gevonden: "rotterdam"; verwacht de bestandsnaam (zonder .yaml) van een bestaande organisatie in content/organisations/; bedoelde je "gemeente-rotterdam"?',
    ],
  },
  'een verwijzing die nergens op lijkt': {
    problems: [
      'content/news/bericht.md:9  organisations[1] — gevonden: "stichting-ooievaar"; verwacht de bestandsnaam (zonder .yaml) van een bestaande organisatie in content/organisations/',
    ],
  },
  'een gebied zonder hoofdletter': {
    problems: [
      'content/networks/charlois.md:3  area — gevonden: "charlois"; verwacht één van: Delfshaven, Hoogvliet, Rozenburg, Charlois, Pernis, IJsselmonde, Prins Alexander, Hillegersberg-Schiebroek, Feijenoord, Hoek van Holland, Overschie, Noorderbreedte, Centrum, Kralingen-Crooswijk; bedoelde je "Charlois"? (hoofdletters tellen)',
    ],
  },
  'een link naar een pagina die nergens op lijkt': {
    problems: [
      'content/news/bericht.md:12  inhoud — gevonden: een link naar /netwerken/zuidplein-oost/, maar die pagina bestaat niet op deze site; verwacht een bestaand adres, zoals het overzicht /netwerken/',
    ],
  },
  'een link met een tikfout in de naam': {
    problems: [
      'content/news/bericht.md:12  inhoud — gevonden: een link naar /netwerken/charlos/, maar die pagina bestaat niet op deze site; verwacht een bestaand adres: bedoelde je /netwerken/charlois/?',
    ],
  },
  'een foto met andere hoofdletters': {
    problems: [
      'content/news/bericht.md:11  image.src — gevonden: "./Buurtteam.jpg", maar de foto heet buurtteam.jpg, met andere hoofdletters dan Buurtteam.jpg; verwacht de naam precies zo geschreven: ./buurtteam.jpg',
    ],
  },
  'een verwijzing naar een concept': {
    problems: [
      'content/news/bericht.md:11  projects[1] — gevonden: "proefproject"; verwacht een gepubliceerd project, maar content/projects/proefproject.md is een concept (draft: true): publiceer dat eerst of haal de verwijzing weg',
    ],
  },
  'een trefwoord zonder label': {
    problems: [
      'content/news/bericht.md:11  tags[1] — gevonden: "leerwerkplekken", een trefwoord zonder label; verwacht een regel in content/trefwoorden.yaml met het label dat lezers zien, zoals "leerwerkplekken: Leerwerkplekken"',
    ],
  },
  'een fout in de lijst met trefwoorden': {
    // Only the list's own mistakes: "zorg", whose line is there but broken, is not also told as a tag without a label, with a line to add.
    problems: [
      'content/trefwoorden.yaml:1  bestand — gevonden: een lijst die met [ begint zonder ] aan het eind ([Zorg); verwacht de hele lijst op één regel tussen [ en ]: zorg: [Zorg]',
      'content/trefwoorden.yaml:1  zorg — gevonden: een lijst: ["Zorg"]; verwacht het label dat lezers zien, zoals "Wijkgericht werken"',
    ],
  },
  'een einddatum vóór de startdatum': {
    problems: [
      'content/projects/proefproject.md:6  end — gevonden: 2023-01-01; verwacht een einddatum op of na de startdatum (start)',
    ],
  },
  'een [VUL IN] laten staan': {
    problems: [
      'content/news/bericht.md:3  description — gevonden: "[VUL IN: samenvatting van 20 tot 300 tekens]", nog niet ingevuld; verwacht je eigen tekst in plaats van [VUL IN …]',
    ],
  },
  'een [VUL IN] laten staan in een veld dat mag ontbreken': {
    problems: [
      'content/news/bericht.md:10  author — gevonden: "[VUL IN: naam van de schrijver]", nog niet ingevuld; verwacht je eigen tekst in plaats van [VUL IN …], of haal dit veld helemaal weg (het mag ontbreken)',
    ],
  },
  'een nieuw bericht van npm run new, nog niet ingevuld': {
    problems: [
      'content/news/nieuw-bericht.md:3  description — gevonden: "[VUL IN: samenvatting van 20 tot 300 tekens]", nog niet ingevuld; verwacht je eigen tekst in plaats van [VUL IN …]',
      'content/news/nieuw-bericht.md:5  category — gevonden: "[VUL IN: netwerk, arbeidsmarkt, onderwijs, inclusie, beleid…", nog niet ingevuld; verwacht één van: netwerk, arbeidsmarkt, onderwijs, inclusie, beleid, samenwerking, in plaats van [VUL IN …]',
      'content/news/nieuw-bericht.md:9  inhoud — gevonden: "[VUL IN: de tekst, in Markdown; tussenkoppen met …", nog niet ingevuld; verwacht je eigen tekst in plaats van [VUL IN …]',
    ],
  },
  'een link naar een pagina die niet bestaat': {
    problems: [
      'content/news/bericht.md:12  inhoud — gevonden: een link naar /netwerken/delfshavn/, maar die pagina bestaat niet op deze site; verwacht een bestaand adres: bedoelde je /netwerken/delfshaven/?',
    ],
  },
  'een link naar een kop die er niet is': {
    problems: [
      'content/news/bericht.md:14  inhoud — gevonden: een link naar #de-vrag, maar deze pagina heeft geen kop of onderdeel #de-vrag, zodat de link bovenaan de pagina uitkomt; verwacht een kop die er is: bedoelde je #de-vraag?',
      'content/news/bericht.md:14  inhoud — gevonden: een link naar /netwerken/delfshaven/#op-de-kart, maar /netwerken/delfshaven/ heeft geen kop of onderdeel #op-de-kart, zodat de link bovenaan de pagina uitkomt; verwacht een kop die er is: bedoelde je /netwerken/delfshaven/#op-de-kaart?',
    ],
  },
  'hoofdletters en spaties in de bestandsnaam': {
    problems: [
      'content/news/Nieuw Bericht.md:1  bestandsnaam — gevonden: "Nieuw Bericht"; verwacht een bestandsnaam van kleine letters, cijfers en streepjes, zoals "nieuw-bericht"',
    ],
  },
  'twee berichten met dezelfde titel': {
    problems: [],
    advice: [
      'content/news/bericht.md:2  title — gevonden: de titel "Een bericht uit Delfshaven", die content/news/tweede-bericht.md ook heeft; verwacht een titel die deze pagina van de andere onderscheidt, want lezers zien ze naast elkaar in lijsten en zoekresultaten',
      'content/news/tweede-bericht.md:2  title — gevonden: de titel "Een bericht  uit delfshaven", die content/news/bericht.md ook heeft; verwacht een titel die deze pagina van de andere onderscheidt, want lezers zien ze naast elkaar in lijsten en zoekresultaten',
    ],
  },
  'twee organisaties met dezelfde naam': {
    problems: [],
    advice: [
      // Pages refer to laurens: that file stays, the new one is told to go (helper-42: both were told to go).
      'content/organisations/laurens-zorg.yaml:1  name — gevonden: de naam "Laurens", die content/organisations/laurens.yaml ook heeft; verwacht één bestand per organisatie: is het dezelfde, verwijs dan naar laurens (content/organisations/laurens.yaml) en haal dit bestand weg; anders een naam die ze onderscheidt',
      "content/organisations/laurens.yaml:1  name — gevonden: de naam \"Laurens\", die content/organisations/laurens-zorg.yaml ook heeft; verwacht één bestand per organisatie: pagina's verwijzen naar dit bestand, laat het staan; is het dezelfde organisatie, haal dan content/organisations/laurens-zorg.yaml weg en verwijs naar laurens; anders een naam die ze onderscheidt",
    ],
  },
  'dezelfde titel in een concept en bij een project': { problems: [] },
  'een bestandsnaam die de site zelf gebruikt': {
    problems: [
      'content/pages/zoeken.md:1  bestandsnaam — gevonden: "zoeken", maar /zoeken/ is een adres dat de site zelf gebruikt; verwacht een andere naam',
    ],
  },
  'concept als ja': {
    problems: [
      'content/news/bericht.md:10  draft — gevonden: ja (tekst); verwacht true (ja) of false (nee)',
    ],
  },
  'een te korte titel': {
    problems: [
      'content/news/bericht.md:2  title — gevonden: "Kort"; verwacht minstens 5 tekens (nu 4)',
    ],
  },
  'een spelfout in de samenvatting': {
    problems: [],
    advice: [
      'content/news/bericht.md:3  description — gevonden: "vrijwiligers", dat niet in het woordenboek staat; verwacht misschien "vrijwilligers", of zet het in content/woordenlijst.txt als het zo goed is (een naam, een vakterm)',
    ],
  },
  'code in de tekst': {
    problems: [
      'content/news/bericht.md:14  inhoud — gevonden: <script> (code); verwacht gewone tekst, Markdown, of opmaak als <abbr>, <sup> en tabellen',
    ],
  },
  'zes fouten in één bestand: alle in één keer': {
    problems: [
      'content/news/bericht.md:4  date — gevonden: "29-11-2023" (dag-maand-jaar); verwacht jaar-maand-dag: 2023-11-29',
      'content/news/bericht.md:5  category — gevonden: "sport"; verwacht één van: netwerk, arbeidsmarkt, onderwijs, inclusie, beleid, samenwerking',
      'content/news/bericht.md:11  tags[1] — gevonden: "leerwerkplekken", een trefwoord zonder label; verwacht een regel in content/trefwoorden.yaml met het label dat lezers zien, zoals "leerwerkplekken: Leerwerkplekken"',
      'content/news/bericht.md:13  image.src — gevonden: content/news/smal.jpg van 600 pixels breed; verwacht minstens 800 pixels',
      'content/news/bericht.md:17  inhoud — gevonden: een kop met één # (zo groot als de titel van de pagina); verwacht ## voor een tussenkop, want de titel komt uit het veld title',
    ],
    advice: [
      'content/news/bericht.md:19  inhoud — gevonden: "vrijwiligers", dat niet in het woordenboek staat; verwacht misschien "vrijwilligers", of zet het in content/woordenlijst.txt als het zo goed is (een naam, een vakterm)',
    ],
  },
  'een einddatum vóór de start, en de status fout': {
    problems: [
      'content/projects/proefproject.md:4  status — gevonden: "bezig"; verwacht één van: gepland, lopend, afgerond; bedoelde je "lopend"?',
      'content/projects/proefproject.md:6  end — gevonden: 2023-01-01; verwacht een einddatum op of na de startdatum (start)',
    ],
  },
  'een los bestand met een verkeerde extensie': {
    problems: [
      'content/news/bericht.txt:1  bestand — gevonden: een bestand dat de site niet leest; verwacht een bestand .md of .mdx direct in content/news/, of een afbeelding (.jpg, .jpeg, .png, .webp, .avif)',
    ],
  },
};

/** Words an editor does not know: English, and the vocabulary of schemas and parsers. */
const JARGON = [
  /\b(expected|received|invalid|input|string|object|array|boolean|integer|undefined|null|NaN|schema|regex|enum|literal|union|token|parse[rd]?|scalar|mapping|implicit|key)\b/i,
  /Ongeldige invoer|ontving|\bslug\b|\bid\b|\bids\b|YAML|Zod|\bMDX-code\b/,
];

describe('editor mistakes, as npm run check reports them', () => {
  it('the table has a row for every mistake, and at least thirty', () => {
    expect(MISTAKES.length).toBeGreaterThanOrEqual(30);
    expect(Object.keys(EXPECTED).sort()).toEqual(MISTAKES.map((m) => m.name).sort());
  });

  it.each(MISTAKES.map((m) => [m.name, m] as const))('%s', { timeout: 30_000 }, async (name, mistake) => {
    const { problems, advice } = await checkLines(mistake);
    expect(problems).toEqual(EXPECTED[name]!.problems);
    expect(advice).toEqual(EXPECTED[name]!.advice ?? []);
    for (const line of [...problems, ...advice]) {
      const message = line.slice(line.indexOf(' — ') + 3);
      expect(message, line).toMatch(/^gevonden: .+; verwacht .+/);
      for (const word of JARGON) expect(message, line).not.toMatch(word);
    }
  });
});
