/**
 * The vocabulary behind "Bedoelde je …?", made at index time from the text
 * of every indexed page (see scripts/search-index.ts); the search page reads
 * it with `parseVocabulary` from suggest.ts.
 */

/** The vocabulary file: the `limit` most used words, "woord<TAB>pagina's" a line. */
export function formatVocabulary(counts: ReadonlyMap<string, number>, limit: number): string {
  return [...counts]
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .slice(0, limit)
    .map(([word, n]) => `${word}\t${n}`)
    .join('\n');
}

/** Words worth suggesting: letters only, four or more. */
export function vocabularyWords(text: string): string[] {
  return text.match(/\p{L}{4,}/gu) ?? [];
}

/**
 * Counts, across pages, the words a vocabulary is made of: each word once per
 * page, under the form the pages write it (lowercase where it is ever written
 * so, otherwise as capitalised: a name).
 */
export class VocabularyCounter {
  private readonly pagesOf = new Map<string, number>();
  private readonly shown = new Map<string, string>();

  addPage(text: string): void {
    const seen = new Set<string>();
    for (const word of vocabularyWords(text)) {
      const lower = word.toLowerCase();
      const form = this.shown.get(lower);
      if (form === undefined || (form !== lower && word === lower)) this.shown.set(lower, word);
      seen.add(lower);
    }
    for (const lower of seen) this.pagesOf.set(lower, (this.pagesOf.get(lower) ?? 0) + 1);
  }

  /** The vocabulary file: the `limit` most used words. */
  format(limit: number): string {
    return formatVocabulary(new Map([...this.pagesOf].map(([lower, n]) => [this.shown.get(lower)!, n])), limit);
  }
}
