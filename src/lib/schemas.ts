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
  AREAS,
  FIGURE_KINDS,
  NEWS_CATEGORIES,
  ORGANISATION_KINDS,
  PROJECT_STATUSES,
  SLUG_PATTERN,
  TARGET_GROUPS,
  type CollectionName,
} from './content-model.ts';
import { isIsoDate, parseIsoDate } from './dates.ts';

z.config(z.locales.nl());

/** Builds the schema for a reference to an entry of another collection. */
export type RefBuilder = (collection: CollectionName) => z.ZodType;

// ---- shared field builders -------------------------------------------------

/** Free text with a length range; the range is part of the message. */
export const text = (min = 1, max = 10_000) =>
  z
    .string({ error: 'verwacht tekst' })
    .trim()
    .min(min, { error: min <= 1 ? 'verwacht tekst, niet leeg' : `verwacht minstens ${min} tekens` })
    .max(max, { error: `verwacht hoogstens ${max} tekens` });

/**
 * An ISO calendar date (2023-11-29). YAML readers turn an unquoted date into a
 * Date object and a quoted one into a string: both are accepted, the result is a
 * Date at midnight UTC so a day never shifts with the time zone.
 */
export const isoDate = () =>
  z
    .custom<Date | string>((value) => (value instanceof Date ? !Number.isNaN(value.getTime()) : isIsoDate(value)), {
      error: 'verwacht een datum als 2023-11-29 (jaar-maand-dag)',
    })
    .transform((value) => (value instanceof Date ? value : parseIsoDate(value)))
    .meta({ jsonSchema: { type: 'string', format: 'date' } });

export const slug = () =>
  z.string({ error: 'verwacht een slug' }).regex(SLUG_PATTERN, {
    error: 'verwacht kleine letters, cijfers en streepjes, zoals "zorg-en-welzijn"',
  });

export const webUrl = () =>
  z.url({ protocol: /^https?$/, error: 'verwacht een volledig webadres dat begint met https://' });

export const email = () => z.email({ error: 'verwacht een e-mailadres, zoals naam@organisatie.nl' });

export const oneOf = <const T extends readonly [string, ...string[]]>(values: T) =>
  z.enum(values, { error: `verwacht één van: ${values.join(', ')}` });

export const draft = () => z.boolean({ error: 'verwacht true of false' }).default(false);

/** A list that, when present, holds at least one item and no duplicates. */
export const list = <T extends z.ZodType>(item: T) =>
  z
    .array(item, { error: 'verwacht een lijst (regels die beginnen met "- ")' })
    .refine((items) => new Set(items.map((i) => JSON.stringify(i))).size === items.length, {
      error: 'verwacht elke waarde maar één keer',
    });

export const image = () =>
  z.strictObject({
    src: text(1, 500),
    alt: z
      .string({ error: 'verwacht een beschrijving van de afbeelding (alt-tekst)' })
      .trim()
      .min(1, { error: 'verwacht een beschrijving van de afbeelding (alt-tekst), niet leeg' }),
  });

export const figure = () =>
  z.strictObject({
    label: text(2, 120),
    value: z.number({ error: 'verwacht een getal, zoals 30 of 12.5 (punt als decimaalteken)' }),
    unit: text(1, 40).optional(),
    kind: oneOf(FIGURE_KINDS),
    asOf: isoDate().optional(),
  });

// ---- collections -------------------------------------------------------------

export function buildSchemas(ref: RefBuilder) {
  const person = () =>
    z.strictObject({ name: text(2, 120), role: text(2, 120).optional(), organisation: ref('organisations').optional() });

  const news = z.strictObject({
    title: text(5, 140),
    description: text(20, 300),
    date: isoDate(),
    updated: isoDate().optional(),
    category: oneOf(NEWS_CATEGORIES),
    tags: list(slug()).optional(),
    networks: list(ref('networks')).optional(),
    pacts: list(ref('pacts')).optional(),
    projects: list(ref('projects')).optional(),
    organisations: list(ref('organisations')).optional(),
    author: text(2, 120).optional(),
    source: z.strictObject({ name: text(2, 120), url: webUrl().optional(), date: isoDate().optional() }).optional(),
    image: image().optional(),
    draft: draft(),
  });

  const pacts = z.strictObject({
    title: text(5, 140),
    region: text(2, 80),
    description: text(20, 300),
    chair: person().optional(),
    members: list(ref('organisations')).optional(),
    themes: list(text(2, 120)).optional(),
    founded: isoDate().optional(),
    website: webUrl().optional(),
    contact: z.strictObject({ name: text(2, 120).optional(), email: email().optional() }).optional(),
    draft: draft(),
  });

  const networks = z.strictObject({
    title: text(2, 140),
    area: oneOf(AREAS),
    description: text(20, 300),
    signed: isoDate(),
    partnerCount: z
      .number({ error: 'verwacht een heel getal' })
      .int({ error: 'verwacht een heel getal' })
      .min(1, { error: 'verwacht minstens 1 partner' })
      .optional(),
    partners: list(ref('organisations')).optional(),
    website: webUrl().optional(),
    contact: z.strictObject({ name: text(2, 120).optional(), email: email().optional() }).optional(),
  });

  const projects = z
    .strictObject({
      title: text(3, 140),
      description: text(20, 300),
      status: oneOf(PROJECT_STATUSES),
      start: isoDate().optional(),
      end: isoDate().optional(),
      lead: ref('organisations').optional(),
      partners: list(ref('organisations')).optional(),
      networks: list(ref('networks')).optional(),
      pact: ref('pacts').optional(),
      theme: ref('themes').optional(),
      targetGroups: list(oneOf(TARGET_GROUPS)).optional(),
      figures: z.array(figure(), { error: 'verwacht een lijst met kerncijfers' }).optional(),
      contact: person().optional(),
      website: webUrl().optional(),
      draft: draft(),
    })
    .refine((p) => !(p.start && p.end) || p.end.getTime() >= p.start.getTime(), {
      path: ['end'],
      error: 'verwacht een einddatum op of na de startdatum (start)',
    });

  const themes = z.strictObject({
    title: text(3, 140),
    description: text(20, 300),
    theme: text(2, 80).optional(),
    lead: z.strictObject({ name: text(2, 120), role: text(2, 120).optional() }).optional(),
    draft: draft(),
  });

  const organisations = z.strictObject({
    name: text(2, 140),
    kind: oneOf(ORGANISATION_KINDS),
    website: webUrl().optional(),
    city: text(2, 80).optional(),
  });

  const pages = z.strictObject({
    title: text(3, 140),
    description: text(20, 300),
    updated: isoDate().optional(),
    draft: draft(),
  });

  return { news, pacts, networks, projects, themes, organisations, pages } satisfies Record<CollectionName, z.ZodType>;
}

export type Schemas = ReturnType<typeof buildSchemas>;
