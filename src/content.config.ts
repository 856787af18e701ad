/**
 * Astro's content collections, one per folder of the content root (CONTENT_DIR,
 * default `content/`). The schemas come from src/lib/schemas.ts, where the
 * content model is defined once.
 */
import { defineCollection, reference, type SchemaContext } from 'astro:content';
import { glob } from 'astro/loaders';
import type { CollectionName } from './lib/content-model.ts';
import { buildSchemas } from './lib/schemas.ts';
import { contentRoot, entryPattern } from './lib/validation/load-content.ts';
import { skippedInPreview } from './lib/validation/preview-skips.ts';

const root = contentRoot(process.cwd());
/** The schemas with Astro's image() for photos: relative to the entry, optimised by the build. */
const schemasWith = ({ image }: SchemaContext) => buildSchemas((collection) => reference(collection), image);

/** Top-level files of one folder; ids are the file names without extension. In `astro dev`, files with content problems are left out. */
const loader = (name: CollectionName) => glob({ pattern: [entryPattern(name), ...skippedInPreview(`${root}/${name}`)], base: `${root}/${name}` });

export const collections = {
  news: defineCollection({ loader: loader('news'), schema: (context) => schemasWith(context).news }),
  pacts: defineCollection({ loader: loader('pacts'), schema: (context) => schemasWith(context).pacts }),
  networks: defineCollection({ loader: loader('networks'), schema: (context) => schemasWith(context).networks }),
  projects: defineCollection({ loader: loader('projects'), schema: (context) => schemasWith(context).projects }),
  themes: defineCollection({ loader: loader('themes'), schema: (context) => schemasWith(context).themes }),
  organisations: defineCollection({ loader: loader('organisations'), schema: (context) => schemasWith(context).organisations }),
  pages: defineCollection({ loader: loader('pages'), schema: (context) => schemasWith(context).pages }),
} satisfies Record<CollectionName, unknown>;
