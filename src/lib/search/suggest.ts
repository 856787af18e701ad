/**
 * Candidates for a typed word the site does not have (answer.ts decides which
 * to search instead or offer), from the site's own vocabulary (the words of
 * the indexed pages with how many pages use them, written at index time). A
 * word is compared by edit distance after Dutch spelling rules that sound
 * alike (ij/y/ei, dubbele medeklinkers, trema, dt/d/t at the end) are folded
 * away, so "vrijwiligers" and "zorgaanbeider" find their word. Free of
 * dependencies: it runs in the browser.
 */

/** Where the build puts the vocabulary: beside the search page, fetched only when a typed word is not on the site. */
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

/** A word of seven letters or more without a plural ending -en or -s (tekorten: tekort); shorter words as they are. */
const withoutPlural = (word: string) => (word.length >= 7 ? word.replace(/(?:en|s)$/, '') : word);

/** How far off a word may be, after folding: one edit up to six letters, two from seven on. */
const allowedEdits = (word: string) => (word.length <= 6 ? 1 : 2);

/** A word of the site that a reader may have meant, and how far it is from what they typed. */
export interface Candidate {
  word: string;
  /** Edits between the two: as typed or after the Dutch folding, whichever is fewer. */
  distance: number;
  /** Pages the word stands on. */
  pages: number;
}

/**
 * Words of the vocabulary that `word` may mean, nearest first (then most
 * used), at most `limit`. A candidate begins with the same letter after the
 * folding (misspellings rarely change the first letter, and "wijkteem" is not
 * "systeem") and lies within one edit up to six letters, two from seven on.
 * A word the vocabulary has itself gets none.
 */
export function candidatesFor(word: string, vocabulary: Vocabulary, limit = 5): Candidate[] {
  const typed = word.toLowerCase();
  if (typed.length < 4 || vocabulary.lower.includes(typed)) return [];
  const key = spellingKey(typed);
  const max = allowedEdits(typed);
  const found: Candidate[] = [];
  vocabulary.lower.forEach((candidate, i) => {
    if (Math.abs(candidate.length - typed.length) > max + 2) return;
    const folded = spellingKey(candidate);
    if (folded[0] !== key[0]) return;
    // Also against the word without its plural ending, the ending counted as one edit: the site may write only
    // "personeelstekorten" where a reader typed the singular with a slip, "personeelstekot" (helper-57: three edits from
    // the plural, so no offer at all).
    const singular = withoutPlural(candidate);
    const distance = Math.min(editDistance(key, folded, max), editDistance(typed, candidate, max), singular === candidate ? max + 1 : editDistance(typed, singular, max) + 1);
    if (distance <= max) found.push({ word: vocabulary.words[i]!, distance, pages: vocabulary.pages[i]! });
  });
  found.sort((a, b) => a.distance - b.distance || b.pages - a.pages || a.word.localeCompare(b.word));
  return found.slice(0, limit);
}

/** Shortest part of a compound that is split off: "zorg", not "de". */
const SHORTEST_PART = 3;
/** Most letters a word of the site may have after a typed last part and still be that part (medewerker: medewerkers; beleid: beleidsmakers is no ending). */
const LONGEST_ENDING = 3;

/** Is `word` of the site `part` itself or `part` with an ending of a few letters, as Pagefind matches a typed last part? */
const withEnding = (word: string, part: string) => word.startsWith(part) && word.length - part.length <= LONGEST_ENDING;

/**
 * A compound the site does not write, as two words it does: "zorgmedewerkers" as
 * "zorg medewerkers", also across a linking s ("arbeidsmarkt" as "arbeid markt").
 * The first part is a word of the vocabulary, the last one or the start of one
 * (Pagefind matches it so: "zorgmedewerker" as "zorg medewerker"), each at least
 * three letters and saying something (isTelling: no "van" or "een"); of several
 * splits the one whose rarer part stands on the most pages. Undefined where no
 * split has both parts.
 */
export function compoundParts(word: string, vocabulary: Vocabulary, isTelling: (word: string) => boolean): string | undefined {
  const typed = word.toLowerCase();
  // Pages of the most used word that is `part`, or begins with it as Pagefind matches a last part (medewerker in medewerkers):
  // an ending of a few letters, not a word the part only starts (org in organisaties: thuisorg is no "thuis org").
  const pagesOf = (part: string, asStart = false) =>
    part.length < SHORTEST_PART || !isTelling(part)
      ? 0
      : Math.max(0, ...vocabulary.lower.flatMap((w, i) => ((asStart ? withEnding(w, part) : w === part) ? [vocabulary.pages[i]!] : [])));
  let best: string | undefined;
  let most = 0;
  for (let at = SHORTEST_PART; at <= typed.length - SHORTEST_PART; at++) {
    const right = typed.slice(at);
    // A linking s belongs to neither part: arbeidsmarkt is arbeid markt.
    for (const left of [typed.slice(0, at), typed[at - 1] === 's' ? typed.slice(0, at - 1) : '']) {
      const pages = Math.min(pagesOf(left), pagesOf(right, true));
      if (pages > most) [most, best] = [pages, `${left} ${right}`];
    }
  }
  return best;
}

/** Fewest letters of a part offered alone: the vocabulary holds words of four letters or more. */
const SHORTEST_KNOWN_PART = 4;
/** A short word at the end of another is often no part of it (kers in werkers): a last part has six letters or more. */
const SHORTEST_LAST_PART = 6;

/** Fewest letters typed to be taken as the start of a longer word: "gemee" is, "geme" is too short to say which. */
const SHORTEST_START = 5;

/**
 * Words of the site that begin with the typed word (gemee: gemeente) or end with it as the last part of a compound
 * (voucher: Scholingsvoucher), most used first. Pagefind finds a word typed half by the words it begins, but misses
 * some (scholing, gemee: where its index is cut into pieces), and never the last part of a compound that is written
 * as one word. The vocabulary has every word of a small site, and the most used of a large one.
 */
export function longerWordsOf(word: string, vocabulary: Vocabulary): string[] {
  const typed = word.toLowerCase();
  if (typed.length < SHORTEST_START) return [];
  const begins = (w: string) => w.length > typed.length && w.startsWith(typed);
  const ends = (w: string) => typed.length >= SHORTEST_LAST_PART && w.length - typed.length >= SHORTEST_PART && w.endsWith(typed);
  return vocabulary.words.filter((_, i) => begins(vocabulary.lower[i]!) || ends(vocabulary.lower[i]!));
}

/** Fewest letters a word of the site must begin with as the typed word does, to be offered for it. */
const SHARED_START = 8;

/**
 * Words of the site that begin as the typed word does for two thirds of it or more (at least eight letters): a compound
 * whose last part the site writes otherwise (werkervaringsplaats: werkervaringsplekken, helper-61). Longest shared
 * start first, then the most used. Offered where no word is near, never searched instead: the last part differs.
 */
export function sameStartWords(word: string, vocabulary: Vocabulary): string[] {
  const typed = word.toLowerCase();
  const least = Math.max(SHARED_START, Math.ceil((typed.length * 2) / 3));
  const sharedStart = (other: string) => {
    let i = 0;
    while (i < other.length && other[i] === typed[i]) i++;
    return i;
  };
  return vocabulary.words
    .map((w, i) => ({ w, shared: sharedStart(vocabulary.lower[i]!) }))
    .filter(({ w, shared }) => shared >= least && !withEnding(w.toLowerCase(), typed) && !withEnding(typed, w.toLowerCase()))
    .sort((a, b) => b.shared - a.shared)
    .map(({ w }) => w)
    // One form of a word: werkervaringsplek, not werkervaringsplekken beside it.
    .filter((w, i, all) => !all.slice(0, i).some((before) => withEnding(w.toLowerCase(), before.toLowerCase()) || withEnding(before.toLowerCase(), w.toLowerCase())));
}

/**
 * A compound that begins with a three-letter abbreviation (wmoradar, ggzinstelling, mbostudent): the
 * vocabulary holds words of four letters or more, so compoundParts cannot see the first part. The rest is a
 * word of the vocabulary (or it with an ending of a few letters); whether the site has the three letters
 * is for the search to say. Undefined where the rest is no word of the site.
 */
export function abbreviationSplit(word: string, vocabulary: Vocabulary, isTelling: (word: string) => boolean): [string, string] | undefined {
  const typed = word.toLowerCase();
  const [first, rest] = [typed.slice(0, SHORTEST_PART), typed.slice(SHORTEST_PART)];
  if (rest.length < SHORTEST_KNOWN_PART || !isTelling(rest) || !isTelling(first) || !/^\p{L}+$/u.test(first)) return undefined;
  return vocabulary.lower.some((w) => withEnding(w, rest)) ? [first, rest] : undefined;
}

/**
 * The parts of a compound that the site has, where the whole is not on it and
 * no split has both parts (welzijnswerkers: the site has welzijn, not werkers):
 * the longest first part and the longest last part (six letters or more) that
 * are words of the vocabulary and say something, each leaving at least three
 * letters. Offered alone as a way on; empty where no part is on the site.
 */
export function knownParts(word: string, vocabulary: Vocabulary, isTelling: (word: string) => boolean): string[] {
  const typed = word.toLowerCase();
  const known = (part: string) => isTelling(part) && vocabulary.lower.includes(part);
  // Longest first, so the part before a linking s is tried right after it (welzijns, then welzijn).
  let first: string | undefined;
  for (let at = typed.length - SHORTEST_PART; at >= SHORTEST_KNOWN_PART && !first; at--) {
    const left = typed.slice(0, at);
    if (known(left)) first = left;
  }
  let last: string | undefined;
  for (let at = SHORTEST_PART; at <= typed.length - SHORTEST_LAST_PART && !last; at++) {
    const right = typed.slice(at);
    if (known(right)) last = right;
  }
  return [...new Set([first, last].filter((part) => part !== undefined))];
}
