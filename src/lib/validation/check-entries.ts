/**
 * Validates a whole content tree at once and reports every problem, not the first:
 * file names, frontmatter against the schemas, references between entries, and
 * the rules that span a collection (the fourteen areas, reserved page ids).
 * Pure: it gets file texts and returns problems, so it is tested without a build.
 */
import { walkValues } from './walk-values.ts';
import { z } from 'astro/zod';
import { anExisting, AREAS, COLLECTION_LABEL, COLLECTIONS, FOOTER_PAGES, NETWORK_FILES, NUMERIC_ID, RESERVED_IDS, RESERVED_PREFIX, SLUG_PATTERN, type CollectionName } from '../content-model.ts';
import { entryUrl } from '../urls.ts';
import { buildSchemas, type Schemas } from '../schemas.ts';
import { slugify } from '../slug.ts';
import { isPlaceholder } from './placeholder.ts';
import { carriesImageMarker, IMAGE_MARKER_EXPECTED } from '../image-marker.ts';
import { ambiguousNumberMessage, choicesAt, didYouMean, expectsNumber, expectsText, expectsWholeNumber, fieldMessage, fileFieldWithin, loosenedFromLastItem, quoteTextMessage, valueAt, isKnownAt, isOptionalAt, misspeltField, unknownFieldMessage } from './field-messages.ts';
import { describeFound, type Problem } from './problem.ts';
import { readSourceFile, type SourceFile } from './source-file.ts';
import { readAsTimestamp } from './astro-yaml.ts';

export interface ContentFile {
  collection: CollectionName;
  /** Path relative to the repository, for messages. */
  path: string;
  text: string;
}

export interface CheckedEntry {
  collection: CollectionName;
  id: string;
  path: string;
  /** Frontmatter after validation (dates as Date), or undefined when invalid. */
  data: Record<string, unknown> | undefined;
  /**
   * Every field that is valid on its own, also when another field is not: the
   * checks across fields and files (tag labels, photos, spelling) run on these,
   * so one broken field hides nothing else in the file.
   */
  fields: Record<string, unknown>;
  draft: boolean;
  source: SourceFile;
}

export interface CheckResult {
  problems: Problem[];
  entries: CheckedEntry[];
}

export function idOf(path: string): string {
  const name = path.slice(path.lastIndexOf('/') + 1);
  return name.slice(0, name.lastIndexOf('.') === -1 ? undefined : name.lastIndexOf('.'));
}

export function checkEntries(files: readonly ContentFile[]): CheckResult {
  const problems: Problem[] = [];
  const entries: CheckedEntry[] = files.map((file) => {
    const source = readSourceFile(file.text, file.path.endsWith('.yaml'));
    const draft = isRecord(source.data) && source.data.draft === true;
    return { collection: file.collection, id: idOf(file.path), path: file.path, data: undefined, fields: {}, draft, source };
  });

  const ids = indexIds(entries, problems);
  const schemasFor = { published: buildSchemas(refTo(ids, false)), draft: buildSchemas(refTo(ids, true)) };

  for (const entry of entries) {
    problems.push(...entry.source.problems.map((p) => ({ file: entry.path, ...p })));
    if (!entry.source.readable) continue;
    const schemas: Schemas = entry.draft ? schemasFor.draft : schemasFor.published;
    const schema = schemas[entry.collection];
    const placeholders = [...imageMarkers(entry), ...placeholderProblems(entry, schema), ...ambiguousNumbers(entry, schema), ...impossibleDaysAsText(entry, schema)];
    problems.push(...placeholders);
    const result = schema.safeParse(entry.source.data);
    if (result.success) {
      entry.data = result.data as Record<string, unknown>;
      entry.fields = entry.data;
    } else {
      // A placeholder (or a number that may mean two things) is reported once, even where the schema also refuses it; and a line
      // whose YAML mistake is already told (a value cut off at #) does not get a second, vaguer message.
      const reported = new Set(placeholders.map((p) => p.field));
      const toldLines = new Set(entry.source.problems.map((p) => p.line));
      const elsewhere = wrongFolder(entry, result.error.issues, schemas);
      if (elsewhere) problems.push(elsewhere);
      else problems.push(...issuesToProblems(entry, result.error.issues, schema).filter((p) => !reported.has(p.field) && !toldLines.has(p.line)));
      entry.fields = validFields(schema, entry.source.data);
    }
  }

  problems.push(...checkAreas(entries), ...checkFooterPages(entries), ...checkReservedIds(entries));
  return { problems, entries };
}

/**
 * A file in the wrong folder (helper-33: a news item in content/projects/ was told five fields it should not have):
 * two or more of its fields unknown here, and every field one of another collection's. Told once, as the folder.
 */
function wrongFolder(entry: CheckedEntry, issues: readonly z.core.$ZodIssue[], schemas: Schemas): Problem | undefined {
  const unknown = issues.flatMap((i) => (i.code === 'unrecognized_keys' && i.path.length === 0 ? i.keys : []));
  const data = entry.source.data;
  if (unknown.length < 2 || !isRecord(data)) return undefined;
  const fits = COLLECTIONS.filter((c) => c !== entry.collection && Object.keys(data).every((key) => isKnownAt(schemas[c], [key])));
  if (fits.length !== 1) return undefined;
  const [meant] = fits as [CollectionName];
  const folder = entry.path.slice(0, entry.path.lastIndexOf('/', entry.path.lastIndexOf('/') - 1) + 1);
  return {
    file: entry.path,
    line: 1,
    field: 'bestand',
    message: `gevonden: de velden van een ${COLLECTION_LABEL[meant].one} (${unknown.join(', ')}) in ${folder}${entry.collection}/; verwacht dit bestand in ${folder}${meant}/`,
  };
}

/** Ids per collection, with drafts apart; reports bad file names and duplicate ids. */
function indexIds(entries: readonly CheckedEntry[], problems: Problem[]) {
  const all = new Map<CollectionName, Map<string, CheckedEntry>>();
  for (const entry of entries) {
    if (!SLUG_PATTERN.test(entry.id)) {
      problems.push({
        file: entry.path,
        line: 1,
        field: 'bestandsnaam',
        message: `gevonden: "${entry.id}"; verwacht een bestandsnaam van kleine letters, cijfers en streepjes, zoals "${slugify(entry.id) || 'mijn-bericht'}"`,
      });
    }
    const seen = all.get(entry.collection) ?? new Map<string, CheckedEntry>();
    const twin = seen.get(entry.id);
    if (twin) {
      // Told on both: which one is new only the editor knows, and a pull request's own file must carry it (helper-34).
      for (const [file, other] of [[twin.path, entry.path], [entry.path, twin.path]] as const) {
        problems.push({
          file,
          line: 1,
          field: 'bestandsnaam',
          message: `gevonden: de bestandsnaam "${entry.id}", die ${other} ook heeft; verwacht een eigen bestandsnaam voor ${COLLECTION_LABEL[entry.collection].het ? 'elk' : 'elke'} ${COLLECTION_LABEL[entry.collection].one}`,
        });
      }
    } else seen.set(entry.id, entry);
    all.set(entry.collection, seen);
  }
  return all;
}

/**
 * The file name the check tells an entry's file to take, where it tells one: a name with capitals or spaces in the
 * site's form (Delfshaven.md: delfshaven), a network's file in its area's name (netwerk-charlois.md with area
 * Charlois: charlois). References and links to that name are right once the file is renamed, so they are not told
 * too (helper-42: eight files were told to point at netwerk-charlois instead).
 */
export function toldName(entry: Pick<CheckedEntry, 'collection' | 'id' | 'source'>): string | undefined {
  if (!SLUG_PATTERN.test(entry.id)) return slugify(entry.id) || undefined;
  if (entry.collection !== 'networks' || NETWORK_FILES.has(entry.id)) return undefined;
  const area = isRecord(entry.source.data) ? entry.source.data.area : undefined;
  return [...NETWORK_FILES].find(([, named]) => named === area)?.[0];
}

/** A reference must name an existing entry; a published entry may not point at a draft. */
function refTo(ids: Map<CollectionName, Map<string, CheckedEntry>>, fromDraft: boolean) {
  return (collection: CollectionName) => {
    const name = `de bestandsnaam (zonder ${collection === 'organisations' ? '.yaml' : '.md'}) van ${anExisting(collection)}`;
    return z.string({ error: `verwacht ${name}` }).superRefine((id, ctx) => {
      const target = ids.get(collection)?.get(id);
      // The name a misnamed file is told to take (Delfshaven.md: delfshaven): once it is renamed the reference is right.
      const renamed = () => [...(ids.get(collection)?.values() ?? [])].some((other) => toldName(other) === id);
      if (!target && renamed()) return;
      if (!target) {
        ctx.addIssue({ code: 'custom', message: `verwacht ${name} in content/${collection}/${didYouMean(id, [...(ids.get(collection)?.keys() ?? [])])}` });
      } else if (target.draft && !fromDraft) {
        ctx.addIssue({ code: 'custom', message: `verwacht een gepubliceerd${COLLECTION_LABEL[collection].het ? '' : 'e'} ${COLLECTION_LABEL[collection].one}, maar ${target.path} is een concept (draft: true): publiceer dat eerst of haal de verwijzing weg` });
      }
    });
  };
}

function issuesToProblems(entry: CheckedEntry, issues: readonly z.core.$ZodIssue[], schema: z.ZodType): Problem[] {
  const data = entry.source.data;
  // A value of the wrong kind (text where a list belongs) is told once: its length says nothing then.
  const wrongKind = new Set(issues.filter((i) => i.code === 'invalid_type').map((i) => fieldName(i.path)));
  // A misspelt field is told as the one it resembles ("categorie": bedoelde je category), not also as that field missing.
  const misspelt = new Set(
    issues.flatMap((i) => (i.code === 'unrecognized_keys' ? i.keys.flatMap((key) => [misspeltField(schema, i.path, key, data)].filter((hint) => hint !== undefined).map((hint) => fieldName([...i.path, hint]))) : [])),
  );
  // An item that holds only a field of the file itself ("  - contact:" under figures) is told as that, not as an item missing its fields.
  const fileFieldsOnly = (itemPath: readonly PropertyKey[]) => {
    const item = valueAt(data, itemPath);
    return isRecord(item) && Object.keys(item).length > 0 && Object.keys(item).every((key) => fileFieldWithin(schema, itemPath, key, data));
  };
  const explained = (issue: z.core.$ZodIssue) =>
    issue.code !== 'unrecognized_keys' && valueAt(data, issue.path) === undefined && (misspelt.has(fieldName(issue.path)) || fileFieldsOnly(issue.path.slice(0, -1)) || loosenedFromLastItem(schema, issue.path, data));
  return issues.filter((issue) => !explained(issue) && (issue.code === 'invalid_type' || !wrongKind.has(fieldName(issue.path)))).flatMap((issue) => {
    if (issue.code === 'unrecognized_keys') {
      return issue.keys.map((key) => {
        const path = [...issue.path, key];
        return { file: entry.path, line: entry.source.lineOf(path), field: fieldName(path), message: unknownFieldMessage(schema, issue.path, key, data) };
      });
    }
    const message = fieldMessage(issue, valueAt(data, issue.path), schema, data, entry.source.writtenAt(issue.path));
    return [{ file: entry.path, line: entry.source.lineOf(issue.path), field: fieldName(issue.path), message }];
  });
}

/** The fields that pass their own schema, with their parsed values (dates as Date). */
function validFields(schema: z.ZodType, data: unknown): Record<string, unknown> {
  if (!(schema instanceof z.ZodObject) || !isRecord(data)) return {};
  const fields: Record<string, unknown> = {};
  for (const [key, field] of Object.entries(schema.shape as Record<string, z.ZodType>)) {
    const result = field.safeParse(data[key]);
    if (result.success && result.data !== undefined) fields[key] = result.data;
  }
  return fields;
}

/**
 * Every "[VUL IN …]" that `npm run new` left in the frontmatter, at any depth
 * (a nested field, an item of a list): never published, even where the text
 * would otherwise pass as a valid value.
 */
function placeholderProblems(entry: CheckedEntry, schema: z.ZodType): Problem[] {
  const problems: Problem[] = [];
  walkValues(entry.source.data, (value, path) => {
    // Under a field the site does not know, filling in is not what to do first: the unknown field is told instead.
    if (!isKnownAt(schema, path)) return false;
    if (!isPlaceholder(value)) return true;
    // Leaving a field out is a way out only where the field may be left out.
    const orElse = typeof path.at(-1) === 'number' ? ', of haal die regel uit de lijst weg' : isOptionalAt(schema, path) ? ', of haal dit veld helemaal weg (het mag ontbreken)' : '';
    const choices = choicesAt(schema, path);
    const own = choices ? `één van: ${choices.join(', ')},` : 'je eigen tekst';
    problems.push({ file: entry.path, line: entry.source.lineOf(path), field: fieldName(path), message: `gevonden: ${describeFound(value)}, nog niet ingevuld; verwacht ${own} in plaats van [VUL IN …]${orElse}` });
    return false;
  });
  return problems;
}

/**
 * Every value or field name that carries Astro's image marker, at any depth and under any field, known or not: Astro's
 * content store imports such a string as a file, whatever the schema makes of it (image-marker.ts; helper-47).
 */
function imageMarkers(entry: CheckedEntry): Problem[] {
  const problems: Problem[] = [];
  walkValues(entry.source.data, (value, path) => {
    const key = path.at(-1);
    const what = typeof key === 'string' && carriesImageMarker(key) ? `het veld ${describeFound(key)}` : typeof value === 'string' && carriesImageMarker(value) ? describeFound(value) : undefined;
    if (what === undefined) return true;
    problems.push({ file: entry.path, line: entry.source.lineOf(path), field: fieldName(path), message: `gevonden: ${what}; ${IMAGE_MARKER_EXPECTED}` });
    return false;
  });
  return problems;
}

/**
 * Every number written as 1.200 or 12,500: YAML reads the first as 1.2, and passes it, while a Dutch
 * reader meant twelve hundred. Read from the file as written, since the value has lost the zeros.
 */
function ambiguousNumbers(entry: CheckedEntry, schema: z.ZodType): Problem[] {
  const problems: Problem[] = [];
  walkValues(entry.source.data, (value, path) => {
    if ((typeof value === 'number' || typeof value === 'string') && expectsNumber(schema, path)) {
      const message = ambiguousNumberMessage(String(path.at(-1)), entry.source.writtenAt(path) ?? '', expectsWholeNumber(schema, path));
      if (message) problems.push({ file: entry.path, line: entry.source.lineOf(path), field: fieldName(path), message });
    }
    return true;
  });
  return problems;
}

/**
 * A day that does not exist, unquoted in a text field (statusNote: 2024-06-31): the check keeps it as text, but Astro
 * reads it as a date (1 July) and stops the build with its English error where text belongs. Told as any text read as a date.
 */
function impossibleDaysAsText(entry: CheckedEntry, schema: z.ZodType): Problem[] {
  const problems: Problem[] = [];
  walkValues(entry.source.data, (value, path) => {
    // Written as it reads, so without quotes around it.
    if (typeof value === 'string' && entry.source.writtenAt(path) === value && readAsTimestamp(value) && expectsText(schema, path)) {
      problems.push({ file: entry.path, line: entry.source.lineOf(path), field: fieldName(path), message: quoteTextMessage(String(path.at(-1)), value, 'datum') });
    }
    return true;
  });
  return problems;
}

/**
 * The fourteen areas, each exactly once, in a file named after the area. A file named after an area is that
 * area's file, whatever its field says: a wrong area there is told on that line (helper-33: changing charlois.md
 * to Delfshaven blamed the folder, delfshaven.md and the file's name). A file with another name is told its name,
 * or, where its area has a file already, that it is a fifteenth network.
 */
function checkAreas(entries: readonly CheckedEntry[]): Problem[] {
  const problems: Problem[] = [];
  const networks = entries.filter((e) => e.collection === 'networks');
  const areaOfFile = (id: string) => NETWORK_FILES.get(id);
  const byArea = new Map<string, CheckedEntry>();
  for (const entry of networks) {
    const own = areaOfFile(entry.id);
    if (!own) continue;
    byArea.set(own, entry);
    const area = entry.fields.area;
    if (typeof area === 'string' && area !== own) {
      problems.push({ file: entry.path, line: entry.source.lineOf(['area']), field: 'area', message: `gevonden: "${area}" in het bestand van ${own}; verwacht area: ${own}, want ${entry.id} is het netwerk van ${own}` });
    }
  }
  for (const entry of networks) {
    const area = entry.fields.area;
    if (areaOfFile(entry.id) || typeof area !== 'string') continue;
    const twin = byArea.get(area);
    if (twin) {
      problems.push({ file: entry.path, line: 1, field: 'bestandsnaam', message: `gevonden: een tweede bestand voor ${area}, dat al in ${twin.path} staat; verwacht veertien netwerken, elk in één bestand: zet wat hier nieuw is in ${twin.path} en haal dit bestand weg` });
    } else {
      byArea.set(area, entry);
      // A name in capitals (Delfshaven) is told already, as any file name, with the name to take.
      const toldAsName = !SLUG_PATTERN.test(entry.id) && areaOfFile(slugify(entry.id)) === area;
      if (!toldAsName) problems.push({ file: entry.path, line: 1, field: 'bestandsnaam', message: `gevonden: "${entry.id}"; verwacht "${slugify(area)}", naar het gebied ${area}` });
    }
  }
  const parsedAll = networks.every((e) => e.data);
  const missing = AREAS.filter((area) => !byArea.has(area));
  if (parsedAll && missing.length > 0) {
    const folder = networks[0]?.path.replace(/[^/]+$/, '') ?? 'content/networks/';
    problems.push({
      file: folder,
      line: 1,
      field: 'area',
      message: `gevonden: geen bestand voor ${missing.join(', ')}; verwacht alle veertien gebieden, elk in een eigen bestand`,
    });
  }
  return problems;
}

/** The pages the footer of every page links to: there, and published (FOOTER_PAGES). */
function checkFooterPages(entries: readonly CheckedEntry[]): Problem[] {
  const pages = entries.filter((e) => e.collection === 'pages');
  const folder = pages[0]?.path.replace(/[^/]+$/, '') ?? 'content/pages/';
  return FOOTER_PAGES.flatMap(({ id, label }): Problem[] => {
    const url = entryUrl('pages', id);
    const page = pages.find((e) => e.id === id);
    if (!page) return [{ file: `${folder}${id}.md`, line: 1, field: 'bestand', message: `gevonden: geen ${folder}${id}.md; verwacht deze pagina (${label}), want de voettekst van elke pagina linkt naar ${url}: zet het bestand terug, of maak het opnieuw met npm run new` }];
    if (page.draft) return [{ file: page.path, line: page.source.lineOf(['draft']), field: 'draft', message: `gevonden: draft: true; verwacht deze pagina gepubliceerd (draft: false, of haal de regel weg), want de voettekst van elke pagina linkt naar ${url}` }];
    return [];
  });
}

/** Ids that would take the URL of another page: a section, a list page, a page number, a file of the site. */
export function reservedIdReason(collection: CollectionName, id: string): string | undefined {
  const reserved = RESERVED_IDS[collection] ?? [];
  const prefix = RESERVED_PREFIX[collection];
  const clash = reserved.includes(id) || (collection === 'news' && NUMERIC_ID.test(id)) || (prefix !== undefined && id.startsWith(prefix));
  if (!clash) return undefined;
  const numbered = collection === 'news' && NUMERIC_ID.test(id) ? ` (geen getal: ${entryUrl(collection, id)} is pagina ${id} van het nieuwsoverzicht)` : '';
  return `gevonden: "${id}", maar ${entryUrl(collection, id)} is een adres dat de site zelf gebruikt; verwacht een andere naam${numbered}`;
}

function checkReservedIds(entries: readonly CheckedEntry[]): Problem[] {
  return entries.flatMap((e) => {
    const reason = reservedIdReason(e.collection, e.id);
    return reason ? [{ file: e.path, line: 1, field: 'bestandsnaam', message: reason }] : [];
  });
}

/** `figures[1].value`: dotted, with list positions counted from 1 as editors do. */
export function fieldName(path: readonly PropertyKey[]): string {
  if (path.length === 0) return 'opmaak';
  return path.reduce<string>((name, key) => (typeof key === 'number' ? `${name}[${key + 1}]` : name ? `${name}.${String(key)}` : String(key)), '');
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
