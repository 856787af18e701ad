/**
 * The configuration of the web editor at /beheer/ (Sveltia CMS), generated from
 * the collection schemas like the JSON Schema files and the field tables: one
 * collection per content folder, every field with its Dutch label and hint,
 * required or not, enums as select lists, dates as date pickers, references as
 * relation fields, photos next to the entry. Nothing here is written by hand per
 * field, so the editor cannot drift from what the check accepts.
 */
import { z } from 'astro/zod';
import {
  COLLECTION_LABEL,
  COLLECTIONS,
  EXTENSIONS,
  fieldLabel,
  FIELD_LABELS_SINGULAR,
  LABELS,
  PHOTO_FORMATS,
  SLUG_PATTERN,
  type CollectionName,
} from '../content-model.ts';
import { toJsonSchema } from '../editor-schemas.ts';
import { buildSchemas, imagePath } from '../schemas.ts';
import { entryUrl } from '../urls.ts';

/** The part of JSON Schema the generator reads. */
interface JsonField {
  type?: string;
  description?: string;
  enum?: string[];
  minLength?: number;
  maxLength?: number;
  minimum?: number;
  format?: string;
  pattern?: string;
  default?: unknown;
  items?: JsonField;
  properties?: Record<string, JsonField>;
  required?: string[];
  /** Set by the reference builder below: the collection an id points to. */
  reference?: CollectionName;
  /** Set by the photo source below: the field is a photo file. */
  photo?: boolean;
}

/** A widget and its options, such as { widget: 'select', options: [...] }. */
export type Widget = { widget: string; [option: string]: unknown };
export type CmsField = Widget & { name: string; label: string; required: boolean; hint?: string };

export interface CmsCollection {
  name: CollectionName;
  label: string;
  label_singular: string;
  folder: string;
  extension: string;
  format: string;
  create: boolean;
  delete: boolean;
  identifier_field: string;
  slug: string;
  preview_path: string;
  fields: CmsField[];
  [option: string]: unknown;
}

export interface CmsOptions {
  /** The editor's name on its sign-in screen and browser tab. */
  title: string;
  /** owner/name of the GitHub repository that holds main. */
  repo: string;
  branch: string;
  siteUrl: string;
  /** The content folder, relative to the repository root. */
  contentFolder: string;
  /** Base URL of the OAuth helper (sveltia-cms-auth); without it editors sign in with a token. */
  authUrl?: string;
  /** Tags that have a label: the only values a news item may use. */
  tags: ReadonlyMap<string, string>;
}

/** Schemas in which references and photos say what they are, so the generator can pick the right field. */
const cmsSchemas = buildSchemas(
  (collection) => z.string().regex(SLUG_PATTERN).meta({ reference: collection }),
  () => imagePath().meta({ photo: true }),
);

export function collectionJsonSchema(collection: CollectionName): JsonField {
  return toJsonSchema(cmsSchemas[collection]) as JsonField;
}

/** The field a reference shows: organisations have a name, everything else a title. */
const displayField = (collection: CollectionName) => (collection === 'organisations' ? 'name' : 'title');

/** Reader-facing labels of an enumeration, where the site has them. */
function optionLabels(values: readonly string[]): Record<string, string> | undefined {
  return Object.values(LABELS).find((labels) => values.every((v) => v in labels)) as Record<string, string> | undefined;
}

const options = (values: readonly string[]) => {
  const labels = optionLabels(values);
  return values.map((value) => ({ label: labels?.[value] ?? value, value }));
};

function relation(collection: CollectionName, multiple: boolean) {
  const shown = displayField(collection);
  return { widget: 'relation', collection, value_field: '{{slug}}', search_fields: [shown], display_fields: [shown], multiple };
}

/** The widget and its options for one JSON Schema field. */
function widgetFor(collection: CollectionName, path: string, json: JsonField, context: CmsOptions): Widget {
  if (json.reference) return relation(json.reference, false);
  if (json.photo) return { widget: 'image', choose_url: false, accept: PHOTO_FORMATS.map((format) => `image/${format}`).join(',') };
  if (json.enum) return { widget: 'select', options: options(json.enum) };
  if (json.format === 'date') return { widget: 'datetime', type: 'date', format: 'YYYY-MM-DD' };
  if (json.type === 'boolean') return { widget: 'boolean', default: json.default ?? false };
  if (json.type === 'number' || json.type === 'integer') {
    return { widget: 'number', value_type: json.type === 'integer' ? 'int' : 'float', ...(json.minimum !== undefined && { min: json.minimum }) };
  }
  if (json.type === 'object') return { widget: 'object', fields: fieldsOf(collection, json, context, `${path}.`) };
  if (json.type === 'array') {
    const item = json.items ?? {};
    if (item.reference) return relation(item.reference, true);
    if (item.enum) return { widget: 'select', multiple: true, options: options(item.enum) };
    // A list of slugs that are not references: the tags, chosen from those with a label.
    if (item.pattern) return { widget: 'select', multiple: true, options: [...context.tags].map(([value, label]) => ({ label, value })) };
    const singular = FIELD_LABELS_SINGULAR[path] && { label_singular: FIELD_LABELS_SINGULAR[path] };
    if (item.type === 'object') return { widget: 'list', ...singular, fields: fieldsOf(collection, item, context, `${path}.`) };
    return { widget: 'list', ...singular, field: { name: 'item', label: fieldLabel(collection, path) ?? path, ...widgetFor(collection, path, item, context), required: true } };
  }
  // Text: a line, or a box for longer text; lengths and formats as the check counts them.
  const lengths = { ...(json.minLength !== undefined && { minlength: json.minLength }), ...(json.maxLength !== undefined && { maxlength: json.maxLength }) };
  if (json.format === 'uri') return { widget: 'string', type: 'url', ...lengths };
  if (json.format === 'email') return { widget: 'string', type: 'email', ...lengths };
  return { widget: (json.maxLength ?? 0) >= 300 ? 'text' : 'string', ...lengths };
}

function fieldsOf(collection: CollectionName, json: JsonField, context: CmsOptions, prefix = ''): CmsField[] {
  const required = new Set(json.required ?? []);
  return Object.entries(json.properties ?? {}).map(([name, field]) => {
    const path = `${prefix}${name}`;
    const label = fieldLabel(collection, path);
    if (!label) throw new Error(`Het veld ${collection}.${path} heeft geen Nederlands label in FIELD_LABELS (src/lib/content-model.ts).`);
    return {
      name,
      label,
      ...(field.description && { hint: field.description }),
      ...widgetFor(collection, path, field, context),
      required: required.has(name),
    };
  });
}

/** Organisations are YAML data files; every other collection is Markdown with frontmatter and a body. */
const isDataOnly = (collection: CollectionName) => EXTENSIONS[collection][0] === '.yaml';

export function cmsCollection(collection: CollectionName, context: CmsOptions): CmsCollection {
  const dataOnly = isDataOnly(collection);
  const label = COLLECTION_LABEL[collection];
  const capital = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);
  // Networks are the fourteen areas: an editor corrects them, never adds or removes one.
  const fixedSet = collection === 'networks';
  const fields = fieldsOf(collection, collectionJsonSchema(collection), context);
  if (!dataOnly) {
    fields.push({ name: 'body', label: fieldLabel(collection, 'body')!, widget: 'markdown', required: false, hint: 'De tekst zelf, met tussenkoppen, lijsten en links waar dat helpt.' });
  }
  return {
    name: collection,
    label: capital(label.many),
    label_singular: capital(label.one),
    folder: `${context.contentFolder}/${collection}`,
    extension: dataOnly ? 'yaml' : 'md',
    format: dataOnly ? 'yaml' : 'yaml-frontmatter',
    create: !fixedSet,
    delete: !fixedSet,
    identifier_field: displayField(collection),
    slug: `{{${displayField(collection)}}}`,
    preview_path: entryUrl(collection, '{{slug}}'),
    // Photos and images in the text sit next to the entry and are written as ./foto.jpg, as the image rules ask.
    ...(!dataOnly && { media_folder: '', public_folder: './' }),
    fields,
  };
}

export function cmsConfig(context: CmsOptions) {
  return {
    app_title: context.title,
    site_url: context.siteUrl,
    logo_url: '/favicon.svg',
    backend: {
      name: 'github',
      repo: context.repo,
      branch: context.branch,
      ...(context.authUrl ? { base_url: context.authUrl, auth_methods: ['oauth', 'token'] } : { auth_methods: ['token'] }),
      // Contributors without write access work in a fork; their changes arrive as pull requests.
      open_authoring: true,
      auth_scope: 'public_repo',
      squash_merges: true,
      commit_messages: {
        create: 'Nieuw in {{collection}}: {{slug}}',
        update: 'Bijgewerkt in {{collection}}: {{slug}}',
        delete: 'Verwijderd uit {{collection}}: {{slug}}',
        uploadMedia: 'Foto toegevoegd: {{path}}',
        deleteMedia: 'Foto verwijderd: {{path}}',
        openAuthoring: '{{message}} (via de webeditor, door {{author-login}})',
      },
    },
    // Every change is a pull request (concept → ter beoordeling → klaar), so the check and the preview run on it.
    publish_mode: 'editorial_workflow',
    // Every collection with text keeps its uploads next to the entry (./foto.jpg, as the image rules want).
    // The editor also requires a shared library, with an absolute public path (it refuses ../): content/afbeeldingen/.
    // An image picked from there would be written as /afbeeldingen/…, which the check refuses with the path to write.
    media_folder: 'content/afbeeldingen',
    public_folder: '/afbeeldingen',
    // File names (ids) as the content model wants them: lowercase ASCII with hyphens.
    slug: { encoding: 'ascii', clean_accents: true, sanitize_replacement: '-', lowercase: true, trim: true },
    // An empty optional field is left out, not written as an empty string the check would refuse.
    output: { omit_empty_optional_fields: true },
    collections: COLLECTIONS.map((collection) => cmsCollection(collection, context)),
  };
}

export type CmsConfig = ReturnType<typeof cmsConfig>;
