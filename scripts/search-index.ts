/**
 * Indexes a built site with Pagefind, in Dutch. Each page is indexed with the
 * parts of its Dutch compound words added inside the indexed body (arbeidsmarkt
 * → arbeid markt), at a low weight; the HTML files readers get are not changed.
 */
import { accessSync, constants, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import * as pagefind from 'pagefind';
import { glob } from 'tinyglobby';
import { createSplitter } from '../src/lib/search/compounds.ts';
import { dutchWordCheck } from '../src/lib/search/dutch-words.ts';
import { withCompoundParts } from '../src/lib/search/indexed-text.ts';

/**
 * Where the scratch copy goes: in memory (/dev/shm) where the system has it. Ten
 * thousand files written to disk and deleted again cost 3–8 s on the build machine,
 * in memory 0.4 s; the copy lives only until Pagefind has read it.
 */
function scratchRoot(): string {
  try {
    accessSync('/dev/shm', constants.W_OK);
    return '/dev/shm';
  } catch {
    return tmpdir();
  }
}

/**
 * Indexes the content pages of a built site. The pages, with their compound
 * parts added, are written to a scratch folder that Pagefind reads in one go
 * (much faster than handing it pages one by one); the index goes into the site.
 */
export async function buildSearchIndex(siteDir: string): Promise<number> {
  const split = createSplitter(dutchWordCheck());
  const scratch = await mkdtemp(path.join(scratchRoot(), 'zoekindex-'));
  try {
    const files = await glob('**/*.html', { cwd: siteDir, ignore: ['pagefind/**'] });
    const folders = new Set<string>();
    let pages = 0;
    // Synchronous file calls: for ten thousand small files, awaiting each one costs more than the work.
    for (const file of files) {
      const html = readFileSync(path.join(siteDir, file), 'utf8');
      if (!html.includes('data-pagefind-body')) continue; // not a content page: lists, search, 404
      const target = path.join(scratch, file);
      const folder = path.dirname(target);
      if (!folders.has(folder)) mkdirSync(folder, { recursive: true });
      folders.add(folder);
      writeFileSync(target, withCompoundParts(html, split));
      pages++;
    }
    const { index, errors } = await pagefind.createIndex({ forceLanguage: 'nl' });
    if (!index) throw new Error(errors.join('; '));
    const added = await index.addDirectory({ path: scratch });
    if (added.errors.length) throw new Error(added.errors.join('; '));
    if (added.page_count !== pages) throw new Error(`${pages} pagina's aangeboden, ${added.page_count} geïndexeerd`);
    const written = await index.writeFiles({ outputPath: path.join(siteDir, 'pagefind') });
    if (written.errors.length) throw new Error(written.errors.join('; '));
    return pages;
  } finally {
    await pagefind.close();
    await rm(scratch, { recursive: true, force: true });
  }
}
