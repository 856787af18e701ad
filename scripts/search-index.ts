/**
 * Indexes a built site with Pagefind, in Dutch. Pagefind reads a copy of each
 * page in which compound words are marked where their parts meet and block
 * elements are kept apart (src/lib/search/indexed-text.ts); the HTML files
 * readers get are not changed. A paragraph that several pages repeat word for
 * word is weighed lower on them (src/lib/search/boilerplate.ts). The words of
 * the indexed pages, with how many pages use each, become the vocabulary
 * behind "Bedoelde je …?".
 */
import { accessSync, constants, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import * as pagefind from 'pagefind';
import { glob } from 'tinyglobby';
import { BoilerplateCounter } from '../src/lib/search/boilerplate.ts';
import { createSplitter, splitAsWritten } from '../src/lib/search/compounds.ts';
import { dutchLexicon } from '../src/lib/search/dutch-words.ts';
import { indexedCopy, type WordSplitter } from '../src/lib/search/indexed-text.ts';
import { recordPhase } from '../src/lib/phase-times.ts';
import { VOCABULARY_SIZE, VOCABULARY_URL } from '../src/lib/search/suggest.ts';
import { VocabularyCounter } from '../src/lib/search/vocabulary.ts';

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

/** The splitter the index uses: the OpenTaal lexicon, names kept whole. */
export function indexSplitter(): WordSplitter {
  const lexicon = dutchLexicon();
  const split = createSplitter(lexicon);
  return (word, midSentence) => splitAsWritten(word, split, lexicon, midSentence);
}

/**
 * Indexes the content pages of a built site. The indexed copies are written to a scratch folder that Pagefind reads in one go
 * (much faster than handing it pages one by one); the index goes into the site.
 */
export async function buildSearchIndex(siteDir: string): Promise<number> {
  let started = performance.now();
  const split = indexSplitter();
  const scratch = await mkdtemp(path.join(scratchRoot(), 'zoekindex-'));
  try {
    const files = await glob('**/*.html', { cwd: siteDir, ignore: ['pagefind/**'] });
    const folders = new Set<string>();
    const vocabulary = new VocabularyCounter();
    let markingMs = 0;
    const boilerplate = new BoilerplateCounter();
    const copied = new Map<string, string[]>(); // indexed page → the keys of its text blocks long enough to be boilerplate
    // Synchronous file calls: for ten thousand small files, awaiting each one costs more than the work.
    for (const file of files) {
      const html = readFileSync(path.join(siteDir, file), 'utf8');
      if (!html.includes('data-pagefind-body')) continue; // not a content page: lists, search, 404
      const target = path.join(scratch, file);
      const folder = path.dirname(target);
      if (!folders.has(folder)) mkdirSync(folder, { recursive: true });
      folders.add(folder);
      const text: string[] = [];
      const blocks: string[] = [];
      const marking = performance.now();
      const copy = indexedCopy(html, split, { collect: (piece) => text.push(piece), block: (b) => blocks.push(b) });
      vocabulary.addPage(text.join(' '));
      copied.set(file, boilerplate.addPage(blocks));
      markingMs += performance.now() - marking;
      writeFileSync(target, copy);
    }
    // Now that every page is counted: the copies of pages that share a block with others again, that block weighed lower.
    for (const [file, keys] of copied) {
      if (!keys.some((key) => boilerplate.repeated(key))) continue;
      const html = readFileSync(path.join(siteDir, file), 'utf8');
      const marking = performance.now();
      const copy = indexedCopy(html, split, { weigh: boilerplate.weigh });
      markingMs += performance.now() - marking;
      writeFileSync(path.join(scratch, file), copy);
    }
    const pages = copied.size;
    // For the benchmark's phase table: marking compounds (and counting words and repeated blocks) apart from reading and writing the copies.
    recordPhase('zoekindex: samenstellingen', markingMs);
    recordPhase('zoekindex: kopieën', performance.now() - started - markingMs);
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
