/**
 * Synthetic content where search ranking decides, built into the fixture
 * site beside the paginated news (tests/setup/build-site.ts). The real
 * content is small; these cases hold what it cannot (see judged-queries.ts):
 *
 * - duplicate-heavy: every network page repeats one paragraph that names
 *   wethouder Marleen de Wit and the leerwerkplaats; only news item 7 is
 *   about them (naming her once, as the network pages do), and it is three
 *   times as long as a network page;
 * - title against body: a page with the word in its title, and a shorter
 *   one that repeats it in its text;
 * - adjacent against scattered: the query's words side by side on one page,
 *   apart and more often on another;
 * - rare against common: a rare word with "de" and "een", on a page among
 *   pages full of those common words.
 */
import { AREAS } from '../../src/lib/content-model.ts';
import { slugify } from '../../src/lib/slug.ts';
import { validNews, validProject, type FixtureFile } from './content.ts';

/** The paragraph every network page carries, word for word. */
const SIGNING = 'Bij de ondertekening sprak wethouder Marleen de Wit over de nieuwe leerwerkplaats en over de samenwerking tussen zorg en welzijn in alle veertien gebieden van de stad.';

const networks = (): FixtureFile[] =>
  AREAS.map((area) => ({
    collection: 'networks' as const,
    name: `${slugify(area)}.md`,
    data: { title: area, area, description: `Het netwerk van zorg en welzijn in ${area}.`, signed: '2016-09-28' },
    body: `## Over dit netwerk\n\nIn ${area} werken zorg- en welzijnsorganisaties samen in een coöperatief netwerk.\n\n## Ondertekening\n\n${SIGNING}\n`,
  }));

/** The body of news item 7 of the paginated fixture news: about Marleen de Wit and the leerwerkplaats, under a plain title. */
const NEWS_ABOUT_THE_SIGNING = [
    'Wethouder Marleen de Wit opende op dinsdag de nieuwe leerwerkplaats in Delfshaven. Twaalf bewoners leren daar het vak van helpende in zorg en welzijn, met begeleiding van ervaren collega’s uit de buurt.',
    '## Leren op de werkvloer',
    'In de leerwerkplaats wisselen de deelnemers praktijk en les af. De wethouder noemde de leerwerkplaats een voorbeeld voor de rest van de stad: wie hier begint, heeft na een jaar een diploma en een baan in het vooruitzicht.',
    '## Wat volgt',
    'De organisaties in het netwerk willen volgend jaar een tweede groep starten. Bewoners die belangstelling hebben, kunnen zich melden bij het wijkteam. Zij komt dan opnieuw kijken hoe het de deelnemers vergaat en wat de buurt ervan merkt.',
].join('\n\n');

const project = (name: string, title: string, description: string, body: string): FixtureFile => ({
  collection: 'projects',
  name: `${name}.md`,
  data: validProject({ title, description }),
  body,
});

const standing = (name: string, title: string, description: string, body: string): FixtureFile => ({ collection: 'pages', name: `${name}.md`, data: { title, description }, body });

export function searchFixtureFiles(): FixtureFile[] {
  return [
    ...networks(),
    // Title against body: the word in the title, once; and a shorter page that repeats it.
    project(
      'wijkverpleging-in-de-buurt',
      'Wijkverpleging in de buurt',
      'Een project over verpleegkundigen die bewoners thuis bezoeken en helpen.',
      'Verpleegkundigen bezoeken ouderen thuis en kijken samen met hen wat nodig is om zelfstandig te blijven wonen. Ze werken nauw samen met huisartsen, apothekers en het sociale team in de wijk, en zoeken bij elk bezoek wat iemand zelf nog kan.\n\n## Aanpak\n\nElke verpleegkundige heeft een vaste groep bewoners, zodat zij weten wie er komt en wat er is afgesproken.\n',
    ),
    standing('werken-in-de-wijk', 'Werken in de wijk', 'Over banen dicht bij huis in zorg en welzijn.', 'Wijkverpleging, wijkverpleging en nog eens wijkverpleging: daar zoeken werkgevers mensen voor.\n'),
    project('buurtcirkel', 'Buurtcirkel', 'Bewoners die elkaar helpen, met een vaste begeleider in de buurt.', 'Vijf tot tien bewoners vormen samen een groep die elkaar helpt met boodschappen, post en gezelschap. Een begeleider komt eens per week langs en houdt het overzicht.\n'),
    standing('ontmoeten', 'Ontmoeten in de wijk', 'Plekken en groepen waar bewoners elkaar treffen.', 'Een buurtcirkel hier, een buurtcirkel daar: zo treffen bewoners elkaar.\n'),
    // Adjacent against scattered.
    project('sociale-kaart', 'Wegwijzer voor bewoners', 'Een overzicht van hulp en activiteiten in de wijk, voor bewoners en professionals.', 'De sociale kaart van de wijk laat zien welke hulp er is en hoe je die bereikt. Professionals gebruiken het overzicht om bewoners snel door te verwijzen.\n'),
    project(
      'kaartenbak',
      'Kaartenbak',
      'Een project over contacten tussen bewoners en hulpverleners.',
      'Sociale contacten zijn belangrijk. Op de kaart staat elke buurt. Sociale activiteiten helpen. Een kaart per bewoner, sociale steun per straat, en een kaart voor elke hulpverlener.\n',
    ),
    project('zorg-op-afstand', 'Beeldbellen met de verpleegkundige', 'Bewoners spreken hun verpleegkundige via een scherm.', 'Zorg op afstand betekent hier: een vast moment per dag beeldbellen met de eigen verpleegkundige, en alleen langskomen als dat echt nodig is.\n'),
    standing(
      'afstand-tot-werk',
      'Afstand tot werk',
      'Over mensen voor wie werk ver weg lijkt.',
      'De afstand tot werk is groot. Zorg voor begeleiding helpt. Op de werkvloer kleiner maken van de afstand, zorg op maat, afstand overbruggen op tijd: zorg en afstand gaan samen op.\n',
    ),
    // Rare against common words.
    project('zorgrobot', 'Robot in het woonzorgcentrum', 'Een proef met een robot die bewoners helpt herinneren aan hun dag.', 'In twee woonzorgcentra in de wijk staat een zorgrobot die bewoners aan de koffie, de medicijnen en de activiteiten van de dag herinnert.\n'),
    standing(
      'techniek',
      'Techniek in de zorg',
      'Over hulpmiddelen in de zorg en de wijk.',
      'De wijk, de zorg, de buurt, de bewoners, de hulp, de tijd, de dag, de week, de straat, de stad en de zorgrobots van een bedrijf in de regio: een wereld van de techniek in een wijk van de stad.\n',
    ),
  ];
}

/** The fixture's news items: item 7 is about Marleen de Wit, the rest are plain. */
export const FEED_MARKUP_SUMMARY = 'Een samenvatting met a < b & c > d erin, en jongeren <18.';

export function fixtureNews(count: number): FixtureFile[] {
  return Array.from({ length: count }, (_, i) => ({
    collection: 'news' as const,
    name: `bericht-${i + 1}.md`,
    data: validNews({ title: `Bericht nummer ${i + 1} uit de wijk`, date: `2022-02-${String(i + 1).padStart(2, '0')}` }),
    ...(i + 1 === 7 ? { body: NEWS_ABOUT_THE_SIGNING } : {}),
    // A summary with markup characters: the feed must carry it as text (tests/site/discovery.test.ts).
    ...(i + 1 === 24 ? { data: validNews({ title: `Bericht nummer ${i + 1} uit de wijk`, date: `2022-02-${i + 1}`, description: FEED_MARKUP_SUMMARY }) } : {}),
  }));
}
