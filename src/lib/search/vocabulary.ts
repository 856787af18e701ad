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

/** A vocabulary counter's content: each word in lowercase, the form shown, on how many pages. */
export type VocabularyCounts = [lower: string, form: string, pages: number][];

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
      this.noteForm(lower, word);
      seen.add(lower);
    }
    for (const lower of seen) this.pagesOf.set(lower, (this.pagesOf.get(lower) ?? 0) + 1);
  }

  /** The first form seen, until the word is seen in lowercase. */
  private noteForm(lower: string, word: string): void {
    const form = this.shown.get(lower);
    if (form === undefined || (form !== lower && word === lower)) this.shown.set(lower, word);
  }

  /** What this counter holds, as plain data another thread can send. */
  counts(): VocabularyCounts {
    return [...this.pagesOf].map(([lower, pages]) => [lower, this.shown.get(lower)!, pages]);
  }

  /** Adds the counts of pages that come after the ones counted here (another thread's share): as if counted here. */
  addCounts(counts: VocabularyCounts): void {
    for (const [lower, form, pages] of counts) {
      this.noteForm(lower, form);
      this.pagesOf.set(lower, (this.pagesOf.get(lower) ?? 0) + pages);
    }
  }

  /** The vocabulary file: the `limit` most used words. */
  format(limit: number): string {
    return formatVocabulary(new Map([...this.pagesOf].map(([lower, n]) => [this.shown.get(lower)!, n])), limit);
  }
}
