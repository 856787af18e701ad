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
import { Parser } from 'htmlparser2';
import { glob } from 'tinyglobby';
import { compoundParts, createSplitter } from '../src/lib/search/compounds.ts';
import { dutchWordCheck } from '../src/lib/search/dutch-words.ts';

/**
 * The text Pagefind indexes: the body region without the parts marked
 * data-pagefind-ignore. A streaming parser (htmlparser2), as this runs once
 * per page and a full DOM would cost more than the indexing itself.
 */
export function bodyText(html: string): string | undefined {
  let found = false;
  let bodyDepth = 0; // open elements inside the body region (0: outside)
  let ignoreDepth = 0; // open elements inside an ignored part (0: not ignoring)
  const text: string[] = [];
  const parser = new Parser(
    {
      onopentag(_name, attributes) {
        if (bodyDepth > 0) {
          bodyDepth++;
          if (ignoreDepth > 0) ignoreDepth++;
          else if ('data-pagefind-ignore' in attributes) ignoreDepth = 1;
        } else if ('data-pagefind-body' in attributes) {
          found = true;
          bodyDepth = 1;
        }
      },
      ontext(data) {
        if (bodyDepth > 0 && ignoreDepth === 0) text.push(data);
      },
      onclosetag() {
        if (bodyDepth === 0) return;
        bodyDepth--;
        if (ignoreDepth > 0) ignoreDepth--;
      },
    },
    { decodeEntities: true },
  );
  // Everything before the first body element (head, header, navigation) holds nothing to index.
  const first = html.indexOf('data-pagefind-body');
  if (first === -1) return undefined;
  parser.end(html.slice(html.lastIndexOf('<', first)));
  return found ? text.join(' ') : undefined;
}

/** The page with its compound parts added at the end of the indexed body. */
export function withCompoundParts(html: string, split: (word: string) => string[]): string {
  const text = bodyText(html);
  if (text === undefined) return html;
  // The parts go in just before the end of the body region, which is the <main>.
  const parts = compoundParts(text, split);
  if (parts.length === 0) return html;
  const end = html.lastIndexOf('</main>');
  return `${html.slice(0, end)}<p data-pagefind-weight="0.5">${parts.join(' ')}</p>${html.slice(end)}`;
}

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
