/**
 * What a field's problem says to an editor: what was found and what is
 * expected, in plain Dutch, with the tip that fits the mistake people
 * actually make (a number in quotes, a photo written as a bare path, a list
 * on one line, fields under a heading that are not indented). The schemas'
 * own messages say what is expected; this adds the tip and the found value.
 */
import { z } from 'astro/zod';
import { distance } from 'fastest-levenshtein';
import { describeFound } from './problem.ts';
import { decimalInWords, wholeInWords } from './number-words.ts';
import { dateMessage } from './date-tips.ts';
import { DATE_ERROR } from '../schemas.ts';
import { CHOICE_SYNONYMS, FIELD_LABELS, FIELD_SYNONYMS, NETWORK_FILES } from '../content-model.ts';
import { formatFigure } from '../nl.ts';
import { slugify } from '../slug.ts';

/** Fields whose list items are written as tags or file names (lowercase, hyphens): wijkgericht-werken, feijenoord. */
const ID_LISTS = new Set(['tags', 'networks', 'pacts', 'projects', 'organisations', 'members', 'partners']);

/** The schema inside optional, default, nullable and transforms. */
function unwrap(schema: z.ZodType | undefined): z.ZodType | undefined {
  let current = schema;
  for (let i = 0; i < 10 && current; i++) {
    if (current instanceof z.ZodOptional || current instanceof z.ZodNullable || current instanceof z.ZodDefault) current = current.unwrap() as z.ZodType;
    else if (current instanceof z.ZodPipe) current = current.in as z.ZodType;
    else break;
  }
  return current;
}

/** The object schema at a path of field names (list positions pass into the list's items). */
function schemaAt(schema: z.ZodType, path: readonly PropertyKey[]): z.ZodType | undefined {
  let current = unwrap(schema);
  for (const key of path) {
    if (current instanceof z.ZodObject) current = unwrap((current.shape as Record<string, z.ZodType>)[String(key)]);
    else if (current instanceof z.ZodArray) current = unwrap(current.element as z.ZodType);
    else return undefined;
  }
  return current;
}

const fieldsOf = (schema: z.ZodType | undefined): string[] => (schema instanceof z.ZodObject ? Object.keys(schema.shape) : []);

const list = (names: readonly string[]) => (names.length <= 1 ? names.join('') : `${names.slice(0, -1).join(', ')} en ${names.at(-1)}`);

/**
 * The field an object's sub-field belongs to, when the editor forgot to indent it under that field; for a list of items
 * with fields (figures), its last item (`item`).
 */
function parentOf(schema: z.ZodType, key: string, data: unknown): { field: string; item?: boolean } | undefined {
  const root = unwrap(schema);
  if (!(root instanceof z.ZodObject) || typeof data !== 'object' || data === null) return undefined;
  const keys = Object.keys(data);
  // The nearest object field written above this key that has such a sub-field: left empty, or with the
  // sub-fields above this one (the last line of a block not indented), but not one that holds it already.
  for (let i = keys.indexOf(key) - 1; i >= 0; i--) {
    const candidate = keys[i]!;
    const value = (data as Record<string, unknown>)[candidate];
    // A list of items with fields (figures): the field of its last item, where that item lacks it (helper-74: "kind:" at
    // the start of the line below the last key figure got "bedoelde je end?").
    if (Array.isArray(value)) {
      const last: unknown = value.at(-1);
      if (typeof last === 'object' && last !== null && !(key in last) && fieldsOf(schemaAt(schema, [candidate, 0])).includes(key)) return { field: candidate, item: true };
      continue;
    }
    if (typeof value === 'object' && value !== null && key in value) continue;
    if (fieldsOf(schemaAt(schema, [candidate])).includes(key)) return { field: candidate };
  }
  return undefined;
}

/** A field of a list's last item missing because it stands loose below the list (figures[2].kind, with "kind:" not indented). */
export function loosenedFromLastItem(schema: z.ZodType, path: readonly PropertyKey[], data: unknown): boolean {
  const [list, index, key] = path;
  const items = valueAt(data, [list ?? '']);
  return path.length === 3 && Array.isArray(items) && index === items.length - 1 && parentOf(schema, String(key), data)?.field === list && valueAt(data, [key ?? '']) !== undefined;
}

/** The message for one issue of a field: found, expected, and a tip where the mistake is a familiar one. */
export function fieldMessage(issue: z.core.$ZodIssue, found: unknown, schema: z.ZodType, data: unknown, written?: string): string {
  const field = String(issue.path.at(-1) ?? '');
  // Only what the file shows: "tussen aanhalingstekens" where the editor typed quotes.
  const quoted = written !== undefined && /^["'“”‘’]/.test(written);
  const expected = issue.message.startsWith('verwacht') ? issue.message : `verwacht ${issue.message}`;
  // A year alone (2019) is read as a number.
  const dated = (typeof found === 'string' || typeof found === 'number') && expected === DATE_ERROR ? dateMessage(describeFound(found), String(found), expected) : undefined;
  // A news item's date is the day it appears, not the day of what it announces (helper-42: "12 december", the day of an
  // event, given its year, scheduled the invitation for that very morning).
  if (dated) return field === 'date' && /zonder (jaar|dag)/.test(dated) ? `${dated}; date is de dag waarop het bericht verschijnt, niet die van een activiteit erin` : dated;
  if (issue.code === 'invalid_type') {
    const subfields = fieldsOf(schemaAt(schema, issue.path));
    if (issue.expected === 'number' && typeof found === 'string' && /^\s*-?\d+([.,]\d+)?\s*$/.test(found)) {
      const number = found.trim().replace(',', '.');
      if (!quoted && found.includes(',')) return `gevonden: ${found.trim()}, met een komma; verwacht een punt als decimaalteken: ${field}: ${number}`;
      // Without quotes or a comma, only a block (| or > with the number below it) makes a number text (helper-70).
      if (!quoted) return `gevonden: ${found.trim()} als tekstblok (met | of > erboven); verwacht het getal direct achter ${field}: op dezelfde regel: ${field}: ${number}`;
      return `gevonden: ${describeFound(found)}, een getal tussen aanhalingstekens (dan is het tekst); verwacht het getal zonder aanhalingstekens${found.includes(',') ? ' en met een punt als decimaalteken' : ''}: ${field}: ${number}`;
    }
    if (issue.expected === 'number' && typeof found === 'string' && /^\s*-?\d+([.,]\d+)?\s*%\s*$/.test(found)) {
      return `gevonden: ${written ?? describeFound(found)}, een getal met een procentteken; verwacht alleen het getal, ${field}: ${found.replace('%', '').trim().replace(',', '.')}, en het procentteken als eenheid op een eigen regel: unit: "%"`;
    }
    if (issue.expected === 'number' && typeof found === 'string') {
      // Only a key figure has a label and a unit beside its value; a count (a network's partnerCount) has neither (helper-42).
      const beside = fieldsOf(schemaAt(schema, issue.path.slice(0, -1)));
      const about = approximate(found);
      if (about) return `gevonden: ${describeFound(found)}; verwacht alleen het getal in cijfers, ${field}: ${about.value}${beside.includes('label') ? `, en "${about.word}" in het label als dat ertoe doet` : ''} (de site toont alleen het getal)`;
      const figure = amountOrMeasure(found);
      if (figure && !beside.includes('unit')) return `gevonden: ${describeFound(found)}, ${figure.what}; verwacht alleen het getal in cijfers: ${field}: ${figure.value}`;
      if (figure) {
        // The item may have its unit already: keep it, or replace it; a second unit line would be a field written twice.
        const item = issue.path.slice(0, -1).reduce<unknown>((at, key) => (at as Record<PropertyKey, unknown> | undefined)?.[key as PropertyKey], data) as { unit?: unknown } | undefined;
        const unit = figure.unit === undefined ? '' : item?.unit === undefined ? `, en ${figure.unitWhat} als eenheid op een eigen regel: unit: ${figure.unit}` : item.unit === figure.unit ? `; de eenheid staat er al (unit: ${figure.unit})` : `, en unit: ${figure.unit} in plaats van unit: ${String(item.unit)}`;
        return `gevonden: ${describeFound(found)}, ${figure.what}; verwacht alleen het getal in cijfers, ${field}: ${figure.value}${unit}${figure.unit === 'euro' ? ` (de site schrijft het bedrag dan als ${formatFigure(figure.value, 'euro')})` : ''}`;
      }
    }
    if (issue.expected === 'boolean' && typeof found === 'string') {
      return `gevonden: ${quoted ? `${describeFound(found)} tussen aanhalingstekens (dan is het tekst)` : `${found.trim()} (tekst)`}; verwacht true (ja) of false (nee)${quoted ? ', zonder aanhalingstekens' : ''}`;
    }
    if (issue.expected === 'array' && typeof found === 'string') {
      // Split as typed: commas or semicolons, or dashes a phone made of "- " (helper-37: "– feijenoord – charlois").
      // Lists of names in the site's own form (a tag, a page's file name) are told in that form, so following it ends the matter.
      // A list of fixed choices (targetGroups, the fourteen networks) in the choices meant, so following it takes no second round (helper-39).
      const choices = choicesAt(schema, [...issue.path, 0]) ?? (field === 'networks' ? [...NETWORK_FILES.keys()] : undefined);
      // File names with spaces between them ("gemeente-rotterdam laurens": one has a dash, so the spaces part names) are
      // several, not one name of words (helper-42: told as gemeente-rotterdam-laurens, and laurens was lost after a second round).
      const spaced = (v: string) => (choices !== undefined || ID_LISTS.has(field)) && v.split(/\s+/).some((w) => /\p{L}-\p{L}/u.test(w)) ? v.split(/\s+/) : [v];
      const typed = found.split(/[,;]|(?:^|\s)[–—-](?=\s)/).map((v) => v.trim()).filter(Boolean).flatMap(spaced);
      const values = choices ? typed.map((v) => closest(slugify(v), choices) ?? slugify(v)) : ID_LISTS.has(field) ? typed.map((v) => slugify(v)) : typed;
      return `gevonden: ${describeFound(found)} op één regel; verwacht een lijst: elke waarde op een eigen regel onder ${field}:, met twee spaties en "- " ervoor, zoals "  - ${values[0] ?? ''}", of op één regel tussen [ en ]: ${field}: [${values.join(', ')}]`;
    }
    if (issue.expected === 'object' && subfields.length > 0) {
      const shape = (schemaAt(schema, issue.path) as z.ZodObject).shape as Record<string, z.ZodType>;
      const required = subfields.filter((name) => !(shape[name] instanceof z.ZodOptional || shape[name] instanceof z.ZodDefault));
      const shown = (required.length ? required : subfields.slice(0, 2)).slice(0, 3);
      const last = issue.path.at(-1);
      // No field name to put the fields under: the whole frontmatter, or an item of a list (figures).
      if (last === undefined) return `gevonden: ${describeFound(found)} in plaats van velden; verwacht de velden elk op een eigen regel, zoals ${shown.map((name) => `"${name}: …"`).join(' en ')}`;
      if (typeof last === 'number') {
        const item = `item ${last + 1} van ${String(issue.path.at(-2))}`;
        const lines = shown.map((name, i) => `"${i === 0 ? '  - ' : '    '}${name}: …"`).join(' en ');
        return `gevonden: ${found === null ? `een leeg ${item}` : `${describeFound(found)} als ${item}`}; verwacht ${list(shown)} op eigen regels, het eerste achter "- ", zoals ${lines}`;
      }
      const example = field === 'image' ? '"  src: ./foto.jpg" en "  alt: wat er op de foto te zien is"' : shown.map((name) => `"  ${name}: …"`).join(' en ');
      if (found === null) {
        // Sub-fields written at the top level below this empty field: they lost their indentation.
        const topLevel = fieldsOf(schemaAt(schema, []));
        const below = issue.path.length === 1 && typeof data === 'object' && data !== null ? Object.keys(data).slice(Object.keys(data).indexOf(field) + 1) : [];
        const loose = below.filter((key) => subfields.includes(key) && !topLevel.includes(key));
        if (loose.length) return `gevonden: ${field}: zonder velden eronder (${list(loose)} ${loose.length === 1 ? 'staat' : 'staan'} niet ingesprongen); verwacht ${list(loose)} onder ${field}, met twee spaties ervoor, zoals ${example}`;
        return `gevonden: ${field}: zonder velden eronder; verwacht ${list(shown)} op eigen regels onder ${field}, met twee spaties ervoor, zoals ${example}`;
      }
      // A web address where a field with a url belongs (source: https://…): told as the url, with the rest beside it (helper-42: it
      // was put under name, and passed as the source's name).
      if (typeof found === 'string' && subfields.includes('url') && /^\s*(https?:\/\/|www\.)\S+\s*$/i.test(found)) {
        const others = shown.filter((name) => name !== 'url');
        const address = found.trim().replace(/^www\./i, 'https://www.');
        return `gevonden: het webadres ${describeFound(found)} direct achter ${field}:; verwacht het onder ${field} als url, met twee spaties ervoor: "  url: ${address}"${others.length ? `, en daarbij ${others.map((name) => `"  ${name}: …"`).join(' en ')}` : ''}`;
      }
      // A name with an e-mail address (contact: Jan de Vries <jan@…>, as a mail program writes it): told as the fields, filled in;
      // where the field holds no e-mail address (a project's contact person), that it is left out (helper-42).
      const mail = typeof found === 'string' ? /<?([^\s<>,;()]+@[^\s<>,;()]+\.\p{L}{2,})>?/u.exec(found) : null;
      if (mail && typeof found === 'string' && (subfields.includes('email') || subfields.includes('name'))) {
        const name = subfields.includes('name') ? found.replace(mail[0], ' ').replace(/^[\s,;:()–-]+|[\s,;:()–-]+$/g, '').replace(/\s+/g, ' ') : '';
        const hasEmail = subfields.includes('email');
        const lines = [...(name ? [`"  name: ${name}"`] : []), ...(hasEmail ? [`"  email: ${mail[1]}"`] : [])];
        const what = name && hasEmail ? 'de naam en het e-mailadres elk' : name ? 'de naam' : 'het e-mailadres';
        return `gevonden: ${describeFound(found)} direct achter ${field}:; verwacht ${what} op een eigen regel onder ${field}, met twee spaties ervoor: ${lines.join(' en ')}${hasEmail ? '' : ` (een e-mailadres heeft ${field} hier niet: alleen ${list(subfields)})`}`;
      }
      return `gevonden: ${describeFound(found)} direct achter ${field}:; verwacht ${list(shown)} op eigen regels onder ${field}, met twee spaties ervoor, zoals ${example}`;
    }
  }
  if (issue.code === 'invalid_value' && typeof found === 'string') {
    // Several choices where one belongs (category: beleid, arbeidsmarkt): not "bedoelde je" the last of them (helper-42).
    const several = found.split(/\s*(?:[,;/]|\sen\s)\s*/).filter(Boolean);
    if (several.length > 1 && several.every((choice) => issue.values.map(String).includes(choice))) {
      return `gevonden: ${describeFound(found)}, ${several.length} waarden; verwacht er één: ${several.map((choice) => `${field}: ${choice}`).join(' of ')}`;
    }
    return `gevonden: ${describeFound(found)}; ${expected}${didYouMean(found, issue.values.map(String))}`;
  }
  // A number or a date as the file writes it: YAML reads `title: 10.000` as 10, and `2023-11-29 10:30:00 +01:00` as
  // 09:30 in UTC, which the editor never typed (and would have been told to write between quotes).
  const shown = (typeof found === 'number' || found instanceof Date) && written !== undefined ? written : describeFound(found);
  // Text written as a date or a number is read as one (author: 2023-11-29), as the site reads it too (helper-55).
  if (issue.code === 'invalid_type' && expected.startsWith('verwacht tekst') && (found instanceof Date || typeof found === 'number')) {
    return quoteTextMessage(field, shown, found instanceof Date ? 'datum' : 'getal');
  }
  return `gevonden: ${shown}; ${expected}`;
}

/** Text that YAML reads as a date or a number unless it stands between quotes. */
export function quoteTextMessage(field: string, shown: string, readAs: 'datum' | 'getal'): string {
  return `gevonden: ${shown}, dat zonder aanhalingstekens als ${readAs} gelezen wordt; verwacht tekst: zet de waarde tussen aanhalingstekens, ${field}: "${shown}"`;
}

/** Does the schema have a field at this path? An unknown one is told by the schema's own message, which names the fields it may be. */
export const isKnownAt = (schema: z.ZodType, path: readonly PropertyKey[]): boolean => schemaAt(schema, path) !== undefined;

/** May the field at this path be left out (optional, or with a default)? List items are not fields. */
export function isOptionalAt(schema: z.ZodType, path: readonly PropertyKey[]): boolean {
  const parent = schemaAt(schema, path.slice(0, -1));
  const key = path.at(-1);
  if (!(parent instanceof z.ZodObject) || typeof key !== 'string') return false;
  const field = (parent.shape as Record<string, z.ZodType>)[key];
  return field instanceof z.ZodOptional || field instanceof z.ZodDefault;
}

/** The values a choice field allows (category, status), or undefined for a free field. */
export function choicesAt(schema: z.ZodType, path: readonly PropertyKey[]): string[] | undefined {
  const field = schemaAt(schema, path);
  return field instanceof z.ZodEnum ? (field.options as string[]) : undefined;
}

/** Does the field at this path hold a number (a key figure's value, a count)? */
export const expectsNumber = (schema: z.ZodType, path: readonly PropertyKey[]): boolean => schemaAt(schema, path) instanceof z.ZodNumber;
/** Does the field at this path take text? */
export const expectsText = (schema: z.ZodType, path: readonly PropertyKey[]): boolean => schemaAt(schema, path) instanceof z.ZodString;
/** Does the field take whole numbers only (z.number().int())? */
export const expectsWholeNumber = (schema: z.ZodType, path: readonly PropertyKey[]): boolean => {
  const field = schemaAt(schema, path);
  return field instanceof z.ZodNumber && field.isInt;
};

/** A number written with a point or comma before exactly three digits (1.200, 12,500): thousands or a decimal? */
const THOUSANDS = /^["']?(-?)(\d{1,3})([.,])(\d{3})["']?$/;
/** Several groups (1.200.000): only thousands can be meant. */
const GROUPS = /^["']?-?\d{1,3}([.,]\d{3}){2,}["']?$/;

/** A number as YAML takes it (1234.5: no grouping), and one rounded to the two decimals a page shows. */
const PLAIN_NUMBER = new Intl.NumberFormat('en-US', { useGrouping: false, maximumFractionDigits: 20 });
const TWO_DECIMALS = new Intl.NumberFormat('en-US', { useGrouping: false, maximumFractionDigits: 2 });

/**
 * The message for a number that is read one way and may be meant another: YAML reads 1.200 as 1.2
 * (a point is the decimal sign), while a Dutch reader writes twelve hundred so. Asked, never guessed.
 */
export function ambiguousNumberMessage(field: string, written: string, wholeOnly = false): string | undefined {
  // Another base or a power of ten (0x1F, 0o17, 1e9) is read as a number the editor never typed (helper-58).
  const coded = /^[-+]?(?:0[box][0-9a-f_]+|[0-9.]+e[-+]?[0-9]+)$/i.test(written) ? (written.startsWith('-') ? -1 : 1) * Number(written.replace(/^[-+]/, '')) : undefined;
  if (coded !== undefined && Number.isFinite(coded)) {
    return `gevonden: ${written}, een getal in een schrijfwijze die de site omrekent naar ${PLAIN_NUMBER.format(coded)}; verwacht het getal in gewone cijfers, zoals ${field}: ${PLAIN_NUMBER.format(coded)}`;
  }
  // More digits than a number keeps exactly: the page showed 123.456.789.012.345.680.000.000.000.000.
  if ((/^[-+]?(\d+)/.exec(written)?.[1]?.length ?? 0) > 15) return `gevonden: ${written}, een getal van meer dan 15 cijfers, dat de site niet precies kan bewaren; verwacht een kleiner getal, bijvoorbeeld in duizenden of miljoenen (zeg dat dan in de eenheid)`;
  if (GROUPS.test(written)) {
    const digits = written.replace(/["'.,]/g, '');
    return `gevonden: ${written}, met punten of komma's tussen de duizendtallen; verwacht het getal zonder punten en komma's: ${field}: ${digits}`;
  }
  const match = THOUSANDS.exec(written);
  // 0.500 has no thousands to group: it can only be a decimal, which is how it is read.
  if (!match || /^0/.test(match[2]!)) return undefined;
  const [, sign = '', whole = '', , fraction = ''] = match;
  const thousands = `${sign}${whole}${fraction}`;
  const shown = written.replace(/["']/g, '');
  // A field of whole numbers (a count of partners) has no decimal reading to offer (helper-51: "of partnerCount: 1.2").
  if (wholeOnly) return `gevonden: ${shown}, met een punt of komma voor de duizendtallen; verwacht het hele getal zonder punt: ${field}: ${thousands}`;
  // Three decimals are what was written, and refused again: offered as the page shows them, with two (helper-58). Fewer
  // stay as they are.
  const exact = `${sign}${whole}.${fraction.replace(/0+$/, '') || '0'}`.replace(/\.0$/, '');
  const decimal = TWO_DECIMALS.format(exact as Intl.StringNumericLiteral);
  const minus = sign ? 'min ' : '';
  const asThousands = `${minus}${wholeInWords(Number(whole + fraction))}`;
  const asDecimal = `${minus}${decimalInWords(whole, fraction)}`;
  const rounded = decimal === exact ? '' : ' (de site toont twee cijfers achter de komma)';
  return `gevonden: ${shown}, dat ${asThousands} of ${asDecimal} kan zijn; verwacht ${field}: ${thousands} als je ${asThousands} bedoelt (zonder punt voor duizendtallen), of ${field}: ${decimal} als je ${asDecimal} bedoelt${rounded}`;
}

/** The value at a path of the frontmatter (figures, 1, label), or undefined. */
export function valueAt(data: unknown, path: readonly PropertyKey[]): unknown {
  let value = data;
  for (const key of path) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<PropertyKey, unknown>)[key];
  }
  return value;
}

/**
 * A field of the file itself written inside an item of a list or under another field (figures[2].contact): indented or
 * dashed too far (helper-73). Not where the file has that field already, nor where it belongs there too.
 */
export function fileFieldWithin(schema: z.ZodType, parentPath: readonly PropertyKey[], key: string, data: unknown): boolean {
  const atTop = typeof data === 'object' && data !== null && key in data;
  return parentPath.length > 0 && !atTop && fieldsOf(schemaAt(schema, [])).includes(key) && !fieldsOf(schemaAt(schema, parentPath)).includes(key);
}

/** A field the schema does not have: a sub-field that lost its indentation, or a typo, with the nearest name. */
export function unknownFieldMessage(schema: z.ZodType, parentPath: readonly PropertyKey[], key: string, data: unknown): string {
  if (parentPath.length === 0) {
    const parent = parentOf(schema, key, data);
    if (parent?.item) return `gevonden: ${key} zonder inspringen, los van de lijst ${parent.field} erboven; verwacht ${key} in het laatste item van ${parent.field}, precies onder de andere velden ervan`;
    if (parent) return `gevonden: ${key} zonder inspringen, los van ${parent.field} erboven; verwacht ${key} onder ${parent.field}, met twee spaties ervoor`;
  }
  if (fileFieldWithin(schema, parentPath, key, data)) {
    const inItem = typeof parentPath.at(-1) === 'number';
    const where = inItem ? `in een item van de lijst ${String(parentPath.findLast((k) => typeof k === 'string'))}` : `ingesprongen onder ${String(parentPath.at(-1))}`;
    // The item's first field has the item's dash on its line.
    const item = valueAt(data, parentPath);
    const dashed = inItem && typeof item === 'object' && item !== null && Object.keys(item)[0] === key;
    const own = fieldsOf(schemaAt(schema, [key])).length > 0 ? ', met de velden eronder twee spaties ver' : '';
    return `gevonden: ${key} ${where}, maar ${key} is een veld van het bestand zelf; verwacht ${key}: helemaal links, zonder ${dashed ? 'streepje en ' : ''}spaties ervoor${own}`;
  }
  const known = fieldsOf(schemaAt(schema, parentPath));
  const hint = misspeltField(schema, parentPath, key, data);
  const dutch = hint === undefined ? undefined : dutchNamed(key, [hint]);
  const why = dutch ? `(veldnamen zijn Engels; in de webeditor heet het ${FIELD_LABELS[dutch]})` : '(een tikfout?)';
  // Its own fields too, so one round renames them all (helper-31: bron with naam and datum took two).
  const inside = hint === undefined ? [] : fieldsOf(schemaAt(schema, [...parentPath, hint]));
  const own = inside.length ? `, met de velden ${inside.join(', ')} eronder` : '';
  return `gevonden: het veld "${key}", dat de site niet kent; verwacht ${hint ? `"${hint}"${own} ${why}` : 'een veld uit de lijst'}${known.length ? `; deze velden kan dit bestand hebben: ${known.join(', ')}` : ''}`;
}

/**
 * The known field an unknown one stands for, as its message names it: the field whose Dutch name it is (bron:
 * source, trefwoorden: tags), or the one it is a typo of (catgory: category); none for a sub-field that lost its
 * indentation.
 */
export function misspeltField(schema: z.ZodType, parentPath: readonly PropertyKey[], key: string, data: unknown): string | undefined {
  if (parentPath.length === 0 && parentOf(schema, key, data)) return undefined;
  const fields = fieldsOf(schemaAt(schema, parentPath));
  return dutchNamed(key, fields) ?? closest(key, fields);
}

/** Letters only, in lowercase: "Trefwoorden" and "trefwoorden", "Startdatum" and "start-datum" alike. */
const lettersOf = (text: string) => text.toLowerCase().replace(/[^\p{L}]+/gu, '');

/**
 * The field of `fields` whose Dutch name (FIELD_LABELS, as the web editor shows it) `key` is, whole or its first
 * word: bron for source, samenvatting for description, trekkende for lead; or the last part of a one-word name of
 * five letters or more: datum for date (Publicatiedatum, helper-33). Only the names a field has everywhere:
 * "Datum bij de bron" is no name of a news item's date (helper-31). Also a word editors use for it (FIELD_SYNONYMS:
 * waarde for value).
 */
function dutchNamed(key: string, fields: readonly string[]): string | undefined {
  const written = lettersOf(key);
  return fields.find((field) => {
    const label = FIELD_LABELS[field];
    if (label === undefined) return false;
    const lastPart = !label.includes(' ') && written.length >= 5 && lettersOf(label).endsWith(written);
    return lastPart || [label, label.split(' ')[0]!, ...(FIELD_SYNONYMS[field] ?? [])].some((dutch) => lettersOf(dutch) === written);
  });
}

/**
 * The known name an editor most likely meant, or undefined when none is close: the same name in other
 * capitals (Charlois), a typo (lauren → laurens), or a name that holds the other as whole words
 * (laurens-zorg → laurens, rotterdam → gemeente-rotterdam). A name far from all gets no hint.
 */
export function closest(id: string, candidates: readonly string[]): string | undefined {
  const sameLetters = candidates.find((candidate) => candidate !== id && candidate.toLowerCase() === id.toLowerCase());
  if (sameLetters) return sameLetters;
  let best: string | undefined;
  let bestDistance = Math.max(2, Math.floor(id.length / 3)) + 1;
  for (const candidate of candidates) {
    const d = distance(id, candidate);
    if (d < bestDistance) [best, bestDistance] = [candidate, d];
  }
  return best ?? containing(id, candidates);
}

/** "; bedoelde je "laurens"?" for the closest name, with a word on capitals where only those differ; '' when none is close. */
export function didYouMean(value: string, candidates: readonly string[]): string {
  const synonym = CHOICE_SYNONYMS[value.trim().toLowerCase()];
  const hint = synonym !== undefined && candidates.includes(synonym) ? synonym : closest(value, candidates);
  if (!hint) return '';
  return `; bedoelde je "${hint}"?${hint.toLowerCase() === value.toLowerCase() ? ' (hoofdletters tellen)' : ''}`;
}

/**
 * The candidate that holds the id as whole words, or is held by it (words of at least four letters): also the
 * same words with other capitals and separators ("WMO Radar" for wmo-radar), too far apart letter by letter.
 */
function containing(id: string, candidates: readonly string[]): string | undefined {
  const words = (text: string) => text.toLowerCase().split(/[-_\s]+/).filter(Boolean);
  const holds = (outer: string[], inner: string[]) => inner.join('').length >= 4 && outer.some((_, i) => inner.every((word, j) => outer[i + j] === word));
  const own = words(id);
  const matches = candidates.filter((candidate) => holds(words(candidate), own) || holds(own, words(candidate)));
  // Of several, the one nearest in length to what was written.
  return matches.sort((a, b) => Math.abs(a.length - id.length) - Math.abs(b.length - id.length))[0];
}

/** Longer than any figure written as people write it ("ongeveer € 1.234.567,89 miljoen" is 31). */
const FIGURE_MAX = 60;

const SCALE: Record<string, number> = { miljoen: 1_000_000, mln: 1_000_000, miljard: 1_000_000_000, duizend: 1000, k: 1000 };

// A number in Dutch notation in both: dots between thousands (12.500) or none, a comma before the decimals.
const AMOUNT = /^\s*(€|eur(?:o)?\b)?\s*(-?\d{1,3}(?:\.\d{3})+|-?\d+)(?:,(\d+)|,-)?\s*(miljoen|mln\.?|miljard|duizend|k)?\s*(€|euro|eur)?\s*$/i;
const MEASURE = /^\s*(-?\d{1,3}(?:\.\d{3})+|-?\d+)(?:,(\d+))?\s+(\p{L}[\p{L}\s-]*?)\s*$/u;

/** A number with a word that makes it approximate, before it (ongeveer 30, ruim 1.200) or a + after it (30+). */
const APPROXIMATE = /^\s*(?:(ongeveer|ca\.?|circa|ruim|bijna|meer dan|minder dan|zo'n|rond|±)\s*(\d{1,3}(?:\.\d{3})+|\d+)(?:,(\d+))?|(\d{1,3}(?:\.\d{3})+|\d+)(?:,(\d+))?\s*(\+))\s*$/i;

/** The number and the word of an approximate figure, which belongs in the label (helper-39), or undefined. */
export function approximate(text: string): { value: number; word: string } | undefined {
  const about = text.length > FIGURE_MAX ? null : APPROXIMATE.exec(text);
  if (!about) return undefined;
  return about[1] ? { value: dutchValue(about[2]!, about[3]), word: about[1].toLowerCase() } : { value: dutchValue(about[4]!, about[5]), word: 'meer dan' };
}

/** The value of a number in Dutch notation: its whole part and its decimals. */
const dutchValue = (whole: string, decimals = '0') => Number(`${whole.replaceAll('.', '')}.${decimals}`);

/**
 * A figure written as people write it (helper-37): an amount ("€ 1,5 miljoen", "12.500 euro") or a number with its
 * unit ("45 personen", "1.200 deelnemers"), read in Dutch notation (a comma for decimals, dots between thousands), as
 * the value and unit fields want it. Undefined when the text is neither.
 */
export function amountOrMeasure(text: string): { what: string; value: number; unit?: string; unitWhat?: string } | undefined {
  // No figure is longer; and AMOUNT's optional parts between runs of spaces take cubic time on a long value (helper-40).
  if (text.length > FIGURE_MAX) return undefined;
  const amount = AMOUNT.exec(text);
  const scale = SCALE[(amount?.[4] ?? '').toLowerCase().replace('.', '')];
  const value = amount ? Math.round(dutchValue(amount[2]!, amount[3]) * (scale ?? 1) * 100) / 100 : 0;
  // An amount says it is money, before or after the number (€ 12.500,-).
  if (amount && (amount[1] !== undefined || amount[5] !== undefined)) return { what: 'een bedrag', value, unit: 'euro', unitWhat: 'euro' };
  // "1,5 miljoen" without a currency: the number in figures; the unit is what the item says.
  if (amount && scale) return { what: `een getal met ${amount[4]} erachter`, value };
  // A scale word after the number (12 miljoen) is AMOUNT's, read above.
  const measure = MEASURE.exec(text);
  if (measure) {
    return { what: 'een getal met een woord erachter', value: dutchValue(measure[1]!, measure[2]), unit: measure[3]!, unitWhat: 'het woord' };
  }
  return undefined;
}
