/**
 * Splits Dutch compound words for the search index, so that `markt` finds a
 * page about the `arbeidsmarkt`. Pagefind indexes whole words only; the
 * splitter finds where a compound's parts meet (arbeids|markt,
 * welzijns|organisaties, kinder|opvang), using the dictionary's own rules for
 * which forms may begin, continue and end a compound. Parts are returned as
 * they are written, linking letters included, so they join to the word again.
 */
import type { Lexicon } from './dutch-words.ts';

export interface SplitOptions {
  /** Shortest part: two-letter pieces ("op", "in") are prefixes more often than words. */
  minPart?: number;
  /** Words shorter than this are never split. */
  minWord?: number;
  /** Most parts in one word. */
  maxParts?: number;
}

type Role = (form: string) => boolean;

/**
 * Words the dictionary's flags split wrongly, with their right parts. OpenTaal
 * lists these whole, and a flagged reading exists that is not the word's own
 * (kart|rekker for kar|trekker). Add a word here only with a test.
 */
const KNOWN_SPLITS: ReadonlyMap<string, readonly string[]> = new Map([
  ['kartrekker', ['kar', 'trekker']],
  ['kartrekkers', ['kar', 'trekkers']],
]);

/** A splitter: the parts of a lowercase word as written, or [] when it is not a compound. */
export function createSplitter(lexicon: Lexicon, { minPart = 3, minWord = 6, maxParts = 4 }: SplitOptions = {}) {
  const memo = new Map<string, string[]>();
  // OpenTaal flags few words as middle parts; a word that may begin one continues one too (leer|werk|baan).
  const continues: Role = (form) => lexicon.canContinue(form) || lexicon.canBegin(form);

  /**
   * The fewest pieces `text` falls into with the first piece in role `first`,
   * the last in role `last` and any between them continuing; undefined if none.
   */
  function fewest(text: string, first: Role, last: Role, pieces: number): string[] | undefined {
    if (pieces === 1) return last(text) ? [text] : undefined;
    // The shortest first piece first, so the last piece (usually the head noun) stays as long as it can.
    for (let cut = minPart; cut <= text.length - minPart; cut++) {
      const head = text.slice(0, cut);
      if (!first(head)) continue;
      const rest = fewest(text.slice(cut), continues, last, pieces - 1);
      if (rest) return [head, ...rest];
    }
    return undefined;
  }

  /**
   * Splits `text` into its fewest parts, then each part again where it is a compound itself: its first part begins a
   * compound, its last plays the part's role.
   */
  function parts(text: string, last: Role, budget: number): string[] | undefined {
    for (let pieces = 2; pieces <= budget; pieces++) {
      const found = fewest(text, lexicon.canBegin, last, pieces);
      if (!found) continue;
      return found.flatMap((piece, i) => {
        const role = i === 0 ? lexicon.canBegin : i === found.length - 1 ? last : continues;
        const inner = piece.length >= minWord ? parts(piece, role, budget - found.length + 1) : undefined;
        return inner ?? [piece];
      });
    }
    return undefined;
  }

  /** An inflection of words that are no compounds (culturen of cultuur) is none either: not cult|uren. */
  function inflectsSimpleWord(word: string): boolean {
    const stems = lexicon.stemsOf(word).filter((stem) => stem !== word);
    return stems.length > 0 && stems.every((stem) => split(stem).length === 0);
  }

  function split(word: string): string[] {
    let found = memo.get(word) ?? KNOWN_SPLITS.get(word)?.slice();
    if (!found) {
      found = word.length >= minWord && /^\p{Ll}+$/u.test(word) && !inflectsSimpleWord(word) ? (parts(word, lexicon.canEnd, maxParts) ?? []) : [];
      memo.set(word, found);
    }
    return found;
  }

  return split;
}

/**
 * The parts of a word as written in a text, or [] to keep it whole. Names are
 * never split: a capitalised word the dictionary knows as a name (Delfshaven),
 * and one with a capital inside a sentence (Robert Waterreus, Woonzorg
 * Flevoland). At the start of a sentence a capital says nothing.
 */
export function splitAsWritten(word: string, split: (lower: string) => string[], lexicon: Lexicon, midSentence = false): string[] {
  const lower = word.toLowerCase();
  if (word !== lower && (midSentence || lexicon.isName(word))) return [];
  const found = split(lower);
  // Same letters, same lengths: cut the written form where the lowercase one is cut.
  let at = 0;
  return found.map((part) => word.slice(at, (at += part.length)));
}
