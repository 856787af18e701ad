/**
 * The content model as Zod schemas: the one source of truth for Astro's
 * collections (src/content.config.ts), the editors' check (src/lib/validation),
 * the editors' JSON Schema files and the field table in CONTRIBUTING.md.
 *
 * References are built by a function passed in, because Astro's `reference()`
 * only exists inside Astro; the check passes one that knows every entry id.
 * Messages say what is expected, in Dutch; the reporter adds what was found.
 */
import { z } from 'astro/zod';
import {
  ALT_MAX_CHARS,
  AREAS,
  FIGURE_KINDS,
  NEWS_CATEGORIES,
  ORGANISATION_KINDS,
  PHOTO_MAX_MB,
  PHOTO_MIN_WIDTH,
  PHOTO_SHARE_WIDTH,
  LIST_MAX,
  PROJECT_STATUSES,
  SLUG_PATTERN,
  TARGET_GROUPS,
  type CollectionName,
} from './content-model.ts';
import { isIsoDate, parseIsoDate } from './dates.ts';
import { slugify } from './slug.ts';
import { repeatedFigures } from './figures.ts';
import { carriesImageMarker, IMAGE_MARKER_EXPECTED } from './image-marker.ts';
import { webAddressExpected, webAddressProblem } from './web-address.ts';
import { altExpected, saysNothing } from './alt-text.ts';

/**
 * Every message a schema can give, in the editors' words: the schemas below
 * name what they expect; this covers what they leave to Zod (a nested block
 * written as text, a length), so no "Ongeldige invoer: verwacht object,
 * ontving string" ever reaches an editor. Zod's Dutch locale stays underneath.
 */
const TYPE_WORDS: Record<string, string> = {
  object: 'velden eronder, elk op een eigen regel met twee spaties ervoor',
  array: 'een lijst: regels die beginnen met "- "',
  number: 'een getal, zonder aanhalingstekens',
  string: 'tekst',
  boolean: 'true (ja) of false (nee)',
  date: 'een datum als 2023-11-29 (jaar-maand-dag)',
};
const UNITS: Record<string, string> = { string: 'tekens', array: 'waarden', number: '' };
z.config(z.locales.nl());
z.config({
  customError: (issue) => {
    switch (issue.code) {
      case 'invalid_type':
        return `verwacht ${TYPE_WORDS[issue.expected] ?? 'een andere soort waarde'}`;
      case 'too_small':
        return `verwacht minstens ${issue.minimum}${UNITS[issue.origin] ? ` ${UNITS[issue.origin]}` : ''}`;
      case 'too_big':
        return `verwacht hoogstens ${issue.maximum}${UNITS[issue.origin] ? ` ${UNITS[issue.origin]}` : ''}`;
      case 'invalid_value':
        return `verwacht één van: ${issue.values.map(String).join(', ')}`;
      default:
        return 'verwacht een andere waarde; zie de uitleg bij dit veld in CONTRIBUTING.md';
    }
  },
});

/** Builds the schema for a reference to an entry of another collection. */
export type RefBuilder<R extends z.ZodType = z.ZodType> = (collection: CollectionName) => R;

// ---- shared field builders -------------------------------------------------

/** The length of a text as the length checks count it, for "(nu 8)". */
const lengthOf = (input: unknown) => (typeof input === 'string' ? input.length : 0);

/** Free text with a length range; the range is part of the message, and what was written is counted (helper-51). */
export const text = (min = 1, max = 10_000) => {
  const range = max < 10_000 ? ` van ${min} tot ${max} tekens` : min > 1 ? ` van minstens ${min} tekens` : '';
  return withoutImageMarker(
    z
      .string({ error: `verwacht tekst${range}` })
      .trim()
      .min(min, { error: (issue) => (min <= 1 ? 'verwacht tekst, niet leeg' : `verwacht minstens ${min} tekens (nu ${lengthOf(issue.input)})`) })
      .max(max, { error: (issue) => `verwacht hoogstens ${max} tekens (nu ${lengthOf(issue.input)})` }),
  );
};

/**
 * A title or a summary: plain text. The site shows it as written, so Markdown in it shows its asterisks and brackets
 * (helper-46: "**Nieuw**: leerwerkplekken in _Charlois_" as the heading); and a feed reader may read the title of an RSS
 * item as HTML (helper-47: "<b>vet</b>" came through as &lt;b&gt;, which such a reader makes markup again).
 */
export const plain = (min: number, max: number) =>
  text(min, max).superRefine((value, ctx) => {
    const found = MARKUP.map((pattern) => pattern.exec(value)?.[0]).find((match) => match !== undefined);
    if (found !== undefined) ctx.addIssue({ code: 'custom', input: value, message: `verwacht gewone tekst zonder opmaak: ${shortMarkup(found)} toont de site hier zoals het er staat${found.startsWith('<') ? ', en een programma dat het nieuws van de site volgt (RSS) kan het als HTML lezen' : ''}` });
  });

/** A title: plain text of at most 140 characters. */
export const title = (min: number, max = 140) => plain(min, max);

/** Markup a plain-text field shows as written: an HTML tag, comment or declaration, an entity (&amp;); Markdown's bold, a link, an emphasis. */
const MARKUP = [/<(?:\/?[a-z][a-z0-9-]*|[!?])/i, /&(?:[a-z]+|#\d+|#x[\da-f]+);/i, /\*\*[^*\n]+\*\*/, /__[^_\n]+__/, /\[[^\]\n]{1,200}\]\([^)\n]{0,500}\)/, /(?<![\p{L}\p{N}_])_[^_\s][^_\n]{0,200}_(?![\p{L}\p{N}_])/u, /(?<![\p{L}\p{N}*])\*[^*\s][^*\n]{0,200}\*(?![\p{L}\p{N}*])/u];

/** Markup as a message quotes it: an HTML tag's start, or the Markdown shortened. */
const shortMarkup = (found: string) => (found.startsWith('<') ? `${found}…` : `"${found.length > 40 ? `${found.slice(0, 39)}…` : found}"`);

/**
 * A text field that Astro must not read as an image to import (image-marker.ts): checked in the build's own schemas
 * too, not only by the content check (helper-47).
 */
function withoutImageMarker<T extends z.ZodType<string>>(field: T) {
  return field.refine((value) => !carriesImageMarker(value), { error: IMAGE_MARKER_EXPECTED });
}

/**
 * An ISO calendar date (2023-11-29). YAML readers turn an unquoted date into a
 * Date object and a quoted one into a string: both are accepted, the result is a
 * Date at midnight UTC so a day never shifts with the time zone.
 */
/** The date fields' message; the check adds a tip to it that fits what was written (date-tips.ts). */
export const DATE_ERROR = 'verwacht een datum als 2023-11-29 (jaar-maand-dag)';

export const isoDate = () =>
  z
    .custom<Date | string>((value) => (value instanceof Date ? !Number.isNaN(value.getTime()) : isIsoDate(value)), {
      error: DATE_ERROR,
      // A wrong date does not stop the entry's own checks (z.custom's default would): start 2024-13-01 with an end in
      // 2023 is told in one round, end included.
      abort: false,
    })
    .transform((value) => (value instanceof Date ? value : parseIsoDate(value)))
    .meta({ jsonSchema: { type: 'string', format: 'date' } });

const SLUG_ERROR = 'verwacht kleine letters, cijfers en streepjes, zoals';
export const slug = () =>
  z.string({ error: `${SLUG_ERROR} "zorg-en-welzijn"` }).regex(SLUG_PATTERN, {
    // The example made from what was written (Vrijwilligers: "vrijwilligers"), so it names the tag or id meant.
    error: (issue) => `${SLUG_ERROR} "${(typeof issue.input === 'string' && slugify(issue.input)) || 'zorg-en-welzijn'}"`,
  });

export const webUrl = () =>
  z
    // One message a value: what the URL standard refuses is told, and nothing after it (helper-39 read each twice). Not by
    // aborting, which stopped the entry's own rules too (helper-58: a date before the publication date came a round later).
    .url({ protocol: /^https?$/, error: (issue) => webAddressExpected(issue.input) })
    // The URL standard also lets in a space in the path ("https://x.nl/ (nog niet online)"), a host without extension and a comma after it.
    .refine((url) => webAddressProblem(url) === undefined, { error: (issue) => webAddressProblem(String(issue.input)), when: (payload) => payload.issues.length === 0 });

export const email = () => withoutImageMarker(z.email({ error: 'verwacht een e-mailadres, zoals naam@organisatie.nl' }));

export const oneOf = <const T extends readonly [string, ...string[]]>(values: T) =>
  z.enum(values, { error: `verwacht één van: ${values.join(', ')}` });

export const draft = () => z.boolean({ error: 'verwacht true of false' }).default(false);

/** A list that, when present, holds no duplicates and at most `max` items (a page is read, not scrolled through). */
export const list = <T extends z.ZodType>(item: T, max: number = LIST_MAX.default) =>
  z
    .array(item, { error: 'verwacht een lijst (regels die beginnen met "- ")' })
    .max(max, { error: `verwacht hoogstens ${max} waarden in deze lijst` })
    .refine((items) => new Set(items.map((i) => JSON.stringify(i))).size === items.length, {
      error: 'verwacht elke waarde maar één keer',
    });

/**
 * How a photo's `src` is read: Astro's `image()` helper in the collections
 * (a path relative to the entry file, optimised by the build), plain text for
 * the editors' check and the JSON Schema files (the check looks at the file itself).
 */
export type ImageSource<I extends z.ZodType = z.ZodType> = () => I;

export const imagePath = () => text(1, 500);

export const image = <I extends z.ZodType>(src: ImageSource<I>) =>
  z.strictObject({
    src: src().describe(
      `Het fotobestand, in dezelfde map als het bericht: een JPEG, PNG, WebP of AVIF van hoogstens ${PHOTO_MAX_MB} MB en minstens ${PHOTO_MIN_WIDTH} pixels breed (${PHOTO_SHARE_WIDTH} voor een mooi deelplaatje op sociale media).`,
    ),
    alt: withoutImageMarker(
      z
        .string({ error: 'verwacht een beschrijving van de afbeelding (alt-tekst)' })
        .trim()
        .min(1, { error: 'verwacht een beschrijving van de afbeelding (alt-tekst), niet leeg' })
        .max(ALT_MAX_CHARS, { error: `verwacht een korte beschrijving van hoogstens ${ALT_MAX_CHARS} tekens; wat langer is hoort in het onderschrift (caption) of de tekst` })
        .refine((alt) => !saysNothing(alt), { error: (issue) => `verwacht ${altExpected(String(issue.input))}: wie de foto niet kan zien, hoort anders alleen dat er een foto is` }),
    )
      .describe('Wat er op de foto te zien is, voor wie haar niet kan zien.'),
    caption: plain(2, 300).describe('Onderschrift onder de foto.').optional(),
    credit: plain(2, 120).describe('Fotograaf of bron, zoals "Joep van der Pal".').optional(),
  });

/** An entry's data with its photo's `src` as the image source reads it. */
export type WithPhotoSource<T, Src> = T extends { image?: infer P }
  ? Omit<T, 'image'> & { image?: Omit<NonNullable<P>, 'src'> & { src: Src } }
  : T;

/**
 * A collection's schema, built once, with its photo's `src` read by a source that
 * belongs to one entry: Astro's `image()`, which resolves the path from that entry's
 * file, is handed to a collection's schema function once per entry. Building the
 * whole schema in that function cost about 3 ms an entry (12 s of content sync at
 * 4,000 entries, BENCHMARKS.md); this wrapper costs a few microseconds, and the
 * source is only called for an entry that has a photo. The shared schema has
 * already checked the photo's fields, with `src` as a path.
 */
export function withPhoto<T extends { image?: { src: string } }, I extends z.ZodType>(schema: z.ZodType<T>, imageSource: ImageSource<I>) {
  return schema.transform(async (data, ctx): Promise<WithPhotoSource<T, z.output<I>>> => {
    if (!data.image) return data as WithPhotoSource<T, z.output<I>>;
    const src = await imageSource().safeParseAsync(data.image.src);
    if (!src.success) {
      for (const issue of src.error.issues) ctx.addIssue({ ...issue, path: ['image', 'src', ...issue.path] } as Parameters<typeof ctx.addIssue>[0]);
      return z.NEVER;
    }
    return { ...data, image: { ...data.image, src: src.data } } as WithPhotoSource<T, z.output<I>>;
  });
}

export const figure = () =>
  z.strictObject({
    label: plain(2, 120).describe('Wat er geteld is, zoals "Deelnemers".'),
    value: z.number({ error: 'verwacht een getal, zoals 30 of 12.5 (punt als decimaalteken)' }).describe('Het getal zelf, zonder punt voor duizendtallen: 1200; een komma schrijf je als punt (12.5).'),
    unit: plain(1, 40).describe('Eenheid, zoals "personen" of "%".').optional(),
    kind: oneOf(FIGURE_KINDS).describe('Behaald resultaat, of een doel dat nog gehaald moet worden.'),
    asOf: isoDate().describe('Peildatum van het cijfer.').optional(),
  });

// ---- collections -------------------------------------------------------------

/** The year an editor wrote at the start of a date that is itself wrong ("2024-13-01" → 2024), or undefined. */
const writtenYear = (value: unknown): number | undefined => (typeof value === 'string' && /^\d{4}-\d{1,2}-\d{1,2}$/.test(value.trim()) ? Number(value.trim().slice(0, 4)) : undefined);

export function buildSchemas<R extends z.ZodType, I extends z.ZodType = ReturnType<typeof imagePath>>(ref: RefBuilder<R>, imageSource?: ImageSource<I>) {
  const photo = () => image((imageSource ?? imagePath) as ImageSource<I>);
  const refs = (collection: CollectionName) => list(ref(collection));
  const person = () =>
    z.strictObject({
      name: plain(2, 120).describe('Naam van de persoon.'),
      role: plain(2, 120).describe('Functie of rol, zoals "Projectleider".').optional(),
      organisation: ref('organisations').describe('De organisatie waar de persoon werkt.').optional(),
    });
  const contact = () =>
    z.strictObject({
      name: plain(2, 120).describe('Naam van de contactpersoon.').optional(),
      email: email().describe('Zakelijk e-mailadres.').optional(),
    });
  /**
   * A refinement: the date in `later` is not before the one in `earlier`, told on `later`. Also when another field has
   * a problem: both dates are checked as soon as both are valid dates. When `earlier` is told wrong itself (2024-13-01)
   * but its year is readable and after the year of `later`, `later` is told too, so mending the one does not bring
   * the other in a second round (helper-39).
   */
  const inOrder = <K extends string>(earlier: K, later: K, error: string): [(entry: Partial<Record<K, unknown>>) => boolean, { path: PropertyKey[]; error: string; when: (payload: { value: unknown }) => boolean }] => [
    (entry) => {
      const [from, to] = [entry[earlier], entry[later]];
      if (from instanceof Date && to instanceof Date) return to.getTime() >= from.getTime();
      const year = writtenYear(from);
      return !(to instanceof Date && year !== undefined && to.getUTCFullYear() < year);
    },
    {
      path: [later],
      error,
      when: ({ value }) => {
        const dates = value as Record<K, unknown>;
        return isoDate().safeParse(dates[later]).success && (isoDate().safeParse(dates[earlier]).success || writtenYear(dates[earlier]) !== undefined);
      },
    },
  ];
  const isDraft = () => draft().describe('Aan: een concept, alleen te zien in de preview en nooit gepubliceerd.');

  const news = z.strictObject({
    title: title(5).describe('De kop van het bericht, 5 tot 140 tekens.'),
    description: plain(20, 300).describe('Samenvatting van 20 tot 300 tekens; staat boven het bericht (herhaal hem niet als eerste alinea), in overzichten en in zoekresultaten.'),
    date: isoDate().describe('Publicatiedatum, zoals 2023-11-29.'),
    updated: isoDate().describe('Datum van de laatste inhoudelijke wijziging.').optional(),
    category: oneOf(NEWS_CATEGORIES).describe('Categorie van het bericht.'),
    tags: list(slug(), LIST_MAX.tags).describe('Trefwoorden uit de vaste lijst, zoals wijkgericht werken.').optional(),
    networks: refs('networks').describe('De netwerken waar het bericht over gaat.').optional(),
    pacts: refs('pacts').describe('De pacten waar het bericht over gaat.').optional(),
    projects: refs('projects').describe('De projecten waar het bericht over gaat.').optional(),
    organisations: refs('organisations').describe('De organisaties die in het bericht voorkomen.').optional(),
    author: plain(2, 120).describe('Naam van de schrijver.').optional(),
    source: z
      .strictObject({
        name: plain(2, 120).describe('Naam van de oorspronkelijke bron.'),
        author: plain(2, 120).describe('Schrijver van het oorspronkelijke artikel; staat bij de bron, niet als schrijver van dit bericht.').optional(),
        url: webUrl().describe('Webadres van het oorspronkelijke bericht.').optional(),
        date: isoDate().describe('Datum waarop het daar verscheen.').optional(),
      })
      .describe('Waar het bericht eerder verscheen.')
      .optional(),
    image: photo().describe('Een foto bovenaan het bericht, met een beschrijving voor wie haar niet kan zien; een onderschrift en de fotograaf mogen erbij.').optional(),
    draft: isDraft(),
  })
    // "Bijgewerkt op 1 november" under a message of 2 December reads as a mistake, and is one (helper-37).
    .refine(...inOrder('date', 'updated', 'verwacht een datum op of na de publicatiedatum (date): de dag waarop het bericht voor het laatst is bijgewerkt'));

  const pacts = z.strictObject({
    title: title(5).describe('Naam van het pact.'),
    region: plain(2, 80).describe('Regio van het pact, zoals "Flevoland".'),
    description: plain(20, 300).describe('Samenvatting van 20 tot 300 tekens.'),
    chair: person().describe('De voorzitter: naam, functie en organisatie.').optional(),
    members: refs('organisations').describe('De organisaties die meedoen.').optional(),
    organisations: refs('organisations').describe('Andere organisaties die de tekst noemt, zonder lid te zijn.').optional(),
    themes: list(plain(2, 120)).describe('Thema’s van het pact, in gewone tekst.').optional(),
    founded: isoDate().describe('Datum van oprichting.').optional(),
    website: webUrl().describe('Website van het pact.').optional(),
    contact: contact().describe('De contactpersoon: naam en zakelijk e-mailadres.').optional(),
    draft: isDraft(),
  });

  const networks = z.strictObject({
    title: title(2).describe('Naam van het gebied, zoals "Delfshaven".'),
    area: oneOf(AREAS).describe('Een van de veertien gebieden, precies zo geschreven.'),
    description: plain(20, 300).describe('Samenvatting van 20 tot 300 tekens.'),
    signed: isoDate().describe('Datum waarop de samenwerkingsovereenkomst is getekend.'),
    partnerCount: z
      .number({ error: 'verwacht een heel getal' })
      .int({ error: 'verwacht een heel getal' })
      .min(1, { error: 'verwacht minstens 1 partner' })
      .describe('Hoeveel partners het netwerk heeft, als heel getal.')
      .optional(),
    partners: refs('organisations').describe('Partnerorganisaties die een eigen pagina op de site hebben.').optional(),
    website: webUrl().describe('Website van het netwerk.').optional(),
    image: photo().describe('Een foto bovenaan de pagina van het netwerk, met een beschrijving voor wie haar niet kan zien; een onderschrift en de fotograaf mogen erbij.').optional(),
    contact: contact().describe('De contactpersoon: naam en zakelijk e-mailadres.').optional(),
  });

  const projects = z
    .strictObject({
      title: title(3).describe('Naam van het project.'),
      description: plain(20, 300).describe('Samenvatting van 20 tot 300 tekens.'),
      status: oneOf(PROJECT_STATUSES).describe('Stand van het project.'),
      statusNote: plain(5, 200)
        .describe('Volgens wie en wanneer die stand gold; staat achter de status, zoals "volgens het plan van de actielijn Iedereen doet mee voor 2022–2023".')
        .optional(),
      start: isoDate().describe('Startdatum.').optional(),
      end: isoDate().describe('Einddatum, niet vóór de startdatum.').optional(),
      lead: ref('organisations').describe('De organisatie die het project trekt.').optional(),
      partners: refs('organisations').describe('De organisaties die meewerken.').optional(),
      organisations: refs('organisations').describe('Andere organisaties die de projectkaart noemt, naast trekker en partners.').optional(),
      networks: refs('networks').describe('De netwerken waar het project loopt.').optional(),
      pact: ref('pacts').describe('Het pact waar het project bij hoort.').optional(),
      theme: ref('themes').describe('Het thema of de actielijn van het project.').optional(),
      targetGroups: list(oneOf(TARGET_GROUPS)).describe('Doelgroepen uit de vaste lijst.').optional(),
      figures: z
        .array(figure(), { error: 'verwacht een lijst met kerncijfers' })
        .max(LIST_MAX.figures, { error: `verwacht hoogstens ${LIST_MAX.figures} kerncijfers; kies de belangrijkste` })
        .superRefine((figures, ctx) => {
          for (const { index, first } of repeatedFigures(figures)) {
            const { label, kind } = figures[index]!;
            ctx.addIssue({ code: 'custom', path: [index, 'label'], input: label, message: `verwacht elk kerncijfer één keer, maar dit ${kind === 'doel' ? 'doel' : 'resultaat'} staat al als kerncijfer ${first + 1}; haal er één weg, of geef ze elk een eigen peildatum (asOf) als het getal op twee momenten geteld is` });
          }
        })
        .describe('De belangrijkste cijfers: wat er geteld is, het getal (zonder punt voor duizendtallen: 1200), de eenheid, of het een resultaat of een doel is, en de peildatum.')
        .optional(),
      contact: person().describe('De contactpersoon: naam, functie en organisatie.').optional(),
      website: webUrl().describe('Website van het project.').optional(),
      image: photo().describe('Een foto bovenaan de projectkaart, met een beschrijving voor wie haar niet kan zien; een onderschrift en de fotograaf mogen erbij.').optional(),
      draft: isDraft(),
    })
    .refine(...inOrder('start', 'end', 'verwacht een einddatum op of na de startdatum (start)'));

  const themes = z.strictObject({
    title: title(3).describe('Naam van het thema of de actielijn.'),
    description: plain(20, 300).describe('Samenvatting van 20 tot 300 tekens.'),
    theme: plain(2, 80).describe('Het bredere thema, zoals "Inclusiviteit".').optional(),
    lead: z
      .strictObject({ name: plain(2, 120).describe('Naam van de trekker.'), role: plain(2, 120).describe('Rol, zoals "Bestuurlijk kartrekker".').optional() })
      .describe('De trekker: naam en rol.')
      .optional(),
    draft: isDraft(),
  });

  const organisations = z.strictObject({
    name: plain(2, 140).describe('Naam van de organisatie, zoals zij die zelf schrijft.'),
    kind: oneOf(ORGANISATION_KINDS).describe('Soort organisatie.'),
    description: plain(3, 200).describe('Wat de organisatie is of doet, in de woorden van de bronnen, bijvoorbeeld "Sociaal ondernemer".').optional(),
    website: webUrl().describe('Website van de organisatie.').optional(),
    city: plain(2, 80).describe('Vestigingsplaats.').optional(),
  });

  const pages = z.strictObject({
    title: title(3).describe('Titel van de pagina.'),
    description: plain(20, 300).describe('Samenvatting van 20 tot 300 tekens.'),
    updated: isoDate().describe('Datum van de laatste inhoudelijke wijziging.').optional(),
    draft: isDraft(),
  });

  return { news, pacts, networks, projects, themes, organisations, pages } satisfies Record<CollectionName, z.ZodType>;
}

export type Schemas = ReturnType<typeof buildSchemas<z.ZodType>>;
