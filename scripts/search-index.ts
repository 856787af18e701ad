/**
 * Indexes a built site with Pagefind, in Dutch. Each page is handed to Pagefind
 * with the parts of its Dutch compound words added inside the indexed body
 * (arbeidsmarkt → arbeid markt), at a low weight; the HTML files readers get
 * are not changed. Returns the number of pages indexed.
 */
import { readFile } from 'node:fs/promises';
import * as pagefind from 'pagefind';
import { parse } from 'node-html-parser';
import { glob } from 'tinyglobby';
import { compoundParts, createSplitter } from '../src/lib/search/compounds.ts';
import { dutchWordCheck } from '../src/lib/search/dutch-words.ts';

/** The text Pagefind indexes: the body region without the parts marked data-pagefind-ignore. */
export function bodyText(html: string): string | undefined {
  const body = parse(html).querySelector('[data-pagefind-body]');
  if (!body) return undefined;
  for (const ignored of body.querySelectorAll('[data-pagefind-ignore]')) ignored.remove();
  return body.textContent;
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

export async function buildSearchIndex(siteDir: string): Promise<number> {
  const split = createSplitter(dutchWordCheck());
  const { index, errors } = await pagefind.createIndex({ forceLanguage: 'nl' });
  if (!index) throw new Error(errors.join('; '));
  try {
    const files = await glob('**/*.html', { cwd: siteDir, ignore: ['pagefind/**'] });
    let pages = 0;
    for (const sourcePath of files) {
      const html = await readFile(`${siteDir}/${sourcePath}`, 'utf8');
      if (!html.includes('data-pagefind-body')) continue; // not a content page: lists, search, 404
      const added = await index.addHTMLFile({ sourcePath, content: withCompoundParts(html, split) });
      if (added.errors.length) throw new Error(`${sourcePath}: ${added.errors.join('; ')}`);
      pages++;
    }
    const written = await index.writeFiles({ outputPath: `${siteDir}/pagefind` });
    if (written.errors.length) throw new Error(written.errors.join('; '));
    return pages;
  } finally {
    await pagefind.close();
  }
}
