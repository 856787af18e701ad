/**
 * The judged set: queries a reader would type, each with the page(s) that
 * should come first. Used by the search tests (success@1, success@3, MRR,
 * suggestion precision and recall) and by `npm run bench:search`.
 *
 * `first` lists every page that is a right answer at the top; an empty list
 * means the site has nothing on it and no page may be listed (a word or name
 * the site does not carry). `meant` is the correction a misspelling should
 * get: searched instead, or offered first. `site` says which build the query
 * runs on: the real content, or the synthetic fixture (tests/helpers/search-fixture.ts)
 * whose cases need ranking to be right (duplicate-heavy pages, title against
 * body, adjacent against scattered words, common against rare words).
 */

export type JudgedKind =
  | 'naam'
  | 'plaats'
  | 'organisatie'
  | 'project'
  | 'thema'
  | 'samenstelling'
  | 'deel van samenstelling'
  | 'meer woorden'
  | 'vervoeging'
  | 'spelfout'
  | 'niet op de site'
  | 'gewoon woord'
  | 'vraag'
  | 'onderdeel van de site'
  | 'dubbele inhoud'
  | 'titel tegen tekst'
  | 'aaneengesloten'
  | 'zeldzaam tegen gewoon';

export interface JudgedQuery {
  query: string;
  kind: JudgedKind;
  /** Pages that are right at the top; [] when nothing may be listed. */
  first: string[];
  /** A misspelling's correction. */
  meant?: string;
  site: 'echt' | 'synthetisch';
}

const NEWS_SIGNING = '/nieuws/veertien-cooperatieve-netwerken-ondertekend/';
const NEWS_VWS = '/nieuws/vws-op-werkbezoek-bij-laurens-delfshaven/';
const PACT = '/pacten/zorg-en-welzijnspact-flevoland/';
const THEME = '/themas/iedereen-doet-mee/';
const ZORG_THUIS = '/projecten/zorg-thuis-en-in-de-buurt/';

const real = (kind: JudgedKind, query: string, first: string[], meant?: string): JudgedQuery => ({ query, kind, first, site: 'echt', ...(meant ? { meant } : {}) });
const synthetic = (kind: JudgedKind, query: string, first: string[], meant?: string): JudgedQuery => ({ query, kind, first, site: 'synthetisch', ...(meant ? { meant } : {}) });

export const JUDGED: JudgedQuery[] = [
  // People named on the site.
  real('naam', 'Hugo de Jonge', [NEWS_SIGNING]),
  real('naam', 'Jan Krol', [PACT]),
  real('naam', 'Krol', [PACT]),
  real('naam', 'Frank Kodden', [THEME]),
  real('naam', 'Haso Korajlic', [ZORG_THUIS]),
  real('naam', 'Robert Waterreus', [NEWS_SIGNING]),
  real('naam', 'Richard Scalzo', [NEWS_SIGNING]),
  real('naam', 'Gerda van Beek', [NEWS_SIGNING]),
  // The site's own sections, by the word of the menu (helper-28: "netwerken" did not list /netwerken/).
  real('onderdeel van de site', 'netwerken', ['/netwerken/']),
  real('onderdeel van de site', 'pacten', ['/pacten/']),
  real('onderdeel van de site', 'nieuws', ['/nieuws/']),
  real('onderdeel van de site', 'organisaties', ['/organisaties/']),
  real('onderdeel van de site', 'thema’s', ['/themas/']),
  // The feed and the data files, by the words a reader knows them by (helper-57: "rss", "feed" and "csv" found nothing).
  real('onderdeel van de site', 'rss', ['/rss/']),
  real('onderdeel van de site', 'feed', ['/rss/']),
  real('onderdeel van de site', 'csv', ['/over/']),
  // Places: the areas and the region.
  real('plaats', 'Delfshaven', ['/netwerken/delfshaven/']),
  real('plaats', 'IJsselmonde', ['/netwerken/ijsselmonde/']),
  real('plaats', 'Hoek van Holland', ['/netwerken/hoek-van-holland/']),
  real('plaats', '"Hoek van Holland"', ['/netwerken/hoek-van-holland/']), // in quotes, as journalists type: a phrase in Pagefind
  real('plaats', '“Hoek van Holland”', ['/netwerken/hoek-van-holland/']), // curly quotes, as a phone types them: the same phrase
  real('plaats', 'Kralingen-Crooswijk', ['/netwerken/kralingen-crooswijk/']),
  real('plaats', 'Kralingen/Crooswijk', ['/netwerken/kralingen-crooswijk/']), // a slash between two words, no space (helper probe, 1 December)
  real('meer woorden', '"zorg en welzijn"', [NEWS_SIGNING]), // a phrase on 19 pages, which Pagefind scores alike: ranked as its words
  real('plaats', 'Prins Alexander', ['/netwerken/prins-alexander/']),
  real('plaats', 'Schiebroek', ['/netwerken/hillegersberg-schiebroek/']),
  real('plaats', 'Charlois', ['/netwerken/charlois/']),
  real('plaats', 'Flevoland', [PACT]),
  // Organisations.
  real('organisatie', 'Laurens', ['/organisaties/laurens/', NEWS_VWS]),
  real('organisatie', 'wmo radar', ['/organisaties/wmo-radar/']),
  real('organisatie', 'ZorgImpuls', ['/organisaties/zorgimpuls/']),
  real('organisatie', 'Sococo', ['/organisaties/sococo/']),
  real('organisatie', 'Woonzorg Flevoland', ['/organisaties/woonzorg-flevoland/']),
  real('organisatie', 'ministerie van VWS', ['/organisaties/ministerie-van-vws/']),
  real('organisatie', 'Centrum voor Dienstverlening', ['/organisaties/centrum-voor-dienstverlening/']),
  real('organisatie', 'gemeente Rotterdam', ['/organisaties/gemeente-rotterdam/']),
  real('organisatie', 'Boijmans', [NEWS_SIGNING]),
  // Humanitas has its own organisation page since issue 22 (named in the Zorg Thuis fact sheet): either is a right first answer.
  real('organisatie', 'Humanitas', ['/organisaties/humanitas/', ZORG_THUIS]),
  // Projects and themes.
  real('project', 'WEP-trein', ['/projecten/wep-trein/']),
  real('project', 'Brugbanen', ['/projecten/brugbanen/']),
  real('project', 'Taakbrigades', ['/projecten/taakbrigades/']),
  real('project', 'Voortraject', ['/projecten/voortraject/']),
  real('project', 'zorg thuis in de buurt', [ZORG_THUIS]),
  real('thema', 'Iedereen doet mee', [THEME]),
  real('thema', 'inclusiviteit', [THEME]),
  real('thema', 'discriminatie', [NEWS_VWS]),
  real('thema', 'Triple Aim', [NEWS_SIGNING]),
  real('thema', 'gezondheid', [NEWS_SIGNING]), // Pagefind's stem of it also matches "zo’n" and "zonder" (probe, 1 December)
  // Compounds, and words that stand on the site only inside one.
  real('samenstelling', 'arbeidsmarkt', [NEWS_VWS, THEME]),
  real('samenstelling', 'werkervaringsplek', ['/projecten/wep-trein/']),
  real('samenstelling', 'praktijkonderwijs', ['/projecten/brugbanen/']),
  real('samenstelling', 'thuiszorg', ['/projecten/taakbrigades/']),
  real('deel van samenstelling', 'tekorten', [NEWS_VWS]),
  real('deel van samenstelling', 'verzuim', [NEWS_VWS]),
  real('deel van samenstelling', 'beperking', [THEME, '/toegankelijkheid/']),
  // Only inside a name written as one word (Scholingsvoucher): Pagefind found neither its start nor its end (helper-41).
  real('deel van samenstelling', 'scholing', [ZORG_THUIS]),
  real('deel van samenstelling', 'voucher', [ZORG_THUIS]),
  // Several words.
  real('meer woorden', 'langdurig werklozen', ['/projecten/wep-trein/']),
  real('meer woorden', 'betaalde werkplekken voor jongeren', ['/projecten/brugbanen/']),
  real('meer woorden', 'Nationaal Programma tegen discriminatie', [NEWS_VWS]),
  real('meer woorden', 'werk in de thuiszorg', ['/projecten/taakbrigades/']),
  real('meer woorden', 'huisarts Amsterdam', [NEWS_SIGNING]),
  // Questions as a reader types them: the common words around them narrow nothing (helper-36: "wat is een pact" left out Pacten).
  real('vraag', 'wat is een pact', ['/pacten/']),
  real('vraag', 'wie zitten in het pact', [PACT]),
  real('vraag', 'welke projecten zijn er voor jongeren', ['/projecten/brugbanen/']),
  // helper-45, a job seeker's question: "krijg" (like "kom") once narrowed it to pages that have the word.
  real('vraag', 'hoe krijg ik een baan in de zorg', ['/projecten/brugbanen/', '/themas/iedereen-doet-mee/']),
  real('vraag', 'waar wordt gewerkt aan de SROI-verplichting', [PACT, '/organisaties/werkbedrijf/']),
  // Inflection and diacritics.
  real('vervoeging', 'vacatures', [NEWS_VWS]),
  real('vervoeging', 'cooperatieve netwerken', [NEWS_SIGNING]),
  real('vervoeging', 'carriereswitchers', [THEME]),
  // Misspellings: the meant word stands on the site.
  real('spelfout', 'delftshaven', ['/netwerken/delfshaven/'], 'delfshaven'),
  real('spelfout', 'wmo-radar', ['/organisaties/wmo-radar/'], 'wmo radar'), // Pagefind reads it as one word, wmoradar
  real('spelfout', 'IJselmonde', ['/netwerken/ijsselmonde/'], 'ijsselmonde'),
  real('spelfout', 'Charloys', ['/netwerken/charlois/'], 'charlois'),
  real('spelfout', 'Hoogvleit', ['/netwerken/hoogvliet/'], 'hoogvliet'),
  real('spelfout', 'Brugbaanen', ['/projecten/brugbanen/'], 'brugbanen'),
  real('spelfout', 'Frank Koden', [THEME], 'frank kodden'),
  real('spelfout', 'Boymans', [NEWS_SIGNING], 'boijmans'),
  real('spelfout', 'arbeitsmarkt', [NEWS_VWS, THEME], 'arbeidsmarkt'),
  real('spelfout', 'vrijwiligers', [NEWS_VWS], 'vrijwilligers'),
  // Words and names the site does not have: nothing may be listed.
  real('niet op de site', 'Purdey van Muiden', []),
  real('niet op de site', 'mantelzorg', []),
  real('niet op de site', 'wijkteem', []),
  real('niet op de site', 'xylofoonbouwers', []),
  real('niet op de site', 'Jeroen Bosch', []),
  // Only common words: the search still answers.
  real('gewoon woord', 'de', ['*']),
  real('gewoon woord', 'zorg en welzijn', ['*']),

  // Synthetic cases where ranking decides (see tests/helpers/search-fixture.ts).
  synthetic('dubbele inhoud', 'Marleen de Wit', ['/nieuws/bericht-7/']),
  synthetic('dubbele inhoud', 'leerwerkplaats', ['/nieuws/bericht-7/']),
  synthetic('titel tegen tekst', 'wijkverpleging', ['/projecten/wijkverpleging-in-de-buurt/']),
  synthetic('titel tegen tekst', 'buurtcirkel', ['/projecten/buurtcirkel/']),
  synthetic('aaneengesloten', 'sociale kaart', ['/projecten/sociale-kaart/']),
  synthetic('aaneengesloten', 'zorg op afstand', ['/projecten/zorg-op-afstand/']),
  synthetic('zeldzaam tegen gewoon', 'de zorgrobot', ['/projecten/zorgrobot/']),
  synthetic('zeldzaam tegen gewoon', 'een zorgrobot in de wijk', ['/projecten/zorgrobot/']),
  synthetic('niet op de site', 'Purdey van Muiden', []),
  synthetic('spelfout', 'wijkverpleeging', ['/projecten/wijkverpleging-in-de-buurt/'], 'wijkverpleging'),
];
