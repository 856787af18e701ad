/**
 * The excerpt a result shows, chosen by the words that say something.
 * Pagefind picks the window with the highest sum of its word scores, so in
 * "Hugo de Jonge" the many "de"s (one in a heading, weighted six times) win
 * over the one place with Hugo and Jonge. Here the window is chosen by the
 * telling words only (the query's words that are not common, or all of them
 * when every word is common): most different words first, then their scores.
 * A common word is marked only beside a marked telling word ("Hugo de Jonge"
 * as one run), a mark holds the word without its punctuation, and "…" says
 * where the excerpt starts or ends mid-sentence.
 * Free of dependencies: the search page runs it in the browser.
 */

/** A matched word: its position among the indexed text's words, and Pagefind's score for it. */
export interface WordLocation {
  location: number;
  balanced_score: number;
}

export interface PassageOptions {
  /** Words in the excerpt. */
  length: number;
  /** Locations of the telling words; the window is chosen by these. */
  telling: readonly WordLocation[];
  /** Locations of every query word (telling and common); common words are marked beside telling ones. */
  all: readonly WordLocation[];
  /** The query's common words, lowercase: marked only as themselves (Pagefind also matches "de" in "destijds"). */
  common?: readonly string[];
  /** The result's title: an opening heading that holds it is not shown again. */
  title?: string;
}

/** How Pagefind splits its text into words (its `word_separators`): white space except the zero-width no-break space. */
const WORDS = /[^\S\uFEFF]+/g;
/** Punctuation (or an escaped character) at either end of a word, kept outside the mark. */
const EDGE = String.raw`(?:[^\p{L}\p{N}&]|&[a-z]+;|&#\d+;)*`;
const PARTS = new RegExp(`^(${EDGE})(.*?)(${EDGE})$`, 'u');
/**
 * A word that ends a sentence (or a block: the indexed copy puts a full stop after each, see indexed-text.ts).
 * Not a colon: it announces what follows ("Trekker: wmo radar."), so an excerpt must not end there.
 */
const ENDS_SENTENCE = /[.!?](?:&[a-z]+;|["'’”)])*$/u;
/** Words of context kept before the first telling word, when the sentence does not start closer. */
const LEAD = 6;

export const ELLIPSIS = '…';

/** `Delfshaven.` → `<mark>Delfshaven</mark>.` */
export function markWord(word: string): string {
  const [, before = '', core = '', after = ''] = PARTS.exec(word) ?? [];
  return core ? `${before}<mark>${core}</mark>${after}` : word;
}

/** The key a location's word is counted under (different words, not the same word twice). */
const keyOf = (word: string | undefined) => (word ?? '').toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');

/** The excerpt of `rawContent` (Pagefind's escaped text) for these locations, with <mark> around the matched words. */
export function passage(rawContent: string, { length, telling, all, common = [], title }: PassageOptions): string {
  // Split as Pagefind splits, so that its locations point at the same words.
  const words = rawContent.split(WORDS);
  // The page's heading, when the text opens with it: the result shows it as its title already.
  const from = title ? headingEnd(words, title) : 0;
  const start = windowStart(words, telling.filter((l) => l.location >= from), length, from);
  const marked = markedLocations(words, telling, all, common);
  let end = Math.min(words.length, start + length);
  // End with the last whole sentence of the window when that keeps every marked word and most of the window;
  // not with a sentence of one or two words when a longer one ends in reach: that is a heading or a label
  // ("… bij dat aantal. Uitbreiding."), which belongs to what follows.
  const lastMarked = Math.max(start, ...[...marked].filter((at) => at >= start && at < end));
  const ends = [];
  for (let at = end; at > Math.max(lastMarked, start + length / 2); at--) if (ENDS_SENTENCE.test(words[at - 1]!)) ends.push(at);
  end = ends.find((at) => !isShortSentence(words, at)) ?? ends[0] ?? end;
  const shown = words.slice(start, end).map((word, i) => (marked.has(start + i) ? markWord(word) : word));
  const before = start > from && !ENDS_SENTENCE.test(words[start - 1]!) ? `${ELLIPSIS} ` : '';
  const after = end < words.length && !ENDS_SENTENCE.test(words[end - 1]!) ? ` ${ELLIPSIS}` : '';
  return `${before}${shown.join(' ').trim()}${after}`;
}

/** Is the sentence that ends before `at` one or two words long (the text's start counting as a sentence's end)? */
const isShortSentence = (words: readonly string[], at: number) => [2, 3].some((back) => ENDS_SENTENCE.test(words[at - back] ?? '.'));

/** Where the text starts after its opening heading, when that first sentence holds the page's title ("Netwerk Delfshaven."); else 0. */
function headingEnd(words: readonly string[], title: string): number {
  const end = words.findIndex((word) => ENDS_SENTENCE.test(word));
  if (end === -1 || end + 1 >= words.length) return 0;
  return keyOf(words.slice(0, end + 1).join('')).includes(keyOf(title)) ? end + 1 : 0;
}

/**
 * Does the page's indexed text hold nothing but its opening heading with the title ("Netwerk Hoek van Holland.")? Its
 * summary then says more as an excerpt (helper-57: a network found by its name showed only its name).
 */
export function onlyItsHeading(rawContent: string, title: string): boolean {
  const words = rawContent.split(/\s+/).filter(Boolean);
  const end = words.findIndex((word) => ENDS_SENTENCE.test(word));
  return words.length > 0 && (end === -1 || end + 1 >= words.length) && keyOf(words.join('')).includes(keyOf(title));
}

/** Telling words, and a common word of the query right beside one ("Hugo de Jonge" as one run; a "de" elsewhere stays plain). */
function markedLocations(words: readonly string[], telling: readonly WordLocation[], all: readonly WordLocation[], common: readonly string[]): Set<number> {
  const tellingAt = new Set(telling.map((l) => l.location));
  const marked = new Set(tellingAt);
  for (const { location: at } of all) {
    if ((tellingAt.has(at - 1) || tellingAt.has(at + 1)) && common.includes(keyOf(words[at]))) marked.add(at);
  }
  return marked;
}

/**
 * Where the excerpt starts: the window of `length` words with the most
 * different telling words, then the highest sum of their scores; a few words
 * of context before the first of them, from the start of its sentence when
 * that is near.
 */
function windowStart(words: readonly string[], telling: readonly WordLocation[], length: number, from = 0): number {
  // A text no longer than the window needs no test of its own: the clamp at the end gives `from`.
  if (telling.length === 0) return from;
  const sorted = [...telling].sort((a, b) => a.location - b.location);
  let best = { first: sorted[0]!.location, kinds: 0, score: -1 };
  for (let i = 0; i < sorted.length; i++) {
    const first = sorted[i]!.location;
    const inside = sorted.filter((l) => l.location >= first && l.location < first + length - LEAD);
    const kinds = new Set(inside.map((l) => keyOf(words[l.location]))).size;
    const score = inside.reduce((sum, l) => sum + l.balanced_score, 0);
    if (kinds > best.kinds || (kinds === best.kinds && score > best.score)) best = { first, kinds, score };
  }
  let start = Math.max(from, best.first - LEAD);
  for (let at = best.first; at > start; at--) {
    if (ENDS_SENTENCE.test(words[at - 1]!)) {
      start = at;
      break;
    }
  }
  return Math.max(from, Math.min(start, words.length - length));
}
