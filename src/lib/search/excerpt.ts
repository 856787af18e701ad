/**
 * What the search page shows of a result: Pagefind's excerpt of the indexed
 * copy, without the marks that the index step puts between the parts of
 * compound words (see indexed-text.ts), so that it reads as the page does.
 * Kept free of dependencies: the search page loads it in the browser.
 */

/** The mark between the parts of a compound in the indexed copy: ASCII punctuation that Pagefind splits on, and that Dutch prose never puts between two letters. */
export const COMPOUND_MARK = '|';

/** `arbeids|<mark>markt</mark>` → `arbeids<mark>markt</mark>`; a | between other characters stays. */
export function withoutCompoundMarks(text: string): string {
  return text.replace(/(?<=\p{L}(?:<\/?mark>)?)\|(?=(?:<\/?mark>)?\p{L})/gu, '');
}

/** Fewer results than this, and the search page offers corrections. */
export const FEW_RESULTS = 3;

/**
 * Does a search need "Bedoelde je …?" — it found little, or what it found
 * only matches the start of a query word? Pagefind falls back to the longest
 * indexed word that begins the query word when nothing else matches
 * ("zorgaanbeider" finds every page with "zorg"); the highlighted words in the
 * excerpts then are much shorter than what was typed, or another word
 * altogether. A highlighted word that begins with the query word, or an
 * inflection that the query word begins with (opleidingen → opleiding), means
 * the word itself was found.
 */
export function needsSuggestions(query: string, found: number, excerpts: readonly string[]): boolean {
  if (!query.trim()) return false;
  if (found < FEW_RESULTS) return true;
  const marked = excerpts.flatMap((e) => [...e.matchAll(/<mark>(.*?)<\/mark>/g)].map((m) => withoutCompoundMarks(m[1]!).toLowerCase().replace(/[^\p{L}\p{N}]/gu, '')));
  return query
    .toLowerCase()
    .split(/\s+/)
    .filter((word) => word.length >= 6)
    .some((word) => !marked.some((m) => m.startsWith(word) || (word.startsWith(m) && m.length >= 0.75 * word.length)));
}
