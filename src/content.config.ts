/**
 * Astro's content collections, one per folder of the content root (CONTENT_DIR,
 * default `content/`). The schemas come from src/lib/schemas.ts, where the
 * content model is defined once.
 */
import { defineCollection, reference } from 'astro:content';
import { glob } from 'astro/loaders';
import type { CollectionName } from './lib/content-model.ts';
import { buildSchemas, withPhoto } from './lib/schemas.ts';
import { contentRoot, entryPattern } from './lib/validation/load-content.ts';
import { leftOutOf } from './lib/validation/left-out.ts';

const root = contentRoot(process.cwd());
/**
 * Built once. Collections with a photo hand each entry's `image()` (Astro's, relative to
 * the entry, optimised by the build) to a thin wrapper: Astro calls a schema function
 * once per entry, so nothing heavier may be built inside it (withPhoto).
 */
const schemas = buildSchemas((collection) => reference(collection));

/**
 * Top-level files of one folder; ids are the file names without extension. In `astro dev`, files with content problems are left out.
 * The Markdown source is not kept beside the rendered HTML (`retainBody: false`): no page reads it (the content check reads the
 * files itself), and Astro loads its whole content store as one JavaScript string, whose compile time grows far faster than its
 * size: at 10,000 entries a third less store saves about 90 s at a load of 9 (BENCHMARKS.md).
 */
const loader = (name: CollectionName) =>
  glob({ pattern: [entryPattern(name), ...leftOutOf(`${root}/${name}`)], base: `${root}/${name}`, retainBody: false });

export const collections = {
  news: defineCollection({ loader: loader('news'), schema: ({ image }) => withPhoto(schemas.news, image) }),
  pacts: defineCollection({ loader: loader('pacts'), schema: schemas.pacts }),
  networks: defineCollection({ loader: loader('networks'), schema: ({ image }) => withPhoto(schemas.networks, image) }),
  projects: defineCollection({ loader: loader('projects'), schema: ({ image }) => withPhoto(schemas.projects, image) }),
  themes: defineCollection({ loader: loader('themes'), schema: schemas.themes }),
  organisations: defineCollection({ loader: loader('organisations'), schema: schemas.organisations }),
  pages: defineCollection({ loader: loader('pages'), schema: schemas.pages }),
} satisfies Record<CollectionName, unknown>;
