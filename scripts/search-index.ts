/**
 * Indexes a built site with Pagefind, in Dutch. Pagefind reads a copy of each
 * page in which compound words are marked where their parts meet and block
 * elements are kept apart (src/lib/search/indexed-text.ts); the HTML files
 * readers get are not changed. A paragraph that several pages repeat word for
 * word is weighed lower on them (src/lib/search/boilerplate.ts). The words of
 * the indexed pages, with how many pages use each, become the vocabulary
 * behind "Bedoelde je …?".
 */
import { accessSync, constants, rmSync, writeFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import * as pagefind from 'pagefind';
import { glob } from 'tinyglobby';
import { recordPhase } from '../src/lib/phase-times.ts';
import { VOCABULARY_SIZE, VOCABULARY_URL } from '../src/lib/search/suggest.ts';
import { writeIndexedCopies } from './search-copies.ts';

/**
 * Where the scratch copy goes: in memory (/dev/shm) where the system has it. Ten
 * thousand files written to disk and deleted again cost 3–8 s on the build machine,
 * in memory 0.4 s; the copy lives only until Pagefind has read it.
 */
export function scratchRoot(): string {
  try {
    accessSync('/dev/shm', constants.W_OK);
    return '/dev/shm';
  } catch {
    return tmpdir();
  }
}

/**
 * Indexes the content pages of a built site. The indexed copies are written to a scratch folder that Pagefind reads in one go
 * (much faster than handing it pages one by one); the index goes into the site.
 */
export async function buildSearchIndex(siteDir: string): Promise<number> {
  let started = performance.now();
  const scratch = await mkdtemp(path.join(scratchRoot(), 'zoekindex-'));
  try {
    const files = await glob('**/*.html', { cwd: siteDir, ignore: ['pagefind/**'] });
    const { pages, vocabulary } = await writeIndexedCopies(siteDir, scratch, files);
    // For the benchmark's phase table: the copies, their compound marks and the counting of words and repeated blocks, in threads.
    recordPhase('zoekindex: kopieën', performance.now() - started);
    started = performance.now();
    const { index, errors } = await pagefind.createIndex({ forceLanguage: 'nl' });
    if (!index) throw new Error(errors.join('; '));
    const added = await index.addDirectory({ path: scratch });
    if (added.errors.length) throw new Error(added.errors.join('; '));
    if (added.page_count !== pages) throw new Error(`${pages} pagina's aangeboden, ${added.page_count} geïndexeerd`);
    const written = await index.writeFiles({ outputPath: path.join(siteDir, 'pagefind') });
    if (written.errors.length) throw new Error(written.errors.join('; '));
    recordPhase('zoekindex: Pagefind', performance.now() - started);
    started = performance.now();
    writeFileSync(path.join(siteDir, VOCABULARY_URL), vocabulary.format(VOCABULARY_SIZE));
    recordPhase('zoekindex: woordenlijst', performance.now() - started);
    // Pagefind's ready-made interfaces: the search page uses its JavaScript API instead, so they are not published.
    for (const file of await glob('pagefind/pagefind-{ui,component-ui,modular-ui,highlight}.*', { cwd: siteDir })) rmSync(path.join(siteDir, file));
    return pages;
  } finally {
    await pagefind.close();
    await rm(scratch, { recursive: true, force: true });
  }
}
