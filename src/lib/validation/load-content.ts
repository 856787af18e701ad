/**
 * Finds the content files of every collection under the content root, and the
 * files that sit where no collection reads them (a typo in an extension, a
 * subfolder), which an editor would otherwise never hear about.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { globSync } from 'tinyglobby';
import { COLLECTIONS, EXTENSIONS, type CollectionName } from '../content-model.ts';
import type { ContentFile } from './check-entries.ts';
import type { Problem } from './problem.ts';

/** The content root: CONTENT_DIR (absolute, or relative to the project) or `content`. */
export function contentRoot(projectRoot: string, env: NodeJS.ProcessEnv = process.env): string {
  return path.resolve(projectRoot, env.CONTENT_DIR || 'content');
}

/** Path for messages: relative to the project when inside it, with forward slashes. */
export function displayPath(projectRoot: string, file: string): string {
  const relative = path.relative(projectRoot, file);
  return (relative.startsWith('..') ? file : relative).split(path.sep).join('/');
}

/** Glob pattern of the entries a collection reads (top level, no _drafts or dotfiles). */
export function entryPattern(collection: CollectionName): string {
  const endings = EXTENSIONS[collection].map((e) => e.slice(1));
  return endings.length === 1 ? `[!_.]*.${endings[0]}` : `[!_.]*.{${endings.join(',')}}`;
}

// Synchronous on purpose: for thousands of small files, awaiting each read costs more than reading it.
export function loadContent(projectRoot: string, root = contentRoot(projectRoot)) {
  const files: ContentFile[] = [];
  const strays: Problem[] = [];
  for (const collection of COLLECTIONS) {
    const folder = path.join(root, collection);
    const found = globSync('**/*', { cwd: folder, dot: false });
    for (const name of found.sort()) {
      const absolute = path.join(folder, name);
      const shown = displayPath(projectRoot, absolute);
      const readable = !name.includes('/') && !name.startsWith('_') && EXTENSIONS[collection].includes(path.extname(name));
      if (readable) files.push({ collection, path: shown, text: readFileSync(absolute, 'utf8') });
      else if (!name.startsWith('_') && !isImage(name)) {
        strays.push({
          file: shown,
          line: 1,
          field: 'bestand',
          message: `wordt niet gelezen; verwacht een bestand ${EXTENSIONS[collection].join(' of ')} direct in ${displayPath(projectRoot, folder)}/`,
        });
      }
    }
  }
  return { files, strays };
}

function isImage(name: string): boolean {
  return /\.(avif|gif|jpe?g|png|svg|webp)$/i.test(name);
}
