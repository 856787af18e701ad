/**
 * Boilerplate: a block of text (a paragraph, a list item) that several pages
 * carry word for word, such as the signing paragraph on each of the fourteen
 * network pages. Its words say little about any one of those pages, so the
 * index weighs them lower there: searching a name it mentions should bring
 * the page about that name first, not every page that repeats the paragraph.
 */

/** A repeated block this long (in words) or longer counts; short headings ("Waarom") are left alone. */
export const BOILERPLATE_WORDS = 8;
/** … when it stands on this many pages or more. */
export const BOILERPLATE_PAGES = 3;
/** The weight its words get (Pagefind's default is 1; weights count squared, so 0.5 is a quarter). */
export const BOILERPLATE_WEIGHT = 0.5;

/** The same words in the same order give the same key, whatever the case, spacing or punctuation; undefined for a block too short to count. */
export function blockKey(text: string): string | undefined {
  if (text.length < 2 * BOILERPLATE_WORDS - 1) return undefined; // too short for eight words (of a letter each, and seven spaces): skip the word split
  const words = text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
  return words.length >= BOILERPLATE_WORDS ? words.join(' ') : undefined;
}

/** Counts, over pages, on how many pages each block stands. */
export class BoilerplateCounter {
  private readonly pagesOf = new Map<string, number>();

  /** Counts the text blocks of one page; returns the keys of those long enough to count. */
  addPage(blocks: readonly string[]): string[] {
    const keys = [...new Set(blocks.map(blockKey).filter((k): k is string => k !== undefined))];
    for (const key of keys) this.pagesOf.set(key, (this.pagesOf.get(key) ?? 0) + 1);
    return keys;
  }

  /** What this counter holds, as plain data another thread can send: each key with its number of pages. */
  counts(): [key: string, pages: number][] {
    return [...this.pagesOf];
  }

  /** Adds counts made elsewhere (another thread's share of the pages). */
  addCounts(counts: readonly [key: string, pages: number][]): void {
    for (const [key, pages] of counts) this.pagesOf.set(key, (this.pagesOf.get(key) ?? 0) + pages);
  }

  /** Does the block with this key stand on enough pages to be boilerplate? */
  repeated(key: string): boolean {
    return (this.pagesOf.get(key) ?? 0) >= BOILERPLATE_PAGES;
  }

  isBoilerplate(text: string): boolean {
    const key = blockKey(text);
    return key !== undefined && this.repeated(key);
  }

  /** The weight for a block of text: lower for boilerplate, else undefined (as it is). */
  weigh = (text: string): number | undefined => (this.isBoilerplate(text) ? BOILERPLATE_WEIGHT : undefined);
}
