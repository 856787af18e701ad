/**
 * The fixed vocabulary of the content contract (../shared/content-model.md).
 * Schemas, pages, the editors' check and the guide all read these lists, so a
 * change here is a change to the contract.
 */
import { slugify } from './slug.ts';

/** The seven collections, each a folder under the content root. */
export const COLLECTIONS = ['news', 'pacts', 'networks', 'projects', 'themes', 'organisations', 'pages'] as const;
export type CollectionName = (typeof COLLECTIONS)[number];

/** The collections whose pages show the description above the text, as its lead paragraph (`<p class="lead">`). */
export const LEAD_COLLECTIONS: ReadonlySet<CollectionName> = new Set(['news', 'pacts', 'projects', 'themes', 'pages']);

/** URL section of each collection (pages live at the site root). */
export const SECTION: Record<CollectionName, string> = {
  news: 'nieuws',
  pacts: 'pacten',
  networks: 'netwerken',
  projects: 'projecten',
  themes: 'themas',
  organisations: 'organisaties',
  pages: '',
};

/** File endings an entry may have, per collection. */
export const EXTENSIONS: Record<CollectionName, readonly string[]> = {
  news: ['.md', '.mdx'],
  pacts: ['.md', '.mdx'],
  networks: ['.md', '.mdx'],
  projects: ['.md', '.mdx'],
  themes: ['.md'],
  organisations: ['.yaml', '.md'],
  pages: ['.md'],
};

/** Dutch names of the collections, singular and plural, and whether the noun takes "het" (for "een bestaand netwerk"). */
export const COLLECTION_LABEL: Record<CollectionName, { one: string; many: string; het: boolean }> = {
  news: { one: 'nieuwsbericht', many: 'nieuws', het: true },
  pacts: { one: 'pact', many: 'pacten', het: true },
  networks: { one: 'netwerk', many: 'netwerken', het: true },
  projects: { one: 'project', many: 'projecten', het: true },
  themes: { one: 'thema', many: 'thema’s', het: true },
  organisations: { one: 'organisatie', many: 'organisaties', het: false },
  pages: { one: 'pagina', many: 'pagina’s', het: false },
};

/** "een bestaand netwerk", "een bestaande organisatie": the adjective agrees with the noun. */
export const anExisting = (collection: CollectionName) => `een ${COLLECTION_LABEL[collection].het ? 'bestaand' : 'bestaande'} ${COLLECTION_LABEL[collection].one}`;

export const NEWS_CATEGORIES = ['netwerk', 'arbeidsmarkt', 'onderwijs', 'inclusie', 'beleid', 'samenwerking'] as const;
export type NewsCategory = (typeof NEWS_CATEGORIES)[number];

/** The fourteen areas with a cooperative care & welfare network, as written officially. */
export const AREAS = [
  'Delfshaven',
  'Hoogvliet',
  'Rozenburg',
  'Charlois',
  'Pernis',
  'IJsselmonde',
  'Prins Alexander',
  'Hillegersberg-Schiebroek',
  'Feijenoord',
  'Hoek van Holland',
  'Overschie',
  'Noorderbreedte',
  'Centrum',
  'Kralingen-Crooswijk',
] as const;
export type Area = (typeof AREAS)[number];

/** Each area's network file name (content/networks/<name>.md): "Prins Alexander" → prins-alexander. */
export const NETWORK_FILES: ReadonlyMap<string, Area> = new Map(AREAS.map((area) => [slugify(area), area]));

/**
 * What an image may be, the photo (`image.src`) and images in a body alike: the
 * check refuses other formats (read from the bytes), other file names, larger
 * files, narrower images, and more pixels than a page ever needs (which could
 * only make the build decode a bomb).
 */
export const PHOTO_FORMATS = ['jpeg', 'png', 'webp', 'avif'] as const;
export const IMAGE_EXTENSIONS: readonly string[] = ['.jpg', '.jpeg', '.png', '.webp', '.avif'];
export const PHOTO_MAX_MB = 5;
export const PHOTO_MIN_WIDTH = 800;
export const PHOTO_MAX_SIDE = 8000;
export const PHOTO_MAX_PIXELS = 40_000_000;
/** The width of a share card (og:image): a narrower photo gets a warning, and is never blown up. */
export const PHOTO_SHARE_WIDTH = 1200;

/** The list of news tags with their Dutch labels, at the top of the content folder. */
export const TAGS_FILE = 'trefwoorden.yaml';

/** Partners per network at the signing in 2016 (the source gives the range, not each network's number). */
export const PARTNER_RANGE = { min: 7, max: 23 } as const;

export const PROJECT_STATUSES = ['gepland', 'lopend', 'afgerond'] as const;
export type ProjectStatus = (typeof PROJECT_STATUSES)[number];

export const TARGET_GROUPS = [
  'arbeidsbeperking',
  'statushouders',
  'uitkeringsgerechtigden',
  'nuggers',
  'carriereswitchers',
  'jongeren',
  'bewoners',
  'langdurig-werklozen',
  'studenten',
] as const;
export type TargetGroup = (typeof TARGET_GROUPS)[number];

export const FIGURE_KINDS = ['resultaat', 'doel'] as const;

export const ORGANISATION_KINDS = [
  'zorgaanbieder',
  'welzijn',
  'onderwijs',
  'gemeente',
  'rijksoverheid',
  'werkgever',
  'samenwerkingsverband',
  'overig',
] as const;

/** How many of the newest news items the RSS feed carries (src/pages/rss.xml.ts), as the feed's page says (rss.astro). */
export const FEED_SIZE = 50;

/**
 * The pages every page's footer links to, in its order: each must exist in content/pages/ and be published, or every
 * page of the site has a dead link (helper-46: deleting the privacy statement passed; an accessibility statement is
 * required of a public-sector site).
 */
export const FOOTER_PAGES = [
  { id: 'over', label: 'Over deze site' },
  { id: 'toegankelijkheid', label: 'Toegankelijkheid' },
  { id: 'privacy', label: 'Privacy' },
] as const;

/**
 * Ids that would clash with another URL of the site: its sections, list pages
 * and page numbers, and every name at the top of the built site (the web
 * editor, the search index, the feed, the sitemap, the data files). A site test
 * builds the site and checks every one of those names is here.
 */
export const RESERVED_IDS: Partial<Record<CollectionName, readonly string[]>> = {
  pages: ['nieuws', 'pacten', 'netwerken', 'projecten', 'themas', 'organisaties', 'zoeken', 'data', '404', 'rss', 'pagefind', 'beheer', 'robots', 'favicon', 'og-image', 'cname', 'astro', 'headers', 'index'],
  news: ['categorie', 'tag'],
  projects: ['status'],
};

/** Page ids that would sit beside the sitemap's files (sitemap-index.xml, sitemap-0.xml, …). */
export const RESERVED_PREFIX: Partial<Record<CollectionName, string>> = { pages: 'sitemap' };

/**
 * Caps on what an editor can grow without bound: items in a list field (tags,
 * references, partners), key figures of a project, characters in a body. Far
 * above any real entry; they keep one file from making a page of megabytes.
 */
export const LIST_MAX = { default: 50, tags: 12, figures: 40 } as const;
export const BODY_MAX_CHARS = 60_000;

/** A photo's alt text is read aloud in one breath and repeated in the share tags: a sentence or two. */
export const ALT_MAX_CHARS = 250;

/** News ids may not be page numbers: /nieuws/2/ is page 2 of the news list. */
export const NUMERIC_ID = /^\d+$/;

/** Reader-facing labels for the enumerations. */
export const LABELS = {
  category: {
    netwerk: 'Netwerk',
    arbeidsmarkt: 'Arbeidsmarkt',
    onderwijs: 'Onderwijs',
    inclusie: 'Inclusie',
    beleid: 'Beleid',
    samenwerking: 'Samenwerking',
  } satisfies Record<NewsCategory, string>,
  status: { gepland: 'Gepland', lopend: 'Lopend', afgerond: 'Afgerond' } satisfies Record<ProjectStatus, string>,
  targetGroup: {
    arbeidsbeperking: 'Mensen met een arbeidsbeperking',
    statushouders: 'Statushouders',
    uitkeringsgerechtigden: 'Uitkeringsgerechtigden',
    nuggers: 'Nuggers (niet-uitkeringsgerechtigden)',
    carriereswitchers: 'Carrièreswitchers',
    jongeren: 'Jongeren',
    bewoners: 'Bewoners',
    'langdurig-werklozen': 'Langdurig werklozen',
    studenten: 'Studenten',
  } satisfies Record<TargetGroup, string>,
  organisationKind: {
    zorgaanbieder: 'Zorgaanbieder',
    welzijn: 'Welzijnsorganisatie',
    onderwijs: 'Onderwijs',
    gemeente: 'Gemeente',
    rijksoverheid: 'Rijksoverheid',
    werkgever: 'Werkgever',
    samenwerkingsverband: 'Samenwerkingsverband',
    overig: 'Overig',
  } satisfies Record<(typeof ORGANISATION_KINDS)[number], string>,
} as const;

/** A lowercase slug: what file names, ids and tags must look like. */
export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/**
 * Dutch names of the frontmatter fields, as the web editor (/beheer/) shows them.
 * By field name; a `collection:path` key names a field whose meaning differs there.
 * A test fails when a schema field has no label here.
 */
export const FIELD_LABELS: Record<string, string> = {
  title: 'Titel',
  description: 'Samenvatting',
  date: 'Publicatiedatum',
  updated: 'Laatst bijgewerkt',
  category: 'Categorie',
  tags: 'Trefwoorden',
  networks: 'Netwerken',
  pacts: 'Pacten',
  projects: 'Projecten',
  organisations: 'Organisaties',
  author: 'Schrijver',
  source: 'Bron',
  'news:source.date': 'Datum bij de bron',
  'news:source.author': 'Schrijver bij de bron',
  'projects:organisations': 'Ook genoemde organisaties',
  'pacts:organisations': 'Ook genoemde organisaties',
  statusNote: 'Stand volgens wie en wanneer',
  'organisations:description': 'Wat de organisatie is of doet',
  url: 'Webadres',
  image: 'Foto',
  src: 'Fotobestand',
  alt: 'Beschrijving van de foto (alt-tekst)',
  caption: 'Onderschrift',
  credit: 'Fotograaf of bron',
  draft: 'Concept',
  region: 'Regio',
  chair: 'Voorzitter',
  members: 'Deelnemende organisaties',
  themes: 'Thema’s',
  founded: 'Opgericht op',
  website: 'Website',
  contact: 'Contactpersoon',
  name: 'Naam',
  role: 'Functie of rol',
  organisation: 'Organisatie',
  email: 'E-mailadres',
  area: 'Gebied',
  signed: 'Overeenkomst getekend op',
  partnerCount: 'Aantal partners',
  partners: 'Partners',
  status: 'Status',
  start: 'Startdatum',
  end: 'Einddatum',
  lead: 'Trekkende organisatie',
  'themes:lead': 'Trekker',
  pact: 'Pact',
  theme: 'Thema',
  'themes:theme': 'Breder thema',
  targetGroups: 'Doelgroepen',
  figures: 'Kerncijfers',
  label: 'Wat er geteld is',
  value: 'Getal',
  unit: 'Eenheid',
  kind: 'Soort',
  'organisations:kind': 'Soort organisatie',
  'projects:figures.kind': 'Resultaat of doel',
  asOf: 'Peildatum',
  city: 'Plaats',
  body: 'Tekst',
};

/**
 * Other Dutch words editors write for a field, beside its name in the web editor (FIELD_LABELS): the check tells
 * such a field as the one meant ("waarde": verwacht "value"), in one round (helper-39). Only words that name one
 * field among its neighbours.
 */
export const FIELD_SYNONYMS: Record<string, readonly string[]> = {
  value: ['waarde', 'aantal'],
  label: ['omschrijving'],
  description: ['beschrijving', 'omschrijving'],
  author: ['auteur'],
  image: ['afbeelding'],
  members: ['leden', 'deelnemers'],
  start: ['begin', 'begindatum'],
  end: ['eind', 'einde'],
  signed: ['getekend', 'ondertekend'],
  city: ['stad', 'woonplaats'],
  role: ['rol'],
  caption: ['bijschrift'],
};

/**
 * Other words editors write for a fixed choice (the guide glosses resultaat as behaald): told as "bedoelde je" that
 * choice where it is one of those the field allows (helper-42: behaald got no hint).
 */
export const CHOICE_SYNONYMS: Record<string, string> = {
  behaald: 'resultaat',
  gehaald: 'resultaat',
  bereikt: 'resultaat',
  gerealiseerd: 'resultaat',
  streefcijfer: 'doel',
  streven: 'doel',
  doelstelling: 'doel',
  bezig: 'lopend',
  actief: 'lopend',
  klaar: 'afgerond',
  afgelopen: 'afgerond',
  voltooid: 'afgerond',
};

/** What the add button of a list calls one item ("Kerncijfer toevoegen"). */
export const FIELD_LABELS_SINGULAR: Record<string, string> = {
  figures: 'Kerncijfer',
  themes: 'Thema',
};

/** The Dutch label of a field: `path` is its place in the frontmatter, such as "source.date". */
export function fieldLabel(collection: CollectionName, path: string): string | undefined {
  const name = path.split('.').at(-1)!;
  return FIELD_LABELS[`${collection}:${path}`] ?? FIELD_LABELS[name];
}
