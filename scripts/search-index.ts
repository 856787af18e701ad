/**
 * Indexes a built site with Pagefind, in Dutch. Each page is handed to Pagefind
 * with the parts of its Dutch compound words added inside the indexed body
 * (arbeidsmarkt → arbeid markt), at a low weight; the HTML files readers get
 * are not changed. Returns the number of pages indexed.
 */
import { readFile } from 'node:fs/promises';
import * as pagefind from 'pagefind';
import { glob } from 'tinyglobby';
import { compoundParts, createSplitter } from '../src/lib/search/compounds.ts';
import { dutchWordCheck } from '../src/lib/search/dutch-words.ts';

/** The text of the indexed region (<main data-pagefind-body>), without tags. */
export function bodyText(html: string): string | undefined {
  const start = html.search(/<main\b[^>]*data-pagefind-body/);
  if (start === -1) return undefined;
  const end = html.lastIndexOf('</main>');
  return html.slice(start, end === -1 ? undefined : end).replace(/<[^>]*>/g, ' ');
}

/** The page with its compound parts added at the end of the indexed body. */
export function withCompoundParts(html: string, split: (word: string) => string[]): string {
  const text = bodyText(html);
  if (text === undefined) return html;
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
      if (bodyText(html) === undefined) continue; // not a content page: lists, search, 404
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
