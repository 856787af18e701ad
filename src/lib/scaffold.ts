/**
 * What `npm run new -- <soort> "<titel>"` writes: a new entry with a slug from
 * the title, today's date where the collection has one, and every required
 * field present, with a clear placeholder where the editor still has to write.
 */
import { AREAS, COLLECTION_LABEL, EXTENSIONS, FIGURE_KINDS, NETWORK_FILES, NEWS_CATEGORIES, ORGANISATION_KINDS, PROJECT_STATUSES, type CollectionName } from './content-model.ts';
import { formatOrList, isoDateInAmsterdam } from './nl.ts';
import { slugify } from './slug.ts';
import { placeholder } from './validation/placeholder.ts';
import { reservedIdReason } from './validation/check-entries.ts';
import { fieldMessage } from './validation/field-messages.ts';
import { buildSchemas } from './schemas.ts';
import { z } from 'astro/zod';

/** The collections' own schemas, for the title only (references are not looked at). */
const TITLE_SCHEMAS = buildSchemas(() => z.string());

/** File names stay readable in a folder listing and a URL: a longer title is cut at a word. */
export const MAX_ID_LENGTH = 60;

/**
 * The file name (id) a title gives: lowercase words with hyphens, at most
 * MAX_ID_LENGTH characters, cut between words. A name the site uses itself is
 * refused with a title that would work, so `npm run new` never writes a file
 * the check then refuses for its name.
 */
export function idFor(collection: CollectionName, title: string): string {
  let id = slugify(title);
  if (id.length > MAX_ID_LENGTH) {
    const cut = id.slice(0, MAX_ID_LENGTH + 1);
    id = cut.includes('-') ? cut.slice(0, cut.lastIndexOf('-')) : cut.slice(0, MAX_ID_LENGTH);
  }
  if (id && reservedIdReason(collection, id)) {
    const longer = `${title} ${COLLECTION_LABEL[collection].one}`;
    throw new Error(
      `De titel "${title}" geeft de bestandsnaam "${id}", maar dat is een adres dat de site zelf gebruikt. Kies een titel die meer zegt, bijvoorbeeld: npm run new -- ${Object.keys(KINDS).find((k) => KINDS[k] === collection)} "${longer}"`,
    );
  }
  return id;
}

/** The Dutch words editors type, and the collection each means. */
export const KINDS: Record<string, CollectionName> = {
  nieuws: 'news',
  pact: 'pacts',
  netwerk: 'networks',
  project: 'projects',
  thema: 'themes',
  organisatie: 'organisations',
  pagina: 'pages',
};

export interface Scaffold {
  collection: CollectionName;
  /** Relative to the content root: "news/mijn-bericht.md". */
  file: string;
  text: string;
}

const q = (text: string) => JSON.stringify(text);
const summary = () => q(placeholder('samenvatting van 20 tot 300 tekens'));

export function scaffold(kind: string, typed: string, today = new Date()): Scaffold {
  // Tabs and line ends typed or pasted into the title are spaces: between the file's quotes they became \t (helper-55).
  const title = typed.replace(/\s+/g, ' ').trim();
  // "Nieuws" as typed at the start of a sentence is nieuws (helper-51 was refused for the capital).
  const wanted = kind.trim().toLowerCase();
  const collection = KINDS[wanted] ?? (Object.values(KINDS).includes(wanted as CollectionName) ? (wanted as CollectionName) : undefined);
  if (!collection) throw new Error(`Onbekende soort "${kind}". Kies uit: ${Object.keys(KINDS).join(', ')}.`);
  const id = idFor(collection, title);
  if (!id) throw new Error('Geef een titel met letters of cijfers, bijvoorbeeld: npm run new -- nieuws "Nieuwe leerwerkplekken in Charlois"');
  // The title is checked as the check will read it, so the new file is never refused for its title (helper-53).
  const titleKey = collection === 'organisations' ? 'name' : 'title';
  const titleField = (TITLE_SCHEMAS[collection].shape as Record<string, z.ZodType>)[titleKey]!;
  const checked = titleField.safeParse(title);
  if (!checked.success) {
    throw new Error(`${titleKey} — ${fieldMessage(checked.error.issues[0]!, title, titleField, title)}. Er is niets geschreven; probeer het opnieuw met een andere titel.`);
  }
  const date = isoDateInAmsterdam(today);
  const body = `${placeholder('de tekst, in Markdown; tussenkoppen met ## ')}\n`;
  const md = (lines: string[], text = body) => `---\n${lines.join('\n')}\n---\n\n${text}`;
  const file = (ext = EXTENSIONS[collection][0]!) => `${collection}/${id}${ext}`;

  switch (collection) {
    case 'news':
      return {
        collection,
        file: file(),
        text: md([
          `title: ${q(title)}`,
          `description: ${summary()}`,
          `date: ${date}`,
          `category: ${q(placeholder(formatOrList([...NEWS_CATEGORIES])))}`,
          '# Optioneel: tags, networks, projects, pacts, organisations, author, source, image, updated, draft',
        ]),
      };
    case 'pacts':
      return { collection, file: file(), text: md([`title: ${q(title)}`, `region: ${q(placeholder('regio, zoals Flevoland'))}`, `description: ${summary()}`, '# Optioneel: chair, members, organisations, themes, founded, website, contact, draft']) };
    case 'networks': {
      const area = NETWORK_FILES.get(id);
      if (!area) throw new Error(`Er zijn precies veertien netwerken: ${AREAS.join(', ')}. "${title}" hoort daar niet bij.`);
      return {
        collection,
        file: file(),
        text: md([`title: ${q(area)}`, `area: ${q(area)}`, `description: ${summary()}`, `signed: ${q(placeholder('datum van ondertekening, zoals 2016-09-28'))}`, '# Optioneel: partnerCount, partners, website, contact, image']),
      };
    }
    case 'projects':
      return {
        collection,
        file: file(),
        text: md([
          `title: ${q(title)}`,
          `description: ${summary()}`,
          `status: ${q(placeholder(formatOrList([...PROJECT_STATUSES])))}`,
          `# Optioneel: statusNote, start, end, lead, partners, organisations, networks, pact, theme, targetGroups, contact, website, image, draft`,
          `# Kerncijfers, bijvoorbeeld:`,
          `# figures:`,
          `#   - label: Deelnemers`,
          `#     value: 30`,
          `#     unit: personen`,
          `#     kind: ${FIGURE_KINDS[0]}`,
        ]),
      };
    case 'themes':
      return { collection, file: file(), text: md([`title: ${q(title)}`, `description: ${summary()}`, '# Optioneel: theme, lead, draft']) };
    case 'organisations':
      return {
        collection,
        file: file('.yaml'),
        text: [`name: ${q(title)}`, `kind: ${q(placeholder(formatOrList([...ORGANISATION_KINDS])))}`, '# Optioneel: description, website, city', ''].join('\n'),
      };
    case 'pages':
      return { collection, file: file(), text: md([`title: ${q(title)}`, `description: ${summary()}`, `updated: ${date}`, '# Optioneel: draft']) };
  }
}
