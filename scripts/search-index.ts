/**
 * Indexes a built site with Pagefind, in Dutch. Returns the number of pages indexed.
 */
import * as pagefind from 'pagefind';

export async function buildSearchIndex(siteDir: string): Promise<number> {
  const { index, errors } = await pagefind.createIndex({ forceLanguage: 'nl' });
  if (!index) throw new Error(errors.join('; '));
  try {
    const added = await index.addDirectory({ path: siteDir });
    if (added.errors.length) throw new Error(added.errors.join('; '));
    const written = await index.writeFiles({ outputPath: `${siteDir}/pagefind` });
    if (written.errors.length) throw new Error(written.errors.join('; '));
    return added.page_count;
  } finally {
    await pagefind.close();
  }
}
