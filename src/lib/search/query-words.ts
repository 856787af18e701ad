/**
 * The words of a query as Pagefind reads them, and whether the index really
 * has one. Pagefind matches every query word as the start of indexed words
 * (its stem `opleid` finds opleiding and opleidingen); a word that begins no
 * indexed word at all is either dropped from the search without a word, or
 * stands in for the longest indexed word it begins with (`mantelzorg` finds
 * "mannen" through `man`, `delftshaven` every "de"). Which of these happened
 * shows in the words a result matched: each comes back as a position in the
 * indexed text, and a real match begins with the query word (or shares its
 * stem, which Pagefind's exact search tells; see answer.ts).
 * Free of dependencies: the search page runs it in the browser.
 */
import { nld } from 'stopword/src/stopwords_nld.js';

/** Punctuation Pagefind removes from a query before it splits it into words (its own character classes). */
const PUNCTUATION = /[\p{Pd}\p{Pe}\p{Pf}\p{Pi}\p{Po}\p{Ps}]/gu;

/** A query word: as the reader typed it, and as Pagefind searches it (lowercase, no punctuation, no accents). */
export interface QueryWord {
  typed: string;
  key: string;
}

/** Lowercase, without accents: how Pagefind compares words. */
export const foldAccents = (text: string) => text.toLowerCase().normalize('NFD').replace(/\p{M}/gu, '');

/** Double quotes as a phone or word processor types them: Pagefind reads only the straight one as the edge of a phrase. */
const CURLY_DOUBLE = /[“”„‟″]/g;
/**
 * Words between single quotes, straight or curly ('zorg en welzijn', ‘zorg’), as many readers write a phrase: read as
 * between double quotes. Only a quote at the start of a word and one at the end of a word, so an apostrophe stays
 * ('s-Gravendijkwal, zo'n, foto's).
 */
const SINGLE_QUOTED = /(^|\s)['‘‚]([^'‘’\s][^'‘’]*?)['’](?=\s|$)/gu;

/**
 * Signs that join two words without a space (zorg/welzijn, zorg+welzijn, thuis&buurt, zorg,welzijn): Pagefind
 * would drop the sign and search one word no page has. A comma between digits stays (12,5); hyphens stay, the
 * site indexes hyphenated words as one (answer.ts offers their parts).
 */
const JOINING_SIGNS = /(?<=[\p{L}\p{N}])[/+&;|]+(?=[\p{L}\p{N}])|(?<=\p{L}),+(?=\p{L})/gu;

/** The words of a query in the order Pagefind searches them (WEP-trein → weptrein); words of only punctuation drop out, as in Pagefind. */
export function queryWords(query: string): QueryWord[] {
  return query
    .replace(CURLY_DOUBLE, '"')
    .replace(SINGLE_QUOTED, '$1"$2"')
    .replace(JOINING_SIGNS, ' ')
    .split(/\s+/)
    .map((typed) => ({ typed, key: foldAccents(typed.replace(PUNCTUATION, '')) }))
    .filter((w) => w.key !== '');
}

/** The query Pagefind is given for these words. */
export const queryOf = (words: readonly QueryWord[]) => words.map((w) => w.typed).join(' ');

/**
 * Words a reader puts around a question ("hoe word ik zorgmedewerker", "ik zoek werk in Charlois", "waar kan ik
 * …", "hoe kom ik aan werk in de zorg": helper-45 found no page, for "kom") that the stopword list lacks: question
 * words and the forms of worden, kunnen, willen, komen and krijgen it misses.
 */
const QUESTION_WORDS = ['waar', 'welke', 'welk', 'wanneer', 'waarom', 'hoeveel', 'word', 'wordt', 'kun', 'kunt', 'wilt', 'zoek', 'kom', 'krijg'];

const COMMON = new Set([...nld, ...QUESTION_WORDS]);

/** A word so common that a page matching only it says nothing about the query: de, van, en, het … */
export const isCommonWord = (key: string) => COMMON.has(key);

/**
 * The forms an indexed word can be found under: the whole word, and each part
 * between punctuation (the compound marks of the indexed copy, hyphens), folded
 * like Pagefind's stems: lowercase, no accents, doubled vowels single (straat
 * and straten share the stem strat).
 */
function forms(token: string): string[] {
  const parts = foldVowels(token).split(/[^\p{L}\p{N}]+/u).filter(Boolean);
  return [parts.join(''), ...parts];
}

const foldVowels = (text: string) => foldAccents(text).replace(/([aeou])\1/g, '$1');

/** Does a matched word of a page begin with the query word, as Pagefind matches a query word: as the start of an indexed word? */
export function beginsWith(token: string, word: string): boolean {
  const start = foldVowels(word);
  return forms(token).some((form) => form.startsWith(start));
}

/** Letters a matched word must share at its start with a query word to count as a form of it. */
const SHARED_START = 3;

/**
 * Is a matched word a form of the query word, not merely a word with the same
 * stem? Pagefind's Dutch stemmer takes a leading "ge" off (gezondheid and
 * zo'n, zonder end up close), so a page can match by its stem alone on a word
 * that begins otherwise. A form starts like the typed word: opleiding for
 * opleidingen, straat for straten.
 */
export function sharesStart(token: string, word: string): boolean {
  const start = foldVowels(word).slice(0, SHARED_START);
  return forms(token).some((form) => form.startsWith(start));
}

/** What a result says about the words it matched (Pagefind's result data). */
export interface MatchedText {
  /** The indexed text, and the word positions that matched. */
  content: string;
  locations: readonly number[];
  meta?: Record<string, string | undefined>;
}

/** The words of a result's text at its matched positions, and the words of the metadata fields it matched in. */
export function matchedTokens(data: MatchedText, metaFields: readonly string[] = []): string[] {
  const words = data.content.split(/[\r\n\s]+/g);
  const tokens = data.locations.map((at) => words[at] ?? '').filter(Boolean);
  for (const field of metaFields) tokens.push(...(data.meta?.[field] ?? '').split(/\s+/).filter(Boolean));
  return tokens;
}
