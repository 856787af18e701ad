/**
 * Cache keys for Astro's incremental build (experimental.incrementalBuild): a
 * page whose key and code are unchanged since the previous build is copied from
 * Astro's cache instead of rendered. Astro hashes the code itself; the key must
 * therefore change whenever anything the page shows from the content changes.
 * Keys here are digests of entries (Astro's digest of the whole file, frontmatter
 * and body) and of the few values a page shows from outside its entries (a git
 * date, a tag label, a count), so any edit of a shown entry renders the page again.
 * A page whose entries lack a digest gets no key, and is always rendered.
 */
import { createHash } from 'node:crypto';

/** A digest of what a page shows: dates as ISO text, order kept. */
export function pageKey(...shown: unknown[]): string {
  return createHash('sha256').update(JSON.stringify(shown)).digest('base64url').slice(0, 32);
}

/** An entry as the content layer gives it. */
export interface Keyed {
  id: string;
  collection?: string;
  digest?: string | number;
  data: unknown;
}

/** The digests of `entries` in order, or undefined if one has none (such a page is not cached). */
export function digestsOf(entries: readonly Keyed[]): string[] | undefined {
  const digests = entries.map((entry) => entry.digest);
  return digests.every((d) => d !== undefined) ? digests.map((d) => `${d}`) : undefined;
}

/**
 * Every entry `data` refers to: Astro's references are `{ collection, id }` objects,
 * anywhere in the data (a field, a list, a nested person's organisation). Found by
 * walking the data rather than by naming fields, so a reference field added later
 * is in the key without anyone remembering it.
 */
export function referencesIn(data: unknown, found: `${string}/${string}`[] = []): `${string}/${string}`[] {
  if (Array.isArray(data)) for (const item of data) referencesIn(item, found);
  else if (data && typeof data === 'object' && !(data instanceof Date)) {
    const { collection, id } = data as { collection?: unknown; id?: unknown };
    if (typeof collection === 'string' && typeof id === 'string' && Object.keys(data).length === 2) found.push(`${collection}/${id}`);
    else for (const value of Object.values(data)) referencesIn(value, found);
  }
  return found;
}

/** A page of Astro's paginate(): its place in the list and the entries on it. */
interface ListPage {
  props: { page: { data: readonly Keyed[]; total: number; currentPage: number; lastPage: number } };
}

/**
 * Keys for the pages of a list (paginate()): each page by its number, the list's
 * length and page count (every page shows them) and the entries on it; `shown` is
 * what else the list's pages show (a tag's label).
 */
export function keyedPages<P extends ListPage>(pages: P[], ...shown: unknown[]): (P & { cacheKey?: string })[] {
  return pages.map((path) => {
    const { page } = path.props;
    const digests = digestsOf(page.data);
    return digests ? { ...path, cacheKey: pageKey(shown, page.total, page.currentPage, page.lastPage, page.data.map((e) => e.id), digests) } : path;
  });
}
