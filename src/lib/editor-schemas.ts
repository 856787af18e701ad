/**
 * What editors' tools read, derived from the collection schemas so it cannot
 * drift: JSON Schema files for the frontmatter and data files of every
 * collection (VS Code validates and completes with them), and the field
 * tables in CONTRIBUTING.md.
 */
import { z } from 'astro/zod';
import { COLLECTIONS, SLUG_PATTERN, type CollectionName } from './content-model.ts';
import { buildSchemas } from './schemas.ts';

export type JsonSchema = {
  type?: string | string[];
  description?: string;
  enum?: unknown[];
  minLength?: number;
  maxLength?: number;
  format?: string;
  pattern?: string;
  items?: JsonSchema;
  properties?: Record<string, JsonSchema>;
  required?: string[];
  default?: unknown;
  jsonSchema?: unknown;
  [key: string]: unknown;
};

/** References are written as ids: lowercase slugs. */
const editorSchemas = buildSchemas(() => z.string().regex(SLUG_PATTERN));

/** JSON Schema of what an editor writes (the input side); a field's `jsonSchema` meta stands in for what Zod cannot express (dates). */
export function toJsonSchema(schema: z.ZodType): JsonSchema {
  return z.toJSONSchema(schema, {
    io: 'input',
    unrepresentable: 'any',
    override: (ctx) => {
      const json = ctx.jsonSchema as JsonSchema;
      if (json.jsonSchema) Object.assign(json, json.jsonSchema);
      delete json.jsonSchema;
    },
  }) as JsonSchema;
}

export function jsonSchema(collection: CollectionName): JsonSchema {
  return { ...toJsonSchema(editorSchemas[collection]), title: `Frontmatter van content/${collection}/` };
}

export function allJsonSchemas(): Record<CollectionName, JsonSchema> {
  return Object.fromEntries(COLLECTIONS.map((c) => [c, jsonSchema(c)])) as Record<CollectionName, JsonSchema>;
}

/** What a field expects, in words: "tekst, 20–300 tekens", "één van: a, b", "lijst van ids". */
export function expects(field: JsonSchema): string {
  if (field.enum) return `één van: ${field.enum.map((v) => `\`${String(v)}\``).join(', ')}`;
  if (field.format === 'date') return 'datum (JJJJ-MM-DD)';
  if (field.format === 'uri') return 'webadres (https://…)';
  if (field.format === 'email') return 'e-mailadres';
  if (field.type === 'array') {
    const item = field.items ?? {};
    if (item.type === 'object') return `lijst van items met ${Object.keys(item.properties ?? {}).map((k) => `\`${k}\``).join(', ')}`;
    return `lijst; elk item: ${expects(item)}`;
  }
  if (field.type === 'object') return `velden ${Object.keys(field.properties ?? {}).map((k) => `\`${k}\``).join(', ')}`;
  if (field.type === 'boolean') return '`true` of `false`';
  if (field.type === 'number' || field.type === 'integer') return field.type === 'integer' ? 'heel getal' : 'getal';
  if (field.type === 'string') {
    if (field.pattern) return 'bestandsnaam (zonder .md of .yaml): kleine letters, cijfers en streepjes';
    if (field.minLength && field.maxLength && field.maxLength < 10_000) return `tekst, ${field.minLength}–${field.maxLength} tekens`;
    return 'tekst';
  }
  return 'zie beschrijving';
}

/** The Markdown table of a collection's fields: name, required, what it expects, what it means. */
export function fieldTable(collection: CollectionName): string {
  const schema = jsonSchema(collection);
  const required = new Set(schema.required ?? []);
  const rows = Object.entries(schema.properties ?? {}).map(([name, field]) => {
    const cell = (text: string) => text.replace(/\|/g, '\\|');
    return `| \`${name}\` | ${required.has(name) ? '**ja**' : 'nee'} | ${cell(expects(field))} | ${cell(field.description ?? '')} |`;
  });
  return ['| veld | verplicht | verwacht | betekenis |', '| --- | --- | --- | --- |', ...rows].join('\n');
}

const marker = (collection: string, end = false) => `<!-- velden:${collection}:${end ? 'einde' : 'begin'} -->`;

/** The guide with every field table between its markers replaced by the generated one. */
export function withFieldTables(guide: string): string {
  let text = guide;
  for (const collection of COLLECTIONS) {
    const start = text.indexOf(marker(collection));
    const end = text.indexOf(marker(collection, true));
    if (start === -1 || end === -1) throw new Error(`CONTRIBUTING.md mist de markeringen ${marker(collection)} … ${marker(collection, true)}`);
    text = `${text.slice(0, start + marker(collection).length)}\n\n${fieldTable(collection)}\n\n${text.slice(end)}`;
  }
  return text;
}
