/**
 * "Bedoelde je …?": corrections for a query that finds nothing or little,
 * from the site's own vocabulary (the words of the indexed pages with how many
 * pages use them, written at index time). A word is compared by edit distance
 * after Dutch spelling rules that sound alike (ij/y/ei, dubbele medeklinkers,
 * trema, dt/d/t at the end) are folded away, so "Delfshafen", "vrijwiligers"
 * and "zorgaanbeider" find their word. Free of dependencies: it runs in the
 * browser, loaded only when a search comes up short.
 */

/** Where the build puts the vocabulary: beside the search page, fetched only when a search comes up short. */
export const VOCABULARY_URL = 'zoeken/woorden.txt';
/** The most used words kept: the words a reader is likely to mean, and small enough for 20 KB gzipped (3,500 Dutch words ≈ 19 KB). */
export const VOCABULARY_SIZE = 3500;

export interface Vocabulary {
  /** Words as the pages write them (lowercase unless only ever capitalised: Delfshaven), and the number of pages each stands on. */
  words: readonly string[];
  pages: readonly number[];
  /** The same words in lowercase, for comparing. */
  lower: readonly string[];
}

/** The vocabulary file: one word a line, "woord<TAB>pagina's", most used first. */
export function parseVocabulary(text: string): Vocabulary {
  const words: string[] = [];
  const pages: number[] = [];
  for (const line of text.split('\n')) {
    const [word, count] = line.split('\t');
    if (!word) continue;
    words.push(word);
    pages.push(Number(count) || 1);
  }
  return { words, pages, lower: words.map((w) => w.toLowerCase()) };
}

/** Folds what Dutch spelling confuses: diacritics, ij/y/ei, doubled letters, ch/g, final dt/d/t, ou/au. */
export function spellingKey(word: string): string {
  return word
    .toLowerCase()
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/eij|ey|ij|ei|y/g, 'Y')
    .replace(/au|ou/g, 'O')
    .replace(/ch/g, 'g')
    .replace(/(dt|d|t)$/u, 'T')
    .replace(/(.)\1+/gu, '$1');
}

/** Damerau–Levenshtein (optimal string alignment) distance, stopping early beyond `max`. */
export function editDistance(a: string, b: string, max = 3): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let before = new Array<number>(b.length + 1).fill(0);
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let value = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) value = Math.min(value, before[j - 2]! + 1);
      current.push(value);
      rowMin = Math.min(rowMin, value);
    }
    if (rowMin > max) return max + 1;
    [before, previous] = [previous, current];
  }
  return previous[b.length]!;
}

/** How far off a word may be, after folding: one edit up to six letters, two from seven on. */
const allowedEdits = (word: string) => (word.length <= 6 ? 1 : 2);

/**
 * Up to `limit` words of the vocabulary that `word` probably meant, best first:
 * nearest after the Dutch folding, then nearest as typed, then most used.
 * A word the vocabulary has itself gets no suggestion.
 */
export function suggestWord(word: string, vocabulary: Vocabulary, limit = 3): string[] {
  const typed = word.toLowerCase();
  if (typed.length < 3 || vocabulary.lower.includes(typed)) return [];
  const key = spellingKey(typed);
  const max = allowedEdits(typed);
  const scored: { word: string; folded: number; raw: number; pages: number }[] = [];
  vocabulary.lower.forEach((candidate, i) => {
    if (Math.abs(candidate.length - typed.length) > max + 2) return;
    const folded = editDistance(key, spellingKey(candidate), max);
    if (folded > max) return;
    scored.push({ word: vocabulary.words[i]!, folded, raw: editDistance(typed, candidate, max + 2), pages: vocabulary.pages[i]! });
  });
  scored.sort((a, b) => a.folded - b.folded || a.raw - b.raw || b.pages - a.pages || a.word.localeCompare(b.word));
  return scored.slice(0, limit).map((s) => s.word);
}

/**
 * Corrected queries for a whole query: each word the vocabulary lacks is
 * replaced by its candidates (words it has stay), up to `limit` queries.
 */
export function suggestQueries(query: string, vocabulary: Vocabulary, limit = 3): string[] {
  const words = query.trim().split(/\s+/).filter(Boolean);
  const options = words.map((w) => {
    const found = suggestWord(w, vocabulary, limit);
    return found.length ? found : [w];
  });
  if (options.every((o, i) => o.length === 1 && o[0] === words[i])) return [];
  // The first choice for every word, then the next choices of one word at a time.
  const queries = new Set<string>([options.map((o) => o[0]).join(' ')]);
  options.forEach((o, i) => o.slice(1).forEach((alt) => queries.add(options.map((other, j) => (j === i ? alt : other[0])).join(' '))));
  return [...queries].filter((q) => q.toLowerCase() !== query.trim().toLowerCase()).slice(0, limit);
}
