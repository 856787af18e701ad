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
