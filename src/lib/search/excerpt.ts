/**
 * What the search page shows of a result: Pagefind's excerpt of the indexed
 * copy, without the marks that the index step puts between the parts of
 * compound words (see indexed-text.ts), so that it reads as the page does.
 * Kept free of dependencies: the search page loads it in the browser.
 */

/** `arbeids_<mark>markt</mark>` → `arbeids<mark>markt</mark>`; an underscore between other characters stays. */
export function withoutCompoundMarks(text: string): string {
  return text.replace(/(?<=\p{L}(?:<\/?mark>)?)_(?=(?:<\/?mark>)?\p{L})/gu, '');
}
